"""Making a new dossier: the child's name, a new passphrase (live feedback), where it goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.folders import neutral_folder
from ui.i18n import translate
from ui.passphrase import NewPassphrase
from ui.start_page import Page, page_text, page_title


class CreatePage(Page):
    create_clicked = Signal(str, str, Path)  # name, passphrase, folder
    back_clicked = Signal()

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_folder = default_folder
        self.folder_chosen: Path | None = None
        self.choose_folder = None  # set by the main window (a file dialog)
        self.body.addWidget(page_title(translate("Start", "Nieuw dossier"), self.column))
        self.body.addWidget(
            page_text(
                translate(
                    "Start",
                    "Kies een wachtwoord dat u goed kunt onthouden en dat niemand kan raden. "
                    "Vier losse woorden werken goed, bijvoorbeeld: paraplu fiets zomer lepel.",
                ),
                self.column,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self.column)
        self.name.setAccessibleName(translate("Start", "Naam van uw kind"))
        self.name.textChanged.connect(self._update)
        self.passphrase = NewPassphrase(self.column, lambda: (self.name.text(),))
        self.passphrase.changed.connect(self._update_button)
        self.passphrase.submitted.connect(self._create)
        # the parts, as tests and the main window know them
        self.first, self.second = self.passphrase.first, self.passphrase.second
        self.strength, self.match = self.passphrase.strength, self.passphrase.match
        self.show_box = self.passphrase.show_box
        self.where = QLabel(self.column)
        self.where.setWordWrap(True)
        self.where_button = QPushButton(translate("Start", "Andere plek…"), self.column)
        self.where_button.clicked.connect(self._choose)
        # The path may wrap (larger text): a label straight in the form gets the height it
        # needs, which it does not inside a row with the button.
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("Start", "Naam van uw kind:"), self.name)
        self.passphrase.add_to(form)
        form.addRow(translate("Start", "Bewaren in:"), self.where)
        form.addRow("", self.where_button)
        self.body.addLayout(form)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("Common", "Terug"), self.column)
        self.back_button.clicked.connect(self.back_clicked)
        self.create_button = QPushButton(translate("Start", "Dossier maken"), self.column)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        self.body.addLayout(buttons)
        self.wrap_up()
        self._update()

    def folder(self) -> Path:
        """Where the dossier goes. The default name is neutral: a folder name is readable by
        anyone with the computer (and lands in the settings' recent list), so it never holds
        the child's name."""
        if self.folder_chosen is not None:
            return self.folder_chosen
        return neutral_folder(self.default_folder)

    def _choose(self) -> None:
        if self.choose_folder is not None:
            folder = self.choose_folder()
            if folder:
                self.folder_chosen = neutral_folder(Path(folder))
                self._update()

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return translate("Start", "Vul de naam van uw kind in.")
        return self.passphrase.problem()

    def _update(self) -> None:
        self.passphrase.update()  # the name may not be in the passphrase

    def _update_button(self) -> None:
        self.where.setText(str(self.folder()))
        self.create_button.setEnabled(self.problem() is None)

    def _create(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        self.create_clicked.emit(self.name.text().strip(), self.first.text(), self.folder())

    def clear_secrets(self) -> None:
        self.passphrase.clear()
