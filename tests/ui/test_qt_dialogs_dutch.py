"""Qt's own dialogs speak Dutch: the file, print, colour and font dialogs and message boxes."""

from __future__ import annotations

import re

import pytest

# Button and label texts of Qt's standard dialogs in Qt's source language ("OK", "Printer"
# and "Type:" are Dutch as well).
ENGLISH = {
    "cancel", "open", "save", "close", "yes", "no", "apply", "reset", "help", "abort",
    "retry", "ignore", "discard", "print", "options", "properties", "look in:", "file name:",
    "files of type:", "file name", "choose", "save all", "yes to all", "no to all",
    "restore defaults", "pick screen color", "add to custom colors", "basic colors",
    "custom colors", "preview", "print range", "copies", "all", "pages from", "to",
    "name:", "location:", "font", "font style", "size", "effects",
    "strikeout", "underline", "sample", "writing system", "show details...", "hide details...",
    "back", "forward", "parent directory", "create new folder", "list view", "detail view",
    "&open", "&save", "&cancel", "&yes", "&no", "&print", "&close",
}


def visible_texts(dialog) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    texts = []
    for widget in dialog.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in dialog.findChildren(QLabel):
        texts.append(widget.text())
    for widget in dialog.findChildren(QGroupBox):
        texts.append(widget.title())
    return [t for t in texts if t]


def english_in(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        bare = re.sub(r"<[^>]+>", "", text).strip().lower()
        if bare in ENGLISH or bare.replace("&", "") in ENGLISH:
            found.append(text)
    return found


@pytest.fixture
def dutch(qapp):
    from ui import i18n

    assert i18n.install(qapp, "nl") == "nl"
    yield
    i18n.install(qapp, "nl")


def _dialogs(parent):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import (
        QColorDialog,
        QFileDialog,
        QFontDialog,
        QInputDialog,
        QMessageBox,
        QProgressDialog,
    )

    files = QFileDialog(parent, "Kies een bestand")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    save = QFileDialog(parent, "Bewaren")
    save.setOption(QFileDialog.Option.DontUseNativeDialog)
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    colours = QColorDialog(parent)
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    fonts = QFontDialog(parent)
    fonts.setOption(QFontDialog.FontDialogOption.DontUseNativeDialog)
    printer = QPrinter()
    box = QMessageBox(parent)
    box.setText("Weet u het zeker?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Ok
    )
    box.setDetailedText("Meer")
    ask = QInputDialog(parent)
    progress = QProgressDialog("Bezig…", "", 0, 10, parent)
    progress.setCancelButton(None)
    printing = QPrintDialog(printer, parent)
    printing.printer_ = printer  # the dialog does not own the printer: keep it alive
    return {
        "file": files,
        "save": save,
        "colour": colours,
        "font": fonts,
        "print": printing,
        "message": box,
        "input": ask,
        "progress": progress,
    }


def test_every_standard_dialog_is_dutch(dutch, qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    problems = {}
    for name, dialog in _dialogs(parent).items():
        dialog.show()  # non-blocking; exec() would wait for a click
        qtbot.waitUntil(dialog.isVisible)
        texts = visible_texts(dialog)
        assert texts, name
        english = english_in(texts)
        if english:
            problems[name] = english
        dialog.close()
        dialog.deleteLater()
    assert problems == {}


def test_the_check_sees_english_when_qt_is_not_translated(qapp, qtbot):
    """Without Qt's Dutch file the same dialogs show English buttons: the check can fail."""
    from PySide6.QtWidgets import QMessageBox

    from ui import i18n

    for translator in list(i18n._installed):
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
        qtbot.addWidget(box)
        assert english_in(visible_texts(box)) != []
    finally:
        i18n.install(qapp, "nl")
