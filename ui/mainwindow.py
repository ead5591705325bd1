"""The window: start pages while locked, the dossier with its sidebar while unlocked.

Locking drops everything of the dossier: the screens are destroyed, view copies are wiped and
the Dossier is closed (its key forgotten). Only paths of recent dossiers stay, in QSettings.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from storage.errors import DossierBusy, StorageError
from ui.i18n import translate
from ui.locking import InactivityWatcher
from ui.unlock import (
    CreatePage,
    RecoveryPage,
    RestorePage,
    UnlockPage,
    WelcomePage,
    recovery_sheet_html,
    write_recovery_pdf,
)
from ui.util import notify
from ui.widgets import Banner
from ui.workers import run_operation

if TYPE_CHECKING:
    from storage.keys import KdfParams
    from ui.search import SearchDialog
    from ui.session import Session

MAX_RECENT = 8

PARTS = [
    ("overview", QT_TRANSLATE_NOOP("Parts", "Overzicht")),
    ("about", QT_TRANSLATE_NOOP("Parts", "Over mij")),
    ("network", QT_TRANSLATE_NOOP("Parts", "Netwerk")),
    ("decisions", QT_TRANSLATE_NOOP("Parts", "Indicaties en besluiten")),
    ("aids", QT_TRANSLATE_NOOP("Parts", "Hulpmiddelen")),
    ("careplans", QT_TRANSLATE_NOOP("Parts", "Zorgplannen")),
    ("future", QT_TRANSLATE_NOOP("Parts", "Wat als…")),
    ("documents", QT_TRANSLATE_NOOP("Parts", "Documenten")),
    ("journal", QT_TRANSLATE_NOOP("Parts", "Logboek")),
]


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


def _screen_classes():
    from ui.screens.about import AboutScreen
    from ui.screens.aids import AidsScreen
    from ui.screens.careplans import CarePlansScreen
    from ui.screens.decisions import DecisionsScreen
    from ui.screens.documents import DocumentsScreen
    from ui.screens.future import FutureScreen
    from ui.screens.journal import JournalScreen
    from ui.screens.network import NetworkScreen
    from ui.screens.overview import OverviewScreen

    return {
        "overview": OverviewScreen,
        "about": AboutScreen,
        "network": NetworkScreen,
        "decisions": DecisionsScreen,
        "aids": AidsScreen,
        "careplans": CarePlansScreen,
        "future": FutureScreen,
        "documents": DocumentsScreen,
        "journal": JournalScreen,
    }


class DossierView(QWidget):
    """The sidebar and the screens of one unlocked dossier."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(translate("Main", "Onderdelen van het dossier"))
        self.sidebar.setObjectName("sidebar")
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.sidebar.setSpacing(3)
        self.stack = QStackedWidget(self)
        # Screens are built when first shown: unlocking then costs one screen, not nine.
        self.screens: dict[str, QWidget] = {}
        for _key, title in PARTS:
            self.stack.addWidget(QWidget(self.stack))
            self.sidebar.addItem(translate("Parts", title))
        self.update_titles()
        width = max(self.sidebar.sizeHintForColumn(0) + 36, 180)
        self.sidebar.setFixedWidth(width)
        self.sidebar.currentRowChanged.connect(self._show_row)

        self.banner = Banner("", self)
        self.banner.hide()
        if session.demo:
            self.banner.setText(
                translate(
                    "Main",
                    "Voorbeelddossier: alle namen en gegevens zijn "
                    "verzonnen. Wat u verandert, wordt na het sluiten "
                    "weggegooid.",
                )
            )
            self.banner.show()
        elif session.read_only:
            self.banner.setText(
                translate(
                    "Main",
                    "Alleen lezen: dit dossier is al open in een ander "
                    "venster. Wijzigingen worden niet bewaard.",
                )
            )
            self.banner.show()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        session.changed.connect(self._changed)
        self.sidebar.setCurrentRow(0)

    def update_titles(self) -> None:
        name = self.session.child_name()
        item = self.sidebar.item(1)
        if item is not None:
            item.setText(
                translate("Main", "Over %1").replace("%1", name)
                if name
                else translate("Parts", "Over mij")
            )

    def part_titles(self) -> dict[str, str]:
        return {key: self.sidebar.item(i).text() for i, (key, _t) in enumerate(PARTS)}

    def _changed(self, kind: str) -> None:
        if kind == "child_profile":
            self.update_titles()

    def screen(self, key: str) -> QWidget:
        """The screen of a part, built on first use."""
        if key not in self.screens:
            row = [k for k, _t in PARTS].index(key)
            screen = _screen_classes()[key](self.session, self.stack)
            screen.open_requested.connect(self.open_record)
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self.screens[key] = screen
        return self.screens[key]

    def _show_row(self, row: int) -> None:
        current = self.stack.currentWidget()
        if current is not None and hasattr(current, "flush"):
            current.flush()
        screen = self.screen(PARTS[row][0])
        self.stack.setCurrentIndex(row)
        screen.refresh()

    def show_part(self, key: str) -> QWidget:
        row = [k for k, _t in PARTS].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return self.screen(key)

    def current_screen(self):
        return self.stack.currentWidget()

    def open_record(self, kind: str, record_id: str) -> None:
        from ui.search import PART_OF_KIND

        part = PART_OF_KIND.get(kind, "overview")
        screen = self.show_part(part)
        screen.open_record(kind, record_id)

    def flush(self) -> None:
        for screen in self.screens.values():
            screen.flush()


class SettingsDialog(QDialog):
    """Auto-lock minutes and 'remember on this computer'. Shown with open()."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        dossier = window.session.dossier
        self.setWindowTitle(translate("Main", "Instellingen"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(translate("Main", " minuten"))
        self.minutes.setValue(int(dossier.setting("auto_lock_minutes")))
        self.minutes.setAccessibleName(translate("Main", "Automatisch vergrendelen na"))
        from PySide6.QtWidgets import QCheckBox

        self.remember = QCheckBox(translate("Main", "Onthoud de sleutel op deze computer"), self)
        self.remember.setChecked(_keychain().recall(dossier.dossier_id) is not None)
        note = QLabel(self)
        note.setWordWrap(True)
        if not _keychain().available():
            self.remember.setEnabled(False)
            note.setText(
                translate(
                    "Main",
                    "Deze computer heeft geen sleutelbos. U opent het dossier "
                    "steeds met uw wachtwoord.",
                )
            )
        form = QFormLayout()
        form.addRow(translate("Main", "Automatisch vergrendelen na:"), self.minutes)
        form.addRow("", self.remember)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Common", "Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Common", "Annuleren")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if dossier.read_only:
            self.minutes.setEnabled(False)

    def save(self) -> None:
        dossier = self.window_.session.dossier
        if not dossier.read_only:
            dossier.set_setting("auto_lock_minutes", str(self.minutes.value()))
        if self.remember.isEnabled():
            if self.remember.isChecked():
                _keychain().remember(dossier.dossier_id, dossier.data_key())
            else:
                _keychain().forget(dossier.dossier_id)
        self.window_.apply_lock_setting()
        self.accept()


class MainWindow(QMainWindow):
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
            self, translate("Main", "Kies de dossiermap (eindigt op .zorgmap)")
        )
        self.choose_backup_file = lambda: QFileDialog.getOpenFileName(
            self,
            translate("Main", "Kies een reservekopie"),
            "",
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

        self._build_toolbar()
        from ui.menus import build_menu_bar, install_focus_ring

        build_menu_bar(self)
        install_focus_ring(QApplication.instance())

        from ui.team import install_team

        install_team(self)  # "Delen met het gezin" (docs/team.md)
        from ui.copilot import install_copilot

        install_copilot(self)  # "Voorstellen van de copiloot" (docs/copilot.md)
        from ui.backups import BackupScheduler, BackupStatus

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

    @property
    def create_page(self) -> CreatePage:
        if self._create_page is None:
            page = self._create_page = CreatePage(self.default_folder, self)
            page.choose_folder = lambda: QFileDialog.getExistingDirectory(
                self, translate("Main", "Waar wilt u het dossier bewaren?")
            )
            page.back_clicked.connect(self.show_start)
            page.create_clicked.connect(self.create_dossier)
            self.pages.addWidget(page)
        return self._create_page

    @property
    def recovery_page(self) -> RecoveryPage:
        if self._recovery_page is None:
            page = self._recovery_page = RecoveryPage(self)
            page.done_clicked.connect(self.finish_create)
            page.print_clicked.connect(self.print_recovery)
            page.save_pdf_clicked.connect(self.save_recovery_pdf)
            self.pages.addWidget(page)
        return self._recovery_page

    @property
    def restore_page(self) -> RestorePage:
        if self._restore_page is None:
            page = self._restore_page = RestorePage(self.default_folder, self)
            page.choose_backup = lambda: self.choose_backup_file()
            page.back_clicked.connect(self.show_start)
            page.restore_clicked.connect(self.restore)
            self.pages.addWidget(page)
        return self._restore_page

    # ----- chrome ----------

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("Main", "Werkbalk"), self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.search_action = QAction(translate("Main", "Zoeken"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setToolTip(translate("Main", "Zoeken in het hele dossier (Ctrl+F)"))
        self.search_action.triggered.connect(self.show_search)
        self.backup_action = QAction(translate("Main", "Reservekopie maken…"), self)
        self.backup_action.triggered.connect(self.make_backup)
        self.test_backup_action = QAction(translate("Main", "Reservekopie testen…"), self)
        self.test_backup_action.setToolTip(
            translate("Main", "Controleer een reservekopie en zie wat erin staat")
        )
        self.test_backup_action.triggered.connect(self.show_backup_test)
        self.settings_action = QAction(translate("Main", "Instellingen…"), self)
        self.settings_action.triggered.connect(self.show_settings)
        self.lock_action = QAction(translate("Main", "Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(translate("Main", "Vergrendel het dossier (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.share_action = QAction(translate("Main", "Delen en printen…"), self)
        self.share_action.setShortcut(QKeySequence.StandardKey.Print)
        self.share_action.setToolTip(
            translate("Main", "Zorgpaspoort, noodkaart en meer als PDF bewaren of printen (Ctrl+P)")
        )
        self.share_action.triggered.connect(self.show_share)
        self.share_action.setEnabled(False)
        self.unlocked.connect(lambda: self.share_action.setEnabled(True))
        self.locked.connect(lambda: self.share_action.setEnabled(False))
        self.toolbar.addAction(self.search_action)
        self.toolbar.addAction(self.share_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.backup_action)
        self.toolbar.addAction(self.test_backup_action)
        self.trash_action = QAction(translate("Main", "Prullenbak…"), self)
        self.trash_action.setToolTip(
            translate("Main", "Verwijderde onderdelen bekijken en terugzetten")
        )
        self.trash_action.triggered.connect(self.show_trash)
        self.toolbar.addAction(self.trash_action)
        self.toolbar.addAction(self.settings_action)
        # Over Zorgmap: also while locked (F1, and a link on the welcome page).
        self.about_action = QAction(translate("About", "Over Zorgmap"), self)
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)
        self.toolbar.addAction(self.about_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.toolbar.addWidget(spacer)
        from ui.profiles import ProfileButton

        self.profile_button = ProfileButton(self)
        self.toolbar.addWidget(self.profile_button)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.hide()

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        if hasattr(page, "show_error"):
            page.show_error("")
        if page is self._create_page:
            page.name.setFocus()
        elif page is self.unlock_page:
            page.secret.setFocus()

    def recent(self) -> list[Path]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or []) if v]

    def _remember_recent(self, folder: Path) -> None:
        items = [str(folder)] + [str(p) for p in self.recent() if p != folder]
        self.settings.setValue("recent", items[:MAX_RECENT])
        self.settings.sync()
        _owner_only(Path(self.settings.fileName()))

    def show_start(self) -> None:
        recent = [p for p in self.recent() if p.exists()]
        if recent:
            self.show_unlock(self.last_folder or recent[0])
        else:
            self.show_page(self.welcome)

    def show_unlock(self, folder: Path | None = None) -> None:
        recent = [p for p in self.recent() if p.exists()]
        if folder is not None and folder not in recent:
            recent.insert(0, folder)
        remembered = set()
        for path in recent:
            dossier_id = _dossier_id(path)
            if dossier_id and _keychain().recall(dossier_id) is not None:
                remembered.add(str(path))
        self.unlock_page.set_recent(recent, folder, remembered)
        self.unlock_page.secret.clear()
        self.unlock_page.busy(False)
        self.show_page(self.unlock_page)

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

    # ----- opening ----------

    def open_other(self) -> None:
        folder = self.choose_dossier()
        if folder:
            self.show_unlock(Path(folder))

    def unlock(self, folder: Path, secret: str):
        """Derive the key off the GUI thread (scrypt takes a moment), then open here.

        Through storage's one way in (`unlock`), as the keychain and the command line do, so
        an interrupted change of key opens here too."""
        self.unlock_page.busy(True)

        def work(_progress, _db):
            from storage.dossier import KEYS_NAME, unlock

            if not (folder / KEYS_NAME).exists():
                from storage.errors import NotADossier

                raise NotADossier(translate("Main", "In deze map staat geen Zorgmap-dossier."))
            return unlock(folder, secret)

        def failed(exc):
            self.unlock_page.busy(False)
            self.unlock_page.secret.selectAll()
            self.show_error(exc)

        return self._run(
            work,
            on_success=lambda unlocked: self._open_with_key(folder, unlocked=unlocked),
            on_failure=failed,
            show_progress=False,
        )

    def unlock_with_keychain(self, folder: Path) -> None:
        dossier_id = _dossier_id(folder)
        key = _keychain().recall(dossier_id) if dossier_id else None
        if key is None:
            self.unlock_page.show_error(
                translate(
                    "Main", "De sleutelbos heeft geen sleutel voor dit dossier. Typ uw wachtwoord."
                )
            )
            return
        self._open_with_key(folder, key)

    def _open_with_key(self, folder: Path, key: bytes | None = None, *, demo: bool = False,
                       unlocked=None) -> None:
        from storage.dossier import Dossier

        try:
            try:
                dossier = Dossier.open(folder, data_key=key, unlocked=unlocked)
            except DossierBusy:
                dossier = Dossier.open(folder, data_key=key, unlocked=unlocked, read_only=True)
        except StorageError as exc:
            self.unlock_page.busy(False)
            if self.pages.currentWidget() is not self.unlock_page:
                self.show_unlock(folder)
            self.unlock_page.show_error(exc.user_text())
            return
        if not demo:
            self._remember_recent(folder)
        self.last_folder = folder if not demo else self.last_folder
        self._enter(dossier, demo=demo)

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

    def apply_lock_setting(self) -> None:
        if self.session is None:
            return
        if self.options.lock_ms is not None:
            ms = self.options.lock_ms
        else:
            try:
                ms = int(float(self.session.dossier.setting("auto_lock_minutes")) * 60000)
            except ValueError:
                ms = 10 * 60000
        self.watcher.set_timeout(ms)
        self.watcher.start()

    def _app_state(self, state) -> None:
        # Qt reports suspension (e.g. on sleep on some platforms): lock then.
        if state == Qt.ApplicationState.ApplicationSuspended and self.session is not None:
            self.lock()

    # ----- creating ----------

    def create_dossier(self, name: str, passphrase: str, folder: Path):
        kdf = self.options.kdf or _default_kdf()
        self.create_page.create_button.setEnabled(False)
        self.create_page.show_error("")
        self.setCursor(Qt.CursorShape.BusyCursor)

        def work(_progress, _db):
            from app.model import ChildProfile
            from storage.dossier import Dossier
            from storage.records import RecordStore

            folder.parent.mkdir(parents=True, exist_ok=True)
            # The child's name goes in before the dossier appears under its name.
            dossier, code = Dossier.create(
                folder, passphrase, kdf=kdf, avoid_words=(name,),
                fill=lambda new: RecordStore(new).save(ChildProfile(name=name)))
            try:
                key = dossier.data_key()
            finally:
                dossier.close()
            return key, code

        def done(result):
            self.unsetCursor()
            key, code = result
            self.create_page.clear_secrets()
            self.pending_key = key
            self.pending_code = (code, folder, name)
            self.recovery_page.show_code(code)
            self.show_page(self.recovery_page)

        def failed(exc):
            self.unsetCursor()
            self.create_page.create_button.setEnabled(True)
            self.show_error(exc)

        return self._run(
            work,
            on_success=done,
            on_failure=failed,
            label=translate("Main", "Het dossier wordt gemaakt…"),
        )

    def finish_create(self, remember: bool) -> None:
        if self.pending_key is None or self.pending_code is None:
            return
        key, (_code, folder, _name) = self.pending_key, self.pending_code
        self.pending_key = None
        self.pending_code = None
        self.recovery_page.show_code("")
        self._open_with_key(folder, key)
        if remember and self.session is not None:
            if not _keychain().remember(self.session.dossier.dossier_id, key):
                notify(
                    self,
                    translate("Main", "Sleutelbos"),
                    translate(
                        "Main",
                        "De sleutel kon niet in de sleutelbos worden bewaard. U opent "
                        "het dossier met uw wachtwoord.",
                    ),
                )

    def print_recovery(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.pending_code is None:
            return
        code, folder, name = self.pending_code
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:  # only on the parent's click
            doc = QTextDocument()
            doc.setHtml(recovery_sheet_html(code, folder, name))
            doc.print_(printer)

    def save_recovery_pdf(self) -> Path | None:
        if self.pending_code is None:
            return None
        code, folder, name = self.pending_code
        # A neutral file name: the sheet itself says whose dossier it opens.
        target = self.choose_pdf_target(translate("Main", "Noodsleutel Zorgmap.pdf"))
        if not target:
            return None
        path = write_recovery_pdf(Path(target), code, folder, name)
        self.recovery_page.show_error("")
        self.recovery_page.keychain_note.setText(self.recovery_page.keychain_note.text())
        notify(
            self,
            translate("Main", "Bewaard"),
            translate(
                "Main",
                "De noodsleutel is bewaard als %1. Print hem en verwijder daarna het "
                "bestand, of bewaar het op een USB-stick op een veilige plek.",
            ).replace("%1", str(path)),
        )
        return path

    # ----- demo and restore ----------

    def open_demo(self):
        kdf = self.options.kdf or _default_kdf()
        today = self.options.today

        def work(_progress, _db):
            from storage.dossier import Dossier
            from ui.composition import fill_demo

            base = Path(tempfile.mkdtemp(prefix="zorgmap-demo-"))
            folder = base / "Voorbeeld.zorgmap"
            dossier, _code = Dossier.create(
                folder, secrets.token_urlsafe(24), kdf=kdf, check_strength=False
            )
            try:
                fill_demo(dossier, today=today)
                key = dossier.data_key()
            finally:
                dossier.close()
            return folder, key

        def done(result):
            folder, key = result
            self.demo_folder = folder.parent
            self._open_with_key(folder, key, demo=True)

        return self._run(
            work,
            on_success=done,
            on_failure=self.show_error,
            label=translate("Main", "Het voorbeelddossier wordt klaargezet…"),
        )

    def restore(self, backup: Path, secret: str, target: Path):
        def work(_progress, _db):
            from storage.backup import restore_backup

            target.parent.mkdir(parents=True, exist_ok=True)
            restore_backup(backup, secret, target)
            return target

        def done(folder):
            self.restore_page.secret.clear()
            self._remember_recent(folder)
            self.show_unlock(folder)
            self.unlock_page.locked_note.setText(
                translate(
                    "Main",
                    "De reservekopie is teruggezet. Open het dossier met hetzelfde "
                    "wachtwoord of dezelfde noodsleutel.",
                )
            )

        return self._run(
            work,
            on_success=done,
            on_failure=self.show_error,
            label=translate("Main", "De reservekopie wordt teruggezet…"),
        )

    # ----- while open ----------

    def show_search(self) -> SearchDialog | None:
        if self.view is None:
            return None
        if self.search_dialog is None:
            from ui.search import SearchDialog

            self.search_dialog = SearchDialog(self.session, self.view.part_titles(), self)
            self.search_dialog.open_requested.connect(self.view.open_record)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.field.setFocus()
        self.search_dialog.field.selectAll()
        return self.search_dialog

    def show_settings(self) -> SettingsDialog | None:
        if self.session is None:
            return None
        from ui.keys_dialog import add_key_settings

        dialog = SettingsDialog(self)
        add_key_settings(dialog, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_backup_test(self):
        """"Reservekopie testen": non-modal, closed when locking."""
        if self.session is None:
            return None
        from ui.backups import BackupTestDialog

        dialog = BackupTestDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self):
        """The non-modal "Over Zorgmap" dialog (ui/about_dialog.py)."""
        from ui.about_dialog import AboutDialog

        dialog = AboutDialog(
            self,
            dossier_folder=self.session.dossier.folder if self.session is not None else None,
            recent=[p for p in self.recent() if p.exists()],
            default_folder=self.default_folder,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def make_backup(self):
        if self.session is None:
            return None
        dossier = self.session.dossier
        stamp = dt.datetime.now().strftime("%Y-%m-%d")
        target = self.choose_backup_target(f"{dossier.folder.stem}-{stamp}.zmbak")
        if not target:
            return None
        self.view.flush()

        def work(progress, db):
            from storage.backup import write_backup

            return write_backup(dossier, Path(target), progress, db=db)

        return self._run(
            work,
            dossier=dossier,
            label=translate("Main", "De reservekopie wordt gemaakt…"),
            on_success=lambda p: notify(
                self,
                translate("Main", "Reservekopie gemaakt"),
                translate(
                    "Main",
                    "De reservekopie staat in %1. Bewaar hem ook op een "
                    "USB-stick of een andere schijf.",
                ).replace("%1", str(p)),
            ),
            on_failure=lambda exc: notify(
                self,
                translate("Main", "Dat lukte niet"),
                exc.user_text() if isinstance(exc, StorageError) else str(type(exc).__name__),
                QMessageBox.Icon.Warning,
            ),
        )

    def lock(self, *, closing: bool = False) -> None:
        """Drop the dossier: screens, search results, view copies and the key."""
        self.watcher.stop()
        if self.session is None:
            return
        # First: a running backup stops within milliseconds, a small dossier's last changes
        # go into a backup now (ui/backups.py).
        self.backups.before_lock()
        from ui.workers import running_for

        waiting = list(self.operations) + running_for(self.session.dossier)
        if waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                for op in waiting:
                    op.cancel()
                    op.wait()
            finally:
                QApplication.restoreOverrideCursor()
        if self.view is not None:
            try:
                self.view.flush()
            except StorageError:
                pass
        # Saves queued so far land (a long import was asked to stop above); their results
        # reach the screens before those go.
        self.session.writes.cancel_long()
        self.session.settle()
        if self.search_dialog is not None:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        for child in self.findChildren(QDialog):
            child.close()
        if self.view is not None:
            self.pages.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.backups.stop()
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        self.toolbar.hide()
        self.setWindowTitle("Zorgmap")
        if self.demo_folder is not None:
            shutil.rmtree(self.demo_folder, ignore_errors=True)
            self.demo_folder = None
            self.show_page(self.welcome)
        elif not closing:
            # (Not when closing: the unlock page asks the keychain about every recent
            # dossier, which a closing window does not need: see close_after_unlock_s.)
            self.show_unlock(self.last_folder)
            self.unlock_page.locked_note.setText(translate("Main", "Het dossier is vergrendeld."))
        self.locked.emit()

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

    def show_share(self):
        """The non-modal "Delen en printen" dialog; one at a time, closed when locking."""
        if self.session is None:
            return None
        dialog = getattr(self, "share_dialog", None)
        if dialog is None or not dialog.alive or dialog.session is not self.session:
            from ui.share import ShareDialog

            if self.view is not None:
                self.view.flush()  # the PDF shows what the forms say now
            dialog = self.share_dialog = ShareDialog(self.session, self._run, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: setattr(self, "share_dialog", None))
            # "Wat ontbreekt nog?": a double-click opens the record to fill it in.
            dialog.missing.open_requested.connect(self.view.open_record)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # ----- history ----------

    def show_trash(self):
        """The non-modal Prullenbak (ui/history.py); closed with the other dialogs on lock."""
        if self.session is None:
            return None
        from shiboken6 import isValid

        from ui.history import TrashDialog

        dialog = getattr(self, "trash_dialog", None)
        if dialog is None or not isValid(dialog) or dialog.session is not self.session:
            if self.view is not None:
                self.view.flush()
            dialog = self.trash_dialog = TrashDialog(
                self.session, self, on_restored=self._show_restored
            )
        else:
            dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _show_restored(self, record) -> None:
        """Show a record brought back from the Prullenbak where it lives."""
        if self.view is None:
            return
        current = self.view.current_screen()
        if hasattr(current, "refresh"):
            current.refresh()
        self.view.open_record(record.KIND, record.id)


def _keychain():
    # keyring loads its backends on import: only when a keychain question comes up.
    from storage import keychain

    return keychain


def _default_kdf() -> KdfParams:
    from storage.keys import DEFAULT_KDF

    return DEFAULT_KDF


def _dossier_id(folder: Path) -> str | None:
    from storage.dossier import KEYS_NAME
    from storage.keys import KeyFile

    try:
        return KeyFile.load(folder / KEYS_NAME).dossier_id
    except Exception:
        return None


def primary_screen_fits(window: QMainWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        window.resize(window.size().boundedTo(screen.availableSize()))


def _owner_only(settings_file: Path) -> None:
    """The recent list names dossier folders (often the child's name): Qt writes its settings
    file readable by everyone, so keep the file and its folder to the owner."""
    import contextlib
    import os

    with contextlib.suppress(OSError):
        if settings_file.is_file():
            os.chmod(settings_file, 0o600)
            if settings_file.parent.name == "Zorgmap":  # our own folder, never ~/.config
                os.chmod(settings_file.parent, 0o700)
