"""The backup line in the status bar while an automatic backup runs, with Stoppen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.backups import BackupScheduler


class BackupStatus(QWidget):
    """ "Reservekopie wordt gemaakt… 40 %  [Stoppen]" while an automatic backup runs."""

    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.label = QLabel(self)
        self.stop = QPushButton(translate("Backups", "Stoppen"), self)
        self.stop.setToolTip(
            translate("Backups", "Stop de reservekopie; Zorgmap probeert het later opnieuw.")
        )
        self.stop.clicked.connect(self._stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.stop)
        scheduler.progressed.connect(self._progress)
        scheduler.running_changed.connect(self._running)
        self.hide()

    def _running(self, running: bool) -> None:
        self.label.setText(translate("Backups", "Reservekopie wordt gemaakt…"))
        self.setVisible(running)

    def _progress(self, done: int, total: int) -> None:
        if total > 1:
            self.label.setText(
                translate("Backups", "Reservekopie wordt gemaakt… %1 %").replace(
                    "%1", str(min(100, int(100 * done / total)))
                )
            )

    def _stop(self) -> None:
        op = self.scheduler.op
        if op is not None:
            op.cancel()
