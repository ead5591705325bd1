"""The window's toolbar: what a parent does with an open dossier."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
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
    # "Bezig als" and Vergrendelen on a bar of their own at the right: when the text is large
    # the bars go on two rows instead of hiding these two behind the » of one long bar.
    window.account_bar = QToolBar(translate("Main", "Wie en vergrendelen"), window)
    window.account_bar.setObjectName("accountBar")
    window.account_bar.setMovable(False)
    window.account_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    spacer = QWidget(window.account_bar)
    spacer.setSizePolicy(
        spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
    )
    window.account_bar.addWidget(spacer)
    from ui.profiles import ProfileButton

    window.profile_button = ProfileButton(window)
    window.account_bar.addWidget(window.profile_button)
    window.account_bar.addAction(window.lock_action)
    window.addToolBar(window.account_bar)
    window.toolbar.visibilityChanged.connect(window.account_bar.setVisible)
    window.toolbar.hide()
    window.account_bar.hide()
    window.installEventFilter(_TwoRows(window))


class _TwoRows(QObject):
    """Puts the account bar on a row of its own when both bars do not fit side by side."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window_ and event.type() in (
                QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange,
                QEvent.Type.LayoutRequest):
            self.arrange()
        return False

    def arrange(self) -> None:
        window = self.window_
        bars = (window.toolbar, window.account_bar)
        needed = sum(bar.sizeHint().width() for bar in bars)
        two_rows = needed > window.width()
        if two_rows != window.toolBarBreak(window.account_bar):
            if two_rows:
                window.insertToolBarBreak(window.account_bar)
            else:
                window.removeToolBarBreak(window.account_bar)
