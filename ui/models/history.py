"""The history lists as tables: the changes of one record (`HistoryModel`), the fields one
change touched (`ChangesModel`) and the deleted records of the Prullenbak (`TrashModel`)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.history import SHORT, dutch_dates, shorten, when_text
from app.model import KIND_LABELS, RECORD_TYPES
from app.serialize import from_dict
from storage.records import HistoryEntry
from ui.field_names import FieldNames, changes
from ui.i18n import translate
from ui.util import label

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("History", "Aangemaakt"),
    "update": QT_TRANSLATE_NOOP("History", "Gewijzigd"),
    "delete": QT_TRANSLATE_NOOP("History", "Verwijderd"),
    "restore": QT_TRANSLATE_NOOP("History", "Teruggezet"),
    # Two people changed a field at the same time (docs/team.md): the version not shown.
    "conflict": QT_TRANSLATE_NOOP("History", "Tegelijk gewijzigd"),
}


class _TableModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []  # (cells..., payload)

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shorten(row[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = row[index.column()]
            return text if len(text) > SHORT else None
        if role == ENTRY_ROLE:
            return row[-1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return translate("History", self.headers[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class HistoryModel(_TableModel):
    """The changes of one record, newest first."""

    headers = (
        QT_TRANSLATE_NOOP("History", "Wanneer"),
        QT_TRANSLATE_NOOP("History", "Wie"),
        QT_TRANSLATE_NOOP("History", "Wat"),
        QT_TRANSLATE_NOOP("History", "Welke velden"),
    )

    def set_entries(self, entries: list[HistoryEntry], names: FieldNames) -> None:
        rows = []
        for entry in entries:
            if entry.action in ("create", "delete"):
                fields = ""
            else:
                fields = ", ".join(dict.fromkeys(name for name, _o, _n in changes(entry, names)))
            rows.append((when_text(entry.at), entry.profile,
                         translate("History", ACTION_LABELS.get(entry.action, entry.action)),
                         fields, entry))
        self.set_rows(rows)


class ChangesModel(_TableModel):
    """The fields one change touched: label, old value, new value."""

    headers = (
        QT_TRANSLATE_NOOP("History", "Veld"),
        QT_TRANSLATE_NOOP("History", "Was"),
        QT_TRANSLATE_NOOP("History", "Werd"),
    )

    def set_entry(self, entry: HistoryEntry | None, names: FieldNames) -> None:
        self.set_rows([(*row, None) for row in changes(entry, names)] if entry else [])


def record_label(kind: str, data: dict | None) -> str:
    """A deleted record's own label ('Wlz indicatiebesluit 2024-03-01'), from its stored data."""
    try:
        return dutch_dates(from_dict(RECORD_TYPES[kind], data or {}).label())
    except Exception:  # an old or damaged version: the list still shows it
        return label(KIND_LABELS.get(kind, kind))


class TrashModel(_TableModel):
    """Deleted records not brought back, newest first."""

    headers = (
        QT_TRANSLATE_NOOP("History", "Soort"),
        QT_TRANSLATE_NOOP("History", "Onderdeel"),
        QT_TRANSLATE_NOOP("History", "Verwijderd op"),
        QT_TRANSLATE_NOOP("History", "Door"),
    )

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows([
            (label(KIND_LABELS.get(e.kind, e.kind)), record_label(e.kind, e.before),
             when_text(e.at), e.profile, e)
            for e in entries
        ])
