"""Nieuw, Verwijderen… and Ongedaan maken in a list of records.

`ListEditsMixin` is part of `RecordListScreen` (ui/screens/record_list.py): a new record is
shown at once and stored by the writer (and removed again when it is left empty); a delete
asks first and offers "Ongedaan maken" for a while (`UndoBar`).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.model import Record
from ui.i18n import translate
from ui.widgets import Banner
from ui.writes import failure_text

UNDO_DELETE_MS = 20000


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



class ListEditsMixin:
    """Adding and deleting for `RecordListScreen`: needs its `session`, `form`, `model`,
    `table`, `filter`, `undo_bar`, `select` and `_row_changed`."""

    def add_new(self) -> None:
        self.form.flush()
        record = self.new_record()
        self.filter.clear()
        # Shown at once; the writer stores it (a failure takes it away again and says why).
        self.model.upsert(record)
        self.select(record.id)
        self._fresh = record  # removed again if the parent leaves it empty
        self.session.save(record, on_saved=self.form._landed,
                          on_failed=partial(self._add_failed, record))
        self.form._in_flight += 1
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.setFocus()

    def _add_failed(self, record: Record, exc: BaseException) -> None:
        self.form._in_flight = max(0, self.form._in_flight - 1)
        if getattr(self, "_fresh", None) is record:
            self._fresh = None
        self.model.remove(record.id)
        if self.form.record is not None and self.form.record.id == record.id:
            self.form.set_record(None)
        self.form._set_state(translate("Forms", "Niet opgeslagen: ") + failure_text(exc),
                             problem=True)

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
        if getattr(self, "_fresh", None) is not None and self._fresh.id == record.id:
            self._fresh = None
        self.model.remove(record.id)
        self.session.delete(record, on_deleted=partial(self._deleted, record),
                            on_failed=partial(self._delete_failed, record))
        if self.table.currentIndex().isValid():
            self._row_changed(self.table.currentIndex(), None)

    def _deleted(self, record: Record, history_id: int) -> None:
        self.model.remove(record.id)  # a save of it that landed just before brought it back
        self._history_id = history_id
        self.undo_bar.offer(record.label())

    def _delete_failed(self, record: Record, exc: BaseException) -> None:
        stored = self.session.records.find(record.id)
        if stored is not None:  # (a "Nieuw" whose own save failed was never there)
            self.model.upsert(stored)
        self.form._set_state(translate("Screens", "Niet verwijderd: ") + failure_text(exc),
                             problem=True)

    def undo_delete(self) -> None:
        if self._history_id is None:
            return
        history_id, self._history_id = self._history_id, None
        self.undo_bar.hide()
        self.session.restore(history_id, on_restored=self._restored)

    def _restored(self, record: Record) -> None:
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
        self.session.discard_if_untouched(fresh, on_done=partial(self._discarded, fresh))

    def _discarded(self, fresh: Record, removed: bool) -> None:
        if not removed:
            return
        self.model.remove(fresh.id)
        if self.form.record is not None and self.form.record.id == fresh.id:
            self.form.set_record(None)
