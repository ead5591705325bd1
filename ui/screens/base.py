"""What every screen shares, and the list-with-form screen most parts of the dossier use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model import Record
from app.serialize import to_dict
from storage.errors import StorageError
from ui.checked import checked_button, mark_checked
from ui.forms import F, RecordForm
from ui.i18n import translate
from ui.models.records import ID_ROLE, Column, FilterProxy, RecordTableModel
from ui.util import confirm
from ui.widgets import Banner

UNDO_DELETE_MS = 20000


class Screen(QWidget):
    """A part of the dossier. `open_record` shows one record; `refresh` re-reads storage."""

    #: ask the main window to show a record elsewhere: (kind, record_id)
    open_requested = Signal(str, str)

    title = ""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm = confirm  # tests replace this

    def refresh(self) -> None:
        pass

    def open_record(self, kind: str, record_id: str) -> None:
        pass

    def flush(self) -> bool:
        """Save pending edits (before leaving the screen or locking)."""
        return True

    def heading(self, text: str, intro: str = "") -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        title = QLabel(text, box)
        title.setObjectName("screenTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(text)
        layout.addWidget(title)
        if intro:
            label = QLabel(intro, box)
            label.setWordWrap(True)
            layout.addWidget(label)
        return box


class UndoBar(Banner):
    """'Verwijderd. [Ongedaan maken]' for a while after a delete."""

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.linkActivated.connect(lambda _link: self.undo_clicked.emit())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, what: str) -> None:
        self.setText(
            translate("Screens", "„%1” is verwijderd. <a href='undo'>Ongedaan maken</a>").replace(
                "%1", what.replace("<", "&lt;")
            )
        )
        self.show()
        self.timer.start(UNDO_DELETE_MS)


class RecordListScreen(Screen):
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
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Screens", self.filter_text))
        self.filter.setAccessibleName(translate("Screens", self.filter_text))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
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
        if session.read_only:
            self.new_button.setEnabled(False)
            self.form.set_read_only(True)

    # ----- hooks for subclasses ----------

    def make_model(self) -> RecordTableModel:
        return RecordTableModel(self.columns, self)

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
        self._size_columns()
        if current:
            self.select(current)
            self._show_stored(current)
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

    def _show_stored(self, record_id: str) -> None:
        """The form shows the stored version (it may have arrived from the family)."""
        shown = self.form.record
        row = self.model.row_of(record_id)
        if shown is None or shown.id != record_id or row < 0 or self.form._dirty:
            return
        stored = self.model.records[row]
        if to_dict(stored) != to_dict(shown):
            self.form.set_record(stored)
            self.record_changed(self.form.record)

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

    def mark_checked(self) -> Record | None:
        """'Klopt nog': the shown record is checked today."""
        stored = mark_checked(self.session, self.form)
        if stored is not None:
            self.model.upsert(stored)
            self.record_changed(stored)
        return stored

    def _saved(self, record: Record) -> None:
        row = self.model.upsert(record)
        if self.current_id() != record.id:
            self.select(record.id)
        del row
        self.record_changed(record)

    def add_new(self) -> None:
        self.form.flush()
        record = self.new_record()
        try:
            stored = self.session.save(record)
        except StorageError as exc:
            self.form._set_state(exc.user_text(), problem=True)
            return
        self.filter.clear()
        self.model.upsert(stored)
        self.select(stored.id)
        self._fresh = stored  # removed again if the parent leaves it empty
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.setFocus()

    def delete_current(self) -> None:
        record = self.form.record
        if record is None:
            return
        if not self.confirm(
            self,
            translate("Screens", "Verwijderen"),
            translate("Screens", "„%1” verwijderen? U kunt dit daarna nog ongedaan maken.").replace(
                "%1", record.label()
            ),
            translate("Screens", "Verwijderen"),
        ):
            return
        self.form.set_record(None)
        self._history_id = self.session.delete(record)
        self.model.remove(record.id)
        self.undo_bar.offer(record.label())
        if self.table.currentIndex().isValid():
            self._row_changed(self.table.currentIndex(), None)

    def undo_delete(self) -> None:
        if self._history_id is None:
            return
        record = self.session.restore(self._history_id)
        self._history_id = None
        self.undo_bar.hide()
        self.model.upsert(record)
        self.select(record.id)

    def flush(self) -> bool:
        saved = self.form.flush()
        self._discard_untouched_new()
        return saved

    def _discard_untouched_new(self) -> None:
        """A "Nieuw" that was never filled in leaves no empty record behind."""
        fresh, self._fresh = getattr(self, "_fresh", None), None
        if fresh is None or self.session.read_only:
            return
        self.form.flush()
        if self.session.records.discard_if_untouched(fresh):
            self.model.remove(fresh.id)
            if self.form.record is not None and self.form.record.id == fresh.id:
                self.form.record = None


def columns(*specs: tuple[str, Callable[[Record], object]]) -> list[Column]:
    return [Column(header, fn) for header, fn in specs]
