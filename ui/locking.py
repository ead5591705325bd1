"""Auto-lock: any key press, click or scroll in the app counts as activity; after
`timeout_ms` without any, `idle` is emitted.

Time comes from an injectable clock (seconds, monotonic), read by a short polling timer:
tests advance a fake clock and call `poll()` instead of waiting on the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

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
