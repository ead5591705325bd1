"""The dossier while unlocked: the sidebar of parts and their screens, built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.fitted import Fitted
from ui.i18n import translate
from ui.widgets import Banner

if TYPE_CHECKING:
    from ui.session import Session


PARTS = [
    ("overview", QT_TRANSLATE_NOOP("Parts", "Overzicht")),
    ("about", QT_TRANSLATE_NOOP("Parts", "Over mij")),
    ("network", QT_TRANSLATE_NOOP("Parts", "Netwerk")),
    ("decisions", QT_TRANSLATE_NOOP("Parts", "Indicaties en besluiten")),
    ("aids", QT_TRANSLATE_NOOP("Parts", "Hulpmiddelen")),
    ("careplans", QT_TRANSLATE_NOOP("Parts", "Zorgplannen")),
    ("future", QT_TRANSLATE_NOOP("Parts", "Wat als…")),
    ("documents", QT_TRANSLATE_NOOP("Parts", "Documenten")),
    ("journal", QT_TRANSLATE_NOOP("Parts", "Logboek")),
]


def _screen_classes():
    from ui.screens.about import AboutScreen
    from ui.screens.aids import AidsScreen
    from ui.screens.careplans import CarePlansScreen
    from ui.screens.decisions import DecisionsScreen
    from ui.screens.documents import DocumentsScreen
    from ui.screens.future import FutureScreen
    from ui.screens.journal import JournalScreen
    from ui.screens.network import NetworkScreen
    from ui.screens.overview import OverviewScreen

    return {
        "overview": OverviewScreen,
        "about": AboutScreen,
        "network": NetworkScreen,
        "decisions": DecisionsScreen,
        "aids": AidsScreen,
        "careplans": CarePlansScreen,
        "future": FutureScreen,
        "documents": DocumentsScreen,
        "journal": JournalScreen,
    }


class DossierView(QWidget):
    """The sidebar and the screens of one unlocked dossier."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(translate("Main", "Onderdelen van het dossier"))
        self.sidebar.setObjectName("sidebar")
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.sidebar.setSpacing(3)
        self.stack = QStackedWidget(self)
        # Screens are built when first shown: unlocking then costs one screen, not nine.
        self.screens: dict[str, QWidget] = {}
        for _key, title in PARTS:
            self.stack.addWidget(QWidget(self.stack))
            self.sidebar.addItem(translate("Parts", title))
        self.update_titles()
        width = max(self.sidebar.sizeHintForColumn(0) + 36, 180)
        self.sidebar.setFixedWidth(width)
        self.sidebar.currentRowChanged.connect(self._show_row)

        self.banner = Banner("", self)
        self.banner.hide()
        if session.demo:
            self.banner.setText(
                translate(
                    "Main",
                    "Voorbeelddossier: alle namen en gegevens zijn "
                    "verzonnen. Wat u verandert, wordt na het sluiten "
                    "weggegooid.",
                )
            )
            self.banner.show()
        elif session.read_only:
            self.banner.setText(
                translate(
                    "Main",
                    "Alleen lezen: dit dossier is al open in een ander "
                    "venster. Wijzigingen worden niet bewaard.",
                )
            )
            self.banner.show()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        session.changed.connect(self._changed)
        self.sidebar.setCurrentRow(0)

    def update_titles(self) -> None:
        name = self.session.child_name()
        item = self.sidebar.item(1)
        if item is not None:
            item.setText(
                translate("Main", "Over %1").replace("%1", name)
                if name
                else translate("Parts", "Over mij")
            )

    def part_titles(self) -> dict[str, str]:
        return {key: self.sidebar.item(i).text() for i, (key, _t) in enumerate(PARTS)}

    def _changed(self, kind: str) -> None:
        if kind == "child_profile":
            self.update_titles()

    def screen(self, key: str) -> QWidget:
        """The screen of a part, built on first use."""
        if key not in self.screens:
            row = [k for k, _t in PARTS].index(key)
            screen = _screen_classes()[key](self.session, self.stack)
            screen.open_requested.connect(self.open_record)
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, Fitted(screen, self.stack))
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self.screens[key] = screen
        return self.screens[key]

    def _show_row(self, row: int) -> None:
        current = self.current_screen()
        if current is not None and hasattr(current, "flush"):
            current.flush()
        screen = self.screen(PARTS[row][0])
        self.stack.setCurrentIndex(row)
        screen.shown()

    def show_part(self, key: str) -> QWidget:
        row = [k for k, _t in PARTS].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return self.screen(key)

    def current_screen(self):
        page = self.stack.currentWidget()
        return page.widget() if isinstance(page, Fitted) else page

    def open_record(self, kind: str, record_id: str) -> None:
        from ui.search import PART_OF_KIND

        part = PART_OF_KIND.get(kind, "overview")
        screen = self.show_part(part)
        screen.open_record(kind, record_id)

    def flush(self) -> None:
        for screen in self.screens.values():
            screen.flush()
