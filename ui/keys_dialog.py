"""Key and backup settings inside the Instellingen dialog: change the passphrase, make a new
Noodsleutel (the old one stops working), and how often and how many automatic backups.

Unwrapping and wrapping the key costs scrypt (about 0.3 s), so both run on a worker thread;
the dossier's data is not re-encrypted, only the key file changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storage.errors import StorageError, WrongSecret
from ui.i18n import translate
from ui.passphrase import RED, NewPassphrase, SecretField
from ui.recovery_sheet import recovery_sheet_html, write_recovery_pdf
from ui.util import notify
from ui.widgets import action_row


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = _wrapped("", parent)
    label.setStyleSheet(RED)
    label.hide()
    return label


def _secret_field(parent: QWidget, name: str) -> SecretField:
    return SecretField(name, parent)


def _set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _wrong_secret_text() -> str:
    return translate(
        "Keys", "Dit wachtwoord of deze noodsleutel klopt niet. Er is niets veranderd."
    )


class KeySettings(QWidget):
    """The part of Instellingen about backups and keys; `save()` runs when the dialog is OK'd."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.session = window.session
        dossier = self.session.dossier
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.recovery_dialog: NewRecoveryDialog | None = None

        backups = QGroupBox(translate("Keys", "Automatische reservekopieën"), self)
        self.hours = QSpinBox(backups)
        self.hours.setRange(1, 24 * 30)
        self.hours.setSuffix(translate("Keys", " uur"))
        self.hours.setAccessibleName(translate("Keys", "Een reservekopie maken na"))
        self.hours.setValue(_int(dossier.setting("auto_backup_hours"), 24))
        self.keep = QSpinBox(backups)
        self.keep.setRange(1, 100)
        self.keep.setAccessibleName(translate("Keys", "Aantal reservekopieën bewaren"))
        self.keep.setValue(_int(dossier.setting("auto_backup_keep"), 5))
        form = QFormLayout(backups)
        form.addRow(translate("Keys", "Bij openen een nieuwe maken als de vorige ouder is dan:"),
                    self.hours)
        form.addRow(translate("Keys", "Zoveel dagen bewaren (de nieuwste van elke dag):"),
                    self.keep)
        # The second place (ui/backups.py): also after "Niet nu" on the Overzicht.
        scheduler = getattr(window, "backups", None)
        place = scheduler.place() if scheduler is not None else None
        self.place_label = QLabel(
            str(place) if place else translate("Keys", "nog geen (bijvoorbeeld een USB-stick)"),
            backups,
        )
        self.place_label.setWordWrap(True)
        self.place_button = QPushButton(translate("Keys", "Tweede plek kiezen…"), backups)
        self.place_button.clicked.connect(self.choose_place)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place_label, 1)
        place_row.addWidget(self.place_button)
        form.addRow(translate("Keys", "Tweede plek voor reservekopieën:"), place_row)

        keys = QGroupBox(translate("Keys", "Wachtwoord en noodsleutel"), self)
        self.passphrase_button = QPushButton(translate("Keys", "Wachtwoord veranderen…"), keys)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.recovery_button = QPushButton(translate("Keys", "Nieuwe noodsleutel maken…"), keys)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_button)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        box = QVBoxLayout(keys)
        box.addWidget(
            _wrapped(
                translate(
                    "Keys",
                    "De gegevens blijven hetzelfde; alleen de sleutel verandert. Een sleutel in "
                    "de sleutelbos van deze computer blijft werken.",
                ),
                keys,
            )
        )
        box.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(backups)
        layout.addWidget(keys)
        if dossier.read_only or self.session.demo:
            for widget in (self.hours, self.keep, self.passphrase_button, self.recovery_button,
                           self.place_button):
                widget.setEnabled(False)

    def choose_place(self) -> None:
        scheduler = getattr(self.window_, "backups", None)
        chosen = scheduler.choose_place() if scheduler is not None else None
        if chosen is not None:
            self.place_label.setText(str(chosen))

    def save(self) -> None:
        dossier = self.session.dossier
        if dossier.read_only or self.session.demo or not dossier.is_open:
            return
        dossier.set_setting("auto_backup_hours", str(self.hours.value()))
        dossier.set_setting("auto_backup_keep", str(self.keep.value()))

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.session, self.window_._run, self.window_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.passphrase_dialog = dialog
        return dialog

    def new_recovery_code(self) -> NewRecoveryDialog:
        scheduler = getattr(self.window_, "backups", None)
        if scheduler is not None:
            scheduler.cancel()  # a backup's read would hold up the re-encryption
        dialog = NewRecoveryDialog(self.session, self.window_._run, self.window_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.recovery_dialog = dialog
        return dialog


def add_key_settings(dialog: QDialog, window) -> KeySettings:
    """Put the key and backup settings above the dialog's buttons; saved when it is accepted."""
    section = KeySettings(window, dialog)
    layout = dialog.layout()
    layout.insertWidget(max(layout.count() - 1, 0), section)
    dialog.accepted.connect(section.save)
    dialog.key_settings = section
    return section


def _int(text: str, default: int) -> int:
    try:
        return int(float(text))
    except ValueError:
        return default


class ChangePassphraseDialog(QDialog):
    """Current secret, the new passphrase twice with live feedback; the work runs off-thread."""

    def __init__(self, session, run: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run = run
        self.alive = True
        self.busy = False
        self.setWindowTitle(translate("Keys", "Wachtwoord veranderen"))
        self.current = _secret_field(self, translate("Keys", "Huidig wachtwoord"))
        self.current.textChanged.connect(lambda _t: _set_error(self.current_error, ""))
        self.current_error = _error_label(self)
        self.passphrase = NewPassphrase(
            self, self._avoid, first_name=translate("Keys", "Nieuw wachtwoord"),
            second_name=translate("Keys", "Nieuw wachtwoord nog een keer"))
        self.passphrase.extra_fields.append(self.current)  # "laten zien" shows all three
        self.passphrase.changed.connect(lambda: _set_error(self.error, ""))
        self.passphrase.submitted.connect(self.change)
        self.first, self.second = self.passphrase.first, self.passphrase.second
        self.strength, self.match = self.passphrase.strength, self.passphrase.match
        self.show_box = self.passphrase.show_box
        self.error = _error_label(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("Keys", "Huidig wachtwoord:"), self.current)
        form.addRow("", self.current_error)
        self.passphrase.add_to(form, translate("Keys", "Nieuw wachtwoord:"))
        self.change_button, buttons = action_row(
            self, translate("Keys", "Wachtwoord veranderen"), self.change, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                translate(
                    "Keys",
                    "Typ uw huidige wachtwoord (de noodsleutel mag ook) en kies een nieuw. "
                    "Vier losse woorden werken goed.",
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)
        self.passphrase.update()

    def _avoid(self) -> tuple[str, ...]:
        child = self.session.records.singleton("child_profile")
        return (child.name,) if child and child.name.strip() else ()

    def problem(self) -> str | None:
        if not self.current.text():
            return translate("Keys", "Typ eerst uw huidige wachtwoord.")
        return self.passphrase.problem()

    def change(self):
        if self.busy:
            return None
        problem = self.problem()
        if problem:
            _set_error(self.error, problem)
            return None
        dossier = self.session.dossier
        current, new = self.current.text(), self.first.text()
        avoid = self._avoid()
        self._busy(True)

        def work(_progress, _db):
            dossier.change_passphrase(current, new, avoid_words=avoid)

        def done(_result) -> None:
            if not self.alive:
                return
            self._busy(False)
            for field in (self.current, self.first, self.second):
                field.clear()
            notify(
                self.parentWidget(),
                translate("Keys", "Wachtwoord veranderd"),
                translate(
                    "Keys",
                    "Het wachtwoord is veranderd. Open het dossier voortaan met het nieuwe "
                    "wachtwoord. De noodsleutel blijft hetzelfde.",
                ),
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            if not self.alive:
                return
            self._busy(False)
            if isinstance(exc, WrongSecret):
                _set_error(self.current_error, _wrong_secret_text())
                self.current.selectAll()
                self.current.setFocus()
            elif isinstance(exc, StorageError):
                _set_error(self.error, exc.user_text())
            else:
                raise exc

        return self.run(
            work, on_success=done, on_failure=failed,
            label=translate("Keys", "Het wachtwoord wordt veranderd…"),
        )

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.change_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def done(self, result: int) -> None:  # QDialog.done: closing for any reason
        self.alive = False
        for field in (self.current, self.first, self.second):
            field.clear()
        super().done(result)


class NewRecoveryDialog(QDialog):
    """Ask the passphrase, make the new Noodsleutel, show it with print / save-as-PDF."""

    def __init__(self, session, run: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run = run
        self.alive = True
        self.busy = False
        self.code = ""
        self.setWindowTitle(translate("Keys", "Nieuwe noodsleutel"))
        # Blocking dialogs open only on a click; tests replace these attributes.
        self.choose_pdf_target = lambda name: QFileDialog.getSaveFileName(
            self, translate("Main", "Noodsleutel bewaren als PDF"), str(Path.home() / name),
            "PDF (*.pdf)",
        )[0]
        self.ask_printer = self._ask_printer
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 74)

    def _ask_page(self) -> QWidget:
        page = QWidget(self)
        self.secret = _secret_field(page, translate("Keys", "Wachtwoord"))
        self.secret.returnPressed.connect(self.make)
        self.secret.textChanged.connect(lambda _t: _set_error(self.secret_error, ""))
        self.secret_error = _error_label(page)
        form = QFormLayout()
        form.addRow(translate("Keys", "Wachtwoord:"), self.secret)
        form.addRow("", self.secret_error)
        self.make_button, buttons = action_row(
            page, translate("Keys", "Nieuwe noodsleutel maken"), self.make, self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _wrapped(
                translate(
                    "Keys",
                    "Maak een nieuwe noodsleutel als de oude kwijt is, of als iemand hem heeft "
                    "die hem niet meer mag hebben. De oude noodsleutel werkt daarna niet meer.",
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget(self)
        self.old_gone = _wrapped(
            translate(
                "Keys",
                "Zodra u op Klaar klikt, werkt de oude noodsleutel niet meer. Vernietig dan het "
                "oude blad en bewaar deze nieuwe op dezelfde veilige plek.",
            ),
            page,
        )
        font = self.old_gone.font()
        font.setBold(True)
        self.old_gone.setFont(font)
        self.old_gone.setStyleSheet(RED)
        self.code_label = QLabel(page)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.code_label.setMargin(12)
        self.code_label.setWordWrap(True)
        self.code_label.setAccessibleName(translate("Start", "Noodsleutel"))
        self.print_button = QPushButton(translate("Start", "Printen…"), page)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(translate("Start", "Bewaren als PDF…"), page)
        self.pdf_button.clicked.connect(self.save_pdf)
        sheet = QHBoxLayout()
        sheet.addWidget(self.print_button)
        sheet.addWidget(self.pdf_button)
        sheet.addStretch(1)
        self.saved_note = _wrapped("", page)
        self.saved_note.hide()
        self.stored = QCheckBox(
            translate("Keys", "Ik heb de nieuwe noodsleutel veilig bewaard."), page
        )
        self.done_button = QPushButton(translate("Keys", "Klaar"), page)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.confirm_stored)
        self.stored.toggled.connect(self.done_button.setEnabled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _wrapped(
                translate(
                    "Keys",
                    "Dit is de nieuwe noodsleutel. Print het blad of bewaar het als PDF, zodat "
                    "wie de zorg overneemt het dossier kan openen.",
                ),
                page,
            )
        )
        layout.addWidget(self.code_label)
        layout.addWidget(self.old_gone)
        layout.addLayout(sheet)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.stored)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def make(self):
        if self.busy or not self.secret.text():
            return None
        dossier = self.session.dossier
        secret = self.secret.text()
        self.busy = True
        self.make_button.setEnabled(False)

        def work(tx):
            # Re-encrypts the database through the writer's connection (the one writer);
            # the window's reading connection reconnects itself (see storage).
            return dossier.new_recovery_code(secret, db=tx.db)

        def done(code: str) -> None:
            from storage import keychain

            # The data key changed: a key remembered on this computer must follow.
            if keychain.recall(dossier.dossier_id) is not None:
                keychain.remember(dossier.dossier_id, dossier.data_key())
            if not self.alive:
                return
            self.busy = False
            self.secret.clear()
            self.code = code
            self.code_label.setText(code)
            self.pages.setCurrentIndex(1)
            self.done_button.setFocus()

        def failed(exc: BaseException) -> None:
            if not self.alive:
                return
            self.busy = False
            self.make_button.setEnabled(True)
            if isinstance(exc, WrongSecret):
                _set_error(self.secret_error, exc.user_text())
                self.secret.selectAll()
                self.secret.setFocus()
            elif isinstance(exc, StorageError):
                _set_error(self.secret_error, exc.user_text())
            else:
                raise exc

        from ui.writes import WriteOperation

        return WriteOperation(
            self.session.writes, work, parent=self, on_success=done, on_failure=failed,
            label=translate("Keys", "De nieuwe noodsleutel wordt gemaakt…"),
        )

    def _sheet_args(self) -> tuple[str, Path, str]:
        child = self.session.records.singleton("child_profile")
        name = child.name if child and child.name.strip() else ""
        return self.code, self.session.dossier.folder, name

    def _ask_printer(self):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:  # only on the parent's click
            return None
        return printer

    def print_sheet(self) -> None:
        if not self.code:
            return
        printer = self.ask_printer()
        if printer is None:
            return
        doc = QTextDocument()
        doc.setHtml(recovery_sheet_html(*self._sheet_args()))
        doc.print_(printer)
        self.saved_note.setText(translate("Keys", "Naar de printer gestuurd."))
        self.saved_note.show()

    def save_pdf(self) -> Path | None:
        if not self.code:
            return None
        code, folder, name = self._sheet_args()
        target = self.choose_pdf_target(f"Noodsleutel {name or folder.stem}.pdf")
        if not target:
            return None
        path = write_recovery_pdf(Path(target), code, folder, name)
        self.saved_note.setText(
            translate(
                "Keys",
                "Bewaard als %1. Print hem en verwijder daarna het bestand, of bewaar het op "
                "een USB-stick op een veilige plek.",
            ).replace("%1", str(path))
        )
        self.saved_note.show()
        return path

    def confirm_stored(self) -> None:
        """Only now does the old Noodsleutel stop working (the new one is stored)."""
        from storage.errors import StorageError as _StorageError

        try:
            self.session.dossier.confirm_recovery_code()
        except _StorageError as exc:
            self.saved_note.setText(exc.user_text())
            self.saved_note.show()
            return
        self.accept()

    def done(self, result: int) -> None:  # QDialog.done: closing for any reason
        self.alive = False
        self.code = ""
        self.code_label.clear()
        self.secret.clear()
        super().done(result)
