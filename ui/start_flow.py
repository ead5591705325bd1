"""Getting into a dossier: welcome, open, unlock (passphrase or keychain), create with its
Noodsleutel, the demo and restoring a backup. A mixin of MainWindow."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QWidget,
)

from storage.errors import DossierBusy, StorageError
from ui.create_page import CreatePage
from ui.i18n import translate
from ui.recovery_sheet import RecoveryPage, recovery_sheet_html, write_recovery_pdf
from ui.restore_page import RestorePage
from ui.util import notify

if TYPE_CHECKING:
    from storage.keys import KdfParams


MAX_RECENT = 8

#: Wait before asking the keychain, so the unlock page is painted first.
KEYCHAIN_LOOKUP_MS = 50


class StartFlowMixin:
    """Start pages and the ways into a dossier; MainWindow holds the state."""

    @property
    def create_page(self) -> CreatePage:
        if self._create_page is None:
            page = self._create_page = CreatePage(self.default_folder, self)
            page.choose_folder = lambda: QFileDialog.getExistingDirectory(
                self, translate("Main", "Waar wilt u het dossier bewaren?"),
                self.file_dialog_start(),
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
        self._save_recent([folder] + [p for p in self.recent() if p != folder])

    def _save_recent(self, folders: list[Path]) -> None:
        self.settings.setValue("recent", [str(p) for p in folders][:MAX_RECENT])
        self.settings.sync()
        _owner_only(Path(self.settings.fileName()))

    def rename_recent(self, old: Path, new: Path) -> None:
        """A dossier folder got a new name: its place in the recent list stays (and an older
        entry under that name, of a folder that has gone since, goes)."""
        self._save_recent([new if p == old else p for p in self.recent() if p != new])

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
        self.unlock_page.set_recent(recent, folder)
        self.unlock_page.secret.clear()
        self.unlock_page.busy(False)
        self.show_page(self.unlock_page)
        # Asking the keychain loads keyring and its backends (~80 ms): after the page is
        # painted, so a returning parent sees it at once (docs/benchmark-notes.md).
        QTimer.singleShot(KEYCHAIN_LOOKUP_MS, self.unlock_page,
                          lambda: self._look_up_keychain(recent))

    def _look_up_keychain(self, recent: list[Path]) -> None:
        if self.session is not None:
            return
        remembered = set()
        for path in recent:
            dossier_id = _dossier_id(path)
            if dossier_id and _keychain().recall(dossier_id) is not None:
                remembered.add(str(path))
        self.unlock_page.set_remembered(remembered)

    # ----- opening ----------

    def file_dialog_start(self) -> str:
        """Where the start pages' file dialogs begin: ~/Zorgmap, else home (not the cwd)."""
        folder = Path(self.default_folder)
        return str(folder if folder.is_dir() else Path.home())

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
