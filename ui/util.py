"""Small helpers shared by the screens: Dutch dates, label translation, message boxes."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translate

DATE_HINT = QT_TRANSLATE_NOOP("Dates", "dd-mm-jjjj")

_DMY = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})\s*$")
_YMD = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class DateProblem(ValueError):
    """A typed date that is not a date; the message is for the user."""


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date typed by a parent: dd-mm-jjjj (also with / or .), or jjjj-mm-dd. Empty is None.

    `today` (default: the real today) decides the century of a two-digit year."""
    if not text.strip():
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            # 1-1-26: this century unless that is more than ten years ahead (3-4-87 is 1987).
            this_year = (today or dt.date.today()).year
            year += 2000 if 2000 + year <= this_year + 10 else 1900
    else:
        match = _YMD.match(text)
        if not match:
            raise DateProblem(
                QCoreApplication.translate(
                    "Dates", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-02-2026."
                )
            )
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
            raise DateProblem(
                QCoreApplication.translate(
                    "Dates", "Deze datum bestaat niet: die maand heeft %1 dagen."
                ).replace("%1", str(last))
            ) from None
        raise DateProblem(
            QCoreApplication.translate(
                "Dates", "Deze datum bestaat niet: een maand is 1 tot en met 12."
            )
        ) from None


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
