"""Geschiedenis: every change of one record, who made it and when; put an older version back.

The dialog is non-modal and parented to the main window, so locking closes and deletes it with
every other dialog. Restoring writes, so a read-only dossier shows the lists only. The helpers
below are shared with the Prullenbak (ui/trash.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.history import dutch_dates, shorten, when_text
from storage.errors import StorageError
from storage.records import HistoryEntry
from ui.field_names import FieldNames
from ui.i18n import translate
from ui.models.history import ENTRY_ROLE, ChangesModel, HistoryModel
from ui.util import confirm
from ui.widgets import resize_in_text
from ui.writes import failure_text


def _call_if_alive(callback, *args) -> None:
    """Call a widget's method unless the widget is gone (the window locked meanwhile)."""
    owner = getattr(callback, "__self__", None)
    if callback is not None and (owner is None or not hasattr(owner, "metaObject")
                                 or isValid(owner)):
        callback(*args)



def _table(model: QAbstractTableModel, parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAccessibleName(name)
    return table


def _fit_columns(table: QTableView, widest: int = 260) -> None:
    table.resizeColumnsToContents()
    for col in range(table.model().columnCount() - 1):
        table.setColumnWidth(col, min(table.columnWidth(col) + 12, widest))


def _note(parent: QWidget) -> QLabel:
    note = QLabel(parent)
    note.setWordWrap(True)
    return note


def _select_first(table: QTableView) -> None:
    model = table.model()
    if model.rowCount():
        table.selectionModel().setCurrentIndex(
            model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def _buttons(dialog: QDialog, restore_text: str) -> tuple[QPushButton, QHBoxLayout]:
    """The dialog's row: the restore button (`dialog.restore_selected`) left, Sluiten right."""
    restore = QPushButton(restore_text, dialog)
    restore.clicked.connect(dialog.restore_selected)
    close = QPushButton(translate("History", "Sluiten"), dialog)
    close.clicked.connect(dialog.close)
    buttons = QHBoxLayout()
    buttons.addWidget(restore)
    buttons.addStretch(1)
    buttons.addWidget(close)
    return restore, buttons


class HistoryDialog(QDialog):
    """'Geschiedenis': every change of one record; put back the version of a chosen change."""

    def __init__(self, session, record, specs, parent: QWidget | None = None, *,
                 on_restored: Callable[[object], None] | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.record_id = record.id
        self.kind = record.KIND
        self.on_restored = on_restored
        self.confirm = confirm  # tests replace this
        try:
            reference = session.records.reference()
        except StorageError:
            reference = None
        self.names = FieldNames(specs, reference)
        self.entries: list[HistoryEntry] = []
        self.setWindowTitle(translate("History", "Geschiedenis: %1").replace(
            "%1", shorten(dutch_dates(record.label()), 60)))

        intro = _note(self)
        intro.setText(translate(
            "History",
            "Elke wijziging blijft bewaard: wanneer, door wie en wat er veranderde. Kies een "
            "regel om te zien wat er toen veranderde.",
        ))
        self.model = HistoryModel(self)
        self.table = _table(self.model, self, translate("History", "Wijzigingen"))
        self.changes_model = ChangesModel(self)
        self.changes = _table(self.changes_model, self,
                              translate("History", "Wat er veranderde"))
        self.caption = _note(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.caption)
        lower_layout.addWidget(self.changes, 1)
        self.empty = _note(self)
        self.note = _note(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([220, 200])

        self.restore_button, buttons = _buttons(
            self, translate("History", "Deze versie terugzetten"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        resize_in_text(self, 109, 37)
        self.reload()
        # A save of this record that lands later (it was queued when the dialog opened).
        if hasattr(session, "changes"):
            session.changes.connect(self._changes)

    def _changes(self, changes) -> None:
        if isValid(self) and self.record_id in changes.ids:
            self.reload()

    def reload(self) -> None:
        self.entries = self.session.records.history(self.record_id)
        self.model.set_entries(self.entries, self.names)
        _fit_columns(self.table)
        self.empty.setText(
            translate("History", "Er is nog niets veranderd sinds dit onderdeel er is.")
            if not self.entries else "")
        self.empty.setVisible(not self.entries)
        _select_first(self.table)
        self._selected()

    def selected(self) -> HistoryEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _version_of(self, entry: HistoryEntry) -> str:
        return "before" if entry.action == "delete" else "after"

    def _selected(self) -> None:
        entry = self.selected()
        self.changes_model.set_entry(entry, self.names)
        _fit_columns(self.changes, 220)
        self.caption.setText(self._caption(entry))
        current = bool(self.entries) and entry is self.entries[0] and entry.action != "delete"
        can = entry is not None and not current and not self.session.read_only
        self.restore_button.setEnabled(can)
        if self.session.read_only:
            tip = translate("History", "Alleen lezen: dit dossier is ook ergens anders open.")
        elif current:
            tip = translate("History", "Dit is de versie die nu in het dossier staat.")
        else:
            tip = translate("History", "Zet het onderdeel terug zoals het na deze wijziging was.")
        self.restore_button.setToolTip(tip)

    def _caption(self, entry: HistoryEntry | None) -> str:
        if entry is None:
            return ""
        text = {
            "create": QT_TRANSLATE_NOOP("History", "Op %1 maakte %2 dit onderdeel aan:"),
            "delete": QT_TRANSLATE_NOOP(
                "History", "Op %1 verwijderde %2 dit onderdeel. Zet het terug met de knop "
                "hieronder."),
            "restore": QT_TRANSLATE_NOOP(
                "History", "Op %1 zette %2 een oudere versie terug. Dit veranderde toen:"),
            "conflict": QT_TRANSLATE_NOOP(
                "History", "Op %1: %2. Deze versie is niet getoond; zet haar terug als zij "
                "klopt:"),
        }.get(entry.action, QT_TRANSLATE_NOOP("History", "Op %1 veranderde %2 dit:"))
        return translate("History", text).replace("%1", when_text(entry.at)).replace(
            "%2", entry.profile)

    def restore_selected(self):
        entry = self.selected()
        if entry is None or self.session.read_only:
            return None
        if not self.confirm(
            self,
            translate("History", "Versie terugzetten"),
            translate(
                "History",
                "Het onderdeel terugzetten zoals het was op %1? Wat er nu staat, blijft in de "
                "geschiedenis; u kunt het later ook weer terugzetten.",
            ).replace("%1", when_text(entry.at)),
            translate("History", "Terugzetten"),
        ):
            return None
        on_restored = self.on_restored

        def done(record) -> None:
            # The form learns of it even when this dialog was closed before it landed.
            _call_if_alive(on_restored, record)
            if isValid(self):
                self.reload()
                self.note.setText(translate("History", "Teruggezet en opgeslagen."))

        return self.session.restore(
            entry.id, version=self._version_of(entry), on_restored=done,
            on_failed=lambda exc: isValid(self) and self.note.setText(failure_text(exc)))
