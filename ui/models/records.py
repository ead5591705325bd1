"""Records of one kind as a table: columns are (header, value function, sort function)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.model import Record
from ui.i18n import translate
from ui.util import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    header: str  # Dutch source (context "Columns")
    value: Callable[[Record], object]
    bold: Callable[[Record], bool] | None = None


def _display(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        return translate("Common", "Ja") if value else ""
    return str(value)


def _sortable(value):
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.casefold()
    return value


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.records: list[Record] = []

    # ----- Qt model API ----------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = _display(column.value(record))
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 30 else None
        if role == SORT_ROLE:
            return _sortable(column.value(record))
        if role == ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(record):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return translate("Columns", self.columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    # ----- changing ----------

    def set_records(self, records: list[Record]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                return row
        return -1

    def upsert(self, record: Record) -> int:
        """Show a saved record: replace its row, or add it at the top. Returns its row."""
        row = self.row_of(record.id)
        if row >= 0:
            self.records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.records.insert(0, record)
        self.endInsertRows()
        return 0

    def remove(self, record_id: str) -> None:
        row = self.row_of(record_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.records[row]
            self.endRemoveRows()


class PagedRecordModel(RecordTableModel):
    """A long list (the contact log: 20,000 entries) read from storage page by page."""

    PAGE = 500

    def __init__(
        self,
        columns: list[Column],
        fetch: Callable[[int, int], list[Record]],
        total: Callable[[], int],
        parent=None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._total = total
        self._offset = 0
        self._count = 0

    def reload(self) -> None:
        self.beginResetModel()
        self._count = self._total()
        self.records = self._fetch(self.PAGE, 0)
        self._offset = len(self.records)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._offset < self._count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = self._fetch(self.PAGE, self._offset)
        known = {r.id for r in self.records}
        more = [r for r in more if r.id not in known]
        self._offset += self.PAGE
        if not more:
            return
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.records.extend(more)
        self.endInsertRows()

    def upsert(self, record: Record) -> int:
        if self.row_of(record.id) < 0:
            self._count += 1
            self._offset += 1
        return super().upsert(record)

    def remove(self, record_id: str) -> None:
        if self.row_of(record_id) >= 0:
            self._count -= 1
            self._offset -= 1
        super().remove(record_id)


class FilterProxy(QSortFilterProxyModel):
    """Sort on the raw values; filter on every column's text, case- and accent-tolerant."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.extra: Callable[[Record], bool] | None = None

    def set_extra(self, predicate: Callable[[Record], bool] | None) -> None:
        self.beginFilterChange()
        self.extra = predicate
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if self.extra is not None:
            record = self.sourceModel().index(row, 0, parent).data(RECORD_ROLE)
            if record is not None and not self.extra(record):
                return False
        return super().filterAcceptsRow(row, parent)
