"""Who is working in the dossier: 'Bezig als: Mama ▾' in the toolbar, and asking once.

Every change is recorded in the history under `dossier.profile`. After unlocking, the most
recent name is used again so a parent is not asked each time; the other parent or a copilot
switches in two clicks. A read-only dossier keeps the name but cannot switch (that writes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.errors import StorageError
from ui.i18n import translate

#: dossier meta key: the parent chose "Later" when asked who is working (ask only once)
SKIPPED_META = "profile_question_skipped"


class ProfileDialog(QDialog):
    """A name for who is working now. Non-modal; `chosen` carries the name once stored."""

    chosen = Signal(str)
    skipped = Signal()

    def __init__(self, dossier, parent: QWidget | None = None, *, first: bool = False) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dossier = dossier
        self.setWindowTitle(translate("Profiles", "Wie werkt er in het dossier?"))
        question = QLabel(self)
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        question.setText(translate("Profiles", "Wie werkt er nu in het dossier?")
                         if first else translate("Profiles", "Wie bent u?"))
        why = QLabel(translate("Profiles", "Dan ziet u later wie wat heeft veranderd."), self)
        why.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(
            translate("Profiles", "Bijvoorbeeld Mama, Papa of Copiloot Mirjam"))
        self.name.setAccessibleName(translate("Profiles", "Uw naam"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.ok_button = QPushButton(translate("Profiles", "Dat ben ik"), self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.choose)
        later = QPushButton(
            translate("Profiles", "Later") if first else translate("Common", "Annuleren"), self)
        later.clicked.connect(self.skip if first else self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(why)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def choose(self) -> bool:
        try:
            self.dossier.use_profile(self.name.text())
        except StorageError as exc:
            self.error.setText(exc.user_text())
            self.error.show()
            return False
        self.chosen.emit(self.dossier.profile)
        self.close()
        return True

    def skip(self) -> None:
        if not self.dossier.read_only:
            try:
                self.dossier.set_meta(SKIPPED_META, "1")
            except StorageError:
                pass  # asked again next time: no harm
        self.skipped.emit()
        self.close()


class ProfileButton(QToolButton):
    """'Bezig als: Mama ▾': the names of this dossier and 'Iemand anders…'."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.dialog: ProfileDialog | None = None
        self.setObjectName("profileButton")
        # Room for the menu arrow: without it the arrow touches the name.
        self.setStyleSheet("QToolButton#profileButton { padding-right: 14px; }")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(translate("Profiles", "Wie er werkt in het dossier"))
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        window.unlocked.connect(self._unlocked)
        window.locked.connect(self._locked)
        self._locked()

    @property
    def dossier(self):
        session = self.window_.session
        return session.dossier if session is not None else None

    def update_text(self) -> None:
        dossier = self.dossier
        if dossier is None:
            self.setText("")
            return
        self.setText(translate("Profiles", "Bezig als: %1").replace("%1", dossier.profile))
        if dossier.read_only:
            self.setToolTip(translate(
                "Profiles", "Alleen lezen: wie er werkt, kan in dit venster niet veranderen."))
        else:
            self.setToolTip(translate(
                "Profiles", "Wijzigingen komen in de geschiedenis onder deze naam. Klik om te "
                "wisselen."))

    def _unlocked(self) -> None:
        session = self.window_.session
        dossier = session.dossier
        try:
            names = dossier.profiles()
            if names:
                dossier.use_profile(names[0])
        except (StorageError, ValueError):
            names = []
        self.setEnabled(not dossier.read_only)
        self.update_text()
        if (not names and not dossier.read_only and not session.demo
                and not dossier.meta(SKIPPED_META)):
            self.ask(first=True)

    def _locked(self) -> None:
        self.menu_.close()
        self.menu_.clear()
        self.dialog = None  # closed and deleted with the window's other dialogs
        self.setText("")
        self.setEnabled(False)

    def _fill(self) -> None:
        self.menu_.clear()
        dossier = self.dossier
        if dossier is None:
            return
        group = QActionGroup(self.menu_)
        for name in dossier.profiles() or [dossier.profile]:
            action = QAction(name, self.menu_)
            action.setCheckable(True)
            action.setChecked(name == dossier.profile)
            action.triggered.connect(lambda _c=False, n=name: self.switch(n))
            group.addAction(action)
            self.menu_.addAction(action)
        self.menu_.addSeparator()
        other = self.menu_.addAction(translate("Profiles", "Iemand anders…"))
        other.triggered.connect(lambda: self.ask())

    def _flush(self) -> None:
        # What the previous person typed is recorded under their name.
        view = self.window_.view
        if view is not None:
            view.flush()

    def switch(self, name: str) -> None:
        dossier = self.dossier
        if dossier is None or dossier.read_only:
            return
        self._flush()
        try:
            dossier.use_profile(name)
        except StorageError:
            return
        self.update_text()

    def ask(self, *, first: bool = False) -> ProfileDialog | None:
        dossier = self.dossier
        if dossier is None or dossier.read_only:
            return None
        self._flush()
        dialog = ProfileDialog(dossier, self.window_, first=first)
        dialog.chosen.connect(lambda _name: self.update_text())
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.name.setFocus()
        return dialog
