"""The window: start pages while locked, the dossier with its sidebar while unlocked.

Locking drops everything of the dossier: the screens are destroyed, view copies are wiped and
the Dossier is closed (its key forgotten). Only paths of recent dossiers stay, in QSettings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from storage.errors import StorageError
from ui.dossier_actions import DossierActionsMixin
from ui.dossier_view import PARTS, DossierView
from ui.i18n import translate
from ui.locking import InactivityWatcher, LockingMixin
from ui.settings_dialog import SettingsDialog
from ui.start_flow import KEYCHAIN_LOOKUP_MS, MAX_RECENT, StartFlowMixin, _dossier_id
from ui.start_page import WelcomePage
from ui.toolbar import build_toolbar
from ui.unlock import UnlockPage
from ui.util import notify
from ui.workers import run_operation

__all__ = [
    "KEYCHAIN_LOOKUP_MS", "MAX_RECENT", "PARTS", "DossierView", "MainWindow", "Options",
    "SettingsDialog", "_dossier_id", "primary_screen_fits",
]

if TYPE_CHECKING:
    from storage.keys import KdfParams
    from ui.search import SearchDialog
    from ui.session import Session


@dataclass
class Options:
    """What tests and the screenshot tool inject."""

    kdf: KdfParams | None = None  # None: storage.keys.DEFAULT_KDF
    lock_ms: int | None = None  # None: the dossier's auto_lock_minutes
    settings: QSettings | None = None
    today: dt.date | None = None
    default_folder: Path | None = None
    clock: Callable[[], float] | None = None  # seconds, monotonic (auto-lock); tests fake it
    now: Callable[[], dt.datetime] | None = None  # the clock backups are named and timed by
    backup_delay_ms: int = 3000  # a new dossier's first backup, after its first change


class MainWindow(StartFlowMixin, LockingMixin, DossierActionsMixin, QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, options: Options | None = None) -> None:
        super().__init__()
        self.options = options or Options()
        self.settings = self.options.settings or QSettings("Zorgmap", "Zorgmap")
        self.setWindowTitle("Zorgmap")
        self.session: Session | None = None
        self.view: DossierView | None = None
        self.search_dialog: SearchDialog | None = None
        self.demo_folder: Path | None = None
        self.pending_code: tuple[str, Path, str] | None = None
        self.pending_key: bytes | None = None
        self.last_folder: Path | None = None
        self.operations = []
        self.key_warning = None  # the message about a damaged key file, if any
        default = self.options.default_folder or Path.home() / "Zorgmap"

        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.default_folder = default
        self.welcome = WelcomePage(self)
        self.unlock_page = UnlockPage(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.unlock_page)
        # The create, Noodsleutel and restore pages are built when first needed: a faster
        # start (see docs/benchmarks.md).
        self._create_page = self._recovery_page = self._restore_page = None

        # File dialogs block; they only open on a click, and tests replace these attributes.
        self.choose_dossier = lambda: QFileDialog.getExistingDirectory(
            self, translate("Main", "Kies de dossiermap (eindigt op .zorgmap)"),
            self.file_dialog_start(),
        )
        self.choose_backup_file = lambda: QFileDialog.getOpenFileName(
            self,
            translate("Main", "Kies een reservekopie"),
            self.file_dialog_start(),
            translate("Main", "Zorgmap-reservekopie (*.zmbak)"),
        )[0]
        self.choose_backup_target = lambda name: QFileDialog.getSaveFileName(
            self,
            translate("Main", "Reservekopie bewaren"),
            str(Path.home() / name),
            translate("Main", "Zorgmap-reservekopie (*.zmbak)"),
        )[0]
        self.choose_pdf_target = lambda name: QFileDialog.getSaveFileName(
            self,
            translate("Main", "Noodsleutel bewaren als PDF"),
            str(Path.home() / name),
            "PDF (*.pdf)",
        )[0]

        self.welcome.create_clicked.connect(lambda: self.show_page(self.create_page))
        self.welcome.open_clicked.connect(self.open_other)
        self.welcome.restore_clicked.connect(lambda: self.show_page(self.restore_page))
        self.welcome.demo_clicked.connect(self.open_demo)
        self.welcome.about_clicked.connect(self.show_about)
        self.unlock_page.unlock_clicked.connect(self.unlock)
        self.unlock_page.keychain_clicked.connect(self.unlock_with_keychain)
        self.unlock_page.other_clicked.connect(lambda: self.show_page(self.welcome))

        build_toolbar(self)
        from ui.menus import build_menu_bar, install_focus_ring

        build_menu_bar(self)
        install_focus_ring(QApplication.instance())

        from ui.team import install_team

        install_team(self)  # "Delen met het gezin" (docs/team.md)
        from ui.copilot import install_copilot

        install_copilot(self)  # "Voorstellen van de copiloot" (docs/copilot.md)
        from ui.backup_status import BackupStatus
        from ui.backups import BackupScheduler

        self.backups = BackupScheduler(
            self, clock=self.options.now, delay_ms=self.options.backup_delay_ms
        )
        self.backup_status = BackupStatus(self.backups, self)
        self.statusBar().addPermanentWidget(self.backup_status)
        # The status bar shows only while it has something to say: a running backup or a
        # message (the family team's "bijgewerkt", a conflict to look at).
        self.statusBar().hide()
        self._backup_running = False
        self.backups.running_changed.connect(self._backup_running_changed)
        self.statusBar().messageChanged.connect(lambda _text: self._update_status_bar())
        self.watcher = InactivityWatcher(0, self, clock=self.options.clock)
        self.watcher.idle.connect(self.lock)
        app = QApplication.instance()
        app.installEventFilter(self.watcher)
        app.applicationStateChanged.connect(self._app_state)

        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1180, 760))
        self.show_start()

    def show_error(self, exc: BaseException) -> None:
        text = exc.user_text() if isinstance(exc, StorageError) else None
        if text is None:
            raise exc
        page = self.pages.currentWidget()
        if hasattr(page, "show_error"):
            page.show_error(text)
        else:
            notify(self, translate("Main", "Dat lukte niet"), text, QMessageBox.Icon.Warning)

    def _run(self, work, **kw):
        op = run_operation(work, parent=self, **kw)
        self.operations.append(op)
        op.finished.connect(lambda: self.operations.remove(op) if op in self.operations else None)
        return op

    def _enter(self, dossier, *, demo: bool = False) -> None:
        from ui.session import Session

        self.session = Session(dossier, demo=demo, today=self.options.today, parent=self)
        self.session.write_failed.connect(self._write_failed)
        self.session.backups = self.backups  # the Overzicht's backup notice asks it
        self.session.view_folder.wipe()  # left-overs of a crash
        self.view = DossierView(self.session, self)
        self.pages.addWidget(self.view)
        self.pages.setCurrentWidget(self.view)
        self.toolbar.show()
        self.backup_action.setEnabled(not demo)
        self.setWindowTitle(self._title())
        self.session.changed.connect(
            lambda kind: kind == "child_profile" and self.setWindowTitle(self._title())
        )
        self.apply_lock_setting()
        self.view.sidebar.setFocus()
        # Backups run quietly off the GUI thread (ui/backups.py: when, where, how cancelled).
        self.backups.start(self.session)
        problems = dossier.key_problems()
        if problems:
            # The secret that opened works; another would not (a damaged slot): say so now,
            # not on the day the Noodsleutel is needed.
            self.key_warning = notify(self, translate("Main", "Sleutelbestand"), problems[0],
                                      QMessageBox.Icon.Warning)
        self.unlocked.emit()

    def _write_failed(self, text: str) -> None:
        notify(self, translate("Main", "Niet opgeslagen"), text, QMessageBox.Icon.Warning)

    def _backup_running_changed(self, running: bool) -> None:
        self._backup_running = running
        self._update_status_bar()

    def _update_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setVisible(self._backup_running or bool(bar.currentMessage()))

    def _title(self) -> str:
        """"Sem — Zorgmap". Ends in the application's name: Qt adds " — Zorgmap" to every
        title that does not (QPlatformWindow::formatWindowTitle), which once made
        "Zorgmap — Sem — Zorgmap"."""
        name = self.session.child_name() if self.session else ""
        if self.session and self.session.demo:
            return translate("Main", "Voorbeelddossier (verzonnen) — Zorgmap")
        return f"{name} — Zorgmap" if name else "Zorgmap"

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # After a restart the window opens on the unlock page: the passphrase field has the
        # keyboard (setFocus before the window is shown does not stick).
        if self.pages.currentWidget() is self.unlock_page:
            self.unlock_page.secret.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.lock(closing=True)
        QApplication.instance().removeEventFilter(self.watcher)
        super().closeEvent(event)

    # ----- sharing ----------

def primary_screen_fits(window: QMainWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        window.resize(window.size().boundedTo(screen.availableSize()))
