"""Tabs that stay all in sight: with large text or on a small screen they wrap onto more rows.

A `QTabBar` that does not fit shows scroll arrows, and a parent then cannot see all sections
(issue 15: "Over" at 200 % text). `SectionTabs` holds a normal `QTabWidget` (`tabs`); when its
tab bar would need the arrows, the bar hides and the same sections show as buttons that wrap
onto as many rows as needed. The keyboard works as on a tab bar: one Tab stop (the current
section), the arrow keys, Home/End, Ctrl+Tab and Ctrl+Shift+Tab (Ctrl+PgDn/PgUp).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.flow import FlowLayout


class SectionButtons(QWidget):
    """The sections of a `QTabWidget` as buttons in rows; the current one is pressed."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._choose)
        self.flow = FlowLayout(self)
        # The current section stands out as the selected part in the sidebar does.
        self.setStyleSheet(
            "QPushButton { padding: 3px 10px; border: 1px solid palette(mid);"
            " border-radius: 3px; background: palette(button); }"
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        tabs.currentChanged.connect(self.show_current)

    def buttons(self) -> list[QPushButton]:
        return [self.group.button(i) for i in range(len(self.group.buttons()))]

    def sync(self) -> None:
        """One button per tab, with the tab's text."""
        buttons = self.buttons()
        for index in range(self.tabs.count()):
            text = self.tabs.tabText(index)
            if index < len(buttons):
                buttons[index].setText(text)
                continue
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAccessibleName(text)
            button.installEventFilter(self)
            self.group.addButton(button, index)
            self.flow.addWidget(button)
        for button in buttons[self.tabs.count():]:
            self.group.removeButton(button)
            button.deleteLater()
        self.show_current(self.tabs.currentIndex())

    def show_current(self, index: int) -> None:
        for i, button in enumerate(self.buttons()):
            button.setChecked(i == index)
            # One Tab stop, as on a tab bar: the current section.
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if i == index
                                  else Qt.FocusPolicy.ClickFocus)

    def _choose(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        step = _step(event, self.tabs.currentIndex(), self.tabs.count())
        if step is None:
            return False
        self.tabs.setCurrentIndex(step)
        button = self.group.button(step)
        if button is not None:
            button.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def _step(event, current: int, count: int) -> int | None:
    """The section a key moves to, or None for a key that is not ours."""
    key, mods = event.key(), event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    if ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_PageDown):
        back = bool(mods & Qt.KeyboardModifier.ShiftModifier) and key == Qt.Key.Key_Tab
        return (current + (-1 if back else 1)) % count
    if ctrl and key in (Qt.Key.Key_Backtab, Qt.Key.Key_PageUp):
        return (current - 1) % count
    if mods & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
        return min(current + 1, count - 1)
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
        return max(current - 1, 0)
    if key == Qt.Key.Key_Home:
        return 0
    if key == Qt.Key.Key_End:
        return count - 1
    return None


class SectionTabs(QWidget):
    """A `QTabWidget` (`tabs`) whose sections wrap onto rows of buttons when the tab bar would
    need scroll arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.buttons = SectionButtons(self.tabs, self)
        self.buttons.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.buttons)
        layout.addWidget(self.tabs, 1)

    def wrapped(self) -> bool:
        """True while the sections show as rows of buttons."""
        return not self.buttons.isHidden()

    def fit(self) -> None:
        """Tabs when they all fit in the width, else rows of buttons."""
        bar = self.tabs.tabBar()
        wrap = bar.sizeHint().width() > self.width()
        if wrap:
            self.buttons.sync()
        had_focus = bar.hasFocus() or any(b.hasFocus() for b in self.buttons.buttons())
        self.buttons.setVisible(wrap)
        bar.setVisible(not wrap)
        if had_focus:  # the keyboard stays on the sections
            target = self.buttons.group.button(self.tabs.currentIndex()) if wrap else bar
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
