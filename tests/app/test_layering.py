"""The layers stay apart: app/ has no Qt and no SQL, storage/ and exports/ have no Qt, ui/ no SQL.

Two checks: importing every module of a package loads nothing it must not (what happens at
run time), and ruff's banned-api (app/, storage/, exports/ and ui/ each have a ruff.toml)
refuses such an import in the source (what a developer sees before committing).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6")
SQL = ("sqlite3", "sqlcipher3")
FORBIDDEN = {
    "app": QT + SQL + ("storage", "ui", "exports"),
    "storage": QT + ("ui", "exports"),
    "exports": QT + SQL + ("storage", "ui"),
}


def modules_of(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found.append(".".join(parts))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_importing_a_package_loads_nothing_of_a_higher_layer(package):
    forbidden = FORBIDDEN[package]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules_of(package))
        + f"bad = [m for m in sys.modules if m.split('.')[0] in {forbidden!r}]\n"
        + "print(','.join(sorted(bad)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def ruff_on(path: str, source: str) -> subprocess.CompletedProcess:
    """Lint `source` as if it were the file `path` (stdin: nothing is written)."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is a test dependency (pyproject.toml [project.optional-dependencies])"
    return subprocess.run(
        [ruff, "check", "--no-cache", "--select", "TID251", "--stdin-filename", path, "-"],
        cwd=ROOT, input=source, capture_output=True, text=True,
    )


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("app/probe.py", "from PySide6.QtCore import QObject"),
        ("app/probe.py", "import shiboken6"),
        ("app/probe.py", "from storage.dossier import Dossier"),
        ("app/probe.py", "from ui.i18n import translate"),
        ("app/probe.py", "from exports.ics import deadlines_calendar"),
        ("app/probe.py", "import sqlite3"),
        ("storage/probe.py", "from PySide6.QtWidgets import QWidget"),
        ("storage/probe.py", "from ui.session import Session"),
        ("exports/probe.py", "from PySide6.QtGui import QPdfWriter"),
        ("exports/probe.py", "from storage.records import RecordStore"),
        ("exports/pdf/probe.py", "import sqlcipher3"),
        ("ui/probe.py", "import sqlite3"),
        ("ui/screens/probe.py", "from sqlcipher3 import dbapi2"),
    ],
)
def test_ruff_refuses_an_import_across_the_layers(path, line):
    result = ruff_on(path, line + "\n")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "TID251" in result.stdout


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("ui/probe.py", "from PySide6.QtCore import QObject"),
        ("ui/probe.py", "from storage.dossier import Dossier"),
        ("storage/probe.py", "from app.model import ChildProfile"),
        ("exports/probe.py", "from app.model import DossierContent"),
    ],
)
def test_ruff_allows_the_imports_the_layering_wants(path, line):
    result = ruff_on(path, line + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
