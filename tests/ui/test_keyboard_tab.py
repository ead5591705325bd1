"""Tab leaves a list: a keyboard-only parent reaches the form and the buttons beside it.

QTableView moves between cells on Tab by default, so on every list screen with rows Tab
stayed in the table for ever (found by the parentqa keyboard walk)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _tab_leaves(table, qtbot) -> bool:
    model = table.model()
    assert model.rowCount() * model.columnCount() > 1  # one cell never kept the focus
    table.window().activateWindow()
    qtbot.waitUntil(table.window().isActiveWindow)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    return QApplication.focusWidget() is not table


def test_tab_moves_out_of_every_list(demo_window, qtbot):
    window = demo_window
    stuck = [part for part in ("network", "decisions", "aids", "careplans", "journal",
                               "documents")
             if not _tab_leaves(window.view.show_part(part).table, qtbot)]
    assert stuck == []


def test_tab_moves_out_of_the_history_list(demo_window, qtbot):
    screen = demo_window.view.show_part("network")
    screen.table.selectRow(0)
    screen.form.history_button.click()
    dialog = screen.form.history_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert _tab_leaves(dialog.table, qtbot)


def test_tab_from_the_logboek_quick_entry_goes_on_to_its_list(open_window, qtbot):
    """Date, Hoe, Met wie, Wat is er gezegd, Toevoegen, then the search and the list below:
    Tab after Toevoegen jumped to the toolbar ("Bezig als"), so the list could not be
    reached from the quick entry, and Shift+Tab from the search never reached Toevoegen."""
    window = open_window()
    screen = window.view.show_part("journal")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order = [screen.quick_date, screen.quick_channel, screen.quick_who, screen.quick_text,
             screen.quick_button, screen.filter, screen.table]
    order[0].setFocus()
    qtbot.waitUntil(order[0].hasFocus)
    reached = [QApplication.focusWidget()]
    for _ in order[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == order
    for widget in reversed(order[:-1]):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is widget
