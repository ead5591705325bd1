"""A dossier read from a locked place with a -wal is read from a private (encrypted) copy in
the temp folder. A reader that is killed (kill -9; the PDF child ended by Stoppen, by another
choice or by locking, or ending with its killed parent) never removes its copy: every build
left a whole copy of the dossier behind, long after the dossier itself was deleted."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from storage.db import Database
from storage.dossier import DB_NAME
from tests.conftest import PASSPHRASE, ROOT
from tests.storage.test_readonly_place import _killed_copy

KILLED_READER = r"""
import os, signal, sys
from pathlib import Path
stick = Path(sys.argv[1])
real_access = os.access
os.access = lambda p, mode, **kw: False if (os.fspath(p) == os.fspath(stick)
                                            and mode == os.W_OK) else real_access(p, mode)
from storage.dossier import Dossier
opened = Dossier.open(stick, sys.argv[2], read_only=True)
print(opened.db._copy_dir, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _locked(monkeypatch, stick: Path) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False
                        if os.fspath(p) == os.fspath(stick) and mode == os.W_OK
                        else real_access(p, mode))


def test_the_copy_of_a_killed_reader_is_removed_by_the_next_one(new_dossier, tmp_path,
                                                                 monkeypatch):
    stick = _killed_copy(new_dossier, tmp_path)
    temp = tmp_path / "temp"
    temp.mkdir(mode=0o700)
    out = subprocess.run([sys.executable, "-c", KILLED_READER, str(stick), PASSPHRASE],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(temp)))
    assert out.returncode == -9, out.stderr
    left = Path(out.stdout.split()[0])
    assert left.parent == temp and (left / DB_NAME).exists()

    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    _locked(monkeypatch, stick)
    from storage.dossier import Dossier

    with Dossier.open(stick, PASSPHRASE, read_only=True) as opened:
        own = opened.db._copy_dir
        assert own is not None and own.exists()
        assert not left.exists()  # the dead reader's copy is gone, ours is kept
    assert list(temp.iterdir()) == []


def test_a_living_readers_copy_is_left_alone(new_dossier, tmp_path, monkeypatch):
    stick = _killed_copy(new_dossier, tmp_path)
    temp = tmp_path / "temp"
    temp.mkdir(mode=0o700)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    _locked(monkeypatch, stick)
    from storage.dossier import Dossier

    key_db = Dossier.open(stick, PASSPHRASE, read_only=True)
    try:
        first = key_db.db._copy_dir
        second = Database(stick / DB_NAME, key_db.data_key(), read_only=True)
        try:
            assert first.exists() and second._copy_dir.exists()
        finally:
            second.close()
        assert first.exists()
    finally:
        key_db.close()
