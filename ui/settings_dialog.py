"""Instellingen: auto-lock minutes and 'remember on this computer'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

from ui.start_flow import _keychain


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
