"""Auto-lock: any key press, click or scroll in the app counts as activity; after
`timeout_ms` without any, `idle` is emitted.

Time comes from an injectable clock (seconds, monotonic), read by a short polling timer:
tests advance a fake clock and call `poll()` instead of waiting on the wall clock.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from storage.errors import StorageError
from ui.i18n import translate

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}

POLL_MS = 1000  # how late, at most, a lock comes (checked once a second)


class InactivityWatcher(QObject):
    """Emits `idle` after `timeout_ms` without user input. Install with app.installEventFilter."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None, *,
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or time.monotonic
        self.last_activity = self.clock()
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.set_timeout(timeout_ms)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = max(0, int(timeout_ms))
        self.timer.setInterval(max(10, min(POLL_MS, self.timeout_ms // 4 or 10)))

    def start(self) -> None:
        if self.timeout_ms > 0:
            self.last_activity = self.clock()
            self.running = True
            self.timer.start()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()

    def poll(self) -> None:
        """Emit `idle` (once) when the timeout passed since the last activity."""
        if self.running and (self.clock() - self.last_activity) * 1000 >= self.timeout_ms:
            self.stop()
            self.idle.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self.running:
            self.last_activity = self.clock()
        return False


class LockingMixin:
    """Auto-lock and locking of MainWindow: drop the dossier, its screens and key."""

    def apply_lock_setting(self) -> None:
        if self.session is None:
            return
        if self.options.lock_ms is not None:
            ms = self.options.lock_ms
        else:
            try:
                ms = int(float(self.session.dossier.setting("auto_lock_minutes")) * 60000)
            except ValueError:
                ms = 10 * 60000
        self.watcher.set_timeout(ms)
        self.watcher.start()

    def _app_state(self, state) -> None:
        # Qt reports suspension (e.g. on sleep on some platforms): lock then.
        if state == Qt.ApplicationState.ApplicationSuspended and self.session is not None:
            self.lock()

    def lock(self, *, closing: bool = False) -> None:
        """Drop the dossier: screens, search results, view copies and the key."""
        self.watcher.stop()
        if self.session is None:
            return
        # First: a running backup stops within milliseconds, a small dossier's last changes
        # go into a backup now (ui/backups.py).
        self.backups.before_lock()
        from ui.workers import running_for

        waiting = list(self.operations) + running_for(self.session.dossier)
        if waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                for op in waiting:
                    op.cancel()
                    op.wait()
            finally:
                QApplication.restoreOverrideCursor()
        if self.view is not None:
            try:
                self.view.flush()
            except StorageError:
                pass
        # Saves queued so far land (a long import was asked to stop above); their results
        # reach the screens before those go.
        self.session.writes.cancel_long()
        self.session.settle()
        if self.search_dialog is not None:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        for child in self.findChildren(QDialog):
            child.close()
        if self.view is not None:
            self.pages.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.backups.stop()
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        self.toolbar.hide()
        self.setWindowTitle("Zorgmap")
        if self.demo_folder is not None:
            shutil.rmtree(self.demo_folder, ignore_errors=True)
            self.demo_folder = None
            self.show_page(self.welcome)
        elif not closing:
            # (Not when closing: the unlock page asks the keychain about every recent
            # dossier, which a closing window does not need: see close_after_unlock_s.)
            self.show_unlock(self.last_folder)
            self.unlock_page.locked_note.setText(translate("Main", "Het dossier is vergrendeld."))
        self.locked.emit()
