"""The child side of building a PDF in a process of its own (issue 11; the parent is
ui/pdfprocess.py).

reportlab is pure Python: on a thread it holds the GIL and the window stops turning for tenths
of a second at a time. In its own process it costs the GUI nothing. No Qt here: the child
imports only what a PDF needs, before the job comes, so it is warm when the parent asks.

Nothing of the dossier touches the disk: the job (folder, raw key, choice) comes over a pipe,
the child opens the dossier read-only, and the PDF goes back over the other pipe. One job per
process; it ends itself afterwards, and when the parent is gone.
"""

from __future__ import annotations

import os
import signal
import sys
import threading


def serve(jobs, results) -> None:
    """The child's main: warm up, take one job from `jobs`, answer on `results`, exit."""
    from ui.hardening import harden_process

    # A spawned child is a new exec: the kernel made it dumpable again, whatever the parent
    # set. It will hold the raw key and decrypted records: no core dump, no /proc/<pid>/mem.
    harden_process()
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the parent to handle
    # Stoppen, another choice, locking and quitting terminate the child: leave through the
    # `finally`s, so the dossier's connection closes and a private copy (a dossier on a
    # locked place) is removed. (kill -9 cannot be caught: the next reader removes it.)
    signal.signal(signal.SIGTERM, _terminated)
    _leave_with_parent()
    _warm()
    try:
        results.send(("ready", os.getpid()))
        job = jobs.recv()
    except (EOFError, OSError):
        job = None
    if job is not None:
        try:
            _build(job, results)
        except BaseException as exc:  # noqa: BLE001 - everything goes back as a message
            _log(exc)
            try:
                results.send(("failed", *_failure(exc)))
            except OSError:
                pass
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    results.close()
    # No interpreter teardown of a heap that held two thousand pages: the parent reaps at once.
    os._exit(0)


def _terminated(_signum, _frame) -> None:
    raise SystemExit(1)


def _leave_with_parent() -> None:
    """End when the parent ends, even in the middle of a build (no orphans): a thread waits
    on the parent's sentinel, which closes when the parent process is gone."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os.kill(os.getpid(), signal.SIGTERM)  # tidy up as for Stoppen, if it can
        threading.Event().wait(5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _warm() -> None:
    import exports.pdf
    import exports.pdf.overzicht  # noqa: F401 - imported for the first job's sake
    import storage.db  # noqa: F401
    import ui.composition  # noqa: F401
    from exports.pdf._base import register_fonts

    for output in exports.pdf.OUTPUTS:
        __import__(f"exports.pdf.{output}")
    register_fonts()


class _OnConnection:
    """The dossier as render_output reads it: the child's own read-only connection."""

    def __init__(self, db) -> None:
        self.db = db

    @property
    def read_only(self) -> bool:
        return True


def _selftest(results) -> None:
    """`zorgmap --smoke`: a one-page PDF in our fonts, no dossier (the bundle check)."""
    import hashlib
    from datetime import date

    from exports.pdf import ExportResult
    from exports.pdf._base import Styles, para
    from exports.pdf._document import DocMeta, build

    meta = DocMeta("Controle", "Controle", "", "", date(2026, 1, 1), None)
    pdf, info = build(meta, lambda _info: [para("Zorgmap maakt PDF's in een eigen proces: "
                                                "ë ï é ĳ €", Styles().body)])
    results.send(("done", ExportResult(pdf, info.pages, hashlib.sha256(pdf).hexdigest()),
                  _peak_mb()))


def _build(job: dict, results) -> None:
    from pathlib import Path

    if job.get("selftest") == "hang":
        # Tests: a child that never answers must still end with its parent.
        results.send(("first", b"", 0))
        threading.Event().wait()
    if job.get("selftest") == "hardening":
        results.send(("done", _hardening(), None))
        return
    if job.get("selftest"):
        _selftest(results)
        return

    from exports.pdf import Progressive
    from storage.db import Database
    from storage.dossier import DB_NAME
    from ui.composition import render_output

    key = bytearray(job.pop("key"))
    try:
        db = Database(Path(job["folder"]) / DB_NAME, key, read_only=True)
    finally:
        key[:] = bytes(len(key))
    try:
        progressive = None
        if job.get("first_pages"):
            reported = [0]

            def on_page(number: int) -> None:
                if number - reported[0] >= 10:
                    reported[0] = number
                    results.send(("page", number))

            def on_first(pdf: bytes, pages: int) -> None:
                results.send(("first", pdf, pages))
                # The rest is background work: on a busy machine the window (and whatever
                # else the family is doing) goes first for a core.
                if hasattr(os, "nice"):
                    try:
                        os.nice(10)
                    except OSError:
                        pass

            progressive = Progressive(job["first_pages"], on_first, on_page)
        result = render_output(
            _OnConnection(db), job["output"], today=job["today"], excluded=job["excluded"],
            request_id=job["request_id"], recipient=job["recipient"],
            include_bsn=job["include_bsn"], log=False, progressive=progressive,
        )
        results.send(("done", result, _peak_mb()))
    finally:
        db.close()


def _hardening() -> dict:
    """Tests: what a crash of this process could leave (core size limit, dumpable)."""
    import ctypes
    import resource

    pr_get_dumpable = 3
    return {"dumpable": ctypes.CDLL(None).prctl(pr_get_dumpable, 0, 0, 0, 0),
            "core": list(resource.getrlimit(resource.RLIMIT_CORE))}


def _peak_mb() -> float | None:
    """This process's peak resident memory (the benchmark adds it to the app's)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _log(exc: BaseException) -> None:
    """A bug goes into the app's error log, where it went wrong and never what it said (the
    message can quote the dossier; this process's stderr can be the desktop session's log
    on disk). A Dutch message for the parent and SystemExit (terminated) are no bugs."""
    from app.errors import ValidationError
    from storage.errors import StorageError
    from ui.errorlog import log_unexpected

    if not isinstance(exc, (StorageError, ValidationError, SystemExit)):
        log_unexpected(exc)


def _failure(exc: BaseException) -> tuple[str, str]:
    """(kind, text) for the parent: 'storage' and 'validation' carry a Dutch text for the
    parent to show; 'bug' the exception's name (the parent words the message)."""
    from app.errors import ValidationError
    from storage.errors import StorageError

    if isinstance(exc, StorageError):
        return "storage", exc.user_text()
    if isinstance(exc, ValidationError):
        return "validation", str(exc)
    return "bug", type(exc).__name__
