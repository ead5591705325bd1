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
import errno
import json
import os
import tempfile
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path

from . import keys as keymod
from .db import PAGE_SIZE, Database, DbError, _disk_nearly_full, translated
from .errors import (
    DiskFull,
    DossierBusy,
    DossierDamaged,
    KeyChanged,
    NewerVersion,
    NotADossier,
    ReadOnly,
    ReadOnlyLocation,
    StorageError,
    TargetExists,
)
from .fsutil import DossierLock, fsync_dir, rename_no_replace
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


@dataclass
class Unlocked:
    """What `unlock()` found: the key file and the keys to try, newest first."""

    keyfile: keymod.KeyFile
    candidates: list[bytearray]
    base_key: bytearray | None  # the key the current slots wrap, when known
    raw: bytes = b""


def unlock(folder: Path, secret: str | None = None, *,
           data_key: bytes | bytearray | None = None) -> Unlocked:
    """The one way in, for the app, the keychain and the command line alike.

    Runs the KDF (slow: the app calls it off the GUI thread) and touches no database. A
    change of key that was interrupted is honoured: every key the secret reaches through the
    pending slots or the successor chain is a candidate, the newest first.
    """
    folder = Path(folder)
    if not folder.is_dir():
        if folder.exists():
            raise NotADossier()
        raise NotADossier("Dit dossier is niet gevonden. Controleer de map.")
    path = folder / KEYS_NAME
    try:
        keyfile = keymod.KeyFile.load(path)
    except NewerVersion:
        raise
    except NotADossier as exc:
        if (folder / DB_NAME).is_file():
            # A database without a usable key file: a damaged dossier, not a foreign folder.
            what = ("ontbreekt" if not os.path.lexists(path)
                    else "is beschadigd of onleesbaar")
            raise keymod.KeyFileDamaged(
                f"Het sleutelbestand (keys.json) van dit dossier {what}. {_KEYFILE_WAY_OUT}",
                hint=damaged_error(folder).hint) from exc
        raise
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    if data_key is not None:
        base = bytearray(data_key) if keyfile.mac_status(data_key) or not keyfile.successors \
            else None
        chain = keyfile.chain_from(data_key)
        return Unlocked(keyfile, list(reversed(chain)), base, raw)
    if secret is None:
        raise ValueError("secret or data_key is required")
    try:
        found = keyfile.unlock_candidates(secret)
    except keymod.KeyFileDamaged as exc:
        raise keymod.KeyFileDamaged(exc.message, hint=damaged_error(folder).hint) from None
    # `found`: a pending key, then the chain from the slots' key, newest first.
    candidates: list[bytearray] = []
    for _pending, key in found:
        if all(bytes(key) != bytes(c) for c in candidates):
            candidates.append(key)
    plain = [k for pending, k in found if not pending]
    base = bytearray(plain[-1]) if plain else None  # the slots' own key is the oldest
    return Unlocked(keyfile, candidates, base, raw)


_KEYFILE_WAY_OUT = ("Zet een reservekopie terug (die opent met het wachtwoord of de noodsleutel "
                    "van de dag dat hij gemaakt is).")


class Dossier:
    """An open, unlocked dossier. `close()` drops the key and the connection."""

    def __init__(self, folder: Path, keyfile: keymod.KeyFile, data_key: bytearray,
                 db: Database, lock: DossierLock | None) -> None:
        self.folder = folder
        self.keyfile = keyfile
        self._data_key = data_key
        self.db = db
        self._lock = lock
        self._base_key: bytearray | None = None
        self._keyfile_raw = b""
        self._followed = False  # a read-only dossier followed a change of key made elsewhere
        self.profile = "ouder"
        #: the one writer while an app has the dossier open (ui/writes.WriteQueue); None: write here
        self.writer = None
        self._meta_queued: dict[str, str] = {}
        self._connections: weakref.WeakSet[Database] = weakref.WeakSet([db])

    # ----- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, *, kdf: keymod.KdfParams = keymod.DEFAULT_KDF,
               check_strength: bool = True, avoid_words: tuple[str, ...] = (),
               schema_version: int = SCHEMA_VERSION,
               fill=None, announce=None) -> tuple[Dossier, str]:
        """Make a new dossier; returns it with its Noodsleutel (shown once, never stored).

        `fill(dossier)` (an import, the demo) runs before the dossier appears under its name,
        so a killed run leaves no empty dossier behind, only a hidden half-made folder that
        the next command removes (`remove_stale_partials`). `announce(code)` shows the
        Noodsleutel before the dossier appears: a dossier whose code nobody saw never exists.
        `schema_version` below the current one exists only to build test fixtures.
        """
        folder = Path(folder)
        if check_strength:
            keymod.require_strong(passphrase, avoid_words)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise TargetExists()
        folder.parent.mkdir(parents=True, exist_ok=True)
        # Our own fresh sibling: never a folder someone else happened to name like this.
        partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}{PARTIAL_NEW}", dir=folder.parent))
        # Held while we build: tells `remove_stale_partials` in another process to keep off.
        building = DossierLock(partial)
        building.acquire()
        dossier_id = uuid.uuid4().hex
        data_key = keymod.new_data_key()
        recovery = keymod.new_recovery_code()
        keyfile = keymod.KeyFile(dossier_id, {
            keymod.PASSPHRASE: keymod.KeySlot.wrap(keymod.PASSPHRASE, passphrase, data_key,
                                                   dossier_id, kdf),
            keymod.RECOVERY: keymod.KeySlot.wrap(keymod.RECOVERY, recovery, data_key,
                                                 dossier_id, kdf),
        }).seal(data_key)
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
            if fill is not None:
                inside = cls.open(partial, data_key=data_key, migrate_schema=False,
                                  _lock=building)
                try:
                    fill(inside)
                    inside.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    inside.close(release_lock=False)
            if announce is not None:
                announce(recovery)
            # The dossier appears under its real name only once it is complete.
            publish_folder(partial, folder)
        except DiskFull as exc:
            _remove_tree(partial)
            # Not "the last change was not saved": there is no dossier yet.
            raise DiskFull("De schijf is vol: het dossier is niet gemaakt. Maak ruimte vrij "
                           "en probeer het opnieuw.") from exc
        except BaseException:
            _remove_tree(partial)
            raise
        finally:
            building.release()
        opened = cls.open(folder, data_key=data_key,
                          migrate_schema=schema_version == SCHEMA_VERSION)
        return opened, recovery

    @classmethod
    def open(cls, folder: Path, secret: str | None = None, *,
             data_key: bytes | bytearray | None = None, unlocked: Unlocked | None = None,
             read_only: bool = False, migrate_schema: bool = True,
             _lock: DossierLock | None = None) -> Dossier:
        """Unlock with a passphrase, a Noodsleutel, a raw data key (from the keychain) or the
        result of `unlock()` (the GUI runs the KDF off its thread), always through `unlock()`.

        Every failure leaves the files as they were: the key is checked before the database
        is touched, and a schema update only runs after a backup.
        """
        folder = Path(folder)
        if unlocked is None:
            unlocked = unlock(folder, secret, data_key=data_key)
        keyfile = unlocked.keyfile
        lock = _lock
        if not read_only and lock is None:
            if not os.access(folder, os.W_OK):
                # Files writable in a folder that is not: SQLite could not make its -wal.
                raise ReadOnlyLocation()
            lock = DossierLock(folder)
            lock.acquire()
        try:
            db, key = cls._open_with_candidates(folder, unlocked.candidates, read_only)
            try:
                dossier = cls(folder, keyfile, key, db, lock)
                dossier._base_key = unlocked.base_key
                dossier._keyfile_raw = unlocked.raw
                dossier._check_identity()
                if read_only:
                    db.rekey_probe = dossier._follow_key_change
                else:
                    # A restored backup comes without WAL; readers must never block a save.
                    db.execute("PRAGMA journal_mode = WAL")
                    dossier._settle_pending_keys()
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
            if lock and lock is not _lock:
                lock.release()
            raise
        return dossier

    @classmethod
    def _open_with_candidates(cls, folder: Path, candidates, read_only: bool):
        """The first key that opens the database: the newest of an interrupted change first."""
        for index, key in enumerate(candidates):
            try:
                return cls._open_db(folder, key, read_only), key
            except DossierDamaged:
                if index == len(candidates) - 1:
                    raise
        raise AssertionError("no candidates")  # pragma: no cover - unlock() raises

    def _settle_pending_keys(self) -> None:
        """Tidy a change of data key that stopped before the database was re-encrypted, and
        bring an old key file up to date. A change that did re-encrypt stays pending (both
        Noodsleutels work) until the new one is confirmed: it may never have been shown."""
        kf, base = self.keyfile, self._base_key
        if base is None:
            return  # a key from the keychain in the middle of a chain: nothing to decide
        chain = kf.chain_from(base)
        keys = [bytes(k) for k in chain]
        current = bytes(self._data_key)
        if current not in keys:
            return
        index = keys.index(current)
        if index == len(keys) - 1 and kf.pending and index > 0 and kf.version >= 2:
            return  # re-encrypted, new Noodsleutel not yet confirmed
        if index == len(keys) - 1 and not kf.pending and kf.version >= 2:
            return  # stable (or a chain the next new Noodsleutel extends)
        settled = keymod.KeyFile(self.dossier_id, dict(kf.slots),
                                 damaged=set(kf.damaged))
        for older, newer in zip(chain[:index], chain[1:index + 1], strict=True):
            settled.add_successor(older, newer)
        if kf.damaged:
            return  # never rewrite a damaged key file: it would hide the damage
        settled.seal(base)
        settled.save(self.folder / KEYS_NAME)
        self.keyfile = settled
        self._keyfile_raw = (self.folder / KEYS_NAME).read_bytes()

    def _follow_key_change(self) -> bytearray | None:
        """For a read-only connection that stopped reading: did another window re-encrypt the
        file? Returns the newer key if the key file's chain reaches it."""
        try:
            raw = (self.folder / KEYS_NAME).read_bytes()
        except OSError:
            return None
        if raw == self._keyfile_raw:
            # Unchanged since we last looked: real damage, unless another of our
            # connections already followed a change (then it needs the key we have now).
            return bytearray(self._data_key) if self._followed else None
        try:
            kf = keymod.KeyFile.from_bytes(raw)
        except StorageError:
            return None
        chain = kf.chain_from(self._data_key)
        if len(chain) == 1:
            raise KeyChanged()
        self.keyfile, self._keyfile_raw = kf, raw
        new_key = chain[-1]
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._data_key = new_key
        self._followed = True
        return bytearray(new_key)

    def key_problems(self) -> list[str]:
        """What is wrong with the key file that opening could not show (for verify)."""
        problems = list(self.keyfile.problems())
        # A damaged slot is left out when reading, so the MAC cannot match: say the first.
        status = None if self.keyfile.damaged else self.keyfile.mac_status(self._data_key)
        if status is False:
            problems.insert(0, keymod.KEYFILE_CHANGED + " Het wachtwoord of de noodsleutel "
                            "werkt daardoor misschien niet. Maak een nieuwe noodsleutel, of "
                            "zet een reservekopie terug.")
        return problems

    def key_notes(self) -> list[str]:
        """States that are no damage but worth telling (an unconfirmed new Noodsleutel)."""
        if self.keyfile.pending or self.keyfile.successors:
            return ["Een nieuwe noodsleutel is niet afgemaakt of nog niet bevestigd: de vorige "
                    "noodsleutel werkt ook nog. Maak een nieuwe noodsleutel als de vorige "
                    "moet vervallen."]
        return []

    def _remove_leftovers(self) -> None:
        """Half-made copies of an interrupted backup or export hold a full (encrypted) copy;
        a half-written key file holds wrapped keys only, but no one will ever read it."""
        with contextlib.suppress(OSError):
            (self.folder / (KEYS_NAME + ".tmp")).unlink(missing_ok=True)
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
        if db.read_only:
            db.rekey_probe = self._follow_key_change
        self._connections.add(db)
        return db

    def data_key(self) -> bytes:
        """The raw data key, for the OS keychain and backups. Never write it to a file."""
        if not self._data_key:
            raise ReadOnly("Het dossier is vergrendeld.")
        return bytes(self._data_key)

    def close(self, *, release_lock: bool = True) -> None:
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
            if release_lock:
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
        kf = self.keyfile
        try:
            base = kf.unlock(current_secret)
        except keymod.WrongSecret:
            if kf.pending:
                raise keymod.WrongSecret(
                    "Typ het huidige wachtwoord of de vorige noodsleutel: de nieuwe "
                    "noodsleutel is nog niet bevestigd. Er is niets veranderd.") from None
            raise
        old_slot = kf.slots.get(keymod.PASSPHRASE)
        kdf = kdf or (old_slot.kdf if old_slot else keymod.DEFAULT_KDF)
        slots = dict(kf.slots)
        slots[keymod.PASSPHRASE] = keymod.KeySlot.wrap(
            keymod.PASSPHRASE, new_passphrase, base, self.dossier_id, kdf)
        pending = dict(kf.pending)
        newest = kf.chain_from(base)[-1]
        if pending:
            pending[keymod.PASSPHRASE] = keymod.KeySlot.wrap(
                keymod.PASSPHRASE, new_passphrase, newest, self.dossier_id, kdf)
        updated = keymod.KeyFile(self.dossier_id, slots, pending, list(kf.successors),
                                 damaged=kf.damaged - {keymod.PASSPHRASE})
        self._save_keys(updated.seal(base, newest if pending else None))
        self._base_key = base

    def new_recovery_code(self, passphrase: str, *, kdf: keymod.KdfParams | None = None,
                          db: Database | None = None) -> str:
        """Make a new Noodsleutel and a new data key, re-encrypting the database.

        The old code then opens nothing written from now on: not the dossier, and (since the
        key changed) not today's data through an old key file or backup either. Older backups
        still open with the old code, with the data of their day. Needs the passphrase (not
        the old code) because the passphrase is wrapped around the new key too. `db` is the
        connection to re-encrypt through (a worker's own); the others reconnect themselves.

        Two phases, each step safe to interrupt: (1) keys.json gains the new key's slots as
        "pending" and the new key wrapped under the newest old one (a successor), so the old
        secrets still reach it; (2) PRAGMA rekey re-encrypts the database in one transaction.
        The old Noodsleutel keeps working until `confirm_recovery_code()`, called once the new
        one has been shown (and, in the app, confirmed as stored).
        """
        self._require_writable()
        kf = self.keyfile
        passphrase_slot = kf.slots.get(keymod.PASSPHRASE)
        try:
            if passphrase_slot is None:
                raise keymod.WrongSecret()
            base = passphrase_slot.unwrap(passphrase, self.dossier_id)
        except keymod.WrongSecret:
            raise keymod.WrongSecret(
                "Het wachtwoord klopt niet. Typ hier het wachtwoord, niet de oude noodsleutel. "
                "Er is niets veranderd.") from None
        if kf.damaged:
            raise keymod.KeyFileDamaged(
                "Het sleutelbestand (keys.json) is beschadigd. Kies eerst een nieuw wachtwoord "
                "(dat herstelt het wachtwoord-deel), of zet een reservekopie terug.")
        kdf = kdf or passphrase_slot.kdf
        new_key = keymod.new_data_key()
        code = keymod.new_recovery_code()
        pending = {
            keymod.PASSPHRASE: keymod.KeySlot.wrap(keymod.PASSPHRASE, passphrase, new_key,
                                                   self.dossier_id, kdf),
            keymod.RECOVERY: keymod.KeySlot.wrap(keymod.RECOVERY, code, new_key,
                                                 self.dossier_id, kdf),
        }
        staged = keymod.KeyFile(self.dossier_id, dict(kf.slots), pending, list(kf.successors))
        staged.add_successor(kf.chain_from(base)[-1], new_key)
        self._save_keys(staged.seal(base, new_key))
        self._base_key = base
        conn = db or self.db
        failure: BaseException | None = None
        try:
            with translated():
                conn.conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
                conn.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (StorageError, DbError) as exc:
            failure = exc
        # PRAGMA rekey reports nothing when it cannot rewrite the file (a full disk): ask
        # the file itself, before a code is shown that might not open it.
        if not self._file_opens_with(new_key):
            old_key = kf.chain_from(base)[-1]
            conn.reconnect_with(old_key)
            with contextlib.suppress(OSError, StorageError):
                self._save_keys(kf)  # else the next open forgets the half change
            if isinstance(failure, DiskFull) or _disk_nearly_full(self.folder):
                raise DiskFull("De schijf is vol: er is geen nieuwe noodsleutel gemaakt. Het "
                               "wachtwoord en de oude noodsleutel werken nog. Maak ruimte vrij "
                               "en probeer het opnieuw.") from failure
            raise StorageError("Het dossier kon niet opnieuw worden versleuteld: er is geen "
                               "nieuwe noodsleutel gemaakt. Het wachtwoord en de oude "
                               "noodsleutel werken nog.") from failure
        if failure is not None:
            conn.reconnect_with(new_key)  # the file has the new key; the checkpoint can wait
        for other in list(self._connections):
            if other is not conn:
                other.reconnect_with(new_key)
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._data_key = new_key
        return code

    def _file_opens_with(self, key: bytes | bytearray) -> bool:
        try:
            Database(self.folder / DB_NAME, key, read_only=True).close()
        except (StorageError, DbError):
            return False
        return True

    def confirm_recovery_code(self) -> None:
        """The new Noodsleutel has been shown and stored: now the old secrets stop working."""
        kf = self.keyfile
        if not kf.pending:
            return
        self._require_writable()
        final = keymod.KeyFile(self.dossier_id, dict(kf.pending))
        self._save_keys(final.seal(self._data_key))
        self._base_key = bytearray(self._data_key)

    def _save_keys(self, keyfile: keymod.KeyFile) -> None:
        keyfile.save(self.folder / KEYS_NAME)
        self.keyfile = keyfile
        self._keyfile_raw = keyfile.to_bytes()

    def _require_writable(self) -> None:
        if self.db is None:
            raise ReadOnly("Het dossier is vergrendeld.")
        if self.db.read_only:
            raise ReadOnly()


PARTIAL_NEW = ".nieuw-"
RACED_TEXT = ("Op deze plek is net een ander dossier gemaakt (in een ander venster of "
              "programma). Dit dossier is niet gemaakt; een noodsleutel die hierbij werd "
              "getoond, hoort bij geen enkel dossier. Er is niets overschreven.")
PARTIAL_RESTORE = ".terugzetten-"


def publish_folder(partial: Path, target: Path) -> None:
    """Give a complete dossier folder its real name in one step (create, import, demo and
    restore build it under a hidden name first). An empty folder in the way is replaced; one
    that another run filled meanwhile is left alone and named in the error."""
    try:
        if target.exists():
            target.rmdir()
        os.replace(partial, target)
    except OSError as exc:
        if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST):
            raise
        raise TargetExists(RACED_TEXT) from exc  # another run finished first
    fsync_dir(target.parent)


RENAME_EXISTS_TEXT = ("Er staat al een map met de naam %1 op deze plek. De dossiermap is niet "
                      "hernoemd; er is niets veranderd.")
RENAME_READ_ONLY_TEXT = ("Zorgmap kan op deze plek geen map hernoemen (bijvoorbeeld een USB-stick "
                         "die alleen gelezen kan worden). De dossiermap is niet hernoemd; er is "
                         "niets veranderd.")
RENAME_BUSY_TEXT = ("Dit dossier is nog open in een ander Zorgmap-venster of programma. Sluit "
                    "het daar eerst. De dossiermap is niet hernoemd; er is niets veranderd.")


def rename_folder(folder: Path, target: Path) -> Path:
    """Give a closed dossier folder a new name in the same place, in one step (`os.rename`:
    all of it has the new name, or none).

    Refused, with nothing changed, when the dossier is open anywhere (its lock is taken: no
    SQLite connection may hold a file in a folder that moves), when `target` exists, or when
    the place cannot be written. The keychain keys by dossier id, so it needs no change.
    """
    folder, target = Path(folder), Path(target)
    if target.parent != folder.parent:
        raise ValueError("a dossier folder is renamed in its own place")
    if not (folder / KEYS_NAME).is_file():
        raise NotADossier()
    if target.exists() or target.is_symlink():
        raise TargetExists(RENAME_EXISTS_TEXT.replace("%1", target.name))
    if not os.access(folder.parent, os.W_OK):
        raise ReadOnlyLocation(RENAME_READ_ONLY_TEXT)
    lock = DossierLock(folder)
    try:
        lock.acquire()
    except ReadOnlyLocation as exc:
        raise ReadOnlyLocation(RENAME_READ_ONLY_TEXT) from exc
    except DossierBusy as exc:
        raise DossierBusy(RENAME_BUSY_TEXT) from exc
    try:
        if os.name == "nt":
            lock.release()  # Windows cannot rename a folder with a file open inside it
        rename_no_replace(folder, target)
    except OSError as exc:
        if exc.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
            raise TargetExists(RENAME_EXISTS_TEXT.replace("%1", target.name)) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
            raise ReadOnlyLocation(RENAME_READ_ONLY_TEXT) from exc
        raise
    finally:
        lock.release()
    fsync_dir(target.parent)
    return target


def remove_stale_partials(parent: Path) -> list[Path]:
    """Remove hidden half-made dossiers (import, demo, restore) of runs that were killed.

    One still being built holds its lock, so a run in another process is left alone.
    """
    import time

    removed = []
    if not parent.is_dir():
        return removed
    for path in parent.iterdir():
        name = path.name
        if not name.startswith(".") or not (PARTIAL_NEW in name or PARTIAL_RESTORE in name):
            continue
        if path.is_symlink() or not path.is_dir():
            continue
        lock = DossierLock(path)
        had_lock = (path / "lock").exists()
        try:
            age = time.time() - path.stat().st_mtime
            if not had_lock and age < 60 and any(path.iterdir()):
                continue  # just made by a run that has not taken its lock yet
            lock.acquire()
        except (StorageError, OSError):
            continue  # being built right now
        try:
            _remove_tree(path)
            removed.append(path)
        finally:
            lock.release()
    return removed


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


__all__ = ["Dossier", "DossierBusy", "is_dossier_folder", "latest_backup"]
