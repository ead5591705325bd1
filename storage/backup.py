"""Encrypted one-file backups: verify anywhere, restore on another computer.

File layout (all integers big-endian):

    magic      16 bytes  b"ZORGMAP-BACKUP\\x00\\x01"
    hdr_len     4 bytes
    header     hdr_len bytes of UTF-8 JSON: format, version, created, dossier_id,
               schema_version, db_size, keys (the dossier's key slots: wrapped keys only)
    database   db_size bytes: a SQLCipher 4 copy made with sqlcipher_export (already encrypted)
    mac        32 bytes HMAC-SHA256 over everything before it, keyed with
               HKDF-SHA256(data key, info="zorgmap backup mac")

The MAC catches any change, including to the plaintext header; SQLCipher's page HMACs would
also catch changes to the database part.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import hmac
import json
import os
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import keys as keymod
from .db import Database, DbError, key_pragma, translated
from .errors import (
    BackupInvalid,
    DiskFull,
    DossierDamaged,
    NewerVersion,
    StorageError,
    TargetExists,
)
from .fsutil import fsync_dir, open_private
from .migrations import SCHEMA_VERSION

MAGIC = b"ZORGMAP-BACKUP\x00\x01"
FORMAT = "zorgmap-backup"
VERSION = 1
MAC_LEN = 32
COPY_CHUNK = 1024 * 1024
MAX_HEADER = 1024 * 1024

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


def write_backup(dossier, out_path: Path, progress: Progress | None = None, *,
                 db: Database | None = None) -> Path:
    """Write an encrypted backup of an open dossier to `out_path` (atomically).

    `db` is the connection to read through: a worker thread passes its own
    (`dossier.connect()`), since a connection belongs to the thread that made it.
    """
    out_path = Path(out_path)
    db = db or dossier.db
    data_key = dossier.data_key()
    tmp_dir = Path(tempfile.mkdtemp(prefix=".backup-", dir=dossier.folder))
    partial = out_path.with_name(out_path.name + ".deel")
    try:
        snapshot = tmp_dir / "snapshot.db"
        with translated():
            db.execute(f"ATTACH DATABASE ? AS bak KEY \"x'{data_key.hex()}'\"", (str(snapshot),))
            try:
                db.execute("SELECT sqlcipher_export('bak')")
                version = db.user_version
                db.execute(f"PRAGMA bak.user_version = {int(version)}")
            finally:
                db.execute("DETACH DATABASE bak")
        db_size = snapshot.stat().st_size
        header = json.dumps({
            "format": FORMAT,
            "version": VERSION,
            "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "dossier_id": dossier.dossier_id,
            "schema_version": version,
            "db_size": db_size,
            "keys": json.loads(dossier.keyfile.to_bytes()),
        }, sort_keys=True).encode("utf-8")
        mac = hmac.new(mac_key(data_key), digestmod=hashlib.sha256)
        with open_private(partial) as out, open(snapshot, "rb") as src:
            head = MAGIC + struct.pack(">I", len(header)) + header
            out.write(head)
            mac.update(head)
            done = 0
            while chunk := src.read(COPY_CHUNK):
                out.write(chunk)
                mac.update(chunk)
                done += len(chunk)
                if progress is not None and progress(done, db_size) is False:
                    from .errors import Cancelled

                    raise Cancelled()
            out.write(mac.digest())
            out.flush()
            os.fsync(out.fileno())
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
    finally:
        _remove_dir(tmp_dir)
    return out_path


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
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, ValidationError) as exc:
        raise BackupInvalid() from exc
    if version > VERSION:
        raise NewerVersion("Deze reservekopie is gemaakt met een nieuwere versie van Zorgmap. "
                           "Werk Zorgmap bij. Er is niets veranderd.")
    return header, len(MAGIC) + 4 + hdr_len


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
                       extract_to: Path | None) -> tuple[dict, bytes]:
    """Verify the MAC while streaming; optionally write the database part to `extract_to`."""
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
        out = open_private(extract_to) if extract_to else None
        try:
            remaining = db_size
            while remaining:
                chunk = fh.read(min(COPY_CHUNK, remaining))
                if not chunk:
                    raise BackupInvalid()
                for mac in macs:
                    mac.update(chunk)
                if out:
                    out.write(chunk)
                remaining -= len(chunk)
            if out:
                out.flush()
                os.fsync(out.fileno())
        finally:
            if out:
                out.close()
        stored = fh.read(MAC_LEN)
        matching = [key for key, mac in zip(keys, macs, strict=True)
                    if hmac.compare_digest(mac.digest(), stored)]
        if not matching:
            raise BackupInvalid()
    return header, matching[0]


def _check_database(db_path: Path, key: bytes) -> tuple[int, dict[str, int]]:
    try:
        db = Database(db_path, key, read_only=True)
    except DossierDamaged as exc:
        raise BackupInvalid() from exc
    try:
        problems = integrity_problems(db)
        if problems:
            raise BackupInvalid()
        version = db.user_version
        counts = table_counts(db)
    finally:
        db.close()
    if version > SCHEMA_VERSION:
        raise NewerVersion("Deze reservekopie is gemaakt met een nieuwere versie van Zorgmap. "
                           "Werk Zorgmap bij. Er is niets veranderd.")
    return version, counts


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


def verify_backup(path: Path, secret: str | None = None, *,
                  data_key: bytes | None = None) -> BackupInfo:
    path = Path(path)
    work = Path(tempfile.mkdtemp(prefix="zorgmap-verify-"))
    try:
        extracted = work / "check.db"  # encrypted bytes only: the backup's own database part
        header, key = _check_and_extract(path, secret, data_key, extracted)
        version, counts = _check_database(extracted, key)
    finally:
        _remove_dir(work)
    return BackupInfo(path=path, created=str(header.get("created", "")),
                      dossier_id=str(header.get("dossier_id", "")), schema_version=version,
                      db_size=int(header["db_size"]), counts=counts)


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
        version, counts = _check_database(partial / DB_NAME, key)
        keyfile = keymod.KeyFile.from_bytes(json.dumps(header["keys"]).encode("utf-8"))
        keyfile.save(partial / KEYS_NAME)
        (partial / BACKUP_DIR).mkdir(mode=0o700)
        try:
            if target.exists():
                target.rmdir()
            os.replace(partial, target)
        except OSError as exc:
            if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                raise
            from .dossier import RACED_TEXT

            raise TargetExists(RACED_TEXT) from exc  # another run finished first
        fsync_dir(target.parent)
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
    return BackupInfo(path=path, created=str(header.get("created", "")),
                      dossier_id=str(header.get("dossier_id", "")), schema_version=version,
                      db_size=int(header["db_size"]), counts=counts)


def auto_backup_if_due(dossier, now: dt.datetime | None = None, *,
                       db: Database | None = None) -> Path | None:
    """Rolling backups beside the dossier: one per interval, keeping the newest N.

    `db`: the connection to read through (a worker thread's own).
    """
    from .dossier import BACKUP_SUFFIX, DEFAULT_SETTINGS

    now = now or dt.datetime.now()
    db = db or dossier.db
    settings = dict(db.all("SELECT key, value FROM meta WHERE key LIKE 'setting.%'"))
    keep = max(1, int(settings.get("setting.auto_backup_keep",
                                   DEFAULT_SETTINGS["auto_backup_keep"])))
    hours = max(0.0, float(settings.get("setting.auto_backup_hours",
                                        DEFAULT_SETTINGS["auto_backup_hours"])))
    folder = dossier.backup_dir
    existing = sorted(folder.glob("auto-*" + BACKUP_SUFFIX))
    made = None
    if existing:
        newest = dt.datetime.fromtimestamp(existing[-1].stat().st_mtime)
        # A backup stamped in the future (a clock that was wrong) must not stop them all.
        due = newest > now or now - newest >= dt.timedelta(hours=hours)
    else:
        due = True
    if due:
        name = f"auto-{now.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"
        made = write_backup(dossier, folder / name, db=db)
        existing = sorted(folder.glob("auto-*" + BACKUP_SUFFIX))
    for old in existing[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def _remove_dir(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


__all__ = ["write_backup", "verify_backup", "restore_backup", "auto_backup_if_due",
           "integrity_problems", "BackupInfo", "key_pragma"]
