"""When automatic backups run (`BackupScheduler`), and the second place they are copied to.

Policy (docs/app.md): the first backup as soon as a dossier holds data; then after any day with
changes (at unlock and once an hour while open, at most once per `auto_backup_hours`); at lock
or close a small dossier with unsaved-in-a-backup changes is backed up at once, a running backup
of a large one is cancelled (nothing half-made stays; the next chance retries). All of it runs
on a worker thread with its own read connection, with progress and "Stoppen" in the status bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog

from storage.errors import StorageError
from ui.i18n import translate
from ui.util import format_date

PLACE = "backup.place"
PLACE_ASKED = "backup.place_asked"
PLACE_COPIED = "backup.place_copied"
REMIND_AFTER_DAYS = 30
#: a dossier this small is backed up right away at lock or close (tens of milliseconds)
QUICK_BYTES = 32 * 1024 * 1024
CHECK_EVERY_MS = 60 * 60 * 1000


def place_folder(place: Path, dossier_id: str) -> Path:
    """Where a dossier's copies go inside the chosen second place. Named by the dossier id,
    not the child's name: a lost USB stick should not say whose it is."""
    return Path(place) / f"Zorgmap-reservekopie-{dossier_id[:8]}"


def _size(folder: Path) -> int:
    total = 0
    for name in ("dossier.db", "dossier.db-wal"):
        try:
            total += (folder / name).stat().st_size
        except OSError:
            pass
    return total


def _run_backups(
    dossier, db, progress, now: dt.datetime, place: Path | None, *, force: bool
) -> dict:
    """Worker: the rolling backup beside the dossier, then (if reachable) the second place."""
    from storage.backup import daily_backups

    target = place_folder(place, dossier.dossier_id) if place is not None else None
    return daily_backups(dossier, now, db=db, progress=progress, force=force, second_place=target)


class BackupScheduler(QObject):
    """Runs the automatic backups of the open dossier (one MainWindow has one)."""

    progressed = Signal(int, int)
    running_changed = Signal(bool)
    #: the second place or its last copy changed (the Overzicht notice re-reads)
    place_changed = Signal()

    def __init__(
        self, window, *, clock: Callable[[], dt.datetime] | None = None, delay_ms: int = 3000
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.clock = clock or dt.datetime.now
        self.session = None
        self._connected = None
        self.op = None
        self.last_error: str = ""
        self.choose_folder = lambda: QFileDialog.getExistingDirectory(
            window,
            translate(
                "Backups",
                "Kies een tweede plek voor de reservekopieën (bijvoorbeeld een USB-stick)",
            ),
        )
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(delay_ms)
        self.soon.timeout.connect(self.run)
        self.hourly = QTimer(self)
        self.hourly.setInterval(CHECK_EVERY_MS)
        self.hourly.timeout.connect(self.run)

    # ----- lifecycle -------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        s = self.session
        return s is not None and not s.demo and not s.read_only and s.dossier.is_open

    def start(self, session) -> None:
        self.session = session
        session.backups = self
        self.place_changed.emit()  # the Overzicht was built before: let its notice look again
        if not self.active:
            return
        session.changed.connect(self._changed)
        self._connected = session
        self.hourly.start()
        self.run()

    def _changed(self, _kind: str) -> None:
        # The first backup of a new dossier comes as soon as it holds something; later ones
        # wait for the daily rhythm.
        if self.active and not self.has_backup():
            self.soon.start()

    def has_backup(self) -> bool:
        from storage.backup import list_snapshots

        return bool(list_snapshots(self.session.dossier.folder / "backups"))

    def place(self) -> Path | None:
        if self.session is None or not self.session.dossier.is_open:
            return None
        value = self.session.dossier.meta(PLACE)
        return Path(value) if value else None

    def last_copy(self) -> dt.date | None:
        value = self.session.dossier.meta(PLACE_COPIED) if self.session else None
        try:
            return dt.date.fromisoformat(value) if value else None
        except ValueError:
            return None

    # ----- running ---------------------------------------------------------------------------

    def run(self, *, force: bool = False):
        """Start a backup on a worker thread if one may be due (storage decides)."""
        if not self.active or self.op is not None:
            return self.op
        from ui.workers import run_operation

        session = self.session
        dossier = session.dossier
        now = self.clock()
        place = self.place()
        self.soon.stop()

        def done(result):
            self.last_error = ""
            if result["place_reached"] and self.session is session and dossier.is_open:
                self._set_meta(PLACE_COPIED, session.today().isoformat())
                self.place_changed.emit()

        def failed(exc):
            # Never keeps a parent out; the next chance retries. The reason stays visible
            # in "Reservekopie testen".
            self.last_error = exc.user_text() if isinstance(exc, StorageError) else repr(exc)

        self.op = run_operation(
            lambda progress, db: _run_backups(dossier, db, progress, now, place, force=force),
            parent=self.window_,
            dossier=dossier,
            on_success=done,
            on_failure=failed,
            show_progress=False,
        )
        op = self.op
        op.thread.progressed.connect(self.progressed)
        op.finished.connect(lambda: self._finished(op))
        self.running_changed.emit(True)
        return op

    def _finished(self, op) -> None:
        if self.op is op:
            self.op = None
            self.running_changed.emit(False)

    def cancel(self) -> None:
        """Stop a running backup and wait for it (it checks every megabyte: milliseconds)."""
        op = self.op
        if op is not None:
            op.cancel()
            op.wait()
            self._finished(op)

    def before_lock(self) -> None:
        """At lock or close: no freeze, and a small dossier's changes are in a backup."""
        self.soon.stop()
        self.hourly.stop()
        self.cancel()
        if not self.active:
            return
        dossier = self.session.dossier
        if _size(dossier.folder) > QUICK_BYTES:
            return  # the next unlock retries; a large dossier must not hold up closing
        from storage.backup import auto_backup_if_due

        try:
            if hasattr(self.window_, "view") and self.window_.view is not None:
                self.window_.view.flush()
            if hasattr(self.session, "settle"):
                self.session.settle()  # the flushed edits are committed by the one writer
            # A read connection of its own: whoever writes keeps theirs.
            db = dossier.connect()
            try:
                auto_backup_if_due(dossier, self.clock(), db=db, force=True)
            finally:
                db.close()
        except StorageError as exc:
            self.last_error = exc.user_text()

    def stop(self) -> None:
        self.before_lock() if self.op is not None else None
        connected, self._connected = self._connected, None
        if connected is not None:
            connected.changed.disconnect(self._changed)
        self.session = None

    # ----- the second place ------------------------------------------------------------------

    def _set_meta(self, key: str, value: str) -> None:
        self.session.dossier.set_meta(key, value)

    def choose_place(self) -> Path | None:
        if not self.active:
            return None
        folder = self.choose_folder()
        if not folder:
            return None
        self._set_meta(PLACE, str(Path(folder)))
        self._set_meta(PLACE_ASKED, "1")
        self.place_changed.emit()
        self.copy_now()
        return Path(folder)

    def dismiss_question(self) -> None:
        if self.active:
            self._set_meta(PLACE_ASKED, "1")
            self.place_changed.emit()

    def copy_now(self):
        """Copy to the second place now (after the parent plugged in the stick)."""
        place = self.place()
        if place is None or not place.is_dir():
            self.last_error = translate(
                "Backups",
                "De tweede plek is niet gevonden. Sluit de USB-stick aan en probeer het opnieuw.",
            )
            self.place_changed.emit()
            return None
        self.cancel()
        return self.run(force=True)

    def notice(self) -> tuple[str, str] | None:
        """What the Overzicht should say about backups: (kind, text) or None.

        kind "ask": the one-time question for a second place; "remind": the last copy there is
        older than 30 days (or there is none yet)."""
        if not self.active:
            return None
        dossier = self.session.dossier
        place = self.place()
        if place is None:
            if dossier.meta(PLACE_ASKED):
                return None
            return "ask", translate(
                "Backups",
                "Bewaar de reservekopieën ook op een tweede plek, zoals een USB-stick of een "
                "andere schijf. Dan raakt u niets kwijt als deze computer stukgaat of wordt "
                "gestolen. Zorgmap vraagt dit maar één keer.",
            )
        last = self.last_copy()
        today = self.session.today()
        if last is not None and (today - last).days <= REMIND_AFTER_DAYS:
            return None
        if last is None:
            text = translate("Backups", "Er staat nog geen reservekopie op uw tweede plek (%1).")
        else:
            text = translate(
                "Backups",
                "De laatste reservekopie op uw tweede plek (%1) is van %2, meer dan 30 "
                "dagen geleden.",
            ).replace("%2", format_date(last))
        text = (
            text.replace("%1", str(place))
            + " "
            + translate("Backups", "Sluit de USB-stick of schijf aan en kies 'Nu kopiëren'.")
        )
        if self.last_error:
            text += " " + self.last_error
        return "remind", text
