"""Finding 10 of issue 16: the small ones, each with a test that failed before."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, ROOT


def test_no_english_getpass_warning_without_a_terminal(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZORGMAP_PASSPHRASE")}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-m", "ui.cli", "verify", str(tmp_path / "x")],
                            input="", capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 1
    assert "Warning" not in result.stderr and "echoed" not in result.stderr
    assert "geen terminal" in result.stderr


def test_a_full_disk_is_called_a_full_disk_not_a_disk_error(tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple

    from sqlcipher3 import dbapi2

    from storage import db
    from storage.errors import DiskFull

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 4096, 4096))
    mapped = db.translate(dbapi2.OperationalError("disk I/O error"), tmp_path / "dossier.db")
    assert isinstance(mapped, DiskFull)
    assert "schijf is vol" in mapped.user_text()
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 0, 10**9))
    mapped = db.translate(dbapi2.OperationalError("disk I/O error"), tmp_path / "dossier.db")
    assert "schijffout" in mapped.user_text()  # a real I/O error stays one


def test_a_noodkaart_from_a_write_protected_stick(new_dossier, tmp_path, monkeypatch, capsys):
    from ui.cli import main

    dossier, _code = new_dossier()
    folder = dossier.folder
    dossier.close()
    real_open = open

    def write_protected(path, *args, **kwargs):
        if str(path).endswith("lock"):
            raise PermissionError(errno.EROFS, "read-only file system")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", write_protected)
    monkeypatch.setattr("storage.db.os.access", lambda p, mode: mode != os.W_OK)
    monkeypatch.setenv("ZORGMAP_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "noodkaart.pdf"
    assert main(["export", "noodkaart", str(folder), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()


@pytest.fixture
def no_runtime_dir(tmp_path, monkeypatch):
    import tempfile

    from storage import documents

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    shm = tmp_path / "shm"
    shm.mkdir()
    monkeypatch.setattr(documents, "SHM_DIR", shm)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return shm, tmp


def test_without_a_runtime_dir_the_view_folder_is_in_memory(no_runtime_dir):
    from storage.documents import default_view_base

    shm, _tmp = no_runtime_dir
    assert default_view_base().parent == shm


def test_any_command_wipes_a_view_copy_left_by_a_kill(no_runtime_dir, tmp_path, monkeypatch,
                                                      capsys):
    from ui.cli import main

    shm, tmp = no_runtime_dir
    uid = os.getuid()
    left = []
    for base in (tmp / f"zorgmap-view-{uid}", shm / f"zorgmap-view-{uid}"):
        (base / "doc-x").mkdir(parents=True, mode=0o700)
        copy = base / "doc-x" / "zorgmap-document.pdf"
        copy.write_bytes(b"%PDF- ontcijferde brief")
        left.append(copy)
    monkeypatch.setenv("ZORGMAP_PASSPHRASE", PASSPHRASE)
    assert main(["verify", str(tmp_path / "bestaat-niet")]) == 1  # even a failing command
    capsys.readouterr()
    assert not any(Path(p).exists() for p in left)
