"""Opening a dossier: the recent list, the passphrase or Noodsleutel, the keychain button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ui.i18n import translate
from ui.passphrase import SecretField
from ui.start_page import Page, page_text, page_title


class UnlockPage(Page):
    unlock_clicked = Signal(Path, str)
    keychain_clicked = Signal(Path)
    other_clicked = Signal()
    forget_clicked = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.addSpacing(24)
        self.body.addWidget(page_title(translate("Start", "Dossier openen"), self.column))
        self.intro = page_text(
            translate("Start", "Kies het dossier en typ uw wachtwoord. Een noodsleutel werkt ook."),
            self.column,
        )
        self.body.addWidget(self.intro)
        self.recent = QListWidget(self.column)
        self.recent.setAccessibleName(translate("Start", "Recente dossiers"))
        self.recent.setMaximumHeight(self.fontMetrics().height() * 7)
        self.recent.currentRowChanged.connect(lambda _r: self._update())
        self.body.addWidget(QLabel(translate("Start", "Recente dossiers:"), self.column))
        self.body.addWidget(self.recent)
        self.secret = SecretField(translate("Start", "Wachtwoord of noodsleutel"), self.column,
                                  placeholder=translate("Start", "Wachtwoord of noodsleutel"))
        self.secret.returnPressed.connect(self._unlock)
        self.secret.textChanged.connect(lambda _t: self._update())
        self.body.addWidget(self.secret)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(translate("Start", "Ander dossier of nieuw…"), self.column)
        self.other_button.clicked.connect(self.other_clicked)
        self.keychain_button = QPushButton(
            translate("Start", "Openen met de sleutelbos"), self.column
        )
        self.keychain_button.clicked.connect(lambda: self.keychain_clicked.emit(self.selected()))
        self.unlock_button = QPushButton(translate("Start", "Openen"), self.column)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keychain_button)
        buttons.addWidget(self.unlock_button)
        self.body.addLayout(buttons)
        self.locked_note = page_text("", self.column)
        self.body.addWidget(self.locked_note)
        self.keychain_ids: dict[str, bool] = {}
        self.wrap_up()

    def set_recent(
        self, folders: list[Path], select: Path | None = None, remembered: set[str] | None = None
    ) -> None:
        self.recent.clear()
        self.keychain_ids = {str(f): str(f) in (remembered or set()) for f in folders}
        for folder in folders:
            item = QListWidgetItem(f"{folder.name.removesuffix('.zorgmap')}   —   {folder.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            item.setToolTip(str(folder))
            self.recent.addItem(item)
        row = 0
        if select is not None:
            for i in range(self.recent.count()):
                if self.recent.item(i).data(Qt.ItemDataRole.UserRole) == str(select):
                    row = i
        self.recent.setCurrentRow(row if self.recent.count() else -1)
        self._update()

    def set_remembered(self, remembered: set[str]) -> None:
        """Which recent dossiers the keychain holds a key for (asked after the first paint)."""
        self.keychain_ids = {f: f in remembered for f in self.keychain_ids}
        self._update()

    def selected(self) -> Path | None:
        item = self.recent.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _update(self) -> None:
        folder = self.selected()
        self.unlock_button.setEnabled(folder is not None and bool(self.secret.text()))
        self.keychain_button.setVisible(
            folder is not None and self.keychain_ids.get(str(folder), False)
        )

    def _unlock(self) -> None:
        folder = self.selected()
        if folder is None or not self.secret.text():
            return
        self.unlock_clicked.emit(folder, self.secret.text())

    def busy(self, busy: bool) -> None:
        for w in (
            self.secret,
            self.unlock_button,
            self.keychain_button,
            self.recent,
            self.other_button,
        ):
            w.setEnabled(not busy)
        if busy:
            self.show_error("")
            self.locked_note.setText(translate("Start", "Het dossier wordt geopend…"))
        else:
            self.locked_note.setText("")
            self._update()
            self.secret.setFocus()
