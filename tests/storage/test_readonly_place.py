"""A dossier on a place we cannot write still shows everything that was committed (finding 3).

After a kill (or a stick locked while the dossier was open) committed changes live in the
-wal file. Reading the main file alone ("immutable") hid them: `verify` said "in orde" and
`export json` missed entries.
"""

from __future__ import annotations

import os
import shutil

from storage.dossier import DB_NAME, Dossier
from tests.conftest import PASSPHRASE
from tests.storage.helpers import get_note, put_note


def _killed_copy(new_dossier, tmp_path):
    dossier, _code = new_dossier()
    put_note(dossier, "n1", "in het hoofdbestand")
    dossier.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    put_note(dossier, "n2", "alleen in de -wal")
    stick = tmp_path / "stick" / "kind.zorgmap"
    stick.parent.mkdir()
    # What a kill -9 leaves: the database, its -wal (and -shm), the key file.
    shutil.copytree(dossier.folder, stick, ignore=shutil.ignore_patterns("lock"))
    assert (stick / (DB_NAME + "-wal")).stat().st_size > 0
    dossier.close()
    return stick


def test_committed_changes_in_the_wal_are_read_from_a_locked_folder(new_dossier, tmp_path,
                                                                     monkeypatch):
    stick = _killed_copy(new_dossier, tmp_path)
    before = {p.name: p.read_bytes() for p in stick.iterdir() if p.is_file()}
    real_access = os.access
    monkeypatch.setattr("storage.db.os.access", lambda p, mode: False
                        if os.fspath(p) == os.fspath(stick) and mode == os.W_OK
                        else real_access(p, mode))
    with Dossier.open(stick, PASSPHRASE, read_only=True) as reader:
        assert get_note(reader, "n1") == "in het hoofdbestand"
        assert get_note(reader, "n2") == "alleen in de -wal"
    assert {p.name: p.read_bytes() for p in stick.iterdir() if p.is_file()} == before


def test_export_json_from_a_locked_folder_holds_the_wal_entries(new_dossier, tmp_path,
                                                                monkeypatch, capsys):
    from ui.cli import main

    stick = _killed_copy(new_dossier, tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False
                        if os.fspath(p) == os.fspath(stick) and mode == os.W_OK
                        else real_access(p, mode, **kw))
    monkeypatch.setenv("ZORGMAP_PASSPHRASE", PASSPHRASE)
    assert main(["verify", str(stick)]) == 0
    out = tmp_path / "uit.json"
    # The records here are notes (no model kind), so count them through the database.
    with Dossier.open(stick, PASSPHRASE, read_only=True) as reader:
        assert reader.db.one("SELECT count(*) FROM records")[0] == 2
    assert main(["export", "json", str(stick), "--out", str(out)]) == 0
    assert out.is_file()
    capsys.readouterr()
