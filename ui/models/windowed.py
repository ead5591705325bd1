"""A long list (the contact log: 20,000 entries) that Python never holds whole.

The model knows the ids in order; SQLite sorts and filters them (storage's `ordered_ids`, over
the index and the full-text index). Rows are read and decoded a window at a time when the view
asks for them, and only a few windows are kept. Sorting and filtering can run on a worker
thread (`run`): the list keeps its old rows until the new order arrives.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.model import Record
from ui.i18n import translate
from ui.models.records import ID_ROLE, RECORD_ROLE, SORT_ROLE, Column, _display, _sortable

Index = QModelIndex | QPersistentModelIndex

#: query(field, descending, text) -> ordered ids
Query = Callable[[str | None, bool, str], list[str]]
#: run(field, descending, text, done): the same query elsewhere; done(ids) on the GUI thread
Runner = Callable[[str | None, bool, str, Callable[[list[str]], None]], object]


class _Rows(Sequence):
    """`model.records[row]` as the list screens use it, without a list of every record."""

    def __init__(self, model: WindowedRecordModel) -> None:
        self.model = model

    def __len__(self) -> int:
        return len(self.model.ids)

    def __getitem__(self, row):  # noqa: D105
        if isinstance(row, slice):
            return [self.model.record(r) for r in range(*row.indices(len(self)))]
        if not -len(self) <= row < len(self):
            raise IndexError(row)  # also ends iteration (Sequence.__iter__ stops on it)
        return self.model.record(row % len(self))


class WindowedRecordModel(QAbstractTableModel):
    WINDOW = 200
    MAX_WINDOWS = 8

    #: the rows changed to a new order or filter (also when that ran elsewhere)
    loaded = Signal()

    def __init__(self, columns: list[Column], sort_fields: list[str | None], query: Query,
                 fetch: Callable[[list[str]], list[Record]], run: Runner | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.sort_fields = sort_fields  # per column: the record field SQLite sorts on
        self._query = query
        self._fetch = fetch
        self._run = run
        self.ids: list[str] = []
        self._windows: OrderedDict[int, list[Record]] = OrderedDict()
        self.field: str | None = None
        self.descending = True
        self.text = ""
        self.busy = False
        self._generation = 0
        self.records = _Rows(self)

    # ----- Qt model API ----------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE,
                        RECORD_ROLE, Qt.ItemDataRole.FontRole):
            return None
        record = self.record(index.row())
        if record is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = _display(column.value(record))
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 30 else None
        if role == SORT_ROLE:
            return _sortable(column.value(record))
        if role == RECORD_ROLE:
            return record
        if column.bold and column.bold(record):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return translate("Columns", self.columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return False  # every row is known; its record is read when shown

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.sort_fields):
            field, descending = self.sort_fields[column], order == Qt.SortOrder.DescendingOrder
        else:  # no column: list order, newest first
            field, descending = None, True
        if (field, descending) == (self.field, self.descending):
            return  # already in this order (a view asks again when it is set up)
        self.field, self.descending = field, descending
        self._requery()

    # ----- reading ----------

    def record(self, row: int) -> Record | None:
        if not 0 <= row < len(self.ids):
            return None
        number = row // self.WINDOW
        window = self._windows.get(number)
        if window is None:
            first = number * self.WINDOW
            ids = self.ids[first:first + self.WINDOW]
            by_id = {r.id: r for r in self._fetch(ids)}
            window = [by_id.get(i) for i in ids]
            self._windows[number] = window
            while len(self._windows) > self.MAX_WINDOWS:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(number)
        return window[row % self.WINDOW]

    def row_of(self, record_id: str) -> int:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1

    def windows_held(self) -> int:
        return len(self._windows)

    # ----- order and filter ----------

    def reload(self) -> None:
        """Read the ids again, here and now (the list order needs only the index)."""
        self._generation += 1
        self._apply(self._query(self.field, self.descending, self.text), self._generation)

    def set_filter(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self._requery()

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - a proxy's name
        self.set_filter(text)

    def _requery(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._run is None:
            self._apply(self._query(self.field, self.descending, self.text), generation)
            return
        self.busy = True
        self._run(self.field, self.descending, self.text,
                  lambda ids: self._apply(ids, generation))

    def _apply(self, ids: list[str], generation: int) -> None:
        if generation != self._generation:
            return  # a newer order or filter was asked for meanwhile
        self.busy = False
        self.beginResetModel()
        self.ids = list(ids)
        self._windows.clear()
        self.endResetModel()
        self.loaded.emit()

    # ----- changes made in this window ----------

    def upsert(self, record: Record) -> int:
        row = self.row_of(record.id)
        if row >= 0:
            window = self._windows.get(row // self.WINDOW)
            if window is not None:
                window[row % self.WINDOW] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.ids.insert(0, record.id)
        self._windows.clear()  # rows moved down by one
        self.endInsertRows()
        return 0

    def remove(self, record_id: str) -> None:
        row = self.row_of(record_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.ids[row]
            self._windows.clear()
            self.endRemoveRows()


class PassThroughProxy(QIdentityProxyModel):
    """What a list screen expects of its proxy, handing sort and filter to the source model
    (where SQLite does them) instead of calling `data()` on every row."""

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802
        self.sourceModel().set_filter(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
