"""Rules for the names of dossier folders: a folder name is readable by anyone with the computer
(and lands in the settings' recent list), so the default one never holds the child's name."""

from __future__ import annotations

import re
from pathlib import Path

NEUTRAL_STEM = "Zorgmap-dossier"


def neutral_folder(parent: Path, stem: str = NEUTRAL_STEM) -> Path:
    """`parent/Zorgmap-dossier.zorgmap`, or -2, -3, … when that exists already."""
    candidate = parent / f"{stem}.zorgmap"
    number = 2
    while candidate.exists():
        candidate = parent / f"{stem}-{number}.zorgmap"
        number += 1
    return candidate


_NEUTRAL = re.compile(rf"{NEUTRAL_STEM}(-\d+)?", re.IGNORECASE)
#: name parts too common to say whose a folder is (tussenvoegsels)
_PARTICLES = {"de", "den", "der", "het", "te", "ten", "ter", "van", "von", "la", "le", "el"}


def old_default_name(child_name: str) -> str:
    """The folder name Zorgmap gave a new dossier until commit 20b90c8 made it neutral: the
    child's name as typed, keeping only letters, digits, spaces, '-' and '_'."""
    kept = "".join(c for c in child_name.strip() if c.isalnum() or c in " -_")
    return f"{kept or 'Dossier'}.zorgmap"


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[\W_]+", text.casefold()) if w}


def names_the_child(folder_name: str, child_name: str) -> bool:
    """Does a dossier folder's name hold the child's name (or a part of it, as a whole word)?

    The folder name is outside the encryption: anyone with the computer reads it, and the
    settings' recent list keeps it. A neutral name (`Zorgmap-dossier`, `-2`, …) never counts.
    """
    stem = folder_name.removesuffix(".zorgmap")
    if not child_name.strip() or _NEUTRAL.fullmatch(stem):
        return False
    if folder_name == old_default_name(child_name):
        return True
    parts = {w for w in _words(child_name) if len(w) >= 2 and w not in _PARTICLES}
    return bool(parts & _words(stem))
