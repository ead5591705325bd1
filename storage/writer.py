"""The one writer of an open dossier: a thread that owns the write connection.

Every change the app makes goes through `Writer.submit(work)`: `work(tx)` runs on the writer
thread with a `WriteContext` (the writer's connection, a RecordStore and DocumentStore on it,
and `progress` for long work), inside no transaction of its own (stores open theirs). Jobs run
one after another in the order they came (Datasette's write thread). The result comes back as
a `Ticket`: `result`, `error` (a StorageError a user can act on, or a bug), and `changes` (which
kinds and ids the job touched), so screens refresh only those (Anki's OpChanges).

Plain threading, no Qt: ui/writes.py delivers tickets back on the GUI thread.
"""

from __future__ import annotations

import collections
import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import Cancelled, ReadOnly


@dataclass(frozen=True)
class Changes:
    """What one operation changed: record kinds and ids, documents, settings."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    documents: bool = False
    meta: bool = False

    def __bool__(self) -> bool:
        return bool(self.kinds or self.ids or self.documents or self.meta)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids,
                       self.documents or other.documents, self.meta or other.meta)


class _ProfileView:
    """The dossier as a store on the writer's connection sees it: its db, and the profile
    (who is working) at the moment the job was submitted."""

    def __init__(self, db, profile: str) -> None:
        self.db = db
        self.profile = profile

    @property
    def read_only(self) -> bool:
        return self.db.read_only


@dataclass
class WriteContext:
    """What a job gets on the writer thread. Record what you changed with `touched`."""

    dossier: Any
    db: Any
    ticket: Ticket
    changes: Changes = field(default_factory=Changes)

    @property
    def records(self):
        from .records import RecordStore

        return RecordStore(_ProfileView(self.db, self.ticket.profile))

    @property
    def documents(self):
        from .documents import DocumentStore

        return DocumentStore(self.db)

    def touched(self, *records, kinds=(), ids=(), documents: bool = False,
                meta: bool = False) -> None:
        self.changes = self.changes | Changes(
            frozenset(kinds) | {r.KIND for r in records},
            frozenset(ids) | {r.id for r in records}, documents, meta)

    @contextlib.contextmanager
    def reporting_links_to(self, target_id: str) -> Iterator[None]:
        """Around a delete: records that link to `target_id` lose the link in the same
        transaction (RecordStore does that); report those records as changed too."""
        rows = self.db.all("SELECT id, kind, data FROM records WHERE id != ? AND "
                           "instr(data, ?) > 0", (target_id, target_id))
        yield
        for record_id, kind, data in rows:
            now = self.db.one("SELECT data FROM records WHERE id = ?", (record_id,))
            if now is None or now[0] != data:
                self.touched(kinds=[kind], ids=[record_id])

    def progress(self, done: int, total: int) -> bool:
        """Report progress; False once the job was cancelled (stores raise Cancelled)."""
        if self.ticket.on_progress is not None:
            self.ticket.on_progress(done, total)
        return not self.ticket.cancelled


class Ticket:
    """One submitted job: wait for it, cancel it, read its result."""

    def __init__(self, work: Callable[[WriteContext], Any], label: str = "") -> None:
        self.work = work
        self.label = label
        self.result: Any = None
        self.error: BaseException | None = None
        self.changes = Changes()
        self.cancelled = False
        self.on_progress: Callable[[int, int], None] | None = None
        self.on_done: Callable[[Ticket], None] | None = None
        self.profile = "ouder"
        self._done = threading.Event()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def ok(self) -> bool:
        return self.done and self.error is None

    def cancel(self) -> None:
        self.cancelled = True

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)


class Writer:
    """The writer thread of one dossier. Start it after unlocking; `close()` before locking."""

    def __init__(self, dossier, *, connect: Callable[[], Any] | None = None) -> None:
        self.dossier = dossier
        self._connect = connect or dossier.connect
        self._jobs: collections.deque[Ticket] = collections.deque()
        self._cv = threading.Condition()
        self._busy = False
        self._closing = False
        self._ready = threading.Event()
        self._open_error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="zorgmap-writer", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._open_error is not None:
            raise self._open_error

    # ----- the GUI side ----------

    def submit(self, work: Callable[[WriteContext], Any], *, label: str = "",
               on_done: Callable[[Ticket], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None) -> Ticket:
        """Queue `work`; returns at once. `on_done(ticket)` runs on the writer thread."""
        ticket = Ticket(work, label)
        ticket.profile = getattr(self.dossier, "profile", "ouder")
        ticket.on_done = on_done
        ticket.on_progress = on_progress
        with self._cv:
            if self._closing:
                ticket.error = ReadOnly("Het dossier is vergrendeld.")
                ticket._done.set()
            else:
                self._jobs.append(ticket)
                self._cv.notify_all()
                return ticket
        if on_done is not None:
            on_done(ticket)
        return ticket

    def pending(self) -> int:
        """Jobs queued or running."""
        with self._cv:
            return len(self._jobs) + (1 if self._busy else 0)

    def join(self, timeout: float | None = None) -> bool:
        """Wait until every job submitted so far has finished."""
        with self._cv:
            return self._cv.wait_for(lambda: not self._jobs and not self._busy, timeout)

    def cancel_long(self) -> None:
        """Ask every long job (one that reports progress: an import) to stop, on lock.
        Saves are never cancelled: what the parent typed lands."""
        with self._cv:
            for ticket in [*self._jobs, self._current]:
                if ticket is not None and ticket.on_progress is not None:
                    ticket.cancel()

    def close(self) -> None:
        """Finish what is queued, then close the connection and end the thread."""
        with self._cv:
            self._closing = True
            self._cv.notify_all()
        self._thread.join()

    # ----- the writer thread ----------

    _current: Ticket | None = None

    def _run(self) -> None:
        try:
            db = self._connect()
        except BaseException as exc:
            self._open_error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            while True:
                with self._cv:
                    self._cv.wait_for(lambda: self._jobs or self._closing)
                    if not self._jobs:
                        return
                    ticket = self._jobs.popleft()
                    self._busy = True
                    self._current = ticket
                self._execute(ticket, db)
                with self._cv:
                    self._busy = False
                    self._current = None
                    self._cv.notify_all()
        finally:
            db.close()

    def _execute(self, ticket: Ticket, db) -> None:
        tx = WriteContext(self.dossier, db, ticket)
        try:
            if ticket.cancelled:
                raise Cancelled()
            ticket.result = ticket.work(tx)
            ticket.changes = tx.changes
        except BaseException as exc:  # handed to the caller with the ticket
            ticket.error = exc
            ticket.changes = Changes()
        ticket._done.set()
        if ticket.on_done is not None:
            try:
                ticket.on_done(ticket)
            except Exception:  # pragma: no cover - a broken callback must not stop writing
                pass
