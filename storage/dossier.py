"""A dossier folder: the encrypted database, its key slots, a lock and the rolling backups.

    Noor.zorgmap/
        dossier.db      SQLCipher 4 database (and its -wal/-shm while open)
        keys.json       key slots: the data key wrapped by passphrase and by Noodsleutel
        lock            held while a Zorgmap process may write
        backups/        encrypted backups (*.zmbak), rolling and before each schema update
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import uuid
import weakref
from pathlib import Path

from . import keys as keymod
from .db import PAGE_SIZE, Database, translated
from .errors import (
    DossierBusy,
    DossierDamaged,
    NewerVersion,
    NotADossier,
    ReadOnly,
    StorageError,
    TargetExists,
)
from .fsutil import DossierLock, fsync_dir
from .migrations import SCHEMA_VERSION, migrate

DB_NAME = "dossier.db"
KEYS_NAME = "keys.json"
BACKUP_DIR = "backups"
BACKUP_SUFFIX = ".zmbak"

DEFAULT_SETTINGS = {
    "auto_backup_keep": "5",
    "auto_backup_hours": "24",
    "auto_lock_minutes": "10",
}


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def is_dossier_folder(folder: Path) -> bool:
    return (folder / KEYS_NAME).is_file() and (folder / DB_NAME).is_file()


def latest_backup(folder: Path) -> Path | None:
    backups = sorted((folder / BACKUP_DIR).glob("*" + BACKUP_SUFFIX),
                     key=lambda p: p.stat().st_mtime)
    return backups[-1] if backups else None


def damaged_error(folder: Path, message: str | None = None) -> DossierDamaged:
    newest = latest_backup(folder)
    if newest is not None:
        hint = (f"De nieuwste reservekopie is {newest}. "
                "Zet die terug met 'Reservekopie terugzetten' (zorgmap restore).")
    else:
        hint = "Er is geen reservekopie in de dossiermap gevonden. Zoek een eigen reservekopie."
    return DossierDamaged(message, hint=hint)


class Dossier:
    """An open, unlocked dossier. `close()` drops the key and the connection."""

    def __init__(self, folder: Path, keyfile: keymod.KeyFile, data_key: bytearray,
                 db: Database, lock: DossierLock | None) -> None:
        self.folder = folder
        self.keyfile = keyfile
        self._data_key = data_key
        self.db = db
        self._lock = lock
        self.profile = "ouder"
        #: the one writer while an app has the dossier open (ui/writes.WriteQueue); None: write here
        self.writer = None
        self._meta_queued: dict[str, str] = {}
        self._connections: weakref.WeakSet[Database] = weakref.WeakSet([db])

    # ----- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, *, kdf: keymod.KdfParams = keymod.DEFAULT_KDF,
               check_strength: bool = True, avoid_words: tuple[str, ...] = (),
               schema_version: int = SCHEMA_VERSION) -> tuple[Dossier, str]:
        """Make a new dossier; returns it with its Noodsleutel (shown once, never stored).

        `schema_version` below the current one exists only to build test fixtures.
        """
        folder = Path(folder)
        if check_strength:
            keymod.require_strong(passphrase, avoid_words)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise TargetExists()
        folder.parent.mkdir(parents=True, exist_ok=True)
        # Our own fresh sibling: never a folder someone else happened to name like this.
        partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}.nieuw-", dir=folder.parent))
        dossier_id = uuid.uuid4().hex
        data_key = keymod.new_data_key()
        recovery = keymod.new_recovery_code()
        keyfile = keymod.KeyFile(dossier_id, {
            keymod.PASSPHRASE: keymod.KeySlot.wrap(keymod.PASSPHRASE, passphrase, data_key,
                                                   dossier_id, kdf),
            keymod.RECOVERY: keymod.KeySlot.wrap(keymod.RECOVERY, recovery, data_key,
                                                 dossier_id, kdf),
        })
        try:
            keyfile.save(partial / KEYS_NAME)
            # SQLite gives its -wal and -shm files the mode of the database: owner only.
            os.close(os.open(partial / DB_NAME, os.O_CREAT | os.O_WRONLY, 0o600))
            db = Database(partial / DB_NAME, data_key, create=True)
            try:
                migrate(db, target=schema_version)
                with db.transaction():
                    db.execute("INSERT INTO meta VALUES ('dossier_id', ?)", (dossier_id,))
                    db.execute("INSERT INTO meta VALUES ('created_at', ?)", (_now(),))
                db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()
            (partial / BACKUP_DIR).mkdir(mode=0o700)
            if folder.exists():
                folder.rmdir()
            # The dossier appears under its real name only once it is complete.
            os.replace(partial, folder)
            fsync_dir(folder.parent)
        except BaseException:
            _remove_tree(partial)
            raise
        opened = cls.open(folder, data_key=data_key,
                          migrate_schema=schema_version == SCHEMA_VERSION)
        return opened, recovery

    @classmethod
    def open(cls, folder: Path, secret: str | None = None, *,
             data_key: bytes | bytearray | None = None, read_only: bool = False,
             migrate_schema: bool = True) -> Dossier:
        """Unlock with a passphrase, a Noodsleutel or a raw data key (from the keychain).

        Every failure leaves the files as they were: the key is checked before the database
        is touched, and a schema update only runs after a backup.
        """
        folder = Path(folder)
        if not folder.is_dir():
            if folder.exists():
                raise NotADossier()
            raise NotADossier("Dit dossier is niet gevonden. Controleer de map.")
        keyfile = keymod.KeyFile.load(folder / KEYS_NAME)
        if data_key is None:
            if secret is None:
                raise ValueError("secret or data_key is required")
            candidates = keyfile.unlock_candidates(secret)
        else:
            candidates = [(False, bytearray(data_key))]
        lock = None
        if not read_only:
            lock = DossierLock(folder)
            lock.acquire()
        try:
            db, key, was_pending = cls._open_with_candidates(folder, candidates, read_only)
            try:
                dossier = cls(folder, keyfile, key, db, lock)
                dossier._check_identity()
                if not read_only:
                    # A restored backup comes without WAL; readers must never block a save.
                    db.execute("PRAGMA journal_mode = WAL")
                    dossier._settle_pending_keys(was_pending)
                    dossier._remove_leftovers()
                if db.user_version < SCHEMA_VERSION and migrate_schema:
                    if read_only:
                        raise ReadOnly("Dit dossier moet eerst worden bijgewerkt. "
                                       "Open het normaal (niet alleen om te lezen).")
                    dossier._migrate_with_backup()
            except BaseException:
                db.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        return dossier

    @classmethod
    def _open_with_candidates(cls, folder: Path, candidates, read_only: bool):
        """The first key that opens the database: a pending new key (an interrupted change
        of key) is tried before the current one."""
        for index, (is_pending, key) in enumerate(candidates):
            try:
                return cls._open_db(folder, key, read_only), key, is_pending
            except DossierDamaged:
                if index == len(candidates) - 1:
                    raise
        raise AssertionError("no candidates")  # pragma: no cover - unlock_candidates raises

    def _settle_pending_keys(self, pending_opened: bool) -> None:
        """Finish (or forget) a change of data key that was interrupted."""
        if not self.keyfile.pending:
            return
        slots = self.keyfile.pending if pending_opened else self.keyfile.slots
        settled = keymod.KeyFile(self.dossier_id, dict(slots))
        settled.save(self.folder / KEYS_NAME)
        self.keyfile = settled

    def _remove_leftovers(self) -> None:
        """Half-made copies of an interrupted backup or export hold a full (encrypted) copy."""
        for path in self.folder.glob(".backup-*"):
            _remove_tree(path)
        for path in (self.folder / BACKUP_DIR).glob("*.deel"):
            with contextlib.suppress(OSError):
                path.unlink()

    @staticmethod
    def _open_db(folder: Path, key: bytearray, read_only: bool) -> Database:
        db_path = folder / DB_NAME
        try:
            size = db_path.stat().st_size
        except FileNotFoundError:
            raise damaged_error(folder, "Het databasebestand van dit dossier ontbreekt.") from None
        if size == 0 or size % PAGE_SIZE:
            raise damaged_error(folder)  # truncated: cheaper to see here than to trip on later
        try:
            db = Database(db_path, key, read_only=read_only)
        except DossierDamaged:
            raise damaged_error(folder) from None
        try:
            version = db.user_version
        except DossierDamaged:
            db.close()
            raise damaged_error(folder) from None
        if version > SCHEMA_VERSION:
            db.close()
            raise NewerVersion()
        return db

    def _check_identity(self) -> None:
        try:
            row = self.db.one("SELECT value FROM meta WHERE key = 'dossier_id'")
        except DossierDamaged:
            raise damaged_error(self.folder) from None
        except StorageError:
            raise
        except Exception:
            row = None
        if row is None or row[0] != self.keyfile.dossier_id:
            raise damaged_error(self.folder, "De sleutels en de database van dit dossier horen "
                                        "niet bij elkaar.")

    def _migrate_with_backup(self) -> None:
        from .backup import write_backup

        old = self.db.user_version
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.backup_dir / f"voor-update-v{old}-{stamp}{BACKUP_SUFFIX}"
        write_backup(self, target)
        migrate(self.db)

    # ----- state -----------------------------------------------------------------------------

    @property
    def dossier_id(self) -> str:
        return self.keyfile.dossier_id

    @property
    def backup_dir(self) -> Path:
        path = self.folder / BACKUP_DIR
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def is_open(self) -> bool:
        return self.db is not None

    def connect(self) -> Database:
        """A second connection for a worker thread (sqlcipher3 connections are thread-bound).

        It shares this dossier's lock and read-only state; close it before locking the dossier.
        """
        if self.db is None:
            raise ReadOnly("Het dossier is vergrendeld.")
        db = Database(self.folder / DB_NAME, self._data_key, read_only=self.db.read_only)
        self._connections.add(db)
        return db

    def data_key(self) -> bytes:
        """The raw data key, for the OS keychain and backups. Never write it to a file."""
        if not self._data_key:
            raise ReadOnly("Het dossier is vergrendeld.")
        return bytes(self._data_key)

    def close(self) -> None:
        """Lock: close the connection and forget the key (as far as Python lets us)."""
        if self.db is not None:
            with contextlib.suppress(Exception):
                if not self.db.read_only:
                    self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
            self.db = None
        if self._data_key:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = bytearray()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    lock = close

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- meta and settings -----------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        if key in self._meta_queued:  # written, maybe not yet committed by the writer
            return self._meta_queued[key]
        row = self.db.one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        if self.writer is not None:
            # Through the one writer: never wait here for a long import to finish.
            self._require_writable()
            self._meta_queued[key] = value

            def work(tx):
                with tx.db.transaction():
                    tx.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
                tx.touched(meta=True)

            def failed(_exc, key=key, value=value):
                if self._meta_queued.get(key) == value:
                    del self._meta_queued[key]
                return False  # not handled here: the app says what was not saved

            self.writer.submit(work, on_failure=failed)
            return
        with self.db.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ----- who is working: local profiles for the change history --------------------------

    def profiles(self) -> list[str]:
        """The names of the people who keep this dossier (parent A, parent B, copilot...)."""
        raw = self.meta("profiles")
        return json.loads(raw) if raw else []

    def use_profile(self, name: str) -> None:
        """Record changes from now on under `name`, and remember it among the profiles."""
        name = " ".join(name.split())
        if not name:
            raise StorageError("Vul een naam in, bijvoorbeeld 'Mama' of 'Copiloot Mirjam'.")
        if len(name) > 80:
            raise StorageError("Die naam is te lang (hoogstens 80 tekens).")
        self.profile = name
        if not self.read_only:
            names = [name] + [n for n in self.profiles() if n != name]
            self.set_meta("profiles", json.dumps(names[:20], ensure_ascii=False))

    def setting(self, name: str) -> str:
        return self.meta("setting." + name, DEFAULT_SETTINGS[name])

    def set_setting(self, name: str, value: str) -> None:
        if name not in DEFAULT_SETTINGS:
            raise KeyError(name)
        self.set_meta("setting." + name, value)

    # ----- keys ------------------------------------------------------------------------------

    def change_passphrase(self, current_secret: str, new_passphrase: str, *,
                          kdf: keymod.KdfParams | None = None,
                          check_strength: bool = True,
                          avoid_words: tuple[str, ...] = ()) -> None:
        """Rewrap the data key under a new passphrase; the data is not re-encrypted."""
        self._require_writable()
        if check_strength:
            keymod.require_strong(new_passphrase, avoid_words)
        key = self.keyfile.unlock(current_secret)
        old_slot = self.keyfile.slots[keymod.PASSPHRASE]
        slot = keymod.KeySlot.wrap(keymod.PASSPHRASE, new_passphrase, key, self.dossier_id,
                                   kdf or old_slot.kdf)
        self._replace_slot(slot)

    def new_recovery_code(self, passphrase: str, *, kdf: keymod.KdfParams | None = None,
                          db: Database | None = None) -> str:
        """Make a new Noodsleutel and a new data key, re-encrypting the database.

        The old code then opens nothing written from now on: not the dossier, and (since the
        key changed) not today's data through an old key file or backup either. Older backups
        still open with the old code, with the data of their day. Needs the passphrase (not
        the old code) because the passphrase is wrapped around the new key too. `db` is the
        connection to re-encrypt through (a worker's own); the others reconnect themselves.

        Steps, each safe to interrupt: (1) keys.json gains the new key's slots as "pending";
        (2) PRAGMA rekey re-encrypts the database in one transaction; (3) keys.json keeps only
        the new slots. Opening after (1) or (2) finds out which key the file has.
        """
        self._require_writable()
        passphrase_slot = self.keyfile.slots[keymod.PASSPHRASE]
        try:
            passphrase_slot.unwrap(passphrase, self.dossier_id)
        except keymod.WrongSecret:
            raise keymod.WrongSecret(
                "Het wachtwoord klopt niet. Typ hier het wachtwoord, niet de oude noodsleutel. "
                "Er is niets veranderd.") from None
        kdf = kdf or passphrase_slot.kdf
        new_key = keymod.new_data_key()
        code = keymod.new_recovery_code()
        pending = {
            keymod.PASSPHRASE: keymod.KeySlot.wrap(keymod.PASSPHRASE, passphrase, new_key,
                                                   self.dossier_id, kdf),
            keymod.RECOVERY: keymod.KeySlot.wrap(keymod.RECOVERY, code, new_key,
                                                 self.dossier_id, kdf),
        }
        path = self.folder / KEYS_NAME
        keymod.KeyFile(self.dossier_id, dict(self.keyfile.slots), pending).save(path)
        conn = db or self.db
        with translated():
            conn.conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
            conn.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        final = keymod.KeyFile(self.dossier_id, pending)
        final.save(path)
        self.keyfile = final
        for other in list(self._connections):
            if other is not conn:
                other.reconnect_with(new_key)
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._data_key = new_key
        return code

    def _replace_slot(self, slot: keymod.KeySlot) -> None:
        slots = dict(self.keyfile.slots)
        slots[slot.kind] = slot
        updated = keymod.KeyFile(self.dossier_id, slots)
        updated.save(self.folder / KEYS_NAME)
        self.keyfile = updated

    def _require_writable(self) -> None:
        if self.db is None:
            raise ReadOnly("Het dossier is vergrendeld.")
        if self.db.read_only:
            raise ReadOnly()


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


__all__ = ["Dossier", "DossierBusy", "is_dossier_folder", "latest_backup"]
