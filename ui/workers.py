"""Long work off the GUI thread (Anki's operation pattern).

An Operation runs `work(progress, db)` in a QThread. `db` is a fresh connection made inside the
thread (sqlcipher3 connections are bound to the thread that made them) when a dossier is given.
`on_success(result)` / `on_failure(exc)` run back on the GUI thread; `progress(done, total)`
returns False once the user cancelled, which storage turns into `Cancelled`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from storage.errors import Cancelled


class _Thread(QThread):
    progressed = Signal(int, int)

    def __init__(self, op: Operation) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        op = self.op
        db = None
        try:
            if op.dossier is not None:
                db = op.dossier.connect()
            op.result = op.work(self._progress, db)
        except BaseException as exc:  # handed to on_failure on the GUI thread
            op.error = exc
        finally:
            if db is not None:
                with contextlib.suppress(Exception):
                    db.close()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(int(done), int(total))
        return not self.op.cancelled


class Operation(QObject):
    """One piece of long work. Keep a reference (the parent does) until `finished`."""

    finished = Signal()

    def __init__(
        self,
        work: Callable[..., Any],
        *,
        dossier=None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.dossier = dossier
        self.on_success = on_success
        self.on_failure = on_failure
        self.label = label
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.done = False
        self.dialog: QProgressDialog | None = None
        self.thread = _Thread(self)
        self.thread.finished.connect(self._finished)
        self.thread.progressed.connect(self._progress)

    def start(self, *, show_progress: bool = True) -> Operation:
        _RUNNING.add(self)
        if show_progress and self.label and isinstance(self.parent(), QWidget):
            self.dialog = QProgressDialog(self.label, self.tr("Stoppen"), 0, 0, self.parent())
            self.dialog.setWindowTitle(self.tr("Even geduld"))
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled = True

    def wait(self, ms: int | None = None) -> bool:
        """Block until the work has stopped (by default without a time limit: a worker
        holds a connection and the key, so locking must not go on without it)."""
        return self.thread.wait() if ms is None else self.thread.wait(ms)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancelled:
            # QProgressDialog takes int: scale bytes to promille to stay inside 32 bits.
            self.dialog.setMaximum(1000)
            self.dialog.setValue(int(1000 * done / total) if total else 0)

    @Slot()
    def _finished(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.done = True
        _RUNNING.discard(self)
        try:
            if self.error is None:
                if self.on_success:
                    self.on_success(self.result)
            elif isinstance(self.error, Cancelled) or self.cancelled:
                pass  # the user asked for it; nothing changed
            elif self.on_failure:
                self.on_failure(self.error)
            else:
                raise self.error
        finally:
            self.finished.emit()
            self.thread.deleteLater()
            self.deleteLater()


#: Every operation that started and has not finished: locking waits for those of its dossier,
#: wherever they were started (a screen, a dialog, the window).
_RUNNING: set[Operation] = set()


def running_for(dossier) -> list[Operation]:
    return [op for op in _RUNNING if op.dossier is dossier and not op.done]


def run_operation(
    work,
    *,
    parent: QWidget,
    label: str = "",
    dossier=None,
    on_success=None,
    on_failure=None,
    show_progress: bool = True,
) -> Operation:
    """Start `work` on a worker thread; see Operation."""
    op = Operation(
        work,
        dossier=dossier,
        on_success=on_success,
        on_failure=on_failure,
        label=label,
        parent=parent,
    )
    return op.start(show_progress=show_progress)
