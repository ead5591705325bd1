"""One long-lived read connection on its own thread, for queries a person repeats (sorting and
filtering the Logboek).

An Operation opens a fresh connection per job, whose page cache is cold: SQLCipher decrypts
every page the query touches again (the index pages of a sort, the full-text pages of a
filter). This thread keeps its connection, so a repeated sort reads decrypted pages from
memory. A newer query interrupts the
one still running (sqlite3_interrupt is safe from another thread); closing the session stops
the thread and closes the connection before the dossier is locked.
"""

from __future__ import annotations

import contextlib
import functools
import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Thread(QThread):
    finished_job = Signal(int, object, object)  # job number, result, error

    def __init__(self, dossier) -> None:
        super().__init__()
        self.dossier = dossier
        self.jobs: queue.Queue = queue.Queue()
        self.db = None
        self.current = 0
        self.interruptible = True

    def run(self) -> None:
        try:
            self.db = self.dossier.connect()
        except BaseException as exc:  # the dossier was locked meanwhile
            self.finished_job.emit(-1, None, exc)
            return
        try:
            while True:
                job = self.jobs.get()
                if job is None:
                    return
                number, work, interruptible = job
                self.current, self.interruptible = number, interruptible
                try:
                    result, error = work(self.db), None
                except BaseException as exc:  # handed to the GUI thread
                    result, error = None, exc
                self.current = 0
                self.finished_job.emit(number, result, error)
        finally:
            with contextlib.suppress(Exception):
                self.db.close()
            self.db = None


class Reader(QObject):
    """`submit(work, done)`: `work(db)` runs on the reader thread; `done(result)` on the GUI
    thread, only for the newest job (older ones are interrupted or dropped)."""

    def __init__(self, dossier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _Thread(dossier)
        self._thread.finished_job.connect(self._finished)
        self._number = 0
        self._done: dict[int, tuple[Callable, Callable | None]] = {}
        # Whatever happens to the screen that owns us, the thread ends with us.
        self.destroyed.connect(functools.partial(_stop_thread, self._thread))
        self._thread.start()

    def submit(self, work: Callable[[Any], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None, *,
               interruptible: bool = True) -> int:
        """`interruptible=False`: preparation a newer job needs anyway (it waits for it)."""
        self._number += 1
        if interruptible:
            self._done = {self._number: (done, failed)}  # older jobs will not be answered
        else:  # preparation: answers still expected from earlier jobs stay expected
            self._done[self._number] = (done, failed)
        thread = self._thread
        if thread.current and thread.interruptible and thread.db is not None:
            with contextlib.suppress(Exception):
                thread.db.conn.interrupt()  # an older query still running: stop it
        thread.jobs.put((self._number, work, interruptible))
        return self._number

    def busy(self) -> bool:
        return bool(self._done)

    @Slot(int, object, object)
    def _finished(self, number: int, result, error) -> None:
        callbacks = self._done.pop(number, None)
        if callbacks is None:
            return  # superseded, or interrupted on purpose
        done, failed = callbacks
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            raise error

    def stop(self) -> None:
        """Interrupt what runs, end the thread and close its connection (before locking)."""
        self._done = {}
        _stop_thread(self._thread)


def _stop_thread(thread: _Thread) -> None:
    if thread.isRunning():
        if thread.db is not None:
            with contextlib.suppress(Exception):
                thread.db.conn.interrupt()
        thread.jobs.put(None)
        thread.wait()
