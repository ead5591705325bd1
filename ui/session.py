"""An unlocked dossier as the screens see it: records, documents, view copies and change signals.

The Session lives on the GUI thread and owns the Dossier's main connection; workers get their
own connection through `dossier.connect()`. `close()` wipes view copies and drops the key.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from app.model import DossierContent, Record
from storage.documents import DocumentStore, ViewFolder
from storage.records import RecordStore


class Session(QObject):
    #: a record of this kind was saved, deleted or restored ("document" for documents)
    changed = Signal(str)

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
        self._closing: list = []  # called before the dossier is closed (e.g. reader threads)

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

    def save(self, record: Record) -> Record:
        saved = self.records.save(record)
        self.changed.emit(record.KIND)
        return saved

    def delete(self, record: Record) -> int:
        history_id = self.records.delete(record.id)
        self.changed.emit(record.KIND)
        return history_id

    def restore(self, history_id: int, *, version: str = "before") -> Record:
        """Bring back a deleted record ("before"), or the version a change left ("after")."""
        record = self.records.restore(history_id, version=version)
        self.changed.emit(record.KIND)
        return record

    def document_changed(self) -> None:
        self.changed.emit("document")

    def on_close(self, fn) -> None:
        """Call `fn()` when the session closes, before the dossier (and its key) go."""
        self._closing.append(fn)

    def close(self) -> None:
        closing, self._closing = self._closing, []
        for fn in closing:
            fn()
        self.view_folder.wipe()
        self.dossier.close()
