"""A local error log that never holds dossier content: exception type and code locations only."""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path


def log_dir() -> Path:
    base = os.environ.get("ZORGMAP_STATE_DIR")
    if base:
        return Path(base)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "Zorgmap"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "Zorgmap"
    return Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "zorgmap"


def log_unexpected(exc: BaseException) -> Path | None:
    """Append where it went wrong, never what it said: messages can quote dossier data."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{dt.datetime.now().isoformat(timespec='seconds')} {type(exc).__qualname__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "fouten.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        return path
    except OSError:
        return None
