"""Translations: Dutch source strings in code, other languages from resources/translations/*.qm."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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
    if language == "nl":
        return "nl"
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"zorgmap_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return language
    return "nl"
