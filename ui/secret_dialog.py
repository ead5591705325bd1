"""What the two key dialogs of Instellingen share ("Wachtwoord veranderen", "Nieuwe
noodsleutel"): they ask a secret, run scrypt off the GUI thread while they may be closed, and
answer a wrong secret under its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from storage.errors import StorageError, WrongSecret
from ui.passphrase import RED


def wrapped_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget) -> QLabel:
    """A red line under a field or form, hidden until `set_error` gives it text."""
    label = wrapped_label("", parent)
    label.setStyleSheet(RED)
    label.hide()
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class SecretDialog(QDialog):
    """`alive` turns False when the dialog closes (a worker's answer then changes nothing);
    `busy` while the work runs."""

    def __init__(self, session, run: Callable, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run = run
        self.alive = True
        self.busy = False
        self.setWindowTitle(title)

    def show_failure(self, exc: BaseException, field: QLineEdit, field_error: QLabel,
                     other_error: QLabel, wrong_text: str | None = None) -> None:
        """A wrong secret: said under its field, which is selected for typing again; another
        storage error: its Dutch line in `other_error`; anything else is a bug."""
        if isinstance(exc, WrongSecret):
            set_error(field_error, wrong_text or exc.user_text())
            field.selectAll()
            field.setFocus()
        elif isinstance(exc, StorageError):
            set_error(other_error, exc.user_text())
        else:
            raise exc
