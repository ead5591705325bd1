"""The SQLCipher connection: keyed first, durable settings, transactions, and errors in Dutch.

sqlcipher3 exceptions are not subclasses of sqlite3's, so we catch `sqlcipher3.dbapi2.*`.
A connection belongs to the thread that made it.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from .errors import DiskFull, DossierBusy, DossierDamaged, ReadOnly, StorageError

PAGE_SIZE = 4096  # SQLCipher 4 default; documented in docs/storage.md

DbError = sqlcipher.Error


def translate(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """Map a SQLCipher error a user can act on to its Dutch StorageError; None for bugs."""
    text = str(exc).lower()
    if "disk i/o error" in text and path is not None and _disk_nearly_full(path):
        return DiskFull()  # SQLite reports a full disk during a write as an I/O error
    if ("not a database" in text or "disk image is malformed" in text or "hmac" in text
            or "vtable constructor failed" in text):  # a damaged page of the search index
        return DossierDamaged()
    if "disk is full" in text or "disk i/o" in text and "full" in text:
        return DiskFull()
    if "database is locked" in text or "database is busy" in text:
        return DossierBusy()
    if "readonly database" in text or "read-only" in text:
        return ReadOnly()
    if "unable to open database file" in text:
        return DossierDamaged("Het databasebestand van dit dossier kan niet worden geopend "
                              "(geen toegang, of het ontbreekt).")
    if "disk i/o error" in text:
        return DossierDamaged("Het dossier kon niet worden gelezen of geschreven (schijffout).")
    return None


def _disk_nearly_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(Path(path).parent).free < 4 * 1024 * 1024
    except OSError:
        return False


@contextlib.contextmanager
def translated(path: Path | None = None) -> Iterator[None]:
    try:
        yield
    except sqlcipher.Error as exc:
        mapped = translate(exc, path)
        if mapped is None:
            raise
        raise mapped from exc


def key_pragma(data_key: bytes | bytearray) -> str:
    # The raw-key form skips SQLCipher's own PBKDF2: our key is already random.
    return f"PRAGMA key = \"x'{bytes(data_key).hex()}'\""


#: Private copies of a dossier read from a locked place: COPY_PREFIX, the reader's pid, '-'.
COPY_PREFIX = "zorgmap-lezen-"


def _remove_dead_copies() -> None:
    """Remove the copies of readers that were killed before they could (kill -9, the PDF
    child ended by Stoppen or with its parent): each holds a whole (encrypted) dossier."""
    import shutil
    import tempfile

    if os.name == "nt":  # os.kill(pid, 0) would end the process there
        return
    for path in Path(tempfile.gettempdir()).glob(COPY_PREFIX + "*"):
        pid = path.name[len(COPY_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # still reading (or the number was given out again): leave it
        except ProcessLookupError:
            pass
        except OSError:
            continue
        with contextlib.suppress(OSError):
            if path.is_symlink() or path.lstat().st_uid != os.getuid():
                continue
            shutil.rmtree(path, ignore_errors=True)


class Database:
    """One keyed connection with explicit transactions (autocommit otherwise)."""

    def __init__(self, path: Path, data_key: bytes | bytearray | None, *,
                 read_only: bool = False, create: bool = False) -> None:
        """`data_key=None` opens a plain SQLite file: only benchmarks do that, to measure
        what encryption costs against the same code."""
        self.path = path
        self.read_only = read_only
        self._thread = threading.get_ident()
        self._reconnect_key: bytes | None = None
        self._copy_dir: Path | None = None  # a private copy, for a -wal in a locked folder
        #: Set on read-only connections: after "damaged", asks whether another window
        #: re-encrypted the file and returns the newer key (or None: real damage).
        self.rekey_probe = None
        if not create and not path.exists():
            raise DossierDamaged("Het databasebestand van dit dossier ontbreekt.")
        self._conn = self._connect(data_key, create=create)
        self._depth = 0

    def _connect(self, data_key, *, create: bool = False):
        with translated(self.path):
            if self.read_only and not os.access(self.path.parent, os.W_OK):
                conn = self._connect_unwritable_folder()
            else:
                conn = sqlcipher.connect(str(self.path), isolation_level=None, timeout=5.0)
            try:
                # SQLCipher otherwise prints page errors to stderr (a user sees our message).
                conn.execute("PRAGMA cipher_log_level = NONE")
                if data_key is not None:
                    conn.execute(key_pragma(data_key))
                # Reading the schema decrypts page 1: a wrong key or damage fails here.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                if create:
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                # Temporary tables and sorts stay in memory: no plaintext spill files.
                conn.execute("PRAGMA temp_store = MEMORY")
                if self.read_only:
                    conn.execute("PRAGMA query_only = ON")
            except BaseException:
                conn.close()
                self._drop_copy()
                raise
        return conn

    def _connect_unwritable_folder(self):
        """A folder we cannot write (a locked USB stick): SQLite cannot make its -shm there.

        Without a -wal, read the file as it stands (immutable). With one (the dossier was in
        use when the stick was locked, or a process was killed), committed changes live in
        it: read a private copy of database and -wal (both still encrypted) so nothing that
        was saved is hidden. (Elsewhere a read-only dossier uses a normal connection with
        query_only, which tidies its -wal on close.)
        """
        import shutil
        import tempfile

        self._drop_copy()
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            has_wal = wal.stat().st_size > 0
        except OSError:
            has_wal = False
        if not has_wal:
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            return sqlcipher.connect(uri, uri=True, isolation_level=None, timeout=5.0)
        _remove_dead_copies()
        copy_dir = Path(tempfile.mkdtemp(prefix=f"{COPY_PREFIX}{os.getpid()}-"))
        self._copy_dir = copy_dir
        try:
            shutil.copyfile(self.path, copy_dir / self.path.name)
            shutil.copyfile(wal, copy_dir / wal.name)
        except OSError as exc:
            shutil.rmtree(copy_dir, ignore_errors=True)
            self._copy_dir = None
            if exc.errno == 28:
                raise DiskFull("De schijf is vol: Zorgmap kon het dossier niet lezen van deze "
                               "plek. Maak ruimte vrij of kopieer de dossiermap eerst.") from exc
            raise
        return sqlcipher.connect(str(copy_dir / self.path.name), isolation_level=None,
                                 timeout=5.0)

    @property
    def conn(self):
        # After another connection re-encrypted the file, reconnect (on our own thread).
        if self._reconnect_key is not None and threading.get_ident() == self._thread:
            key, self._reconnect_key = self._reconnect_key, None
            with contextlib.suppress(sqlcipher.Error):
                self._conn.close()
            self._conn = self._connect(key)
        return self._conn

    def reconnect_with(self, data_key: bytes) -> None:
        """The file now has `data_key`: reconnect before the next use."""
        self._reconnect_key = bytes(data_key)

    @property
    def user_version(self) -> int:
        return int(self._reading(lambda: self.conn.execute("PRAGMA user_version").fetchone())[0])

    def _reading(self, run):
        try:
            with translated(self.path):
                return run()
        except DossierDamaged:
            probe = self.rekey_probe
            new_key = probe() if probe is not None and not self._depth else None
            if new_key is None:
                raise
            with contextlib.suppress(sqlcipher.Error):
                self._conn.close()
            self._conn = self._connect(new_key)
            with translated(self.path):
                return run()

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlcipher.Cursor:
        return self._reading(lambda: self.conn.execute(sql, params))

    def executemany(self, sql: str, rows) -> sqlcipher.Cursor:
        with translated(self.path):
            return self.conn.executemany(sql, rows)

    def all(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        return self._reading(lambda: self.conn.execute(sql, params).fetchall())

    def one(self, sql: str, params: tuple | dict = ()) -> tuple | None:
        return self._reading(lambda: self.conn.execute(sql, params).fetchone())

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction; nested use joins the outer one. Rolls back on any error."""
        if self.read_only:
            raise ReadOnly()
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        with translated(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            with contextlib.suppress(sqlcipher.Error):
                self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            with translated(self.path):
                self.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher.Error):
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._reconnect_key = None
        with contextlib.suppress(sqlcipher.Error):
            self._conn.close()
        self._drop_copy()

    def _drop_copy(self) -> None:
        if self._copy_dir is not None:
            import shutil

            shutil.rmtree(self._copy_dir, ignore_errors=True)
            self._copy_dir = None
