"""Renaming a closed dossier folder: all of it or nothing, never while it is open."""

from __future__ import annotations

import errno
import os

import pytest

from app.model import ChildProfile
from storage.dossier import Dossier, rename_folder
from storage.errors import DossierBusy, ReadOnlyLocation, TargetExists
from storage.records import RecordStore
from tests.conftest import PASSPHRASE


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def old_style(new_dossier, tmp_path):
    """A closed dossier in a folder named after the child, as older versions made it."""
    dossier, _code = new_dossier("Sem de Vries.zorgmap")
    RecordStore(dossier).save(ChildProfile(name="Sem de Vries"))
    dossier.close()
    return tmp_path / "Sem de Vries.zorgmap"


def test_the_renamed_dossier_opens_with_everything_in_it(old_style, tmp_path):
    before = _files(old_style)
    target = rename_folder(old_style, tmp_path / "Zorgmap-dossier.zorgmap")
    assert not old_style.exists()
    assert _files(target) == before
    with Dossier.open(target, PASSPHRASE) as dossier:
        assert RecordStore(dossier).singleton("child_profile").name == "Sem de Vries"


def test_refused_while_the_dossier_is_open(old_style, tmp_path):
    with Dossier.open(old_style, PASSPHRASE):
        with pytest.raises(DossierBusy, match="niet hernoemd"):
            rename_folder(old_style, tmp_path / "Zorgmap-dossier.zorgmap")
    assert old_style.is_dir() and not (tmp_path / "Zorgmap-dossier.zorgmap").exists()


def test_refused_when_the_new_name_is_taken(old_style, tmp_path):
    taken = tmp_path / "Zorgmap-dossier.zorgmap"
    taken.mkdir()
    (taken / "van iemand anders.txt").write_text("blijft")
    before = _files(old_style)
    with pytest.raises(TargetExists, match="Zorgmap-dossier.zorgmap"):
        rename_folder(old_style, taken)
    assert _files(old_style) == before
    assert (taken / "van iemand anders.txt").read_text() == "blijft"


def test_refused_when_the_place_cannot_be_written(old_style, tmp_path, monkeypatch):
    # As root a chmod does not stop a rename, so the file system answers as a read-only one.
    def read_only(_src, _dst):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "rename", read_only)
    monkeypatch.setattr("storage.dossier.rename_no_replace", read_only)  # renameat2 on Linux
    before = _files(old_style)
    with pytest.raises(ReadOnlyLocation, match="niet hernoemd"):
        rename_folder(old_style, tmp_path / "Zorgmap-dossier.zorgmap")
    assert _files(old_style) == before
    with Dossier.open(old_style, PASSPHRASE):
        pass  # the lock taken for the rename was given back
