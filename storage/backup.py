"""Encrypted backups: verify anywhere, restore on another computer.

Two kinds share one file format (all integers big-endian):

    magic      16 bytes  b"ZORGMAP-BACKUP\\x00\\x01"
    hdr_len     4 bytes
    header     hdr_len bytes of UTF-8 JSON: format, version, created, dossier_id,
               schema_version, db_size, keys (the dossier's key slots: wrapped keys only)
    database   db_size bytes: the SQLCipher 4 database file (already encrypted)
    mac        32 bytes HMAC-SHA256 over everything before it, keyed with
               HKDF-SHA256(data key, info="zorgmap backup mac")

- version 1, a *full* backup: the whole database is inside (`zorgmap backup`, "Reservekopie
  maken…", before a schema update). One file, nothing else needed.
- version 2, a *snapshot* (the automatic backups): db_size is 0; the header lists page lists
  in the store `blokken/` beside the file (storage/snapshots.py). Each day adds only the
  pages that changed.

The MAC catches any change, including to the plaintext header; every object in the store is
named by its own HMAC, and SQLCipher's page HMACs would also catch changes to the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import keys as keymod
from . import snapshots as snap
from .db import PAGE_SIZE, Database, DbError, key_pragma, translated
from .errors import (
    BackupInvalid,
    Cancelled,
    DiskFull,
    DossierDamaged,
    NewerVersion,
    StorageError,
    TargetExists,
)
from .fsutil import fsync_dir
from .migrations import SCHEMA_VERSION

MAGIC = b"ZORGMAP-BACKUP\x00\x01"
FORMAT = "zorgmap-backup"
VERSION = 2  # the newest this code reads: 1 = full, 2 = snapshot
FULL, SNAPSHOT = 1, 2
MAC_LEN = 32
COPY_CHUNK = 1024 * 1024
MAX_HEADER = 4 * 1024 * 1024
AUTO_PREFIX = "auto-"
AUTO_STAMP = "%Y%m%d-%H%M%S"

Progress = Callable[[int, int], bool | None]


def mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"zorgmap backup mac").derive(bytes(data_key))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: str
    dossier_id: str
    schema_version: int
    db_size: int
    counts: dict[str, int]
    child: str = ""
    kinds: dict[str, int] = field(default_factory=dict)
    kind: str = "full"


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _header_bytes(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True).encode("utf-8")


def _write_file(out_path: Path, parts, data_key: bytes) -> Path:
    """Write magic, header and body parts plus the MAC to `out_path` atomically (0600).

    `parts` yields byte strings; a Cancelled or any error leaves no file behind."""
    partial = out_path.with_name(out_path.name + ".deel")
    mac = hmac.new(mac_key(data_key), digestmod=hashlib.sha256)
    try:
        fd = snap.private_file(partial)
        try:
            for part in parts:
                mac.update(part)
                view = memoryview(part)
                while view:
                    view = view[os.write(fd, view):]
            os.write(fd, mac.digest())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, out_path)
        fsync_dir(out_path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if exc.errno == 28:
            raise DiskFull(BACKUP_DISK_FULL) from exc
        raise
    except DiskFull as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise DiskFull(BACKUP_DISK_FULL) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return out_path


def write_backup(dossier, out_path: Path, progress: Progress | None = None, *,
                 db: Database | None = None) -> Path:
    """Write a full, one-file encrypted backup of an open dossier to `out_path` (atomically).

    `db` is the connection to read through: a worker thread passes its own
    (`dossier.connect()`), since a connection belongs to the thread that made it. The pages
    are read as they are on disk (still encrypted); `progress` returning False cancels.
    """
    out_path = Path(out_path)
    db = db or dossier.db
    data_key = dossier.data_key()
    keys = json.loads(dossier.keyfile.to_bytes())

    def cancelled() -> bool:
        return progress is not None and progress(0, 1) is False

    with translated(), snap.Image(db, cancelled) as image:
        version = db.user_version
        db_size = image.page_count * PAGE_SIZE
        header = _header_bytes({
            "format": FORMAT, "version": FULL, "created": _utc_now(),
            "dossier_id": dossier.dossier_id, "schema_version": version, "db_size": db_size,
            "keys": keys,
        })

        def parts():
            yield MAGIC + struct.pack(">I", len(header)) + header
            batch = []
            for done, page in enumerate(image.pages(), start=1):
                batch.append(page)
                if len(batch) == snap.PROGRESS_EVERY:
                    yield b"".join(batch)
                    batch = []
                    if progress is not None and progress(done * PAGE_SIZE, db_size) is False:
                        raise Cancelled()
            if batch:
                yield b"".join(batch)

        return _write_file(out_path, parts(), data_key)


BACKUP_DISK_FULL = ("De schijf is vol: de reservekopie is niet gemaakt. Het dossier zelf is "
                    "niet veranderd. Maak ruimte vrij of kies een andere schijf.")


def _read_header(fh) -> tuple[dict, int]:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise BackupInvalid("Dit bestand is geen Zorgmap-reservekopie.")
    raw_len = fh.read(4)
    if len(raw_len) != 4:
        raise BackupInvalid()
    (hdr_len,) = struct.unpack(">I", raw_len)
    if hdr_len > MAX_HEADER:
        raise BackupInvalid()
    from app.errors import ValidationError
    from app.safejson import loads

    try:
        # Strict JSON: Infinity, huge numbers or deep nesting are a broken header, no crash.
        header = loads(fh.read(hdr_len))
        if not isinstance(header, dict) or header["format"] != FORMAT:
            raise ValueError
        if not isinstance(header["db_size"], int) or int(header["db_size"]) < 0:
            raise ValueError
        version = header.get("version", 0)
        if not isinstance(version, int):
            raise ValueError
        if version == SNAPSHOT:
            header["lists"] = [bytes.fromhex(x) for x in header["lists"]]
            if int(header["db_size"]) != 0 or int(header["page_count"]) < 1:
                raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, ValidationError) as exc:
        raise BackupInvalid() from exc
    if version > VERSION:
        raise NewerVersion("Deze reservekopie is gemaakt met een nieuwere versie van Zorgmap. "
                           "Werk Zorgmap bij. Er is niets veranderd.")
    return header, len(MAGIC) + 4 + hdr_len


def read_header(path: Path) -> dict:
    """A backup's header without checking it (for listing); raises BackupInvalid."""
    try:
        with open(path, "rb") as fh:
            return _read_header(fh)[0]
    except OSError as exc:
        raise BackupInvalid() from exc


def _unlock_backup(header: dict, secret: str | None, data_key: bytes | None) -> list[bytes]:
    try:
        keyfile = keymod.KeyFile.from_bytes(json.dumps(header["keys"]).encode("utf-8"))
    except StorageError as exc:
        raise BackupInvalid() from exc
    if data_key is not None:
        return [bytes(k) for k in reversed(keyfile.chain_from(data_key))]
    # A backup made while a new Noodsleutel waited for confirmation has the newer key.
    return [bytes(k) for _pending, k in keyfile.unlock_candidates(secret)]


def _check_and_extract(path: Path, secret: str | None, data_key: bytes | None,
                       extract_to: Path, progress: Progress | None = None,
                       ) -> tuple[dict, bytes]:
    """Verify the MAC while streaming and write the database to `extract_to` (encrypted)."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        header, offset = _read_header(fh)
        db_size = int(header["db_size"])
        if offset + db_size + MAC_LEN != size:
            raise BackupInvalid("Deze reservekopie is onvolledig of veranderd en wordt niet "
                                "gebruikt. Er is niets veranderd.")
        keys = _unlock_backup(header, secret, data_key)
        macs = [hmac.new(mac_key(key), digestmod=hashlib.sha256) for key in keys]
        fh.seek(0)
        head = fh.read(offset)
        for mac in macs:
            mac.update(head)
        out = None if header.get("version") == SNAPSHOT else snap.private_file(extract_to)
        try:
            remaining = db_size
            while remaining:
                chunk = fh.read(min(COPY_CHUNK, remaining))
                if not chunk:
                    raise BackupInvalid()
                for mac in macs:
                    mac.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(out, view):]
                remaining -= len(chunk)
            if out is not None:
                os.fsync(out)
        finally:
            if out is not None:
                os.close(out)
        stored = fh.read(MAC_LEN)
        matching = [key for key, mac in zip(keys, macs, strict=True)
                    if hmac.compare_digest(mac.digest(), stored)]
        if not matching:
            raise BackupInvalid()
    key = matching[0]
    if header.get("version") == SNAPSHOT:
        snap.write_image(snap.Store(path.parent), header["lists"], snap.object_key(key),
                         int(header["page_count"]), extract_to, progress)
    return header, key


def _check_database(db_path: Path, key: bytes) -> tuple[int, dict[str, int], str, dict]:
    try:
        db = Database(db_path, key, read_only=True)
    except DossierDamaged as exc:
        raise BackupInvalid() from exc
    try:
        try:
            problems = integrity_problems(db)
        except DossierDamaged as exc:
            raise BackupInvalid() from exc
        if problems:
            raise BackupInvalid()
        version = db.user_version
        counts = table_counts(db)
        child, kinds = _contents(db)
    finally:
        db.close()
    if version > SCHEMA_VERSION:
        raise NewerVersion("Deze reservekopie is gemaakt met een nieuwere versie van Zorgmap. "
                           "Werk Zorgmap bij. Er is niets veranderd.")
    return version, counts, child, kinds


def _contents(db: Database) -> tuple[str, dict[str, int]]:
    """The child's name and the number of records of each kind (what "Reservekopie testen"
    shows); empty for a database without records."""
    try:
        kinds = dict(db.all("SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind"))
        row = db.one("SELECT data FROM records WHERE kind = 'child_profile' LIMIT 1")
    except StorageError:
        raise
    except Exception:
        return "", {}
    child = ""
    if row:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            child = str(json.loads(row[0]).get("name", "")).strip()
    return child, kinds


def integrity_problems(db: Database) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's structural check; empty means healthy."""
    problems = []
    with translated():
        problems += [row[0] for row in db.conn.execute("PRAGMA cipher_integrity_check")]
        try:
            rows = [row[0] for row in db.conn.execute("PRAGMA integrity_check")]
        except DbError as exc:
            # A damaged page of the search index: "vtable constructor failed" is damage too.
            rows = [str(exc)]
    problems += [r for r in rows if r != "ok"]
    return problems


def table_counts(db: Database) -> dict[str, int]:
    counts = {}
    for (name,) in db.all("SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' "
                          "ORDER BY name"):
        counts[name] = db.one(f'SELECT count(*) FROM "{name}"')[0]
    return counts


def _info(path: Path, header: dict, version, counts, child, kinds) -> BackupInfo:
    db_size = int(header["db_size"]) or int(header.get("page_count", 0)) * PAGE_SIZE
    return BackupInfo(path=path, created=str(header.get("created", "")),
                      dossier_id=str(header.get("dossier_id", "")), schema_version=version,
                      db_size=db_size, counts=counts, child=child, kinds=kinds,
                      kind="snapshot" if header.get("version") == SNAPSHOT else "full")


def verify_backup(path: Path, secret: str | None = None, *,
                  data_key: bytes | None = None, progress: Progress | None = None,
                  ) -> BackupInfo:
    """Check a backup completely (MAC, every object, SQLCipher pages, SQLite's integrity) and
    say what it holds. The database is rebuilt, still encrypted, in a private temp folder."""
    path = Path(path)
    work = Path(tempfile.mkdtemp(prefix="zorgmap-verify-"))
    try:
        extracted = work / "check.db"  # encrypted bytes only: the backup's own database
        header, key = _check_and_extract(path, secret, data_key, extracted, progress)
        found = _check_database(extracted, key)
    finally:
        _remove_dir(work)
    return _info(path, header, *found)


def restore_backup(path: Path, secret: str, target: Path) -> BackupInfo:
    """Make a new dossier folder at `target` from a backup. Never overwrites anything."""
    from .dossier import BACKUP_DIR, DB_NAME, KEYS_NAME

    path, target = Path(path), Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise TargetExists()
    target.parent.mkdir(parents=True, exist_ok=True)
    from .dossier import PARTIAL_RESTORE
    from .fsutil import DossierLock

    partial = Path(tempfile.mkdtemp(prefix=f".{target.name}{PARTIAL_RESTORE}",
                                    dir=target.parent))
    building = DossierLock(partial)  # keeps remove_stale_partials elsewhere off it
    building.acquire()
    try:
        header, key = _check_and_extract(path, secret, None, partial / DB_NAME)
        found = _check_database(partial / DB_NAME, key)
        keyfile = keymod.KeyFile.from_bytes(json.dumps(header["keys"]).encode("utf-8"))
        keyfile.save(partial / KEYS_NAME)
        (partial / BACKUP_DIR).mkdir(mode=0o700)
        from .dossier import publish_folder

        publish_folder(partial, target)
    except OSError as exc:
        _remove_dir(partial)
        if exc.errno == 28:
            raise DiskFull("De schijf is vol: de reservekopie is niet teruggezet.") from exc
        raise
    except BaseException:
        _remove_dir(partial)
        raise
    finally:
        building.release()
    return _info(path, header, *found)


# ----- automatic, incremental backups ---------------------------------------------------------

def content_mark(db: Database, data_key: bytes,
                 cancelled: Callable[[], bool] = lambda: False) -> str:
    """A keyed fingerprint of what the dossier holds, cheap to compute (milliseconds on
    twenty years): equal marks mean there is nothing new to back up.

    Records are followed through the change history (every save, delete and restore writes
    a history row), so twenty years of record text is not read; the small tables (meta,
    documents) are read whole. Backup bookkeeping in `meta` ('backup.…') does not count."""
    digest = hashlib.sha256()
    queries = [
        "PRAGMA user_version",
        "SELECT key, value FROM meta WHERE key NOT LIKE 'backup.%' ORDER BY key",
        "SELECT * FROM documents ORDER BY id",
    ]
    # Not the full-text index (virtual, and its shadow tables): it follows the records.
    tables = [name for (name,) in db.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    # Every other table (records, history, shares, chunks, whatever later versions add):
    # how many rows and the last one.
    queries += [f'SELECT count(*), max(rowid) FROM "{name}"' for name in tables
                if name not in ("meta", "documents")]
    with translated():
        for sql in queries:
            if cancelled():
                raise Cancelled()
            try:
                rows = db.conn.execute(sql).fetchall()
            except Exception as exc:
                if type(exc).__module__.startswith("sqlcipher3"):
                    rows = [("?", sql)]  # e.g. a table without rowid: its name still counts
                else:
                    raise
            digest.update(repr(rows).encode("utf-8"))
    return hmac.new(mac_key(data_key), digest.digest(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    path: Path
    made: dt.datetime  # local time, from the file name
    header: dict


def list_snapshots(place: Path) -> list[Snapshot]:
    """The automatic backups in a place, oldest first (unreadable ones are left out)."""
    from .dossier import BACKUP_SUFFIX

    found = []
    if not Path(place).is_dir():
        return found
    for path in Path(place).glob(AUTO_PREFIX + "*" + BACKUP_SUFFIX):
        stem = path.name[len(AUTO_PREFIX):-len(BACKUP_SUFFIX)]
        try:
            made = dt.datetime.strptime(stem[:15], AUTO_STAMP)
            # A second one within the same second is named "…-2", then "…-3".
            count = int(stem[16:]) if len(stem) > 15 else 1
            header = read_header(path)
        except (ValueError, IndexError, BackupInvalid, NewerVersion):
            continue
        found.append((made, count, Snapshot(path, made, header)))
    return [s for _m, _c, s in sorted(found, key=lambda f: (f[0], f[1]))]


def has_data(db: Database) -> bool:
    """Something worth a backup: more than the child's name given when the dossier was made."""
    return db.one("SELECT EXISTS (SELECT 1 FROM records WHERE kind != 'child_profile') "
                  "OR EXISTS (SELECT 1 FROM documents)")[0] == 1


@dataclass(frozen=True)
class BackupResult:
    path: Path | None  # None: nothing new since the newest backup there
    added_bytes: int
    place: Path


def backup_to_place(dossier, place: Path, *, now: dt.datetime | None = None,
                    db: Database | None = None, progress: Progress | None = None,
                    min_hours: float = 0.0, keep: int = 5) -> BackupResult | None:
    """Add a snapshot of the dossier to the backup place `place` if there is something new.

    Returns None when it was not due (`min_hours` since the newest there) or the dossier is
    still empty; a result with path None when nothing changed since the newest snapshot there.
    Cancelling (`progress` returning False) leaves no file behind: the next call retries.
    """
    from .dossier import BACKUP_SUFFIX

    now = now or dt.datetime.now()
    db = db or dossier.db
    place = Path(place)
    data_key = dossier.data_key()
    keys = json.loads(dossier.keyfile.to_bytes())
    store = snap.Store(place)
    snap.remove_leftovers(store)
    for leftover in place.glob("*.deel") if place.is_dir() else ():
        with contextlib.suppress(OSError):
            leftover.unlink()
    existing = list_snapshots(place)
    newest = existing[-1] if existing else None
    if newest is not None and min_hours and newest.made <= now \
            and now - newest.made < dt.timedelta(hours=min_hours):
        return None

    def cancelled() -> bool:
        return progress is not None and progress(0, 1) is False

    okey = snap.object_key(data_key)
    with translated(), snap.Image(db, cancelled) as image:
        # One read transaction from here: the mark and the pages are of the same moment.
        if not has_data(db):
            return None
        mark = content_mark(db, data_key, cancelled)
        if newest is not None and newest.header.get("content_mark") == mark:
            return BackupResult(None, 0, place)
        version = db.user_version
        if cancelled():
            raise Cancelled()
        lists, added = snap.store_image(image, store, okey, progress)
        header = _header_bytes({
            "format": FORMAT, "version": SNAPSHOT,
            "created": now.astimezone(dt.UTC).replace(microsecond=0).isoformat(),
            "dossier_id": dossier.dossier_id, "schema_version": version, "db_size": 0,
            "page_size": PAGE_SIZE, "page_count": image.page_count,
            "lists": [x.hex() for x in lists], "content_mark": mark, "keys": keys,
        })
    name = f"{AUTO_PREFIX}{now.strftime(AUTO_STAMP)}"
    out = place / f"{name}{BACKUP_SUFFIX}"
    n = 2
    while out.exists():
        out = place / f"{name}-{n}{BACKUP_SUFFIX}"
        n += 1
    head = MAGIC + struct.pack(">I", len(header)) + header
    _write_file(out, [head], data_key)
    added += out.stat().st_size
    prune(place, keep, made=out, store=store)
    return BackupResult(out, added, place)


def prune(place: Path, keep: int, *, made: Path | None = None,
          store: snap.Store | None = None) -> None:
    """Keep the newest snapshot of each of the newest `keep` days; drop store objects that no
    kept snapshot uses any more (only looked for when a snapshot went)."""
    existing = list_snapshots(place)
    by_day: dict[dt.date, Snapshot] = {}
    for s in existing:
        by_day[s.made.date()] = s  # the newest of each day wins (sorted oldest first)
    kept_days = sorted(by_day)[-max(1, keep):]
    kept = {by_day[d].path for d in kept_days}
    if made is not None:
        kept.add(made)
    gone = [s for s in existing if s.path not in kept]
    for s in gone:
        with contextlib.suppress(OSError):
            s.path.unlink()
    if not gone:
        return
    store = store or snap.Store(place)
    live: set[bytes] = set()
    for s in list_snapshots(place):
        for list_id in s.header["lists"]:
            live.add(list_id)
            try:
                listed = store.read_raw(list_id)
            except (BackupInvalid, OSError):
                return  # unsure what is still used (a stick pulled out?): delete nothing
            live.update(listed[i:i + snap.ID_LEN]
                        for i in range(0, len(listed), snap.ID_LEN))
    snap.collect_garbage(store, live)


def _rhythm(db: Database) -> tuple[float, int]:
    """(auto_backup_hours, auto_backup_keep) from the dossier's settings."""
    from .dossier import DEFAULT_SETTINGS

    settings = dict(db.all("SELECT key, value FROM meta WHERE key LIKE 'setting.auto_backup_%'"))

    def setting(name: str) -> float:
        try:
            return float(settings.get(f"setting.{name}", DEFAULT_SETTINGS[name]))
        except ValueError:
            return float(DEFAULT_SETTINGS[name])

    return max(0.0, setting("auto_backup_hours")), max(1, int(setting("auto_backup_keep")))


def auto_backup_if_due(dossier, now: dt.datetime | None = None, *,
                       db: Database | None = None, progress: Progress | None = None,
                       force: bool = False) -> Path | None:
    """The rolling, incremental backups in the dossier's `backups/` folder.

    One per `auto_backup_hours` at most (unless `force`), and only when the content changed
    since the newest. Returns the new snapshot, or None. `db`: a worker thread's connection.
    """
    db = db or dossier.db
    hours, keep = _rhythm(db)
    result = backup_to_place(dossier, dossier.backup_dir, now=now, db=db, progress=progress,
                             min_hours=0.0 if force else hours, keep=keep)
    return result.path if result is not None else None


def daily_backups(dossier, now: dt.datetime | None = None, *, db: Database | None = None,
                  progress: Progress | None = None, force: bool = False,
                  second_place: Path | None = None) -> dict:
    """The automatic backup beside the dossier, then, if that folder is reachable, the same in
    `second_place` (its own snapshots and store, same rhythm; `force` does not wait for it).

    Returns {"local": new snapshot or None, "place": BackupResult or None,
    "place_reached": whether the second place now has the dossier's current content}."""
    db = db or dossier.db
    result = {"local": auto_backup_if_due(dossier, now, db=db, progress=progress, force=force),
              "place": None, "place_reached": False}
    if second_place is not None and Path(second_place).parent.is_dir():
        hours, keep = _rhythm(db)
        made = backup_to_place(dossier, Path(second_place), now=now, db=db, progress=progress,
                               min_hours=0.0 if force else hours, keep=keep)
        result["place"] = made
        result["place_reached"] = made is not None
    return result


def _remove_dir(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


__all__ = ["write_backup", "verify_backup", "restore_backup", "auto_backup_if_due",
           "backup_to_place", "list_snapshots", "integrity_problems", "BackupInfo",
           "key_pragma"]
