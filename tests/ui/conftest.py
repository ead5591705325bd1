"""Fixtures for driving the real window: fast keys, private settings, an injectable 'today'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = dt.date(2026, 11, 10)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            # The offscreen platform warns whenever a widget gets a fixed size or is raised,
            # or a popup (a choice box's completer) grabs the keyboard; these are about the
            # fake screen, not our code.
            item.add_marker(pytest.mark.qt_log_ignore(
                r"This plugin does not support propagateSizeHints\(\)",
                r"This plugin does not support raise\(\)",
                r"This plugin does not support grabbing the keyboard",
            ))


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings, tmp_path):
    from ui.mainwindow import MainWindow, Options

    made = []

    def make(**kw):
        options = Options(kdf=FAST_KDF, settings=settings, today=TODAY,
                          default_folder=tmp_path / "dossiers", **kw)
        window = MainWindow(options)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.lock()


@pytest.fixture
def closed_dossier(tmp_path):
    """A dossier on disk (locked), with the child's name filled in: returns its folder."""
    from app.model import ChildProfile
    from storage.dossier import Dossier
    from storage.records import RecordStore

    folder = tmp_path / "Noor.zorgmap"
    dossier, _code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        RecordStore(dossier).save(ChildProfile(name="Noor"))
    return folder


def key_of(folder: Path, secret: str = PASSPHRASE) -> bytes:
    from storage.keys import KeyFile

    return bytes(KeyFile.load(folder / "keys.json").unlock(secret))


@pytest.fixture
def open_window(make_window, closed_dossier):
    """A window with the dossier unlocked (key handed over directly: no KDF wait)."""

    def make(**kw):
        window = make_window(**kw)
        window._open_with_key(closed_dossier, key_of(closed_dossier))
        assert window.session is not None
        return window

    return make


@pytest.fixture
def demo_window(make_window, tmp_path):
    from storage.dossier import Dossier
    from ui.composition import fill_demo

    folder = tmp_path / "demo.zorgmap"
    dossier, _code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        fill_demo(dossier, today=TODAY)
    window = make_window()
    window._open_with_key(folder, key_of(folder))
    return window
