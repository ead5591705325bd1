import os

import pytest

from storage import keys
from storage.db import PAGE_SIZE
from storage.dossier import DB_NAME, KEYS_NAME, Dossier
from storage.errors import (
    DiskFull,
    DossierBusy,
    DossierDamaged,
    NewerVersion,
    NotADossier,
    ReadOnly,
    TargetExists,
    WeakPassphrase,
    WrongSecret,
)
from storage.migrations import SCHEMA_VERSION
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import fingerprint, get_note, put_note


def test_create_refuses_weak_passphrase_and_existing_content(tmp_path):
    with pytest.raises(WeakPassphrase):
        Dossier.create(tmp_path / "a.zorgmap", "kort", kdf=FAST_KDF)
    assert not (tmp_path / "a.zorgmap").exists()
    occupied = tmp_path / "b"
    occupied.mkdir()
    (occupied / "iets.txt").write_text("x")
    with pytest.raises(TargetExists):
        Dossier.create(occupied, PASSPHRASE, kdf=FAST_KDF)
    assert os.listdir(occupied) == ["iets.txt"]


def test_reopen_with_passphrase_and_recovery_code(new_dossier):
    dossier, code = new_dossier()
    put_note(dossier, "n1", "Noor krijgt sondevoeding")
    folder = dossier.folder
    dossier.close()
    with Dossier.open(folder, PASSPHRASE) as again:
        assert get_note(again, "n1") == "Noor krijgt sondevoeding"
        assert again.db.user_version == SCHEMA_VERSION
    with Dossier.open(folder, code.lower().replace("-", " ")) as by_code:
        assert get_note(by_code, "n1") == "Noor krijgt sondevoeding"


def test_wrong_passphrase_changes_nothing(new_dossier):
    dossier, _ = new_dossier()
    put_note(dossier, "n1", "tekst")
    folder = dossier.folder
    dossier.close()
    before = fingerprint(folder)
    for wrong in ("paard boot lamp fietsen", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", ""):
        with pytest.raises(WrongSecret) as info:
            Dossier.open(folder, wrong)
        assert "klopt niet" in info.value.message
    assert fingerprint(folder) == before


def test_new_recovery_code_revokes_the_old_one(new_dossier):
    dossier, old_code = new_dossier()
    new_code = dossier.new_recovery_code(PASSPHRASE)
    folder = dossier.folder
    Dossier.open(folder, old_code, read_only=True).close()  # shown, not yet confirmed
    dossier.confirm_recovery_code()
    dossier.close()
    with pytest.raises(WrongSecret):
        Dossier.open(folder, old_code)
    Dossier.open(folder, new_code).close()


def test_passphrase_change_keeps_data_and_recovery_code(new_dossier):
    dossier, code = new_dossier()
    put_note(dossier, "n1", "epilepsieprotocol")
    db_before = (dossier.folder / DB_NAME).read_bytes()[:PAGE_SIZE]
    dossier.change_passphrase(PASSPHRASE, "zee wolk steen appel")
    assert (dossier.folder / DB_NAME).read_bytes()[:PAGE_SIZE] == db_before  # not re-encrypted
    with pytest.raises(WrongSecret):
        dossier.change_passphrase(PASSPHRASE, "nog een ander lang wachtwoord")
    folder = dossier.folder
    dossier.close()
    with pytest.raises(WrongSecret):
        Dossier.open(folder, PASSPHRASE)
    with Dossier.open(folder, "zee wolk steen appel") as again:
        assert get_note(again, "n1") == "epilepsieprotocol"
    Dossier.open(folder, code).close()


def test_open_with_raw_key_from_keychain(new_dossier, memory_keyring):
    from storage import keychain

    dossier, _ = new_dossier()
    assert keychain.available()
    assert keychain.remember(dossier.dossier_id, dossier.data_key())
    folder, dossier_id = dossier.folder, dossier.dossier_id
    dossier.close()
    key = keychain.recall(dossier_id)
    with Dossier.open(folder, data_key=key) as again:
        assert again.dossier_id == dossier_id
    keychain.forget(dossier_id)
    assert keychain.recall(dossier_id) is None
    # The key sits in the keychain only, never in the dossier folder.
    assert all(key.hex().encode() not in p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_no_keychain_means_passphrase_only(monkeypatch):
    import keyring
    from keyring.backends import fail

    from storage import keychain

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not keychain.available()
        assert keychain.remember("d", b"\x01" * 32) is False
        assert keychain.recall("d") is None
    finally:
        keyring.set_keyring(previous)


def test_close_drops_the_key(new_dossier):
    dossier, _ = new_dossier()
    dossier.close()
    assert dossier.db is None
    with pytest.raises(ReadOnly):
        dossier.data_key()


@pytest.mark.parametrize("make", ["missing", "file", "empty_folder", "random_keys"])
def test_things_that_are_not_a_dossier(tmp_path, make):
    target = tmp_path / "x"
    if make == "file":
        target.write_bytes(b"PDF-1.4 niet een dossier")
    elif make == "empty_folder":
        target.mkdir()
    elif make == "random_keys":
        target.mkdir()
        (target / KEYS_NAME).write_bytes(os.urandom(300))
    before = fingerprint(tmp_path)
    with pytest.raises(NotADossier):
        Dossier.open(target, PASSPHRASE)
    assert fingerprint(tmp_path) == before


def _corrupt(path, how):
    data = bytearray(path.read_bytes())
    if how == "truncate":
        path.write_bytes(bytes(data[: len(data) - 1000]))
    elif how == "truncate_page":
        path.write_bytes(bytes(data[: PAGE_SIZE]))
    elif how == "flip_page1":
        data[100] ^= 0xFF
        path.write_bytes(bytes(data))
    elif how == "flip_last_page":
        data[-200] ^= 0x01
        path.write_bytes(bytes(data))
    elif how == "zero":
        path.write_bytes(bytes(len(data)))


@pytest.mark.parametrize("how", ["truncate", "flip_page1", "zero"])
def test_damaged_database_is_refused_on_open_and_left_alone(new_dossier, how):
    from storage import backup

    dossier, _ = new_dossier()
    put_note(dossier, "n1", "x" * 5000)
    backup.write_backup(dossier, dossier.backup_dir / "auto-20260101-000000.zmbak")
    folder = dossier.folder
    dossier.close()
    _corrupt(folder / DB_NAME, how)
    before = fingerprint(folder)
    with pytest.raises(DossierDamaged) as info:
        Dossier.open(folder, PASSPHRASE)
    assert "beschadigd" in info.value.message
    assert "auto-20260101-000000.zmbak" in info.value.hint  # the way back to a good copy
    assert fingerprint(folder) == before


@pytest.mark.parametrize("how", ["flip_last_page", "truncate_page"])
def test_damage_deeper_in_the_file_is_found(new_dossier, how):
    """Damage past page 1 may open, but reading it or `verify` reports it; nothing changes."""
    from storage.backup import integrity_problems

    dossier, _ = new_dossier()
    for i in range(40):
        put_note(dossier, f"n{i}", f"notitie {i} " * 100)
    folder = dossier.folder
    dossier.close()
    _corrupt(folder / DB_NAME, how)
    before = fingerprint(folder)
    with pytest.raises(DossierDamaged):
        opened = Dossier.open(folder, PASSPHRASE, read_only=True)
        try:
            problems = integrity_problems(opened.db)
            assert problems
            raise DossierDamaged()
        finally:
            opened.close()
    assert fingerprint(folder) == before


def test_newer_schema_version_is_refused_untouched(new_dossier):
    dossier, _ = new_dossier()
    with dossier.db.transaction():
        dossier.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    folder = dossier.folder
    dossier.close()
    before = fingerprint(folder)
    with pytest.raises(NewerVersion) as info:
        Dossier.open(folder, PASSPHRASE)
    assert "nieuwere versie" in info.value.message
    assert fingerprint(folder) == before


def test_keys_from_another_dossier_are_refused(new_dossier):
    first, _ = new_dossier("a.zorgmap")
    second, _ = new_dossier("b.zorgmap")
    a, b = first.folder, second.folder
    first.close()
    second.close()
    original = (a / KEYS_NAME).read_bytes()
    (a / KEYS_NAME).write_bytes((b / KEYS_NAME).read_bytes())
    with pytest.raises(DossierDamaged):  # b's key does not even decrypt a's database
        Dossier.open(a, PASSPHRASE)
    # The identity check itself: a key file whose key opens the database but that belongs
    # to another dossier id (a's data key wrapped under b's id) is refused too.
    (a / KEYS_NAME).write_bytes(original)
    data_key = keys.KeyFile.load(a / KEYS_NAME).unlock(PASSPHRASE)
    other_id = keys.KeyFile.load(b / KEYS_NAME).dossier_id
    keys.KeyFile(other_id, {
        kind: keys.KeySlot.wrap(kind, PASSPHRASE, data_key, other_id, FAST_KDF)
        for kind in (keys.PASSPHRASE, keys.RECOVERY)
    }).save(a / KEYS_NAME)
    with pytest.raises(DossierDamaged) as info:
        Dossier.open(a, PASSPHRASE)
    assert "horen niet bij elkaar" in info.value.message


def test_second_writer_is_refused_but_may_read(new_dossier):
    dossier, _ = new_dossier()
    put_note(dossier, "n1", "eerste")
    with pytest.raises(DossierBusy) as info:
        Dossier.open(dossier.folder, PASSPHRASE)
    assert "al open" in info.value.message
    with Dossier.open(dossier.folder, PASSPHRASE, read_only=True) as reader:
        assert get_note(reader, "n1") == "eerste"
        with pytest.raises(ReadOnly):
            put_note(reader, "n2", "tweede")
        with pytest.raises(ReadOnly):
            reader.change_passphrase(PASSPHRASE, "zee wolk steen appel")
    dossier.close()
    Dossier.open(dossier.folder, PASSPHRASE).close()  # lock released on close


def test_disk_full_rolls_back_and_keeps_earlier_data(new_dossier):
    dossier, _ = new_dossier()
    put_note(dossier, "n1", "bewaard")
    pages = dossier.db.one("PRAGMA page_count")[0]
    dossier.db.execute(f"PRAGMA max_page_count = {pages + 1}")  # simulate a full disk
    with pytest.raises(DiskFull) as info:
        put_note(dossier, "n2", "x" * 50_000)
    assert "schijf is vol" in info.value.message
    assert get_note(dossier, "n2") is None
    assert get_note(dossier, "n1") == "bewaard"
    put_note(dossier, "n3", "klein")  # the dossier stays usable
    assert get_note(dossier, "n3") == "klein"


def test_disk_full_while_writing_key_file_keeps_old_keys(new_dossier, monkeypatch):
    dossier, _ = new_dossier()
    before = (dossier.folder / KEYS_NAME).read_bytes()

    def full(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("storage.fsutil.os.write", full)
    with pytest.raises(DiskFull):
        dossier.change_passphrase(PASSPHRASE, "zee wolk steen appel")
    monkeypatch.undo()
    assert (dossier.folder / KEYS_NAME).read_bytes() == before
    assert not (dossier.folder / (KEYS_NAME + ".tmp")).exists()


def test_settings_have_defaults_and_persist(new_dossier):
    dossier, _ = new_dossier()
    assert dossier.setting("auto_lock_minutes") == "10"
    dossier.set_setting("auto_lock_minutes", "5")
    assert dossier.setting("auto_lock_minutes") == "5"
    with pytest.raises(KeyError):
        dossier.set_setting("onbekend", "1")


def test_kdf_default_is_tuned_for_a_real_attack_cost():
    # Not a timing test: the parameters themselves (128 MiB of memory per guess).
    assert keys.DEFAULT_KDF.n * keys.DEFAULT_KDF.r * 128 >= 128 * 2**20


def test_new_recovery_code_replaces_the_data_key(new_dossier, tmp_path):
    """An old code plus an old key file or backup must not open what is written later."""
    import json as _json

    from storage import backup
    from tests.storage.sqlcipher4_reader import open_in_memory

    dossier, old_code = new_dossier()
    put_note(dossier, "n1", "voor de nieuwe sleutel")
    old_backup = backup.write_backup(dossier, tmp_path / "oud.zmbak")
    old_keys = (dossier.folder / KEYS_NAME).read_bytes()
    worker = dossier.connect()  # a worker's connection must survive the change
    with pytest.raises(WrongSecret) as info:
        dossier.new_recovery_code(old_code)  # the passphrase is needed, not the old code
    assert "niet de oude noodsleutel" in info.value.message
    new_code = dossier.new_recovery_code(PASSPHRASE)
    dossier.confirm_recovery_code()
    put_note(dossier, "n2", "na de nieuwe sleutel")
    assert get_note(dossier, "n1") == "voor de nieuwe sleutel"
    assert worker.one("SELECT count(*) FROM records")[0] == 2
    new_key = dossier.data_key()
    worker.close()
    folder = dossier.folder
    dossier.close()

    header = _json.loads(old_backup.read_bytes()[20:20 + int.from_bytes(
        old_backup.read_bytes()[16:20], "big")])
    old_key = bytes(keys.KeyFile.from_bytes(_json.dumps(header["keys"]).encode())
                    .unlock(old_code))
    assert old_key != new_key
    raw = (folder / DB_NAME).read_bytes()
    with pytest.raises(ValueError):
        open_in_memory(raw, old_key)  # the old key opens nothing of today's file
    assert open_in_memory(raw, new_key).execute("SELECT count(*) FROM records").fetchone()[0] == 2
    # Putting the old key file back does not bring the old code back either.
    (folder / KEYS_NAME).write_bytes(old_keys)
    with pytest.raises(DossierDamaged):
        Dossier.open(folder, old_code)
    # The old backup still opens with the old code, with the data of its day.
    info = backup.verify_backup(old_backup, old_code)
    assert info.counts["records"] == 1
    assert new_code != old_code


def test_a_folder_we_cannot_write_opens_read_only(new_dossier, monkeypatch):
    import errno

    from storage.errors import ReadOnlyLocation

    dossier, _ = new_dossier()
    put_note(dossier, "n1", "op de USB-stick")
    folder = dossier.folder
    dossier.close()
    real_open = os.open

    def refuse_lock(path, *args, **kwargs):
        if str(path).endswith("lock"):
            raise PermissionError(errno.EROFS, "read-only file system")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("storage.fsutil.os.open", refuse_lock)
    with pytest.raises(ReadOnlyLocation) as info:
        Dossier.open(folder, PASSPHRASE)
    assert isinstance(info.value, DossierBusy)  # the app offers read-only, as for "busy"
    monkeypatch.setattr("storage.db.os.access", lambda path, mode: False)
    with Dossier.open(folder, PASSPHRASE, read_only=True) as reader:
        assert get_note(reader, "n1") == "op de USB-stick"


def test_unrunnable_kdf_parameters_are_an_invalid_key_file():
    with pytest.raises(NotADossier):
        keys.KdfParams(n=2**21, r=8, p=1).validate()
    with pytest.raises(NotADossier):
        keys.derive_kek("x", b"salt", keys.KdfParams(n=2**20, r=32, p=4))


def test_leftovers_of_an_interrupted_backup_are_removed(new_dossier):
    dossier, _ = new_dossier()
    folder = dossier.folder
    dossier.close()
    (folder / ".backup-abc").mkdir()
    (folder / ".backup-abc" / "snapshot.db").write_bytes(b"x" * 100)
    (folder / "backups" / "auto-1.zmbak.deel").write_bytes(b"y")
    Dossier.open(folder, PASSPHRASE).close()
    assert not (folder / ".backup-abc").exists()
    assert not (folder / "backups" / "auto-1.zmbak.deel").exists()


def test_a_chain_with_a_plaintext_keyring_is_no_keychain(memory_keyring):
    import keyring
    from keyring.backends import chainer

    from storage import keychain

    class PlaintextFile(type(memory_keyring)):
        priority = 0.5  # like keyrings.alt's file backends

    chain = chainer.ChainerBackend()
    chain.__dict__["backends"] = [memory_keyring, PlaintextFile()]
    keyring.set_keyring(chain)
    assert not keychain.available()
    assert keychain.remember("d", b"\x01" * 32) is False


def test_processes_write_no_core_files():
    import subprocess
    import sys

    script = ("import resource; from ui.hardening import harden_process; harden_process(); "
              "print(resource.getrlimit(resource.RLIMIT_CORE))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "(0, 0)"
