"""app/ stays the product without a screen or a database: no Qt, no SQL."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "sqlite3", "sqlcipher3", "storage", "ui")


def test_importing_app_loads_no_qt_and_no_sql():
    modules = sorted(p.stem for p in (ROOT / "app").glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import app.{m}\n" for m in modules)
        + f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""
