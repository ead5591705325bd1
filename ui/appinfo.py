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
    """The SQLCipher the dossier is encrypted with (storage knows; ui/ does no SQL)."""
    from storage.versions import sqlcipher_version as version

    return version()


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
