"""Restoring a backup as a new dossier (nothing is overwritten)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.i18n import translate
from ui.passphrase import SecretField
from ui.start_page import Page, page_text, page_title


class RestorePage(Page):
    restore_clicked = Signal(Path, str, Path)
    back_clicked = Signal()

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_folder = default_folder
        self.choose_backup = None
        self.body.addWidget(page_title(translate("Start", "Reservekopie terugzetten"), self.column))
        self.body.addWidget(
            page_text(
                translate(
                    "Start",
                    "Een reservekopie wordt teruggezet als een nieuw dossier. Er wordt niets "
                    "overschreven. U hebt het wachtwoord of de noodsleutel nodig van toen de "
                    "reservekopie werd gemaakt.",
                ),
                self.column,
            )
        )
        form = QFormLayout()
        self.backup = QLineEdit(self.column)
        self.backup.setAccessibleName(translate("Start", "Reservekopie"))
        choose = QPushButton(translate("Start", "Kiezen…"), self.column)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.backup, 1)
        row.addWidget(choose)
        self.secret = SecretField(translate("Start", "Wachtwoord of noodsleutel"), self.column)
        self.target = QLineEdit(self.column)
        self.target.setAccessibleName(translate("Start", "Nieuw dossier in"))
        form.addRow(translate("Start", "Reservekopie:"), row)
        form.addRow(translate("Start", "Wachtwoord of noodsleutel:"), self.secret)
        form.addRow(translate("Start", "Nieuw dossier in:"), self.target)
        self.body.addLayout(form)
        buttons = QHBoxLayout()
        back = QPushButton(translate("Common", "Terug"), self.column)
        back.clicked.connect(self.back_clicked)
        self.restore_button = QPushButton(translate("Start", "Terugzetten"), self.column)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        self.body.addLayout(buttons)
        self.wrap_up()

    def _choose(self) -> None:
        if self.choose_backup is None:
            return
        path = self.choose_backup()
        if path:
            self.backup.setText(path)
            if not self.target.text():
                stem = Path(path).stem.split("-")[0] or "Teruggezet"
                self.target.setText(str(self.default_folder / f"{stem}-teruggezet.zorgmap"))

    def _restore(self) -> None:
        if not (self.backup.text() and self.secret.text() and self.target.text()):
            self.show_error(translate("Start", "Vul alle drie de velden in."))
            return
        self.restore_clicked.emit(
            Path(self.backup.text()), self.secret.text(), Path(self.target.text())
        )
