"""What the program knows about itself: version, licence, library versions, where things live.

Read by `zorgmap --version` and the "Over Zorgmap" dialog. Nothing here opens the network:
Zorgmap has no update check and sends nothing anywhere.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from app.version import VERSION

LICENCE = "EUPL-1.2"
LICENCE_NAME = "European Union Public Licence 1.2"


def sqlcipher_version() -> str:
    """The SQLCipher the dossier is encrypted with (bundled inside sqlcipher3)."""
    import sqlcipher3

    db = sqlcipher3.connect(":memory:")
    try:
        row = db.execute("PRAGMA cipher_version").fetchone()
        sqlite = db.execute("select sqlite_version()").fetchone()[0]
    finally:
        db.close()
    cipher = row[0] if row and row[0] else "?"
    return f"{cipher} (SQLite {sqlite})"


def qt_version() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


def bundled() -> bool:
    """Running from the PyInstaller bundle rather than from source."""
    return bool(getattr(sys, "frozen", False))


def version_text() -> str:
    """`zorgmap --version`: the first line is the version, then what it is built from."""
    how = "gebundeld programma" if bundled() else "vanuit de broncode"
    return "\n".join([
        f"Zorgmap {VERSION}",
        f"Licentie: {LICENCE}",
        f"SQLCipher {sqlcipher_version()}",
        qt_version(),
        f"Python {platform.python_version()} ({how}, {sys.platform})",
    ])


def default_dossier_folder() -> Path:
    return Path.home() / "Zorgmap"
