"""Rules for the names of dossier folders: a folder name is readable by anyone with the computer
(and lands in the settings' recent list), so the default one never holds the child's name."""

from __future__ import annotations

from pathlib import Path


def neutral_folder(parent: Path, stem: str = "Zorgmap-dossier") -> Path:
    """`parent/Zorgmap-dossier.zorgmap`, or -2, -3, … when that exists already."""
    candidate = parent / f"{stem}.zorgmap"
    number = 2
    while candidate.exists():
        candidate = parent / f"{stem}-{number}.zorgmap"
        number += 1
    return candidate
