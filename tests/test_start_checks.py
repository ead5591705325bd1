"""`zorgmap --version` and `zorgmap --smoke`: what .ci/run and the bundle check rely on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.version import VERSION

ROOT = Path(__file__).resolve().parent.parent


def test_version_names_zorgmap_sqlcipher_and_qt(capsys):
    from ui import cli

    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Zorgmap {VERSION}"
    assert any(line.startswith("SQLCipher 4.") for line in lines)
    assert any(line.startswith("Qt 6.") for line in lines)
    assert "vanuit de broncode" in lines[-1]


def test_pyproject_reads_the_version_from_one_place():
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    assert 'dynamic = ["version"]' in text and 'attr = "app.version.VERSION"' in text


def test_smoke_starts_shows_the_welcome_window_and_quits(tmp_path):
    env = {
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run([sys.executable, "-m", "ui.cli", "--smoke"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "het welkomstscherm is te zien (platform offscreen)" in done.stdout
