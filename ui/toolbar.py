"""The window's toolbar: what a parent does with an open dossier."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


def build_toolbar(window: MainWindow) -> None:
    """The toolbar and its actions (search, share, backups, trash, settings, about, lock)."""
    window.toolbar = QToolBar(translate("Main", "Werkbalk"), window)
    window.toolbar.setObjectName("toolbar")
    window.toolbar.setMovable(False)
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(window.toolbar)
    window.search_action = QAction(translate("Main", "Zoeken"), window)
    window.search_action.setShortcut(QKeySequence.StandardKey.Find)
    window.search_action.setToolTip(translate("Main", "Zoeken in het hele dossier (Ctrl+F)"))
    window.search_action.triggered.connect(window.show_search)
    window.backup_action = QAction(translate("Main", "Reservekopie maken…"), window)
    window.backup_action.triggered.connect(window.make_backup)
    window.test_backup_action = QAction(translate("Main", "Reservekopie testen…"), window)
    window.test_backup_action.setToolTip(
        translate("Main", "Controleer een reservekopie en zie wat erin staat")
    )
    window.test_backup_action.triggered.connect(window.show_backup_test)
    window.settings_action = QAction(translate("Main", "Instellingen…"), window)
    window.settings_action.triggered.connect(window.show_settings)
    window.lock_action = QAction(translate("Main", "Vergrendelen"), window)
    window.lock_action.setShortcut(QKeySequence("Ctrl+L"))
    window.lock_action.setToolTip(translate("Main", "Vergrendel het dossier (Ctrl+L)"))
    window.lock_action.triggered.connect(window.lock)
    window.share_action = QAction(translate("Main", "Delen en printen…"), window)
    window.share_action.setShortcut(QKeySequence.StandardKey.Print)
    window.share_action.setToolTip(
        translate("Main", "Zorgpaspoort, noodkaart en meer als PDF bewaren of printen (Ctrl+P)")
    )
    window.share_action.triggered.connect(window.show_share)
    window.share_action.setEnabled(False)
    window.unlocked.connect(lambda: window.share_action.setEnabled(True))
    window.locked.connect(lambda: window.share_action.setEnabled(False))
    window.toolbar.addAction(window.search_action)
    window.toolbar.addAction(window.share_action)
    window.toolbar.addSeparator()
    window.toolbar.addAction(window.backup_action)
    window.toolbar.addAction(window.test_backup_action)
    window.trash_action = QAction(translate("Main", "Prullenbak…"), window)
    window.trash_action.setToolTip(
        translate("Main", "Verwijderde onderdelen bekijken en terugzetten")
    )
    window.trash_action.triggered.connect(window.show_trash)
    window.toolbar.addAction(window.trash_action)
    window.toolbar.addAction(window.settings_action)
    # Over Zorgmap: also while locked (F1, and a link on the welcome page).
    window.about_action = QAction(translate("About", "Over Zorgmap"), window)
    window.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    window.about_action.triggered.connect(window.show_about)
    window.addAction(window.about_action)
    window.toolbar.addAction(window.about_action)
    spacer = QWidget(window.toolbar)
    spacer.setSizePolicy(
        spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
    )
    window.toolbar.addWidget(spacer)
    from ui.profiles import ProfileButton

    window.profile_button = ProfileButton(window)
    window.toolbar.addWidget(window.profile_button)
    window.toolbar.addAction(window.lock_action)
    window.toolbar.hide()
