"""The Qt side of the one writer (storage/writer.py): results come back on the GUI thread.

`WriteQueue.submit(work, on_success=, on_failure=)` returns at once; the callbacks run on the
GUI thread after the job committed (or failed), followed by `changed(Changes)` so screens
refresh only what the job touched. `settle()` waits for everything queued (locking, tests).
`WriteOperation` gives a long job (a document import) the interface of ui.workers.Operation:
a progress dialog with "Stoppen", `done`, `cancel()`, `wait()`.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from storage.errors import Cancelled, StorageError
from storage.writer import Changes, Ticket, WriteContext, Writer
from ui.errorlog import log_unexpected
from ui.i18n import translate


class WriteQueue(QObject):
    #: what a finished job changed (after its own callbacks ran)
    changed = Signal(object)
    #: a job without its own failure handler failed: one Dutch line
    failed = Signal(str)
    _wake = Signal()
    _progressed = Signal(object, int, int)

    def __init__(self, dossier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = Writer(dossier)
        self._finished: collections.deque[tuple] = (
            collections.deque())
        self._lock = threading.Lock()
        self._wake.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._closed = False

    def submit(self, work: Callable[[WriteContext], Any], *,
               on_success: Callable[[Any], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None,
               on_cancelled: Callable[[], None] | None = None,
               label: str = "") -> Ticket:
        def done(ticket: Ticket) -> None:  # on the writer thread
            with self._lock:
                self._finished.append((ticket, on_success, on_failure, on_cancelled))
            self._wake.emit()

        progress = None
        if on_progress is not None:
            holder: list[Ticket] = []

            def progress(done_: int, total: int) -> None:  # on the writer thread
                if holder:
                    self._progressed.emit((holder[0], on_progress), int(done_), int(total))

            ticket = self.writer.submit(work, label=label, on_done=done, on_progress=progress)
            holder.append(ticket)
            return ticket
        return self.writer.submit(work, label=label, on_done=done)

    def pending(self) -> int:
        return self.writer.pending() + len(self._finished)

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until every job queued so far committed, and deliver the results now."""
        while True:
            if not self.writer.join(timeout):
                return False
            self._deliver()
            # A callback may have queued more (a flush when a restored row is selected).
            if not self.writer.pending():
                with self._lock:
                    if not self._finished:
                        return True

    def cancel_long(self) -> None:
        """Stop long jobs (imports) queued or running; saves still land."""
        self.writer.cancel_long()

    def close(self) -> None:
        """Let queued writes land, deliver their results, then close the connection."""
        if self._closed:
            return
        self._closed = True
        self.writer.close()
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        while True:
            with self._lock:
                if not self._finished:
                    return
                ticket, on_success, on_failure, on_cancelled = self._finished.popleft()
            self._hand_over(ticket, on_success, on_failure, on_cancelled)

    def _hand_over(self, ticket: Ticket, on_success, on_failure, on_cancelled) -> None:
        error = ticket.error
        if error is None:
            if on_success is not None:
                on_success(ticket.result)
        elif isinstance(error, Cancelled) or ticket.cancelled:
            if on_cancelled is not None:  # the parent asked for it; nothing changed
                on_cancelled()
        elif on_failure is None or on_failure(error) is False:
            self.failed.emit(failure_text(error))
        if ticket.changes:
            self.changed.emit(ticket.changes)

    @Slot(object, int, int)
    def _progress(self, pair, done: int, total: int) -> None:
        ticket, callback = pair
        if not ticket.done:
            callback(done, total)


def failure_text(error: BaseException) -> str:
    """One Dutch line on why a write did not land; a bug is logged (without dossier text)."""
    if isinstance(error, StorageError):
        return error.user_text()
    from app.errors import ValidationError

    if isinstance(error, ValidationError):
        return getattr(error, "reason", None) or str(error)
    where = log_unexpected(error)
    text = translate("Forms", "er ging iets mis dat we niet hadden verwacht")
    if where:
        text += " " + translate(
            "Main", "Een verslag zonder gegevens uit het dossier staat in %1.").replace(
                "%1", str(where))
    return text


class WriteOperation(QObject):
    """A long job on the writer (a document import) with progress and "Stoppen"."""

    finished = Signal()

    def __init__(self, queue: WriteQueue, work: Callable[[WriteContext], Any], *,
                 on_success=None, on_failure=None, label: str = "",
                 parent: QWidget | None = None, show_progress: bool = True) -> None:
        super().__init__(parent)
        self.done = False
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        self._on_success = on_success
        self._on_failure = on_failure
        if show_progress and label and isinstance(parent, QWidget):
            self.dialog = QProgressDialog(label, translate("Operation", "Stoppen"), 0, 0, parent)
            self.dialog.setWindowTitle(translate("Operation", "Even geduld"))
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.ticket = queue.submit(work, on_success=self._success, on_failure=self._failure,
                                   on_progress=self._progress, on_cancelled=self._cancelled,
                                   label=label)

    def cancel(self) -> None:
        self.cancelled = True
        self.ticket.cancel()

    def wait(self, ms: int | None = None) -> bool:
        return self.ticket.wait(None if ms is None else ms / 1000)

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancelled:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(int(1000 * done / total) if total else 0)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _success(self, result) -> None:
        self._close_dialog()
        self.result = result
        self.done = True
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self.finished.emit()

    def _cancelled(self) -> None:
        self._close_dialog()
        self.cancelled = True
        self.done = True
        self.finished.emit()

    def _failure(self, error: BaseException) -> None:
        self._close_dialog()
        self.error = error
        self.done = True
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                raise error
        finally:
            self.finished.emit()


class ImportOperation:
    """Several WriteOperations (one per file) seen as one: done when all are."""

    def __init__(self, ops: list[WriteOperation]) -> None:
        self.ops = ops

    @property
    def done(self) -> bool:
        return all(op.done for op in self.ops)

    def cancel(self) -> None:
        for op in self.ops:
            op.cancel()

    def wait(self, ms: int | None = None) -> bool:
        return all(op.wait(ms) for op in self.ops)


__all__ = ["ImportOperation", "Changes", "WriteOperation", "WriteQueue", "failure_text"]
