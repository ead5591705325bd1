"""Backups in the app: when they are made, the second place, and "Reservekopie testen".

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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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

_COUNT_LINES = [
    ("journal_entry", QT_TRANSLATE_NOOP("Backups", "contactlog")),
    ("decision", QT_TRANSLATE_NOOP("Backups", "indicaties en besluiten")),
    ("aid_request", QT_TRANSLATE_NOOP("Backups", "hulpmiddel-aanvragen")),
    ("care_plan", QT_TRANSLATE_NOOP("Backups", "zorgplannen")),
    ("contact", QT_TRANSLATE_NOOP("Backups", "mensen in het netwerk")),
    ("medication", QT_TRANSLATE_NOOP("Backups", "medicijnen")),
]
_TABLE_LINES = [
    ("documents", QT_TRANSLATE_NOOP("Backups", "documenten")),
    ("history", QT_TRANSLATE_NOOP("Backups", "wijzigingen in de geschiedenis")),
    ("shares", QT_TRANSLATE_NOOP("Backups", "keren iets gedeeld of geprint")),
]


def describe(info, *, ok_line: bool = True) -> list[str]:
    """What a checked backup holds, as lines for the CLI and the app (Dutch source text)."""
    lines = []
    if ok_line:
        lines.append(translate("Backups", "Reservekopie in orde: %1").replace("%1", str(info.path)))
    when = info.created
    try:
        made = dt.datetime.fromisoformat(info.created).astimezone()
        when = f"{format_date(made.date())} {made.strftime('%H:%M')}"
    except ValueError:
        pass
    kind = (
        translate("Backups", "automatische reservekopie")
        if info.kind == "snapshot"
        else translate("Backups", "volledige reservekopie in één bestand")
    )
    lines.append(
        "  "
        + translate("Backups", "gemaakt op %1 (%2), schemaversie %3")
        .replace("%1", when)
        .replace("%2", kind)
        .replace("%3", str(info.schema_version))
    )
    if info.child:
        lines.append("  " + translate("Backups", "dossier van: %1").replace("%1", info.child))
    total = sum(info.kinds.values()) if info.kinds else info.counts.get("records", 0)
    lines.append(
        "  "
        + translate("Backups", "onderdelen (zoals besluiten, contacten, logboek): %1").replace(
            "%1", str(total)
        )
    )
    parts = [
        f"{translate('Backups', label)}: {info.kinds[kind]}"
        for kind, label in _COUNT_LINES
        if info.kinds.get(kind)
    ]
    if parts:
        lines.append("    " + ", ".join(parts))
    for table, label in _TABLE_LINES:
        if table in info.counts:
            lines.append(f"  {translate('Backups', label)}: {info.counts[table]}")
    return lines


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


class BackupNotice(QFrame):
    """The gentle question and the 30-day reminder at the top of the Overzicht."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("backupNotice")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(translate("Backups", "Kies een plek…"), self)
        self.copy = QPushButton(translate("Backups", "Nu kopiëren"), self)
        self.later = QPushButton(translate("Backups", "Niet nu"), self)
        self.choose.clicked.connect(lambda: self._scheduler() and self._scheduler().choose_place())
        self.copy.clicked.connect(lambda: self._scheduler() and self._scheduler().copy_now())
        self.later.clicked.connect(
            lambda: self._scheduler() and self._scheduler().dismiss_question()
        )
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.copy)
        row.addWidget(self.later)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.kind = ""
        scheduler = self._scheduler()
        if scheduler is not None:
            scheduler.place_changed.connect(self.refresh)
        self.refresh()

    def _scheduler(self) -> BackupScheduler | None:
        return getattr(self.session, "backups", None)

    def refresh(self) -> None:
        scheduler = self._scheduler()
        found = scheduler.notice() if scheduler is not None else None
        self.kind = found[0] if found else ""
        self.setVisible(found is not None)
        if found is None:
            return
        self.text.setText(found[1])
        self.choose.setVisible(self.kind == "ask")
        self.later.setVisible(self.kind == "ask")
        self.copy.setVisible(self.kind == "remind")


class BackupStatus(QWidget):
    """ "Reservekopie wordt gemaakt… 40 %  [Stoppen]" while an automatic backup runs."""

    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.label = QLabel(self)
        self.stop = QPushButton(translate("Backups", "Stoppen"), self)
        self.stop.setToolTip(
            translate("Backups", "Stop de reservekopie; Zorgmap probeert het later opnieuw.")
        )
        self.stop.clicked.connect(self._stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.stop)
        scheduler.progressed.connect(self._progress)
        scheduler.running_changed.connect(self._running)
        self.hide()

    def _running(self, running: bool) -> None:
        self.label.setText(translate("Backups", "Reservekopie wordt gemaakt…"))
        self.setVisible(running)

    def _progress(self, done: int, total: int) -> None:
        if total > 1:
            self.label.setText(
                translate("Backups", "Reservekopie wordt gemaakt… %1 %").replace(
                    "%1", str(min(100, int(100 * done / total)))
                )
            )

    def _stop(self) -> None:
        op = self.scheduler.op
        if op is not None:
            op.cancel()


class BackupTestDialog(QDialog):
    """ "Reservekopie testen": check a backup completely and show what it holds."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setWindowTitle(translate("Backups", "Reservekopie testen"))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(translate("Backups", "Reservekopie"))
        self.path.setText(str(self.default_backup() or ""))
        browse = QPushButton(translate("Backups", "Kiezen…"), self)
        browse.clicked.connect(self.browse)
        self.choose_file = lambda: QFileDialog.getOpenFileName(
            self,
            translate("Backups", "Kies een reservekopie"),
            str(self.path.text()),
            translate("Backups", "Zorgmap-reservekopie (*.zmbak)"),
        )[0]
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(translate("Backups", "Wachtwoord of noodsleutel van toen"))
        self.secret.setPlaceholderText(
            translate("Backups", "Leeg laten: de sleutel van dit dossier")
        )
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setObjectName("backupTestResult")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(self)
        self.test_button = buttons.addButton(
            translate("Backups", "Testen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("Backups", "Sluiten"))
        self.test_button.clicked.connect(self.test)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Backups",
                "Zorgmap controleert de hele reservekopie: elk stukje, de "
                "versleuteling en de samenhang. Er verandert niets.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.secret)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        self.resize(620, 320)
        self.op = None
        self.info = None

    def done(self, result: int) -> None:
        # A check still running must end before the dialog (its parent) goes.
        if self.op is not None:
            self.op.cancel()
            self.op.wait()
        super().done(result)

    def default_backup(self) -> Path | None:
        """The newest copy at the second place if it is there, else the newest beside it."""
        from storage.backup import list_snapshots

        dossier = self.session.dossier
        scheduler = getattr(self.session, "backups", None)
        place = scheduler.place() if scheduler is not None else None
        places = [place_folder(place, dossier.dossier_id)] if place is not None else []
        for folder in [*places, dossier.folder / "backups"]:
            found = list_snapshots(folder)
            if found:
                return found[-1].path
        return None

    def browse(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.path.setText(chosen)

    def test(self):
        from storage.backup import verify_backup
        from ui.workers import run_operation

        text = self.path.text().strip()
        if not text:
            self.result.setText(translate("Backups", "Kies eerst een reservekopie."))
            return None
        path = Path(text)
        secret = self.secret.text() or None
        key = None if secret else self.session.dossier.data_key()
        self.result.setText(translate("Backups", "Bezig met testen…"))
        self.test_button.setEnabled(False)

        def work(progress, _db):
            return verify_backup(path, secret, data_key=key, progress=progress)

        def done(info):
            self.info = info
            self.test_button.setEnabled(True)
            self.result.setText("\n".join(describe(info)))

        def failed(exc):
            self.test_button.setEnabled(True)
            text = exc.user_text() if isinstance(exc, StorageError) else None
            if text is None:
                text = translate("Backups", "Dit bestand kon niet worden gelezen.")
            if key is not None:
                text += " " + translate(
                    "Backups",
                    "Is het een kopie van vóór een nieuwe noodsleutel, of van een "
                    "ander dossier? Typ dan het wachtwoord of de noodsleutel van "
                    "toen en test opnieuw.",
                )
            self.result.setText(text)

        self.op = run_operation(
            work,
            parent=self,
            on_success=done,
            on_failure=failed,
            label=translate("Backups", "De reservekopie wordt getest…"),
        )
        self.op.finished.connect(lambda: setattr(self, "op", None))
        return self.op
