"""The menu bar, its keyboard shortcuts and the focus ring: the window without a mouse.

Dossier (Ctrl+F zoeken, Ctrl+P delen en printen, Ctrl+L vergrendelen, Ctrl+Q afsluiten),
Ga naar (Ctrl+1 … Ctrl+9: the nine parts), Help (F1). The actions are the toolbar's own, so
a shortcut exists once and is enabled only when it can work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from ui.i18n import translate

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

# A ring in a dark blue that stands out on light and grey backgrounds (contrast > 7:1 on
# white), two pixels wide, drawn around the widget that has the keyboard focus.
FOCUS_COLOUR = "#0b4fa8"
RING = 2  # pixels
GAP = 1  # between the widget and the ring


class FocusRing(QWidget):
    """One overlay that follows the keyboard focus and draws a clear ring around it.

    An overlay instead of a style sheet: an application-wide style sheet makes Qt style every
    widget through QStyleSheetStyle (screens took about half as long again to build) and
    changes how a focused button looks; this costs one widget and a repaint per focus move.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        # Placed after the move or resize is done; owned by the ring, so it dies with it.
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.place)

    def follow(self, _old, new) -> None:
        for widget in self.watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self.watched = []
        self.target = None
        if new is None or not isValid(new) or not _wants_ring(new):
            self.hide()
            return
        window = new.window()
        if self.parent() is not window:
            self.setParent(window)
        self.target = new
        widget = new
        while widget is not None:  # the window too: the ring leaves it when it closes
            widget.installEventFilter(self)
            self.watched.append(widget)
            widget = widget.parentWidget()
        self.place()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if obj is self.parent() and kind in (QEvent.Type.Hide, QEvent.Type.Close):
            # A dialog closing (and perhaps deleted): do not go down with it.
            self.hide()
            self.setParent(None)
            self.target = None
        elif kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                      QEvent.Type.Hide):
            self.later.start()
        return False

    def place(self) -> None:
        target = self.target
        if target is None or not isValid(target) or not target.isVisible() \
                or self.parent() is None:
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        margin = RING + GAP
        top_left = target.mapTo(self.parentWidget(), visible.topLeft())
        self.setGeometry(QRect(top_left, visible.size()).adjusted(-margin, -margin,
                                                                   margin, margin))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(FOCUS_COLOUR), RING)
        painter.setPen(pen)
        half = RING / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


def _wants_ring(widget: QWidget) -> bool:
    # Menus and popups draw their own highlight; a widget inside a scroll area's viewport
    # that fills it (a table) gets the ring around the view.
    if widget.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup:
        return False
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


_ring: FocusRing | None = None


def focus_ring() -> FocusRing:
    global _ring
    if _ring is None or not isValid(_ring):
        _ring = FocusRing()
    return _ring


def _follow(old, new) -> None:
    focus_ring().follow(old, new)
    _enter_presses(new)


def _enter_presses(widget) -> None:
    """Enter on a focused button presses it, as F1 says. Qt does that only for buttons in a
    dialog ("auto default"); the welcome page, the lists' Nieuw… and the forms' buttons are in
    the main window. Set when a button gets the focus: nothing to check on every key."""
    from PySide6.QtWidgets import QDialog, QPushButton

    if (isinstance(widget, QPushButton) and isValid(widget) and not widget.autoDefault()
            and not isinstance(widget.window(), QDialog)):  # a dialog decides for itself
        widget.setAutoDefault(True)


_connected: list[QApplication] = []


def install_focus_ring(app: QApplication) -> None:
    """Start the focus ring (once per application)."""
    if not any(known is app for known in _connected):
        app.focusChanged.connect(_follow)
        _connected.append(app)


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
    for action in (window.backup_action, window.test_backup_action, window.trash_action,
                   window.settings_action):
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
                   window.test_backup_action, window.trash_action, window.settings_action,
                   window.lock_action):
        action.setEnabled(False)
    window.unlocked.connect(lambda: _set_open(window, True))
    window.locked.connect(lambda: _set_open(window, False))


def _set_open(window: MainWindow, is_open: bool) -> None:
    for action in (*window.part_actions, window.search_action, window.trash_action,
                   window.settings_action, window.lock_action, window.test_backup_action):
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
