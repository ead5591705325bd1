"""Long choice lists a parent can search: type part of a word ("arts") and pick from what fits.

A setting on a combo box (its popup length and a completer), so it composes with whatever the
box does with typed values.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

#: Items shown at once when the list opens (Qt shrinks it to the screen when needed).
VISIBLE_ITEMS = 40


def make_searchable(box: QComboBox) -> None:
    box.setMaxVisibleItems(VISIBLE_ITEMS)
    if not box.isEditable():
        return  # a closed list: typing the first letters jumps to an item already
    completer = QCompleter(box.model(), box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(VISIBLE_ITEMS)
    completer.popup().setAccessibleName(box.accessibleName() or "Keuzes")
    box.setCompleter(completer)
