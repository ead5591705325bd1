"""The person list of "Delen met het gezin" (`PeopleModel`): who is in, their role, when
they were last active, and their fingerprint."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.i18n import translate

# Roles as the person list shows them (the roster keeps the Dutch word).
ROLES = (QT_TRANSLATE_NOOP("Team", "ouder"), QT_TRANSLATE_NOOP("Team", "lezer"))


def _when(at: str) -> str:
    if not at:
        return translate("Team", "nog niets")
    try:
        moment = dt.datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    return moment.strftime("%d-%m-%Y %H:%M")


class PeopleModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("Team", "Naam"), QT_TRANSLATE_NOOP("Team", "Rol"),
               QT_TRANSLATE_NOOP("Team", "Laatst actief"),
               QT_TRANSLATE_NOOP("Team", "Vingerafdruk"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[dict] = []

    def set_people(self, people: list[dict]) -> None:
        self.beginResetModel()
        self.people = sorted(people, key=lambda p: (not p["active"], p["name"].casefold()))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Team", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.people[index.row()]
        if index.column() == 0:
            name = person["name"] + (translate("Team", " (u)") if person["me"] else "")
            return name if person["active"] else name + translate("Team", " (verwijderd)")
        if index.column() == 1:
            return translate("Team", person["role"])
        if index.column() == 2:
            return _when(person["last"])
        return person["fingerprint"]
