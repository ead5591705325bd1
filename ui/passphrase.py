"""One passphrase widget for every passphrase form (after Vorta's password_input).

`SecretField`: a field for a passphrase or Noodsleutel (hidden, named for a screen reader,
cleared on request). `NewPassphrase`: a new passphrase typed twice, with live feedback on
strength and sameness and "Wachtwoord laten zien"; it adds its rows to the form it is in, so
its labels line up with the form's other labels. Creating a dossier and changing the
passphrase both use it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui.i18n import translate

RED = "color: #b3261e;"
GREEN = "color: #1b6e2a;"


class SecretField(QLineEdit):
    """A passphrase or Noodsleutel: hidden while typed (copying is off in this mode)."""

    def __init__(self, name: str, parent: QWidget | None = None, *,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(name)
        if placeholder:
            self.setPlaceholderText(placeholder)

    def set_shown(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


class _Feedback(QLabel):
    """A line of feedback as tall as the longest message it can show at its width: the
    fields below it stay where they are while the passphrase is typed (two lines were not
    always enough in a narrow column or at large text)."""

    def __init__(self, parent: QWidget, messages: Callable[[], list[str]]) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.messages = messages
        self._twin: QLabel | None = None

    def tallest(self, width: int) -> int:
        """The height Qt gives the longest message at `width` (measured on a twin label, made
        once; only its font and margins follow this label's)."""
        if self._twin is None:
            self._twin = QLabel(self)  # never shown
            self._twin.hide()
            self._twin.setWordWrap(True)
        twin = self._twin
        twin.setFont(self.font())
        twin.setContentsMargins(self.contentsMargins())
        heights = []
        for text in [self.text(), *self.messages()]:
            twin.setText(text)
            heights.append(twin.heightForWidth(width))
        return max(heights)

    def set_colour(self, css: str | None) -> None:
        """Red or green text through the palette: a style sheet changes how Qt measures the
        label, and the reserved room would no longer fit."""
        palette = self.parentWidget().palette() if self.parentWidget() else self.palette()
        if css:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(css.split(":")[1].strip(" ;")))
        self.setPalette(palette)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        need = self.tallest(event.size().width())
        if need != self.minimumHeight() or need != self.maximumHeight():
            self.setFixedHeight(need)


def _strength_messages() -> list[str]:
    from ui.labels import KEYS

    return [translate("Keys", text) for text in KEYS] + [
        translate("Start", "Minstens 12 tekens, of vier losse woorden."),
        translate("Start", "✓ Sterk genoeg.")]


class NewPassphrase(QObject):
    """A new passphrase twice: strong enough? the same twice? Feedback while typing."""

    changed = Signal()
    #: Enter in the second field
    submitted = Signal()

    def __init__(self, parent: QWidget, avoid: Callable[[], tuple[str, ...]] = tuple,
                 *, first_name: str = "", second_name: str = "") -> None:
        super().__init__(parent)
        self.avoid = avoid  # words that must not be in it (the child's name)
        self.first = SecretField(first_name or translate("Start", "Wachtwoord"), parent)
        self.second = SecretField(second_name or translate("Start", "Wachtwoord nog een keer"),
                                  parent)
        # Room for the feedback from the start, so the form does not jump while typing.
        self.strength = _Feedback(parent, _strength_messages)
        self.strength.setAccessibleName(translate("Start", "Sterkte van het wachtwoord"))
        self.match = _Feedback(parent, lambda: [
            translate("Start", "De twee wachtwoorden zijn niet gelijk."),
            translate("Start", "✓ Gelijk.")])
        self.show_box = QCheckBox(translate("Start", "Wachtwoord laten zien"), parent)
        self.show_box.toggled.connect(self.set_shown)
        self.extra_fields: list[SecretField] = []  # shown/hidden together (the current one)
        self.first.textChanged.connect(self.update)
        self.second.textChanged.connect(self.update)
        self.second.returnPressed.connect(self.submitted)

    def add_to(self, form: QFormLayout, first_label: str = "", second_label: str = "") -> None:
        form.addRow(first_label or translate("Start", "Wachtwoord:"), self.first)
        form.addRow("", self.strength)
        form.addRow(second_label or translate("Start", "Nog een keer:"), self.second)
        form.addRow("", self.match)
        form.addRow("", self.show_box)

    def text(self) -> str:
        return self.first.text()

    def set_shown(self, shown: bool) -> None:
        for field in (*self.extra_fields, self.first, self.second):
            field.set_shown(shown)

    def problem(self) -> str | None:
        """Why it cannot be used yet (Dutch), or None."""
        if _passphrase_problem(self.first.text(), self.avoid()):
            return translate("Start", "Het wachtwoord is nog niet sterk genoeg.")
        if self.first.text() != self.second.text():
            return translate("Start", "De twee wachtwoorden zijn nog niet gelijk.")
        return None

    def update(self) -> None:
        text = self.first.text()
        if not text:
            self.strength.setText(translate("Start", "Minstens 12 tekens, of vier losse woorden."))
            self.strength.set_colour(None)
        else:
            reason = _passphrase_problem(text, self.avoid())
            self.strength.setText(translate("Keys", reason) if reason
                                  else translate("Start", "✓ Sterk genoeg."))
            self.strength.set_colour(RED if reason else GREEN)
        if self.second.text() and self.second.text() != text:
            self.match.setText(translate("Start", "De twee wachtwoorden zijn niet gelijk."))
            self.match.set_colour(RED)
        elif self.second.text():
            self.match.setText(translate("Start", "✓ Gelijk."))
            self.match.set_colour(GREEN)
        else:
            self.match.setText("")
        self.changed.emit()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def _passphrase_problem(text: str, avoid: tuple[str, ...]) -> str | None:
    from app.passphrase import passphrase_problem

    return passphrase_problem(text, tuple(a for a in avoid if a and a.strip()))
