"""A short seeded random walk over the real window (tests/ui/walk.py); `make soak` runs long."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import TODAY, key_of

SHORT_STEPS = 150


@pytest.fixture
def walk_window(make_window, tmp_path):
    from storage.dossier import Dossier
    from ui.composition import fill_demo

    folder = tmp_path / "walk.zorgmap"
    dossier, _code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        fill_demo(dossier, today=TODAY)
    window = make_window()
    key = key_of(folder)
    window._open_with_key(folder, key)
    return window, folder, key


def make_walk(window, folder, key, seed, tmp_path):
    from tests.ui.walk import Walk

    letter = tmp_path / "brief.pdf"
    letter.write_bytes(b"%PDF-1.4 verzonnen brief\n" * 200)
    log = Path(os.environ["ZORGMAP_STATE_DIR"]) / "fouten.log"
    return Walk(window, folder, key, seed, import_file=letter, log_file=log)


@pytest.mark.parametrize("seed", [1, 2])
def test_short_random_walk(walk_window, tmp_path, seed):
    from tests.ui.walk import run

    window, folder, key = walk_window
    walk = make_walk(window, folder, key, seed, tmp_path)
    failures = run(walk, SHORT_STEPS // 2)
    assert failures == []
