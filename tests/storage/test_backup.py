import datetime as dt
import os

import pytest

from storage import backup
from storage.documents import DocumentStore
from storage.dossier import Dossier
from storage.errors import BackupInvalid, TargetExists, WrongSecret
from tests.conftest import PASSPHRASE
from tests.storage.helpers import fingerprint, get_note, put_note


@pytest.fixture
def filled(new_dossier, tmp_path):
    dossier, code = new_dossier()
    put_note(dossier, "n1", "Noor houdt van muziek")
    doc = DocumentStore(dossier.db).add_bytes(b"%PDF-1.4 beschikking Wmo" * 500, "besluit.pdf")
    path = backup.write_backup(dossier, tmp_path / "kopie.zmbak")
    return dossier, code, doc, path


def test_backup_verifies_and_restores_with_passphrase_or_code(filled, tmp_path):
    dossier, code, doc, path = filled
    info = backup.verify_backup(path, PASSPHRASE)
    assert info.counts["records"] == 1 and info.counts["documents"] == 1
    assert info.dossier_id == dossier.dossier_id
    dossier.close()
    for i, secret in enumerate((PASSPHRASE, code)):
        target = tmp_path / f"terug{i}.zorgmap"
        backup.restore_backup(path, secret, target)
        with Dossier.open(target, secret) as restored:
            assert get_note(restored, "n1") == "Noor houdt van muziek"
            content = DocumentStore(restored.db).read_bytes(doc.id)
            assert content == b"%PDF-1.4 beschikking Wmo" * 500


def test_wrong_secret_for_backup(filled, tmp_path):
    _, _, _, path = filled
    with pytest.raises(WrongSecret):
        backup.verify_backup(path, "niet het goede wachtwoord")
    with pytest.raises(WrongSecret):
        backup.restore_backup(path, "niet het goede wachtwoord", tmp_path / "t.zorgmap")
    assert not (tmp_path / "t.zorgmap").exists()


@pytest.mark.parametrize("where", ["header", "database", "mac", "truncated", "appended", "magic"])
def test_tampered_backup_is_refused_and_nothing_is_made(filled, tmp_path, where):
    _, _, _, path = filled
    data = bytearray(path.read_bytes())
    if where == "header":
        i = data.index(b'"created"') + 14
        data[i] = ord("9") if data[i] != ord("9") else ord("8")
    elif where == "database":
        data[len(data) // 2] ^= 0x01
    elif where == "mac":
        data[-1] ^= 0x01
    elif where == "truncated":
        del data[-5000:]
    elif where == "appended":
        data += b"extra"
    elif where == "magic":
        data[0] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid) as info:
        backup.verify_backup(path, PASSPHRASE)
    assert "reservekopie" in info.value.message.lower()
    with pytest.raises(BackupInvalid):
        backup.restore_backup(path, PASSPHRASE, tmp_path / "t.zorgmap")
    assert not (tmp_path / "t.zorgmap").exists()
    assert not [p for p in tmp_path.iterdir() if "terugzetten" in p.name]


def test_restore_never_overwrites(filled, tmp_path):
    dossier, _, _, path = filled
    before = fingerprint(dossier.folder)
    with pytest.raises(TargetExists):
        backup.restore_backup(path, PASSPHRASE, dossier.folder)
    assert fingerprint(dossier.folder) == before


def test_rolling_backups_keep_the_newest_day(new_dossier):
    dossier, _ = new_dossier()
    dossier.set_setting("auto_backup_keep", "3")
    start = dt.datetime(2026, 1, 1, 9, 0)
    made = []
    for day in range(5):
        now = start + dt.timedelta(days=day)
        put_note(dossier, f"n{day}", f"dag {day}")
        path = backup.auto_backup_if_due(dossier, now)
        assert path is not None
        made.append(path.name)
        # A second try within the interval makes nothing new.
        put_note(dossier, f"m{day}", "later op de dag")
        assert backup.auto_backup_if_due(dossier, now + dt.timedelta(hours=2)) is None
    kept = sorted(p.name for p in dossier.backup_dir.glob("auto-*.zmbak"))
    assert kept == made[-3:]
    for name in kept:
        backup.verify_backup(dossier.backup_dir / name, PASSPHRASE)


def test_a_header_with_a_broken_version_is_invalid(filled):
    _, _, _, path = filled
    data = path.read_bytes()
    patched = data.replace(b'"version": 1', b'"version": "abc"', 1)
    assert patched != data
    path.write_bytes(patched)
    with pytest.raises(BackupInvalid):
        backup.verify_backup(path, PASSPHRASE)


def test_a_backup_dated_in_the_future_does_not_stop_rolling_backups(new_dossier):
    dossier, _ = new_dossier()
    put_note(dossier, "n1", "een")
    now = dt.datetime(2026, 11, 23, 12, 0)
    assert backup.auto_backup_if_due(dossier, now + dt.timedelta(days=400)) is not None
    put_note(dossier, "n2", "twee")
    assert backup.auto_backup_if_due(dossier, now + dt.timedelta(hours=1)) is not None


def test_disk_full_during_a_backup_says_the_backup_failed(new_dossier, tmp_path, monkeypatch):
    from storage.errors import DiskFull

    dossier, _ = new_dossier()

    def full(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(backup.os, "fsync", full)
    with pytest.raises(DiskFull) as info:
        backup.write_backup(dossier, tmp_path / "k.zmbak")
    assert "reservekopie is niet gemaakt" in info.value.message
    assert not list(tmp_path.glob("k.zmbak*"))


def test_backup_files_and_the_dossier_folder_are_private(new_dossier, tmp_path):
    """Every file the app writes is 0600 and every folder 0700, whatever the umask says."""
    import stat

    old_umask = os.umask(0o022)
    try:
        dossier, _ = new_dossier()
        put_note(dossier, "n1", "Noor houdt van muziek")
        backup.auto_backup_if_due(dossier, dt.datetime(2026, 11, 23, 9, 0))
        backup.write_backup(dossier, dossier.backup_dir / "handmatig.zmbak")
        backup.write_backup(dossier, tmp_path / "elders.zmbak")
        made = [dossier.folder, *dossier.folder.rglob("*"), tmp_path / "elders.zmbak"]
        assert len(made) > 5
        wrong = [f"{p}: {oct(stat.S_IMODE(p.stat().st_mode))}" for p in made
                 if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)]
        assert wrong == []
    finally:
        os.umask(old_umask)
