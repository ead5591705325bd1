"""'Wat ontbreekt nog?' in Delen en printen: what a stranger will miss on the chosen paper.

A separate widget (the share dialog only places it and tells it which output is chosen); the
list itself comes from app.checks. Double-clicking a line opens the record to fix it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.checks import what_is_missing
from ui.i18n import translate


class MissingPanel(QGroupBox):
    open_requested = Signal(str, str)  # kind, record id

    def __init__(self, session, parent=None) -> None:
        super().__init__(translate("Share", "Wat ontbreekt nog?"), parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.setAccessibleName(translate("Share", "Wat ontbreekt nog?"))
        self.items.itemActivated.connect(self._open)
        layout.addWidget(self.items)
        self.found = []

    def show_for(self, output: str) -> None:
        self.found = what_is_missing(self.session.content(), output, self.session.today())
        self.items.clear()
        for missing in self.found:
            item = QListWidgetItem(missing.text)
            item.setData(Qt.ItemDataRole.UserRole, (missing.kind, missing.record_id))
            self.items.addItem(item)
        self.items.setVisible(bool(self.found))
        # As tall as the lines it holds (up to 7), so a short list takes little room.
        lines = sum(max(1, len(m.text) // 55 + 1) for m in self.found[:7])
        self.items.setFixedHeight(self.items.fontMetrics().lineSpacing() * min(lines, 7) + 12)
        if self.found:
            self.summary.setText(translate(
                "Share", "Dit mist iemand die uw kind niet kent. Dubbelklik om het aan te vullen."))
        else:
            self.summary.setText(translate("Share", "Niets: alles wat erin hoort is ingevuld "
                                                    "en nagekeken."))

    def texts(self) -> list[str]:
        return [m.text for m in self.found]

    def _open(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        if record_id:
            self.open_requested.emit(kind, record_id)
