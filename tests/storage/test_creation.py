"""A new dossier (import, demo, restore) appears complete or not at all (finding 5)."""

from __future__ import annotations

import pytest

from storage.dossier import Dossier, remove_stale_partials
from storage.fsutil import DossierLock
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import get_note, put_note


def test_fill_runs_before_the_dossier_appears(tmp_path):
    target = tmp_path / "Noor.zorgmap"
    seen = {}

    def fill(inside):
        seen["during_fill"] = target.exists()
        put_note(inside, "n1", "uit de import")

    def announce(code):
        seen["code"] = code
        seen["at_announce"] = target.exists()

    dossier, code = Dossier.create(target, PASSPHRASE, kdf=FAST_KDF, fill=fill,
                                   announce=announce)
    with dossier:
        assert get_note(dossier, "n1") == "uit de import"
    assert seen == {"during_fill": False, "code": code, "at_announce": False}
    assert [p.name for p in tmp_path.iterdir()] == ["Noor.zorgmap"]


def test_a_failing_fill_leaves_nothing(tmp_path):
    def fill(inside):
        put_note(inside, "n1", "half")
        raise OSError("stroom weg")

    with pytest.raises(OSError):
        Dossier.create(tmp_path / "Noor.zorgmap", PASSPHRASE, kdf=FAST_KDF, fill=fill)
    assert list(tmp_path.iterdir()) == []


def test_stale_partials_go_but_one_being_built_stays(tmp_path):
    killed = tmp_path / ".Noor.zorgmap.nieuw-aaa"
    killed.mkdir()
    (killed / "lock").touch()
    (killed / "dossier.db").write_bytes(b"x" * 4096)
    restore = tmp_path / ".Sem.zorgmap.terugzetten-bbb"
    restore.mkdir()
    (restore / "lock").touch()
    busy = tmp_path / ".Lot.zorgmap.nieuw-ccc"
    busy.mkdir()
    lock = DossierLock(busy)
    lock.acquire()
    other = tmp_path / ".verborgen-map"
    other.mkdir()
    try:
        removed = remove_stale_partials(tmp_path)
    finally:
        lock.release()
    assert sorted(p.name for p in removed) == sorted([killed.name, restore.name])
    assert busy.exists() and other.exists()
