"""A new Noodsleutel (Instellingen): ask the passphrase, make the new code on the one writer,
show it with print / save-as-PDF; the old one stops working only when the parent clicks Klaar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.passphrase import RED, SecretField
from ui.recovery_sheet import code_label, recovery_sheet_html, write_recovery_pdf
from ui.secret_dialog import SecretDialog, error_label, set_error, wrapped_label
from ui.widgets import action_row


class NewRecoveryDialog(SecretDialog):
    """Ask the passphrase, make the new Noodsleutel, show it with print / save-as-PDF."""

    def __init__(self, session, run: Callable, parent: QWidget | None = None) -> None:
        super().__init__(session, run, translate("Keys", "Nieuwe noodsleutel"), parent)
        self.code = ""
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
        self.secret = SecretField(translate("Keys", "Wachtwoord"), page)
        self.secret.returnPressed.connect(self.make)
        self.secret.textChanged.connect(lambda _t: set_error(self.secret_error, ""))
        self.secret_error = error_label(page)
        form = QFormLayout()
        form.addRow(translate("Keys", "Wachtwoord:"), self.secret)
        form.addRow("", self.secret_error)
        self.make_button, buttons = action_row(
            page, translate("Keys", "Nieuwe noodsleutel maken"), self.make, self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(
            wrapped_label(
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
        self.old_gone = wrapped_label(
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
        self.code_label = code_label(page, self.font())
        self.print_button = QPushButton(translate("Start", "Printen…"), page)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(translate("Start", "Bewaren als PDF…"), page)
        self.pdf_button.clicked.connect(self.save_pdf)
        sheet = QHBoxLayout()
        sheet.addWidget(self.print_button)
        sheet.addWidget(self.pdf_button)
        sheet.addStretch(1)
        self.saved_note = wrapped_label("", page)
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
            wrapped_label(
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
            self.show_failure(exc, self.secret, self.secret_error, self.secret_error)

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
