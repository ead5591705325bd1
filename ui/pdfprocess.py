"""Building a PDF in a child process (issue 11): the window keeps turning while reportlab
works, because the child has its own GIL. The child's side is ui/pdfchild.py.

A PdfProcess is started before it is needed (when Delen en printen opens), so Python and
reportlab are imported by the time Voorbeeld is clicked. It takes one job; its messages come
back as Qt signals on the GUI thread. `stop()` ends it at once (terminate, then kill) and
reaps it; every live one is stopped when the application quits. The dossier's raw key goes
over a pipe, never in argv, the environment or a file.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

#: Every child not yet reaped: stopped when the application quits.
_LIVE: set[PdfProcess] = set()
_HOOKED = False


def _stop_all() -> None:
    for process in list(_LIVE):
        process.stop()


def live_processes() -> list[PdfProcess]:
    return list(_LIVE)


class PdfProcess(QObject):
    """One child process that builds one PDF. Make it without a Qt parent: it stays alive
    (in _LIVE) until its child is reaped, even when the dialog that asked is gone.

    Signals (on the GUI thread): `first(pdf, pages)` the first pages of a long output,
    `page(number)` progress of the whole build, `done(ExportResult)`, `failed(kind, text)`
    where kind is 'storage' / 'validation' (text is Dutch, for the parent), 'bug' (text is
    the exception's name) or 'gone' (the child died)."""

    first = Signal(object, int)
    page = Signal(int)
    done = Signal(object)
    failed = Signal(str, str)
    _incoming = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _HOOKED
        from ui.pdfchild import serve

        context = multiprocessing.get_context("spawn")
        # Two one-way pipes: jobs go down, messages come up.
        job_read, self._jobs = context.Pipe(duplex=False)
        self._results, result_write = context.Pipe(duplex=False)
        self.process = context.Process(target=serve, args=(job_read, result_write),
                                       name="zorgmap-pdf", daemon=True)
        self.process.start()
        job_read.close()
        result_write.close()
        self.pid = self.process.pid
        self.ready = False
        self.busy = False
        self.finished = False  # an answer (or the child's death) has come
        self.stopped = False
        self.peak_mb: float | None = None  # the child's peak memory, reported with its PDF
        _LIVE.add(self)
        app = QCoreApplication.instance()
        if app is not None and not _HOOKED:
            app.aboutToQuit.connect(_stop_all)
            _HOOKED = True
        self._incoming.connect(self._receive)
        self._reaper = QTimer(self)
        self._reaper.setInterval(20)
        self._reaper.timeout.connect(self._reap)
        self._reader = threading.Thread(target=self._read, name="pdf-results", daemon=True)
        self._reader.start()

    # ----- GUI thread ----------

    def submit(self, job: dict[str, Any]) -> None:
        """Send the one job: dict(folder, key, output, today, excluded, request_id,
        recipient, include_bsn, first_pages)."""
        self.busy = True
        try:
            self._jobs.send(job)
        except OSError:
            self._receive(("gone",))
        finally:
            job["key"] = None

    def stop(self) -> None:
        """End the child now (a build in progress is dropped) and reap it."""
        if self.stopped:
            return
        self.stopped = True
        self.busy = False
        process = self.process
        if process.is_alive():
            process.terminate()
            process.join(2)
            if process.is_alive():
                process.kill()
        process.join()
        self._close()

    def _receive(self, message: tuple) -> None:
        if self.stopped:
            return
        kind = message[0]
        if kind == "ready":
            self.ready = True
        elif kind == "first":
            self.first.emit(message[1], message[2])
        elif kind == "page":
            self.page.emit(message[1])
        elif kind in ("done", "failed", "gone"):
            self.finished = True
            self.busy = False
            self._reaper.start()  # the child exits by itself now
            if kind == "done":
                self.peak_mb = message[2]
                self.done.emit(message[1])
            elif kind == "failed":
                self.failed.emit(message[1], message[2])
            else:
                self.failed.emit("gone", "")

    def _reap(self) -> None:
        if not self.process.is_alive():  # waitpid: no zombie left behind
            self._reaper.stop()
            self.process.join()
            self.stopped = True
            self._close()

    def _close(self) -> None:
        _LIVE.discard(self)
        self._jobs.close()  # the results pipe is the reader thread's to close (at its EOF)

    # ----- reader thread ----------

    def _read(self) -> None:
        """Blocks on the pipe (without the GIL) and hands each message to the GUI thread."""
        while True:
            try:
                message = self._results.recv()
            except (EOFError, OSError, TypeError):  # TypeError: closed under our feet
                message = ("gone",)
            try:
                self._incoming.emit(message)
            except RuntimeError:  # the QObject is gone (dialog closed)
                self._results.close()
                return
            if message[0] in ("done", "failed", "gone"):
                self._results.close()
                return
