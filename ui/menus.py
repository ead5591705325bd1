"""The menu bar, its keyboard shortcuts and the focus ring: the window without a mouse.

Dossier (Ctrl+F zoeken, Ctrl+P delen en printen, Ctrl+L vergrendelen, Ctrl+Q afsluiten),
Ga naar (Ctrl+1 … Ctrl+9: the nine parts), Help (F1). The actions are the toolbar's own, so
a shortcut exists once and is enabled only when it can work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

# A ring in a dark blue that stands out on light and grey backgrounds (contrast > 7:1 on
# white), two pixels wide: the parent sees where the keyboard is. Only the :focus state is
# styled, so widgets keep their platform look otherwise.
FOCUS_COLOUR = "#0b4fa8"
FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QSpinBox:focus, QAbstractItemView:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
}}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 4px;
    padding: 0px 2px;
    background-color: palette(button);
}}
QCheckBox:focus, QRadioButton:focus, QLabel:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
}}
QTabBar::tab:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
"""


def install_focus_ring(app: QApplication) -> None:
    """Add the focus ring to the application's style sheet (once)."""
    sheet = app.styleSheet()
    if FOCUS_STYLE not in sheet:
        app.setStyleSheet(sheet + FOCUS_STYLE)


SHORTCUTS = [
    ("Ctrl+F", QT_TRANSLATE_NOOP("Menu", "Zoeken in het hele dossier")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Menu", "Delen en printen")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("Menu", "Naar een onderdeel: Overzicht, Over mij, …")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Menu", "Vergrendelen")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Menu", "Zorgmap afsluiten")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Menu", "Naar het volgende of vorige veld")),
    ("Enter", QT_TRANSLATE_NOOP("Menu", "Een regel of knop kiezen")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Menu", "Terug naar wat er stond")),
    ("Alt+D, Alt+G, Alt+H", QT_TRANSLATE_NOOP("Menu", "Het menu Dossier, Ga naar of Help")),
]


def build_menu_bar(window: MainWindow) -> None:
    """Menus with Alt+letter access for what the toolbar does, plus Ctrl+1…9 and Ctrl+Q."""
    from ui.mainwindow import PARTS

    bar = window.menuBar()
    bar.setAccessibleName(translate("Menu", "Menubalk"))
    dossier = bar.addMenu(translate("Menu", "&Dossier"))
    for action in (window.search_action, window.share_action):
        dossier.addAction(action)
    dossier.addSeparator()
    for action in (window.backup_action, window.trash_action, window.settings_action):
        dossier.addAction(action)
    dossier.addSeparator()
    dossier.addAction(window.lock_action)
    window.quit_action = QAction(translate("Menu", "&Afsluiten"), window)
    window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.quit_action.triggered.connect(window.close)
    dossier.addAction(window.quit_action)

    go = window.go_menu = bar.addMenu(translate("Menu", "&Ga naar"))
    window.part_actions = []
    for number, (key, title) in enumerate(PARTS, start=1):
        action = QAction(translate("Parts", title), window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: _go(window, k))
        go.addAction(action)
        window.part_actions.append(action)

    helpmenu = bar.addMenu(translate("Menu", "&Help"))
    window.help_action = QAction(translate("Menu", "Sneltoetsen"), window)
    window.help_action.triggered.connect(lambda: show_shortcuts(window))
    about = getattr(window, "about_action", None)
    if about is None or about.shortcut().isEmpty():
        window.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    helpmenu.addAction(window.help_action)
    if about is not None:
        helpmenu.addAction(about)

    # Menus and toolbar actions only work on an open dossier.
    for action in (*window.part_actions, window.search_action, window.backup_action,
                   window.trash_action, window.settings_action, window.lock_action):
        action.setEnabled(False)
    window.unlocked.connect(lambda: _set_open(window, True))
    window.locked.connect(lambda: _set_open(window, False))


def _set_open(window: MainWindow, is_open: bool) -> None:
    for action in (*window.part_actions, window.search_action, window.trash_action,
                   window.settings_action, window.lock_action):
        action.setEnabled(is_open)
    demo = bool(window.session and window.session.demo)
    window.backup_action.setEnabled(is_open and not demo)
    window.go_menu.setEnabled(is_open)


def _go(window: MainWindow, key: str) -> None:
    if window.view is None:
        return
    window.view.show_part(key)
    window.view.current_screen().setFocus()
    screen = window.view.current_screen()
    target = screen.focusWidget() or screen
    if target is screen:
        screen.focusNextChild()


def show_shortcuts(window: MainWindow) -> QMessageBox:
    rows = "".join(
        f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{translate('Menu', what)}</td></tr>"
        for keys, what in SHORTCUTS
    )
    box = QMessageBox(window)
    box.setWindowTitle(translate("Menu", "Sneltoetsen"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table>{rows}</table>")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    window.shortcuts_box = box
    return box
