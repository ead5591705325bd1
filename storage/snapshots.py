"""Incremental backups: a small snapshot file per backup, pages kept once in a shared store.

A dossier's database is SQLCipher pages (4 KiB, each encrypted and authenticated by SQLCipher).
A snapshot lists the pages of one consistent moment; the store keeps every distinct page once,
so a backup after a day with a few edits adds the few pages that changed (plus the page lists
that point to them), and a day without changes adds nothing. The layout is in docs/storage.md.

    <backup place>/
        auto-20261126-101500.zmbak    snapshot: header (JSON) and MAC, no data
        blokken/<random>.pack         objects (pages and page lists) with an index at the end

Reading the live database: a read transaction pins one moment (SQLite then never copies newer
WAL frames into the file); the image is the file's pages overlaid with the WAL's committed
frames (both already encrypted: SQLite copies frames into the file byte for byte). Nothing is
decrypted and no temporary copy is made.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import struct
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .db import PAGE_SIZE, Database
from .errors import BackupInvalid, Cancelled, DiskFull, DossierDamaged
from .fsutil import fsync_dir

STORE_DIR = "blokken"
PACK_SUFFIX = ".pack"
PACK_MAGIC = b"ZORGMAP-PACK\x00\x00\x00\x01"
PACK_TRAILER = b"ZMPACKIX"
ID_LEN = 32
LIST_PAGES = 256  # pages per page list: 8 KiB of ids for 1 MiB of database
PROGRESS_EVERY = 256  # pages between progress/cancel checks (1 MiB)
INDEX_ENTRY = struct.Struct(">32sQI")  # id, offset, length
REPACK_BELOW = 0.5  # a pack with less than half its bytes still used is rewritten

Progress = Callable[[int, int], bool | None]

WAL_MAGIC_LE, WAL_MAGIC_BE = 0x377F0682, 0x377F0683


def object_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"zorgmap backup object").derive(bytes(data_key))


def object_id(key: bytes, data: bytes | memoryview) -> bytes:
    """An object's name is its HMAC: reading it back proves it is the same, unchanged."""
    return hmac.digest(key, data, "sha256")


def private_file(path: Path) -> int:
    """Open a new file for writing that only the user can read."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)


def private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


# ----- the live database as pages -------------------------------------------------------------

def _wal_checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def read_wal(path: Path, page_size: int = PAGE_SIZE,
             cancelled: Callable[[], bool] = lambda: False) -> tuple[dict[int, bytes], int | None]:
    """The committed frames of a WAL file: {page number: newest page}, database size in pages.

    Follows SQLite's own rules (the salts and the running checksum decide which frames are
    valid; only frames up to the last commit count), so a frame being written right now, or
    left over from an earlier round of the WAL, is never taken.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        return {}, None
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    size = None
    with fh:
        header = fh.read(32)
        if len(header) < 32:
            return {}, None
        magic, _version, wal_page, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
        if magic not in (WAL_MAGIC_LE, WAL_MAGIC_BE) or wal_page != page_size:
            return {}, None
        big = magic == WAL_MAGIC_BE
        s0, s1 = _wal_checksum(header[:24], 0, 0, big)
        if (s0, s1) != (c1, c2):
            return {}, None
        frame = 24 + page_size
        count = 0
        while True:
            raw = fh.read(frame)
            if len(raw) < frame:
                break
            pgno, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", raw[:24])
            if (f_salt1, f_salt2) != (salt1, salt2) or pgno == 0:
                break
            s0, s1 = _wal_checksum(raw[:8], s0, s1, big)
            s0, s1 = _wal_checksum(raw[24:], s0, s1, big)
            if (s0, s1) != (f1, f2):
                break
            pending[pgno] = raw[24:]
            if commit:
                pages.update(pending)
                pending.clear()
                size = commit
            count += 1
            if count % PROGRESS_EVERY == 0 and cancelled():
                raise Cancelled()
    return pages, size


class Image:
    """One consistent moment of a live dossier database, page by page (still encrypted).

    Use as a context manager: the read transaction that pins the moment lasts until exit.
    """

    def __init__(self, db: Database, cancelled: Callable[[], bool] = lambda: False) -> None:
        self.db = db
        self.path = Path(db.path)
        self.cancelled = cancelled
        self._fh = None

    def __enter__(self) -> Image:
        if not self.db.read_only:
            # Copy the WAL into the file and, if nobody is reading or writing right now, empty
            # it: then there is nothing to read from it. Neither waits for anyone (a busy
            # timeout of 0), so a save on another thread is never held up.
            with contextlib.suppress(Exception):
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                self.db.execute("PRAGMA busy_timeout = 0")
                try:
                    self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    self.db.execute("PRAGMA busy_timeout = 5000")
        self.db.execute("BEGIN")
        try:
            self.db.one("SELECT count(*) FROM sqlite_master")  # takes the read lock: the moment
            self.wal, wal_size = read_wal(self.path.with_name(self.path.name + "-wal"),
                                          cancelled=self.cancelled)
            self._fh = open(self.path, "rb")  # noqa: SIM115
            file_pages = os.fstat(self._fh.fileno()).st_size // PAGE_SIZE
            self.page_count = wal_size if wal_size is not None else file_pages
        except BaseException:
            self._end()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self._end()

    def _end(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        with contextlib.suppress(Exception):
            self.db.execute("ROLLBACK")

    def pages(self) -> Iterator[bytes]:
        fh = self._fh
        fh.seek(0)
        for pgno in range(1, self.page_count + 1):
            data = fh.read(PAGE_SIZE)
            if pgno in self.wal:
                data = self.wal[pgno]
            elif len(data) != PAGE_SIZE:
                raise DossierDamaged("Het dossier veranderde tijdens de reservekopie; "
                                     "die wordt later opnieuw gemaakt.")
            yield data


# ----- the store ------------------------------------------------------------------------------

class Store:
    """Content-addressed objects in pack files under `<place>/blokken`."""

    def __init__(self, place: Path) -> None:
        self.place = Path(place)
        self.folder = self.place / STORE_DIR
        self._index: dict[bytes, tuple[Path, int, int]] | None = None

    def packs(self) -> list[Path]:
        return sorted(self.folder.glob("*" + PACK_SUFFIX)) if self.folder.is_dir() else []

    @staticmethod
    def read_pack_index(pack: Path) -> list[tuple[bytes, int, int]]:
        with open(pack, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size < len(PACK_MAGIC) + 12 or fh.read(len(PACK_MAGIC)) != PACK_MAGIC:
                raise BackupInvalid()
            fh.seek(size - 12)
            count, trailer = struct.unpack(">I8s", fh.read(12))
            if trailer != PACK_TRAILER:
                raise BackupInvalid()
            start = size - 12 - count * INDEX_ENTRY.size
            if start < len(PACK_MAGIC):
                raise BackupInvalid()
            fh.seek(start)
            raw = fh.read(count * INDEX_ENTRY.size)
        # Entry by entry in Python (not one list() in C): a worker thread unpacking 70,000
        # entries in one call would hold the GIL, and the window, for tens of milliseconds.
        entries = []
        for oid, offset, length in INDEX_ENTRY.iter_unpack(raw):
            if offset < len(PACK_MAGIC) or offset + length > start:
                raise BackupInvalid()
            entries.append((oid, offset, length))
        return entries

    def index(self) -> dict[bytes, tuple[Path, int, int]]:
        if self._index is None:
            index = {}
            for pack in self.packs():
                try:
                    entries = self.read_pack_index(pack)
                except (BackupInvalid, OSError):
                    continue  # a damaged pack: its objects count as missing
                for oid, offset, length in entries:
                    index.setdefault(oid, (pack, offset, length))
            self._index = index
        return self._index

    def __contains__(self, oid: bytes) -> bool:
        return oid in self.index()

    def read(self, oid: bytes, key: bytes) -> bytes:
        where = self.index().get(oid)
        if where is None:
            raise BackupInvalid("Een deel van deze reservekopie ontbreekt (de map 'blokken' "
                                "naast het bestand is niet compleet). Er is niets veranderd.")
        pack, offset, length = where
        with open(pack, "rb") as fh:
            fh.seek(offset)
            data = fh.read(length)
        if len(data) != length or not hmac.compare_digest(object_id(key, data), oid):
            raise BackupInvalid()
        return data

    def read_raw(self, oid: bytes) -> bytes:
        """An object's bytes without checking them (only to find which objects are used)."""
        where = self.index().get(oid)
        if where is None:
            raise BackupInvalid()
        pack, offset, length = where
        with open(pack, "rb") as fh:
            fh.seek(offset)
            return fh.read(length)

    def new_pack(self) -> PackWriter:
        private_dir(self.place)
        private_dir(self.folder)
        return PackWriter(self)


class PackWriter:
    """Adds objects to a new pack; nothing is visible until `commit()` (cancel: `abort()`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.name = secrets.token_hex(8)
        self.partial = store.folder / f"{self.name}{PACK_SUFFIX}.deel"
        self.final = store.folder / f"{self.name}{PACK_SUFFIX}"
        self._fd = private_file(self.partial)
        self._offset = 0
        self._entries: list[tuple[bytes, int, int]] = []
        self._ids: set[bytes] = set()
        self._write(PACK_MAGIC)

    def _write(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
                self._offset += written
        except OSError as exc:
            if exc.errno == 28:
                raise DiskFull() from exc
            raise

    def add(self, oid: bytes, data: bytes) -> None:
        if oid in self._ids:
            return
        self._entries.append((oid, self._offset, len(data)))
        self._ids.add(oid)
        self._write(data)

    def __contains__(self, oid: bytes) -> bool:
        return oid in self._ids

    @property
    def size(self) -> int:
        return self._offset

    def commit(self) -> Path | None:
        """Finish the pack (index at the end), make it durable and give it its real name."""
        if not self._entries:
            self.abort()
            return None
        self._write(b"".join(INDEX_ENTRY.pack(*e) for e in self._entries))
        self._write(struct.pack(">I8s", len(self._entries), PACK_TRAILER))
        os.fsync(self._fd)
        os.close(self._fd)
        self._fd = None
        os.replace(self.partial, self.final)
        fsync_dir(self.final.parent)
        index = self.store._index
        if index is not None:
            for oid, offset, length in self._entries:
                index.setdefault(oid, (self.final, offset, length))
        return self.final

    def abort(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        with contextlib.suppress(OSError):
            self.partial.unlink()


def store_image(image: Image, store: Store, key: bytes, progress: Progress | None = None,
                ) -> tuple[list[bytes], int]:
    """Put an image's new pages and its page lists into the store.

    Returns the ids of the page lists and the bytes added (0 when nothing changed).
    """
    writer: PackWriter | None = None
    lists: list[bytes] = []
    current: list[bytes] = []
    total = image.page_count

    def put(oid: bytes, data: bytes) -> None:
        nonlocal writer
        if oid in store or (writer is not None and oid in writer):
            return
        if writer is None:
            writer = store.new_pack()
        writer.add(oid, data)

    try:
        for done, page in enumerate(image.pages(), start=1):
            oid = object_id(key, page)
            put(oid, page)
            current.append(oid)
            if len(current) == LIST_PAGES:
                listed = b"".join(current)
                lists.append(object_id(key, listed))
                put(lists[-1], listed)
                current = []
            if done % PROGRESS_EVERY == 0 and progress is not None \
                    and progress(done, total) is False:
                raise Cancelled()
        if current:
            listed = b"".join(current)
            lists.append(object_id(key, listed))
            put(lists[-1], listed)
        added = 0
        if writer is not None:
            writer.commit()
            added = writer.size
        return lists, added
    except BaseException:
        if writer is not None:
            writer.abort()
        raise


def page_ids(store: Store, lists: Iterable[bytes], key: bytes) -> Iterator[bytes]:
    for list_id in lists:
        listed = store.read(list_id, key)
        if len(listed) % ID_LEN:
            raise BackupInvalid()
        for i in range(0, len(listed), ID_LEN):
            yield listed[i:i + ID_LEN]


def write_image(store: Store, lists: list[bytes], key: bytes, page_count: int,
                target: Path, progress: Progress | None = None) -> None:
    """Rebuild the database file of a snapshot at `target` (checking every object)."""
    fd = private_file(target)
    try:
        written = 0
        for oid in page_ids(store, lists, key):
            page = store.read(oid, key)
            if len(page) != PAGE_SIZE:
                raise BackupInvalid()
            view = memoryview(page)
            while view:
                view = view[os.write(fd, view):]
            written += 1
            if written % PROGRESS_EVERY == 0 and progress is not None \
                    and progress(written, page_count) is False:
                raise Cancelled()
        if written != page_count:
            raise BackupInvalid()
        os.fsync(fd)
    except OSError as exc:
        if exc.errno == 28:
            raise DiskFull("De schijf is vol: de reservekopie is niet teruggezet.") from exc
        raise
    finally:
        os.close(fd)


def collect_garbage(store: Store, live: set[bytes]) -> int:
    """Drop packs nobody uses; rewrite packs that are mostly unused. Returns bytes freed."""
    freed = 0
    for pack in store.packs():
        try:
            entries = store.read_pack_index(pack)
        except (BackupInvalid, OSError):
            continue
        used = [e for e in entries if e[0] in live]
        total = sum(e[2] for e in entries) or 1
        used_bytes = sum(e[2] for e in used)
        if used and used_bytes / total >= REPACK_BELOW:
            continue
        if used:
            writer = store.new_pack()
            try:
                with open(pack, "rb") as fh:
                    for oid, offset, length in used:
                        fh.seek(offset)
                        writer.add(oid, fh.read(length))
                writer.commit()
            except BaseException:
                writer.abort()
                raise
        size = pack.stat().st_size
        pack.unlink()
        freed += size
    store._index = None
    fsync_dir(store.folder) if store.folder.is_dir() else None
    return freed


def remove_leftovers(store: Store) -> None:
    if store.folder.is_dir():
        for path in store.folder.glob("*.deel"):
            with contextlib.suppress(OSError):
                path.unlink()
