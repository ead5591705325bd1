"""The list-with-form screen most parts of the dossier use: a filterable table of one kind of
record beside the form of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model import Record
from ui.checked import checked_button, mark_checked
from ui.flow import FlowLayout
from ui.forms import F, RecordForm
from ui.i18n import translate
from ui.models.records import ID_ROLE, Column, FilterProxy, RecordTableModel
from ui.screens.base import Screen
from ui.screens.list_edits import ListEditsMixin, UndoBar


class RecordListScreen(ListEditsMixin, Screen):
    """A filterable table of one kind of record beside the form of the selected one."""

    kind = ""
    columns: list[Column] = []
    fields: list[F] = []
    new_text = "Nieuw"
    filter_text = QT_TRANSLATE_NOOP("Screens", "Zoeken in deze lijst")
    intro = ""
    orientation = Qt.Orientation.Horizontal
    list_share = 0.45

    def __init__(self, session, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        super().__init__(session, parent)
        self._history_id: int | None = None
        self.model = self.make_model()
        self.proxy = self.make_proxy()
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Screens", self.filter_text))
        self.filter.setAccessibleName(translate("Screens", self.filter_text))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        # Fitting columns to their contents looks at the first rows only, not 2,000.
        self.table.verticalHeader().setResizeContentsPrecision(60)
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the form, not cell by cell
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 10
        )
        self.table.setAccessibleName(translate("Screens", self.title or self.kind))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

        self.new_button = QPushButton(translate("Screens", self.new_text), self)
        self.new_button.clicked.connect(self.add_new)
        self.delete_button = QPushButton(translate("Screens", "Verwijderen…"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_button.setEnabled(False)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo_clicked.connect(self.undo_delete)

        self.form = RecordForm(session, self.fields, parent=self)
        self.form.saved.connect(self._saved)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        buttons = FlowLayout()  # wraps at large text instead of widening the window
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        self.checked_button = checked_button(self)
        self.checked_button.setEnabled(False)
        self.checked_button.clicked.connect(self.mark_checked)
        buttons.addWidget(self.checked_button)
        left_layout.addLayout(buttons)

        self.detail = QWidget(self)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.extend_detail(detail_layout)

        self.splitter = QSplitter(self.orientation, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        if embedded:
            layout.setContentsMargins(0, 6, 0, 0)
        else:
            layout.addWidget(
                self.heading(
                    translate("Screens", self.title),
                    translate("Screens", self.intro) if self.intro else "",
                )
            )
        layout.addWidget(self.undo_bar)
        self.add_above_list(layout)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.filter, self.table)
        if hasattr(session, "changes"):
            session.changes.connect(self._changes)
        if session.read_only:
            self.new_button.setEnabled(False)
            self.form.set_read_only(True)
        # Nothing is chosen yet: the buttons beside the form that act on "this record" start
        # off (an empty list never reports a row change).
        self.record_changed(None)

    # ----- hooks for subclasses ----------

    def make_model(self) -> RecordTableModel:
        return RecordTableModel(self.columns, self)

    def make_proxy(self):
        return FilterProxy(self)

    def load(self) -> list[Record]:
        return self.session.records.list(self.kind)

    def new_record(self) -> Record:
        from app.model import RECORD_TYPES

        return RECORD_TYPES[self.kind]()

    def extend_detail(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.form, 1)

    def add_above_list(self, layout: QVBoxLayout) -> None:
        pass

    def record_changed(self, record: Record | None) -> None:
        """The selected record changed (shown in the form)."""

    # ----- behaviour ----------

    def refresh(self) -> None:
        current = self.current_id()
        self.form.flush()
        self.model.set_records(self.load())
        shown = self.form.record
        if shown is not None and shown.id == current and self.model.row_of(current) < 0 \
                and self.form._in_flight:
            self.model.upsert(shown)  # queued for the writer, not committed yet
        self._size_columns()
        if current:
            self.select(current)
        elif self.proxy.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)

    def _size_columns(self) -> None:
        """Widths the parent dragged (remembered), else each column as wide as its contents
        up to a cap in characters: names, medicines, phone numbers and dates stay whole."""
        from ui.columns import ColumnMemory, fit_columns, settings_of

        if getattr(self, "column_memory", None) is None:
            self.column_memory = ColumnMemory(self.table, type(self).__name__, settings_of(self))
            self._user_widths = self.column_memory.restore()
        if self._user_widths:
            return
        rows = self.proxy.rowCount()
        if getattr(self, "_fitted_rows", None) in (None, 0) or rows != self._fitted_rows:
            fit_columns(self.table)
            self._fitted_rows = rows

    def _widen_for(self, record_id: str) -> None:
        """A saved row that needs more room than its columns have (a new medicine fitted while
        its name was still empty) widens them, up to the same caps; never narrows, and never
        over widths the parent dragged."""
        from ui.columns import FIRST_COLUMN_CHARS, KEY_COLUMN_CHARS

        if getattr(self, "column_memory", None) is None:
            self._size_columns()  # never sized yet (an embedded list): remembered, else fitted
            return
        if self._user_widths:
            return
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        char = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        last = self.proxy.columnCount() - 1
        for col in range(self.proxy.columnCount()):
            if header.isSectionHidden(col) or (col == last and header.stretchLastSection()):
                continue
            cell = self.proxy.index(index.row(), col)
            needed = self.table.sizeHintForIndex(cell).width() + char * 2
            widest = char * (FIRST_COLUMN_CHARS if col == 0 else KEY_COLUMN_CHARS)
            wanted = min(needed, widest)
            if self.table.columnWidth(col) < wanted:
                self.table.setColumnWidth(col, wanted)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_split", False):
            total = (
                self.splitter.width()
                if self.orientation == Qt.Orientation.Horizontal
                else self.splitter.height()
            )
            if total > 100:
                first = int(total * self.list_share)
                self.splitter.setSizes([first, total - first])
                self._split = True

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_record(self) -> Record | None:
        return self.form.record

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter: clear it
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def open_record(self, kind: str, record_id: str) -> None:
        if self.model.rowCount() == 0:
            self.refresh()
        self.select(record_id)

    def _row_changed(self, current, _previous) -> None:
        record = None
        if current.isValid():
            row = self.proxy.mapToSource(current).row()
            record = self.model.records[row]
        if self.form.record is not None and record is not None and self.form.record.id == record.id:
            return
        self._discard_untouched_new()
        self.form.set_record(record)
        self.delete_button.setEnabled(record is not None and not self.session.read_only)
        self.checked_button.setEnabled(record is not None and not self.session.read_only)
        self.record_changed(self.form.record)

    def mark_checked(self) -> bool:
        """'Klopt nog': the shown record is checked today (the list follows the writer's
        changes)."""
        return mark_checked(self.session, self.form,
                            on_done=lambda stored: self.record_changed(self.form.record))

    def _changes(self, changes) -> None:
        """A write landed: re-read the rows it touched that this list shows (a link that a
        delete elsewhere removed, a letter an import linked)."""
        if self.kind not in changes.kinds:
            return
        if not changes.ids:
            # A change that names no records (an exchange with the family's shared folder):
            # re-read this list, keeping the selection and the parent's typing.
            shown = self.form.record
            self.model.set_records(self.load())
            if shown is not None and self.model.row_of(shown.id) < 0 and self.form._in_flight:
                self.model.upsert(shown)
            if shown is not None:
                self.select(shown.id)
                fresh = self.session.records.find(shown.id)
                if fresh is not None:
                    self.form.show_stored(fresh)
            return
        for record_id in changes.ids:
            if self.model.row_of(record_id) < 0:
                continue
            fresh = self.session.records.find(record_id)
            if fresh is None:
                continue  # a delete: its own callback takes the row away
            self.model.upsert(fresh)
            self.form.show_stored(fresh)

    def _saved(self, record: Record) -> None:
        # A save that lands later never moves the selection: the parent may be elsewhere.
        self.model.upsert(record)
        self._widen_for(record.id)
        if self.current_id() == record.id:
            self.record_changed(record)
