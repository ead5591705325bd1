"""Races on renaming a dossier folder named after the child (issue 11, storage.dossier.
rename_folder): something appears at the new name between the check and the rename."""

from __future__ import annotations

import os

import pytest

from storage.dossier import Dossier, rename_folder
from storage.errors import TargetExists
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import get_note, put_note


@pytest.fixture
def named(tmp_path):
    dossier, _code = Dossier.create(tmp_path / "Noor de Vries.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    put_note(dossier, "n1", "blijft")
    dossier.close()
    return dossier.folder


def _appears_during_the_rename(monkeypatch, make) -> None:
    """`make()` runs after rename_folder's own check that the target is free (another app,
    a sync client, a hostile user in a shared folder)."""
    real_access = os.access
    done = []

    def access(path, mode, **kw):
        if not done:
            done.append(make())
        return real_access(path, mode)

    monkeypatch.setattr("storage.dossier.os.access", access)


@pytest.mark.parametrize("what", ["symlink", "file", "empty folder"])
def test_a_name_taken_during_the_rename_is_refused_in_dutch(named, tmp_path, monkeypatch,
                                                            what):
    target = tmp_path / "Zorgmap-dossier.zorgmap"
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()

    def make():
        if what == "symlink":
            target.symlink_to(elsewhere)
        elif what == "file":
            target.write_bytes(b"iets anders")
        else:
            target.mkdir()

    _appears_during_the_rename(monkeypatch, make)
    with pytest.raises(TargetExists) as refused:
        rename_folder(named, target)
    assert "Zorgmap-dossier.zorgmap" in refused.value.user_text()
    monkeypatch.undo()
    # Nothing moved: the dossier under its old name, whatever appeared left as it was.
    assert target.is_symlink() if what == "symlink" else target.exists()
    if what == "empty folder":
        assert list(target.iterdir()) == []
    assert list(elsewhere.iterdir()) == []
    with Dossier.open(named, PASSPHRASE, read_only=True) as opened:
        assert get_note(opened, "n1") == "blijft"


@pytest.mark.parametrize("name", ["Zoë 'Ĳsbrand' \"🙂\".zorgmap", "Noor\nde Vries .zorgmap",
                                  "-Noor *?[x].zorgmap"])
def test_odd_characters_in_the_old_name(tmp_path, name):
    dossier, _code = Dossier.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF)
    put_note(dossier, "n1", "blijft")
    dossier.close()
    target = rename_folder(tmp_path / name, tmp_path / "Zorgmap-dossier.zorgmap")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Zorgmap-dossier.zorgmap"]
    with Dossier.open(target, PASSPHRASE, read_only=True) as opened:
        assert get_note(opened, "n1") == "blijft"


def test_a_team_dossier_renamed_keeps_syncing(tmp_path):
    """The team keeps the shared folder's own path; the dossier folder's name is in no file."""
    from tests.storage.teamkit import Device

    shared = tmp_path / "gedeeld"
    mama, papa = Device(tmp_path, "Mama"), Device(tmp_path, "Papa")
    try:
        mama.found(shared)
        mama.team.add(papa.code, "Papa", "ouder")
        papa.join(shared)
        papa.put_contact("c1", name="Huisarts", phone="010")
        papa.sync()
        mama.close()
        moved = rename_folder(mama.path, mama.path.with_name("Zorgmap-dossier.zorgmap"))
        mama.dossier = Dossier.open(moved, PASSPHRASE)
        mama.sync()
        assert "Huisarts" in mama.records()["c1"]
        mama.put_contact("c2", name="Fysio", phone="020")
        mama.sync()
        papa.sync()
        assert "Fysio" in papa.records()["c2"]
    finally:
        mama.close()
        papa.close()
