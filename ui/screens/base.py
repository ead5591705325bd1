"""What every screen shares: `Screen`, a part of the dossier with its heading.

The list-with-form screen most parts use is `RecordListScreen` (ui/screens/record_list.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.model import Record
from ui.models.records import Column
from ui.util import confirm


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

    def shown(self) -> None:
        """The screen is shown (again): re-read storage. A screen that knows it is still
        current may skip that."""
        self.refresh()

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



def columns(*specs: tuple[str, Callable[[Record], object]]) -> list[Column]:
    return [Column(header, fn) for header, fn in specs]
