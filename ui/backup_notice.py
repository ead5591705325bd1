"""The gentle question for a second backup place, later the 30-day reminder, at the top of the
Overzicht (what it says comes from `BackupScheduler.notice`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.backups import BackupScheduler


class BackupNotice(QFrame):
    """The gentle question and the 30-day reminder at the top of the Overzicht."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("backupNotice")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(translate("Backups", "Kies een plek…"), self)
        self.copy = QPushButton(translate("Backups", "Nu kopiëren"), self)
        self.later = QPushButton(translate("Backups", "Niet nu"), self)
        self.choose.clicked.connect(lambda: self._scheduler() and self._scheduler().choose_place())
        self.copy.clicked.connect(lambda: self._scheduler() and self._scheduler().copy_now())
        self.later.clicked.connect(
            lambda: self._scheduler() and self._scheduler().dismiss_question()
        )
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.copy)
        row.addWidget(self.later)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.kind = ""
        scheduler = self._scheduler()
        if scheduler is not None:
            scheduler.place_changed.connect(self.refresh)
        self.refresh()

    def _scheduler(self) -> BackupScheduler | None:
        return getattr(self.session, "backups", None)

    def refresh(self) -> None:
        scheduler = self._scheduler()
        found = scheduler.notice() if scheduler is not None else None
        self.kind = found[0] if found else ""
        self.setVisible(found is not None)
        if found is None:
            return
        self.text.setText(found[1])
        self.choose.setVisible(self.kind == "ask")
        self.later.setVisible(self.kind == "ask")
        self.copy.setVisible(self.kind == "remind")
