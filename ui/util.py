"""Small helpers shared by the screens: Dutch dates, label translation, message boxes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translate

DATE_HINT = QT_TRANSLATE_NOOP("Dates", "dd-mm-jjjj")

class DateProblem(ValueError):
    """A typed date that is not a date; the message is for the user."""


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date typed by a parent: dd-mm-jjjj (also with / or .), or jjjj-mm-dd. Empty is None.

    The rule lives in app.dates (also used by import); here only the messages are translated.
    """
    from app import dates

    try:
        return dates.parse_date_text(text, today or dt.date.today())
    except dates.DateTextProblem as problem:
        raise DateProblem(_date_message(problem.reason).replace("%1", problem.detail)) from None


def _date_message(reason: str) -> str:
    from app import dates

    if reason == dates.DAY:
        return translate("Dates", "Deze datum bestaat niet: die maand heeft %1 dagen.")
    if reason == dates.MONTH:
        return translate("Dates", "Deze datum bestaat niet: een maand is 1 tot en met 12.")
    if reason == dates.RANGE:
        return translate("Dates", "Kies een datum tussen 1900 en 2150.")
    return translate("Dates", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-02-2026.")


def format_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def label(text: str) -> str:
    """A Dutch label from app/ (enum labels, kind names) in the user's language."""
    return translate("Labels", text)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask once. Screens call this through an attribute so tests can replace it."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("Common", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is ok


def notify(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A non-blocking message: shown with open(), never exec()."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box
