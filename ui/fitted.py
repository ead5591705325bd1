"""`Fitted`: a page that scrolls when the window is too small for it, instead of growing the
window or squashing its rows (large text on a small screen). Used by the dossier's screens
(ui/dossier_view.py) and the pages before a dossier is open (ui/start_page.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea, QWidget


class Fitted(QScrollArea):
    """A screen or page that scrolls when it needs more room than the window has (200 % text
    on a 1366x768 screen), instead of making the window larger than the screen or squashing
    its rows. The screen gets the whole room, or its minimum size where that is larger (a
    resizable scroll area would ask a screen with wrapping text for its preferred height and
    scroll too soon)."""

    def __init__(self, screen: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(screen.focusPolicy())
        self.setWidget(screen)
        screen.installEventFilter(self)

    def _fit(self) -> None:
        screen = self.widget()
        room, need = self.maximumViewportSize(), screen.minimumSizeHint()
        width, height = room.width(), max(room.height(), 1)
        layout = screen.layout()
        for _pass in range(2):  # a scroll bar takes room from the other direction
            wide = max(width, need.width())
            least = need.height()
            if layout is not None and layout.hasHeightForWidth():
                least = max(least, layout.minimumHeightForWidth(wide))  # wrapped text
            if least > height and width == room.width():
                width -= self.verticalScrollBar().sizeHint().width()
            elif wide > width and height == room.height():
                height -= self.horizontalScrollBar().sizeHint().height()
        screen.resize(max(width, need.width()), max(height, least))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)
