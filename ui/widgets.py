"""Input widgets that speak the parents' language: dd-mm-jjjj dates, coded choices, small tables."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.searchable import make_searchable
from ui.util import DATE_HINT, format_date, label, parse_date


class DateEdit(QLineEdit):
    """A date as text (dd-mm-jjjj): forgiving to type, checked by the form, never a spin box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("Dates", DATE_HINT))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 40)

    def date(self) -> dt.date | None:
        return parse_date(self.text())  # raises DateProblem

    def setDate(self, day: dt.date | None) -> None:  # noqa: N802 - Qt naming
        self.setText(format_date(day))


class ChoiceBox(QComboBox):
    """A choice from a closed set (an enum) or an open reference list (free text allowed).

    Values stay Python objects (Qt would turn an enum member into a plain str).
    """

    def __init__(
        self,
        choices: list[tuple[object, str]],
        *,
        editable: bool = False,
        empty: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(editable)
        if editable:
            # Enter must not add the typed text as a new item: the typed text *is* the value
            # (and joins the family's own reference list once saved).
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._values: list[object] = []
        if empty:
            self._add(None, "")
        for value, text in choices:
            self._add(value, text)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        make_searchable(self)  # long lists (the ~30 roles) open in full and filter as typed

    def _add(self, value, text: str) -> None:
        # Each item carries the index of its value: an item that Qt (or anyone) adds without
        # one is read as its own text, never as another item's value.
        self._values.append(value)
        self.addItem(text, len(self._values) - 1)

    def _value_at(self, index: int):
        token = self.itemData(index) if 0 <= index < self.count() else None
        if isinstance(token, int) and 0 <= token < len(self._values):
            return self._values[token]
        return self.itemText(index).strip() if 0 <= index < self.count() else None

    def _index_of(self, value) -> int:
        for i in range(self.count()):
            known = self._value_at(i)
            if known == value and (known is not None or value is None):
                return i
        return -1

    def value(self):
        index = self.currentIndex()
        if self.isEditable():
            text = self.currentText().strip()
            if 0 <= index < self.count() and self.itemText(index) == self.currentText():
                return self._value_at(index)
            match = self.findText(text, Qt.MatchFlag.MatchFixedString)
            return self._value_at(match) if match >= 0 else text
        return self._value_at(index) if index >= 0 else None

    def setValue(self, value) -> None:  # noqa: N802 - Qt naming
        index = self._index_of(value)
        if index < 0 and value not in (None, ""):
            if self.isEditable():
                self.setCurrentIndex(-1)
                self.setEditText(str(value))
                return
            self._add(value, str(value))
            index = self.count() - 1
        if index < 0:
            index = 0
        self.setCurrentIndex(index)
        if self.isEditable():
            self.lineEdit().setCursorPosition(0)  # show the start of a long label


def enum_choices(labels: dict) -> list[tuple[object, str]]:
    return [(value, label(text)) for value, text in labels.items()]


class SubTable(QWidget):
    """A short list of small items (goals, agreements, seizure types) edited in place."""

    changed = Signal()

    def __init__(
        self,
        columns: list[tuple[str, str, object]],
        *,
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        """columns: (attribute, header, kind) with kind 'text', 'date' or an enum label dict."""
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([header for _, header, _ in columns])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col, (_attr, _header, kind) in enumerate(columns):
            if isinstance(kind, dict) or kind == "date":
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        line = self.table.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(line * 5)
        self.table.setMaximumHeight(line * 12)
        self.table.verticalHeader().setDefaultSectionSize(line + 10)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(translate("Forms", "Regel weghalen"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.setAccessibleName(add_text)

    def rows(self) -> list[dict[str, object]]:
        """The cells as {attribute: value}; dates parsed (DateProblem on a bad one)."""
        result = []
        for row in range(self.table.rowCount()):
            values: dict[str, object] = {}
            for col, (attr, _header, kind) in enumerate(self.columns):
                if isinstance(kind, dict):
                    box = self.table.cellWidget(row, col)
                    values[attr] = box.value() if box else None
                else:
                    item = self.table.item(row, col)
                    text = item.text() if item else ""
                    values[attr] = parse_date(text) if kind == "date" else text
            result.append(values)
        return result

    def set_rows(self, rows: list[dict[str, object]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self._append(values)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()

    def _append(self, values: dict[str, object]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, (attr, _header, kind) in enumerate(self.columns):
            value = values.get(attr)
            if isinstance(kind, dict):
                box = ChoiceBox(enum_choices(kind))
                box.setValue(value if value is not None else next(iter(kind)))
                box.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, col, box)
            else:
                text = format_date(value) if kind == "date" else str(value or "")
                self.table.setItem(row, col, QTableWidgetItem(text))

    def add_row(self) -> None:
        self._append({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0) or QTableWidgetItem())
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()


class Banner(QLabel):
    """A calm coloured strip for a message (demo notice, undo offer, read-only)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setMargin(8)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(pal)
        self.setFrameShape(QLabel.Shape.StyledPanel)


def is_enum_dict(kind: object) -> bool:
    return isinstance(kind, dict) and all(isinstance(k, Enum) for k in kind)


def action_row(parent: QWidget, text: str, act, cancel, *,
               cancel_text: str | None = None, default: bool = True,
               ) -> tuple[QPushButton, QHBoxLayout]:
    """A dialog's closing row, right-aligned: 'Annuleren' (or `cancel_text`) and the dialog's
    own action (`default`: Enter presses it)."""
    action = QPushButton(text, parent)
    action.setDefault(default)
    action.clicked.connect(act)
    cancel_button = QPushButton(cancel_text or translate("Common", "Annuleren"), parent)
    cancel_button.clicked.connect(cancel)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel_button)
    row.addWidget(action)
    return action, row


def wrapped_label(text: str, parent: QWidget) -> QLabel:
    """A label that wraps its text and lets the mouse select it (to copy a code or a path)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def resize_in_text(widget: QWidget, columns: int, lines: int) -> None:
    """Give a dialog its first size in characters and lines of its own font, so it grows with
    a larger text setting (a size in pixels squeezed its fields at 200%), and never larger
    than the screen."""
    metrics = widget.fontMetrics()
    width = metrics.horizontalAdvance("x") * columns
    height = metrics.lineSpacing() * lines
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.9))
    widget.resize(width, height)
