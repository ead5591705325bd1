"""The form of a record a dossier has once (the profile, the epilepsy protocol, feeding,
breathing, the Wat als plan), with "Klopt nog ✓"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.model import RECORD_TYPES
from ui.checked import checked_button, mark_checked
from ui.forms import F, RecordForm


class SingletonPanel(QWidget):
    """The form of a record a dossier has once (profile, epilepsy protocol, feeding...)."""

    def __init__(self, session, kind: str, fields: list[F], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.form = RecordForm(session, fields, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.checked_button = checked_button(self)
        self.checked_button.clicked.connect(self.mark_checked)
        row.addWidget(self.checked_button)
        layout.addLayout(row)
        if session.read_only:
            self.form.set_read_only(True)
            self.checked_button.setEnabled(False)
        if hasattr(session, "changes"):
            session.changes.connect(self._changes)

    def mark_checked(self) -> bool:
        return mark_checked(self.session, self.form)

    def _changes(self, changes) -> None:
        record = self.form.record
        if record is not None and record.id in changes.ids:
            fresh = self.session.records.find(record.id)
            if fresh is not None:
                self.form.show_stored(fresh)

    def refresh(self) -> None:
        self.form.flush()
        if self.form.record is not None and (self.form._in_flight or self.form._dirty):
            return  # the form holds a newer version than storage has committed yet
        record = self.session.records.singleton(self.kind) or RECORD_TYPES[self.kind]()
        if self.form.record is None or self.form.record.id != record.id or not self.form._dirty:
            self.form.set_record(record)
