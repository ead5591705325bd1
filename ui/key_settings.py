"""Key and backup settings inside the Instellingen dialog: how often and how many automatic
backups, the second place, and the buttons that open "Wachtwoord veranderen" and "Nieuwe
noodsleutel" (ui/change_passphrase.py, ui/new_recovery.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.change_passphrase import ChangePassphraseDialog
from ui.i18n import translate
from ui.new_recovery import NewRecoveryDialog
from ui.secret_dialog import wrapped_label


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
        # Long labels go above their field when the row does not fit (large text).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        # The place on a line of its own: beside the button it was cut to "nog geen (bijv".
        form.addRow(translate("Keys", "Tweede plek voor reservekopieën:"), self.place_label)
        form.addRow("", self.place_button)

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
            wrapped_label(
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
    dialog.add_section(section)
    dialog.accepted.connect(section.save)
    dialog.key_settings = section
    return section


def _int(text: str, default: int) -> int:
    try:
        return int(float(text))
    except ValueError:
        return default
