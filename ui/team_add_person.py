"""Adding someone ("Iemand toevoegen") to a shared dossier: paste their code, compare the
fingerprint together, give a name and a role (`AddPersonDialog`, opened from `TeamDialog`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from storage.errors import StorageError
from ui.i18n import translate
from ui.widgets import resize_in_text, wrapped_label

if TYPE_CHECKING:
    from ui.team_dialog import TeamDialog

ROLE_TEXT = {
    "ouder": QT_TRANSLATE_NOOP("Team", "ouder (mag alles lezen en veranderen)"),
    "lezer": QT_TRANSLATE_NOOP("Team", "lezer (mag alles lezen, niets veranderen)"),
}


class AddPersonDialog(QDialog):
    """Paste the code, compare the fingerprint together, pick a name and a role."""

    added = Signal(object)

    def __init__(self, parent: TeamDialog) -> None:
        super().__init__(parent)
        self.team_dialog = parent
        self.public = None
        self.setWindowTitle(translate("Team", "Iemand toevoegen"))
        resize_in_text(self, 80, 30)
        box = QVBoxLayout(self)
        box.addWidget(wrapped_label(translate("Team",
            "Vraag de ander om de code (zorgmap identity show, of 'Mijn code kopiëren') en "
            "plak die hier."), self))
        self.code = QPlainTextEdit(self)
        self.code.setPlaceholderText("ZM1-…")
        self.code.setFixedHeight(70)
        self.code.textChanged.connect(self._code_changed)
        box.addWidget(self.code)
        self.fingerprint = wrapped_label("", self)
        box.addWidget(self.fingerprint)
        self.same = QCheckBox(translate(
            "Team", "Wij hebben de vingerafdruk samen vergeleken: die is gelijk"), self)
        self.same.setEnabled(False)
        box.addWidget(self.same)
        form = QFormLayout()
        self.name = QLineEdit(self)
        form.addRow(translate("Team", "Naam"), self.name)
        self.role = QComboBox(self)
        for role, text in ROLE_TEXT.items():
            self.role.addItem(translate("Team", text), role)
        form.addRow(translate("Team", "Rol"), self.role)
        box.addLayout(form)
        box.addWidget(wrapped_label(translate("Team",
            "Wie u toevoegt, kan daarna alles lezen wat in het dossier staat, ook wat er al in "
            "stond. Dat kan niet worden teruggedraaid."), self))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        box.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(translate("Team", "Toevoegen"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("Team", "Annuleren"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        for signal in (self.same.toggled, self.name.textChanged):
            signal.connect(self._update)
        self._update()

    def _code_changed(self) -> None:
        from storage.identity import PublicIdentity

        text = self.code.toPlainText().strip()
        try:
            self.public = PublicIdentity.from_code(text) if text else None
        except StorageError as exc:
            self.public = None
            self.fingerprint.setText(exc.user_text())
        else:
            self.fingerprint.setText(translate("Team",
                "Vingerafdruk: %1\nLees die samen hardop voor, of leg de schermen naast "
                "elkaar.").replace("%1", self.public.fingerprint()) if self.public else "")
        self.same.setEnabled(self.public is not None)
        if self.public is None:
            self.same.setChecked(False)
        self._update()

    def _update(self) -> None:
        self.add_button.setEnabled(self.public is not None and self.same.isChecked()
                                   and bool(self.name.text().strip()))

    def add(self):
        from storage.team import Team

        try:
            member = Team(self.team_dialog.session.dossier).add(
                self.code.toPlainText(), self.name.text(), self.role.currentData())
        except StorageError as exc:
            self.error.setText(exc.user_text())
            return None
        self.added.emit(member)
        self.accept()
        return member
