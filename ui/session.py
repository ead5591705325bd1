"""An unlocked dossier as the screens see it: records, documents, view copies and change signals.

The Session lives on the GUI thread. Reads use the Dossier's main connection (WAL: they see
every committed write). Every write goes to the one writer (ui/writes.py, storage/writer.py):
`save`, `delete`, `restore` and `submit` return at once; their callbacks run on the GUI thread
after the commit, then `changes` tells every screen what changed. `close()` lets queued writes
land, wipes view copies and drops the key.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QObject, Signal

from app.model import DossierContent, Record
from app.serialize import from_dict, to_dict
from storage.documents import DocumentStore, ViewFolder
from storage.records import RecordStore
from storage.writer import Changes
from ui.writes import WriteQueue


class Session(QObject):
    #: a record of this kind was saved, deleted or restored ("document" for documents)
    changed = Signal(str)
    #: what one write changed (storage.writer.Changes), after its own callbacks ran
    changes = Signal(object)
    #: a write without its own failure handler failed: one Dutch line
    write_failed = Signal(str)

    def __init__(
        self,
        dossier,
        *,
        view_folder: ViewFolder | None = None,
        demo: bool = False,
        today: dt.date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.records = RecordStore(dossier)
        self.documents = DocumentStore(dossier.db)
        self.view_folder = view_folder or ViewFolder()
        self.demo = demo
        self._today = today
        self.writes = WriteQueue(dossier, self)
        self.writes.changed.connect(self._changes)
        self.writes.failed.connect(self.write_failed)
        # Small writes made through the Dossier itself (settings, profiles) queue here too.
        dossier.writer = self.writes

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def read_only(self) -> bool:
        return self.dossier.read_only

    def child_name(self) -> str:
        child = self.records.singleton("child_profile")
        return child.name.split()[0] if child and child.name.strip() else ""

    def content(self) -> DossierContent:
        return self.records.content()

    # ----- writing: everything goes to the one writer ----------

    def submit(self, work, *, on_success=None, on_failure=None, on_progress=None,
               on_cancelled=None, label: str = ""):
        """Queue `work(tx)` (storage.writer.WriteContext) on the writer; returns its Ticket."""
        return self.writes.submit(work, on_success=on_success, on_failure=on_failure,
                                  on_progress=on_progress, on_cancelled=on_cancelled,
                                  label=label)

    def save(self, record: Record, *, base: dict | None = None, on_saved=None,
             on_failed=None):
        """Queue a save; returns the record as handed to the writer (what the screen may show
        meanwhile). Raises ValidationError at once; `on_saved(record)` runs after the commit,
        `on_failed(exc)` if it did not land.

        With `base` (the stored version the edit started from, as a dict), only the fields
        that differ from it are written onto what is stored by then: a letter linked by an
        import that finished meanwhile stays linked.
        """
        record.validate()
        record = copy.deepcopy(record)  # the screen may go on changing its own copy

        def work(tx):
            target = record
            if base is not None:
                current = tx.records.find(record.id)
                if current is not None and to_dict(current) != base:
                    target = merged(current, base, record)
            tx.records.save(target)
            tx.touched(target)
            return target

        self.submit(work, on_success=on_saved, on_failure=on_failed)
        return copy.deepcopy(record)

    def delete(self, record: Record, *, on_deleted=None, on_failed=None):
        """Queue a delete; `on_deleted(history_id)` (for `restore`) after the commit."""
        record_id, kind = record.id, record.KIND

        def work(tx):
            with tx.reporting_links_to(record_id):
                history_id = tx.records.delete(record_id)
            tx.touched(kinds=[kind], ids=[record_id])
            return history_id

        return self.submit(work, on_success=on_deleted, on_failure=on_failed)

    def delete_document(self, doc_id: str, *, on_deleted=None, on_failed=None):
        """Queue deleting a document and every link to it."""

        def work(tx):
            with tx.reporting_links_to(doc_id):
                tx.records.delete_document(doc_id)
            tx.touched(documents=True)

        return self.submit(work, on_success=on_deleted, on_failure=on_failed)

    def restore(self, history_id: int, *, version: str = "before", on_restored=None,
                on_failed=None):
        """Bring back a deleted record ("before"), or the version a change left ("after")."""

        def work(tx):
            record = tx.records.restore(history_id, version=version)
            tx.touched(record)
            return record

        return self.submit(work, on_success=on_restored, on_failure=on_failed)

    def discard_if_untouched(self, record: Record, *, on_done=None):
        """Queue removing a "Nieuw" left empty; `on_done(removed)` after the commit."""

        def work(tx):
            removed = tx.records.discard_if_untouched(record)
            if removed:
                tx.touched(record)
            return removed

        return self.submit(work, on_success=on_done, on_failure=lambda _exc: None)

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until every queued write committed and its callbacks ran (locking, tests)."""
        return self.writes.settle(timeout)

    def _changes(self, changes: Changes) -> None:
        for kind in sorted(changes.kinds):
            self.changed.emit(kind)
        if changes.documents:
            self.changed.emit("document")
        self.changes.emit(changes)

    def document_changed(self) -> None:
        self.changed.emit("document")

    def close(self) -> None:
        try:
            self.writes.close()
        finally:
            self.dossier.writer = None
            self.view_folder.wipe()
            self.dossier.close()


def merged(current: Record, base: dict, edited: Record) -> Record:
    """`current` with the top-level fields that `edited` changed relative to `base`."""
    data = to_dict(current)
    for key, value in to_dict(edited).items():
        if base.get(key) != value:
            data[key] = value
    return from_dict(type(current), data)

