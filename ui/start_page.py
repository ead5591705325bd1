"""The start page (welcome) and `Page`, the calm column every page before a dossier is open is
built on (create, Noodsleutel, unlock, restore). Pages only show and ask; the main window does
the work (off the GUI thread where it is slow).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.fitted import Fitted
from ui.i18n import translate


def page_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def page_text(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("pageError")
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class Page(QWidget):
    """A centred column of limited width: calm and readable at any window size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The column scrolls when the window is too small for it (large text on a small
        # screen); Qt would otherwise squash its rows and cut the text mid-sentence.
        inner = QWidget(self)
        self.column = QWidget(inner)
        self.column.setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 90)
        self.column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.body = QVBoxLayout(self.column)
        self.body.setSpacing(12)
        self._outer = QHBoxLayout(inner)
        self._outer.addStretch(1)
        self._outer.addWidget(self.column, 4)
        self._outer.addStretch(1)
        self.scroll = Fitted(inner, self)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(self.scroll)
        self.error = _error_label(self.column)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def wrap_up(self) -> None:
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self._outer.setAlignment(self.column, Qt.AlignmentFlag.AlignTop)


class WelcomePage(Page):
    create_clicked = Signal()
    open_clicked = Signal()
    restore_clicked = Signal()
    demo_clicked = Signal()
    about_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.addSpacing(24)
        self.body.addWidget(page_title(translate("Start", "Welkom bij Zorgmap"), self.column))
        self.body.addWidget(
            page_text(
                translate(
                    "Start",
                    "Zorgmap bewaart alles over de zorg voor uw kind op één plek: wie uw kind "
                    "is, besluiten, hulpmiddelen, zorgplannen en documenten. Alles blijft op "
                    "deze computer en is versleuteld met een wachtwoord dat alleen u kent. Er "
                    "gaat niets naar internet; u bepaalt zelf wat u deelt of print.",
                ),
                self.column,
            )
        )
        self.body.addSpacing(8)
        self.create_button = QPushButton(translate("Start", "Nieuw dossier maken"), self.column)
        self.create_button.setDefault(True)
        self.open_button = QPushButton(
            translate("Start", "Een bestaand dossier openen…"), self.column
        )
        self.restore_button = QPushButton(
            translate("Start", "Een reservekopie terugzetten…"), self.column
        )
        self.demo_button = QPushButton(
            translate("Start", "Rondkijken in het voorbeelddossier"), self.column
        )
        for button, signal in (
            (self.create_button, self.create_clicked),
            (self.open_button, self.open_clicked),
            (self.restore_button, self.restore_clicked),
            (self.demo_button, self.demo_clicked),
        ):
            button.setMinimumHeight(button.sizeHint().height() + 10)
            button.clicked.connect(signal)
            self.body.addWidget(button)
        note = page_text(
            translate(
                "Start",
                "Het voorbeelddossier gaat over een verzonnen gezin. Alle "
                "namen en gegevens zijn bedacht; wat u daar verandert, wordt "
                "niet bewaard.",
            ),
            self.column,
        )
        # A hint, but readable: a disabled label's grey is below 3:1 on the window colour.
        note.setObjectName("hint")
        note.setStyleSheet(HINT_STYLE)
        self.body.addWidget(note)
        self.about_button = QPushButton(translate("About", "Over Zorgmap"), self.column)
        self.about_button.setFlat(True)
        self.about_button.clicked.connect(self.about_clicked)
        self.body.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.wrap_up()


def bold(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    widget.setFont(font)


HINT_STYLE = "color: #4a4a4a;"  # 8:1 on the light window colour (#efefef)
