"""Every control a screen reader can reach has a name: walk the accessibility tree per screen.

The names come from Qt's accessibility interface (QAccessible), as a screen reader gets them:
a button's text, a field's accessibleName or the label that is its buddy.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit, QAbstractSlider, QTabBar)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) or "").strip() if interface else ""


def is_control(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox,
                                                                      QAbstractSpinBox)):
        return False  # the editor inside a combo or spin box: the box carries the name
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return False  # parts of their view, which carries the name
    if isinstance(widget, CONTROLS):
        return True
    # A label reached with Tab (the Overzicht's lines, the Noodsleutel) is a control too.
    return isinstance(widget, QLabel) and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not is_control(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.parent() is not None and \
                type(widget.parent()).__name__ in ("QScrollBar", "QTabBar", "QLineEdit"):
            continue  # Qt's own parts of a scroll bar, tab bar or clear button
        found.append(widget)
    return found


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in controls(root):
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{type(widget.parent()).__name__} {widget.toolTip()[:30]!r}")
    return found


def test_the_check_finds_a_control_without_a_name(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    named = QLineEdit(box)
    named.setAccessibleName("Naam van uw kind")
    QLineEdit(box).setObjectName("zonder naam")
    box.show()
    assert unnamed_controls(box) == ["QLineEdit 'zonder naam' in QWidget ''"]


def test_start_pages_name_every_control(make_window, qtbot):
    window = make_window()
    problems = {}
    for page in (window.welcome, window.create_page, window.restore_page, window.unlock_page,
                 window.recovery_page):
        window.show_page(page)
        qtbot.waitUntil(page.isVisible)
        if unnamed_controls(window):
            problems[type(page).__name__] = unnamed_controls(window)
    assert problems == {}


def _screens(window):
    """Every part, and every tab of a part with tabs."""
    from PySide6.QtWidgets import QTabWidget

    from ui.mainwindow import PARTS

    for key, _title in PARTS:
        screen = window.view.show_part(key)
        tabs = screen.findChildren(QTabWidget)
        if not tabs:
            yield key, screen
        for tab_widget in tabs:
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                yield f"{key}/{tab_widget.tabText(i)}", screen


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)",
                           r"This plugin does not support raise\(\)",
                           r"This plugin does not support grabbing the keyboard")
def test_every_screen_names_every_control(demo_window, qtbot):
    window = demo_window
    problems = {}
    checked = set()
    for name, _screen in _screens(window):
        qtbot.waitUntil(lambda: window.view.current_screen().isVisible())
        checked.update(id(w) for w in controls(window))
        missing = unnamed_controls(window)
        if missing:
            problems[name] = missing
    for opener in (window.show_search, window.show_share, window.show_settings,
                   window.show_trash):
        dialog = opener()
        qtbot.waitUntil(dialog.isVisible)
        missing = unnamed_controls(dialog)
        if missing:
            problems[type(dialog).__name__] = missing
        checked.update(id(w) for w in controls(dialog))
        dialog.close()
    assert len(checked) > 150  # the walk reached the forms, not only the sidebar
    assert problems == {}
