"""Over Zorgmap: version, licence, SQLCipher, and where the dossier and its backups are."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.version import VERSION


def _about(window):
    dialogs = [d for d in window.findChildren(QDialog) if d.objectName() == "aboutDialog"]
    return dialogs[-1] if dialogs else None


def test_about_from_the_welcome_page(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.about_button, Qt.MouseButton.LeftButton)
    dialog = _about(window)
    assert dialog is not None and dialog.isVisible()
    values = {key: label.text() for key, label in dialog.values.items()}
    assert values["version"] == VERSION
    assert values["licence"].startswith("EUPL-1.2")
    assert re.match(r"SQLCipher 4\.\d+", values["sqlcipher"])
    assert str(tmp_path / "dossiers") in values["dossier"]  # where a new one would go
    assert "geen internet" in values["network"]
    dialog.close()


def test_about_with_a_dossier_open_says_where_it_and_its_backups_are(open_window, qtbot,
                                                                       closed_dossier):
    window = open_window()
    assert window.about_action.shortcut().toString() == "F1"
    window.about_action.trigger()
    dialog = _about(window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.values["dossier"].text() == str(closed_dossier)
    assert dialog.values["backups"].text().startswith(str(closed_dossier / "backups"))
    window.lock()
    assert not dialog.isVisible()  # locking closes it with the other dialogs
