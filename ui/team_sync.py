"""Keeping a shared dossier up to date while the app runs: `TeamSync` exchanges with the
shared folder on unlock, when the folder changes, and every minute (docs/team.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from storage.errors import StorageError
from ui.i18n import translate

SYNC_EVERY_MS = 60_000


class TeamSync(QObject):
    """Exchanges with the shared folder on unlock, when the folder changes, and every minute.

    The work runs on a worker thread with its own connection (window._run); the screens of
    the kinds that changed are told through the session's `changed` signal.
    """

    finished = Signal(object)  # SyncReport

    def __init__(self, window, session) -> None:
        super().__init__(session)
        self.window = window
        self.session = session
        self.running = False
        self.again = False
        self.last_report = None
        self.last_at: dt.datetime | None = None
        self.told_lezer = False
        self.known_conflicts = 0
        from storage.team import Team

        folder = Team(session.dossier).folder
        self.watcher = QFileSystemWatcher(self)
        for sub in ("", "roster", "changes", "snapshots"):
            path = folder / sub
            if path.is_dir():
                self.watcher.addPath(str(path))
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()

    def _folder_changed(self, path: str) -> None:
        # New device folders appear inside the kind folders: watch them too.
        for child in Path(path).iterdir() if Path(path).is_dir() else []:
            if child.is_dir() and str(child) not in self.watcher.directories():
                self.watcher.addPath(str(child))
        self.sync_now()

    def sync_now(self):
        if self.session.dossier.db is None or self.session.read_only:
            return None
        if self.running:
            self.again = True
            return None
        self.running = True

        def work(tx):
            # A job for the one writer (storage/writer.py): the exchange writes records.
            from storage.team import Team

            report = Team(self.session.dossier, db=tx.db).sync()
            tx.touched(kinds=report.kinds - {"document"},
                       documents="document" in report.kinds)
            return report

        return self.session.submit(work, on_success=self._done, on_failure=self._failed)

    def _done(self, report) -> None:
        self.running = False
        if self.session.dossier.db is None:
            return  # locked while the exchange ran: nothing to show
        self.last_report = report
        self.last_at = dt.datetime.now()  # (screens heard of report.kinds from the writer)
        conflicts = self._conflict_count()
        if report.role == "lezer" and not self.told_lezer:
            self.told_lezer = True
            self.window.statusBar().showMessage(translate(
                "Team", "U bent lezer in dit gedeelde dossier: wat u hier verandert, wordt "
                "niet gedeeld."), 15_000)
        elif report.removed:
            # Without this the window looks as if edits still go to the family.
            self.window.statusBar().showMessage(translate(
                "Team", "U bent uit dit gedeelde dossier verwijderd: wat u hier verandert, "
                "wordt niet meer gedeeld."))
        elif conflicts > self.known_conflicts:
            # A merge that kept this device's value changes no record, yet needs a look.
            text = (translate("Team", "Kijk even na: 1 veld is tegelijk gewijzigd (zie Delen "
                                      "met het gezin).") if conflicts == 1 else
                    translate("Team", "Kijk even na: %1 velden zijn tegelijk gewijzigd (zie "
                                      "Delen met het gezin).").replace("%1", str(conflicts)))
            self.window.statusBar().showMessage(text, 30_000)
        elif report.records:
            self.window.statusBar().showMessage(
                translate("Team", "Bijgewerkt vanuit de gedeelde map: %1 onderdelen.").replace(
                    "%1", str(report.records)), 10_000)
        self.known_conflicts = conflicts
        self.finished.emit(report)
        if self.again:
            self.again = False
            self.sync_now()

    def _conflict_count(self) -> int:
        from storage.team import conflicts

        return sum(len(fields) for fields in conflicts(self.session.dossier.db).values())

    def _failed(self, exc) -> None:
        self.running = False
        message = exc.user_text() if isinstance(exc, StorageError) else str(exc)
        self.window.statusBar().showMessage(
            translate("Team", "Bijwerken vanuit de gedeelde map lukte niet: %1")
            .replace("%1", message), 10_000)

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.directoryChanged.disconnect(self._folder_changed)
