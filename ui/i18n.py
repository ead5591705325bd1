"""Translations: Dutch source strings in code, other languages from resources/translations/*.qm.

Qt's own dialogs (file, print, colour, message box buttons) speak English unless Qt's
translation for the language is installed too: `qtbase_<lang>.qm` from PySide6's
translations folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP(context, text) elsewhere."""
    return QCoreApplication.translate(context, text)


def wanted_language() -> str:
    """'nl' (the source language) unless ZORGMAP_LANG or the system locale asks for another."""
    lang = os.environ.get("ZORGMAP_LANG")
    if lang:
        return lang.split("_")[0].lower()
    return QLocale.system().name().split("_")[0].lower() or "nl"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translator for `language` (default: wanted_language()); returns the one used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language or wanted_language()
    if language != "nl":
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"zorgmap_{language}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            language = "nl"
    _install_qt_translation(app, language)
    return language


def qt_translations_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _install_qt_translation(app: QCoreApplication, language: str) -> None:
    """Qt's own strings (dialog buttons, the file and print dialogs) in `language`."""
    if language == "en":  # Qt's source language
        return
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", str(qt_translations_folder())):
        app.installTranslator(translator)
        _installed.append(translator)
    if language == "nl":
        # Installed last, so asked first: only the strings Qt's Dutch file lacks.
        gaps = QtDutchGaps(app)
        app.installTranslator(gaps)
        _installed.append(gaps)


class QtDutchGaps(QTranslator):
    """Strings of Qt's own dialogs that qtbase_nl.qm (Qt 6.11) leaves in English."""

    TEXTS = {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
    }

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return self.TEXTS.get((context, source))  # None: ask the next translator
