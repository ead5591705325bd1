"""A watch on the GUI thread: how long did the event loop go without turning?

A zero-interval timer fires on every turn of the loop; the longest interval between two of its
ticks is the longest freeze a person would have felt. Tests use it to show that heavy work ran
elsewhere, the benchmark to report the figure. The clock is injectable.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class LoopWatch(QObject):
    def __init__(self, clock: Callable[[], float] = time.perf_counter, parent=None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.ticks = 0
        self.longest = 0.0
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)

    def start(self) -> LoopWatch:
        self.ticks, self.longest = 0, 0.0
        self._last = self.clock()
        self._timer.start()
        return self

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = self.clock()
        if self._last is not None:
            self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1
