"""Prullenbak: the deleted records, with who deleted them and when; put one back.

The dialog is non-modal and parented to the main window, so locking closes and deletes it with
every other dialog. Restoring writes, so a read-only dossier shows the list only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.history import dutch_dates, shorten
from storage.records import HistoryEntry
from ui.history import _buttons, _call_if_alive, _fit_columns, _note, _select_first, _table
from ui.i18n import translate
from ui.models.history import ENTRY_ROLE, TrashModel
from ui.widgets import resize_in_text
from ui.writes import failure_text


class TrashDialog(QDialog):
    """'Prullenbak': deleted records, with who deleted them and when; put one back."""

    def __init__(self, session, parent: QWidget | None = None, *,
                 on_restored: Callable[[object], None] | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.on_restored = on_restored
        self.setWindowTitle(translate("History", "Prullenbak"))
        intro = _note(self)
        intro.setText(translate(
            "History",
            "Wat in het dossier is verwijderd, staat hier. Is het toch nodig? Kies het en "
            "klik op Terugzetten.",
        ))
        self.model = TrashModel(self)
        self.table = _table(self.model, self, translate("History", "Verwijderde onderdelen"))
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = _note(self)
        self.note = _note(self)
        self.restore_button, buttons = _buttons(self, translate("History", "Terugzetten"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        resize_in_text(self, 109, 31)
        self.reload()
        if hasattr(session, "changes"):
            session.changes.connect(self._changes)

    def _changes(self, changes) -> None:
        if isValid(self) and changes.kinds:
            self.reload()

    def reload(self) -> None:
        self.model.set_entries(self.session.records.deleted())
        _fit_columns(self.table, 300)
        empty = self.model.rowCount() == 0
        self.empty.setText(translate("History", "De prullenbak is leeg.") if empty else "")
        self.empty.setVisible(empty)
        _select_first(self.table)
        self._selected()

    def selected(self) -> HistoryEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def _selected(self) -> None:
        self.restore_button.setEnabled(
            self.selected() is not None and not self.session.read_only)
        if self.session.read_only:
            self.restore_button.setToolTip(
                translate("History", "Alleen lezen: dit dossier is ook ergens anders open."))

    def restore_selected(self):
        entry = self.selected()
        if entry is None or self.session.read_only:
            return None
        on_restored = self.on_restored

        def done(record) -> None:
            _call_if_alive(on_restored, record)
            if isValid(self):
                self.reload()
                self.note.setText(translate("History", "„%1” staat weer in het dossier.").replace(
                    "%1", shorten(dutch_dates(record.label()), 60)))

        return self.session.restore(
            entry.id, on_restored=done,
            on_failed=lambda exc: isValid(self) and self.note.setText(failure_text(exc)))
