"""The window's toolbar: what a parent does with an open dossier."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QToolBar,
    QWidget,
)

from ui.i18n import translate

if TYPE_CHECKING:
    pass

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


def build_toolbar(self: MainWindow) -> None:
    """The toolbar and its actions (search, share, backups, trash, settings, about, lock)."""
    self.toolbar = QToolBar(translate("Main", "Werkbalk"), self)
    self.toolbar.setObjectName("toolbar")
    self.toolbar.setMovable(False)
    self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    self.addToolBar(self.toolbar)
    self.search_action = QAction(translate("Main", "Zoeken"), self)
    self.search_action.setShortcut(QKeySequence.StandardKey.Find)
    self.search_action.setToolTip(translate("Main", "Zoeken in het hele dossier (Ctrl+F)"))
    self.search_action.triggered.connect(self.show_search)
    self.backup_action = QAction(translate("Main", "Reservekopie maken…"), self)
    self.backup_action.triggered.connect(self.make_backup)
    self.test_backup_action = QAction(translate("Main", "Reservekopie testen…"), self)
    self.test_backup_action.setToolTip(
        translate("Main", "Controleer een reservekopie en zie wat erin staat")
    )
    self.test_backup_action.triggered.connect(self.show_backup_test)
    self.settings_action = QAction(translate("Main", "Instellingen…"), self)
    self.settings_action.triggered.connect(self.show_settings)
    self.lock_action = QAction(translate("Main", "Vergrendelen"), self)
    self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
    self.lock_action.setToolTip(translate("Main", "Vergrendel het dossier (Ctrl+L)"))
    self.lock_action.triggered.connect(self.lock)
    self.share_action = QAction(translate("Main", "Delen en printen…"), self)
    self.share_action.setShortcut(QKeySequence.StandardKey.Print)
    self.share_action.setToolTip(
        translate("Main", "Zorgpaspoort, noodkaart en meer als PDF bewaren of printen (Ctrl+P)")
    )
    self.share_action.triggered.connect(self.show_share)
    self.share_action.setEnabled(False)
    self.unlocked.connect(lambda: self.share_action.setEnabled(True))
    self.locked.connect(lambda: self.share_action.setEnabled(False))
    self.toolbar.addAction(self.search_action)
    self.toolbar.addAction(self.share_action)
    self.toolbar.addSeparator()
    self.toolbar.addAction(self.backup_action)
    self.toolbar.addAction(self.test_backup_action)
    self.trash_action = QAction(translate("Main", "Prullenbak…"), self)
    self.trash_action.setToolTip(
        translate("Main", "Verwijderde onderdelen bekijken en terugzetten")
    )
    self.trash_action.triggered.connect(self.show_trash)
    self.toolbar.addAction(self.trash_action)
    self.toolbar.addAction(self.settings_action)
    # Over Zorgmap: also while locked (F1, and a link on the welcome page).
    self.about_action = QAction(translate("About", "Over Zorgmap"), self)
    self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    self.about_action.triggered.connect(self.show_about)
    self.addAction(self.about_action)
    self.toolbar.addAction(self.about_action)
    spacer = QWidget(self.toolbar)
    spacer.setSizePolicy(
        spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
    )
    self.toolbar.addWidget(spacer)
    from ui.profiles import ProfileButton

    self.profile_button = ProfileButton(self)
    self.toolbar.addWidget(self.profile_button)
    self.toolbar.addAction(self.lock_action)
    self.toolbar.hide()
