"""Table columns that show what matters: full names, medicines, phone numbers and dates.

`fit_columns` sizes each column to its contents and header; only long free text ("Wat is er
gezegd") is capped, in characters so it scales with the font. `ColumnMemory` keeps the widths
a parent dragged, per table, in QSettings: numbers only, never a name or a text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView

#: Wider than any name, medicine, phone number, date or header we show; only free text is
#: longer, and that column is cut (its full text is in the form beside the list).
KEY_COLUMN_CHARS = 42
MIN_COLUMN_CHARS = 6


#: The first column names the row (a name, a medicine, an aid request): longer still.
FIRST_COLUMN_CHARS = 80


def fit_columns(table: QTableView, max_chars: int = KEY_COLUMN_CHARS,
                first_max_chars: int = FIRST_COLUMN_CHARS) -> None:
    metrics = table.fontMetrics()
    narrowest = metrics.averageCharWidth() * MIN_COLUMN_CHARS
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return
    for col in range(model.columnCount()):
        if header.isSectionHidden(col):
            continue
        table.resizeColumnToContents(col)
        # resizeColumnToContents measures the header too; add room for the sort arrow.
        width = table.columnWidth(col) + metrics.averageCharWidth() * 2
        widest = metrics.averageCharWidth() * (first_max_chars if col == 0 else max_chars)
        table.setColumnWidth(col, max(narrowest, min(width, widest)))


class ColumnMemory(QObject):
    """Remember the column widths the parent sets by dragging, per table, across restarts."""

    def __init__(self, table: QTableView, name: str, settings: QSettings | None) -> None:
        super().__init__(table)
        self.table = table
        self.key = f"columns/{name}"
        self.settings = settings
        table.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, _index: int, _old: int, _new: int) -> None:
        # Only a drag by the parent (the mouse is down on the header) is remembered; sizing by
        # the program and the stretching last column are not.
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.save()

    def save(self) -> None:
        if self.settings is None:
            return
        model = self.table.model()
        widths = [self.table.columnWidth(c) for c in range(model.columnCount() if model else 0)]
        self.settings.setValue(self.key, ",".join(str(w) for w in widths))

    def restore(self) -> bool:
        """Apply remembered widths; False when there are none (or the columns changed)."""
        if self.settings is None:
            return False
        value = self.settings.value(self.key)
        model = self.table.model()
        try:
            widths = [int(w) for w in str(value).split(",")] if value else []
        except ValueError:
            return False
        if not widths or model is None or len(widths) != model.columnCount():
            return False
        last = len(widths) - 1
        for col, width in enumerate(widths):
            if col != last or not self.table.horizontalHeader().stretchLastSection():
                self.table.setColumnWidth(col, max(width, 20))
        return True


def settings_of(widget) -> QSettings | None:
    """The main window's QSettings (tests and the screenshot tool inject their own)."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.parent()
    return None
