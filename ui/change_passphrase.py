"""Changing the passphrase: the current secret, the new passphrase twice with live feedback.

Unwrapping and wrapping the key costs scrypt (about 0.3 s), so it runs on a worker thread; the
dossier's data is not re-encrypted, only the key file changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.passphrase import NewPassphrase, SecretField
from ui.secret_dialog import SecretDialog, error_label, set_error, wrapped_label
from ui.util import notify
from ui.widgets import action_row


def _wrong_secret_text() -> str:
    return translate(
        "Keys", "Dit wachtwoord of deze noodsleutel klopt niet. Er is niets veranderd."
    )


class ChangePassphraseDialog(SecretDialog):
    """Current secret, the new passphrase twice with live feedback; the work runs off-thread."""

    def __init__(self, session, run: Callable, parent: QWidget | None = None) -> None:
        super().__init__(session, run, translate("Keys", "Wachtwoord veranderen"), parent)
        self.current = SecretField(translate("Keys", "Huidig wachtwoord"), self)
        self.current.textChanged.connect(lambda _t: set_error(self.current_error, ""))
        self.current_error = error_label(self)
        self.passphrase = NewPassphrase(
            self, self._avoid, first_name=translate("Keys", "Nieuw wachtwoord"),
            second_name=translate("Keys", "Nieuw wachtwoord nog een keer"))
        self.passphrase.extra_fields.append(self.current)  # "laten zien" shows all three
        self.passphrase.changed.connect(lambda: set_error(self.error, ""))
        self.passphrase.submitted.connect(self.change)
        self.first, self.second = self.passphrase.first, self.passphrase.second
        self.strength, self.match = self.passphrase.strength, self.passphrase.match
        self.show_box = self.passphrase.show_box
        self.error = error_label(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("Keys", "Huidig wachtwoord:"), self.current)
        form.addRow("", self.current_error)
        self.passphrase.add_to(form, translate("Keys", "Nieuw wachtwoord:"))
        self.change_button, buttons = action_row(
            self, translate("Keys", "Wachtwoord veranderen"), self.change, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
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
            set_error(self.error, problem)
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
            self.show_failure(exc, self.current, self.current_error, self.error,
                              _wrong_secret_text())

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
