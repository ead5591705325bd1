"""The settings file names dossier folders (the recent list): only its owner may read it."""

from __future__ import annotations

import os
import stat


def test_the_recent_list_is_readable_by_its_owner_only(make_window, settings, tmp_path):
    previous = os.umask(0o022)  # the usual default: Qt then writes the file 0644
    try:
        window = make_window()
        window._remember_recent(tmp_path / "Noor.zorgmap")
    finally:
        os.umask(previous)
    mode = stat.S_IMODE(os.stat(settings.fileName()).st_mode)
    assert mode == 0o600, oct(mode)
