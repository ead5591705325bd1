"""Readable at 150% and 200% text size on a 1366x768 screen: nothing a parent needs is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from tests.ui.helpers import text_size


@pytest.fixture
def text_200(qapp):
    with text_size(qapp, 2.0) as scale:
        yield scale


@pytest.fixture(params=[1.5, 2.0], ids=["150%", "200%"])
def large_text(request, qapp):
    with text_size(qapp, request.param) as scale:
        yield scale


def test_wat_als_section_list_is_not_cut(large_text, demo_window, qtbot):
    window = demo_window
    window.resize(1366, 768)
    screen = window.view.show_part("future")
    qtbot.waitUntil(screen.sections.isVisible)
    sections = screen.sections
    metrics = QFontMetrics(sections.font())
    width = sections.viewport().width()
    assert sections.count() == 6
    for row in range(sections.count()):
        item = sections.item(row)
        rect = sections.visualItemRect(item)
        needed = metrics.boundingRect(QRect(0, 0, rect.width(), 10000),
                                      int(Qt.TextFlag.TextWordWrap), item.text())
        assert rect.right() <= width, item.text()
        assert rect.height() >= needed.height(), item.text()
        assert needed.width() <= rect.width(), item.text()


def test_key_columns_stay_whole_with_large_text(large_text, demo_window):
    from tests.ui.test_columns import _needs

    window = demo_window
    window.resize(1366, 768)
    for part, headers in (("network", ["Naam", "Telefoon"]), ("journal", ["Datum"]),
                          ("decisions", ["Wet", "Geldig tot"])):
        table = window.view.show_part(part).table
        model = table.model()
        by_header = {model.headerData(c, Qt.Orientation.Horizontal): c
                     for c in range(model.columnCount())}
        for header in headers:
            col = by_header[header]
            assert table.columnWidth(col) >= _needs(table, col), (part, header)


def _sections_in_sight(screen) -> list[str]:
    """The names of the Over sections a parent cannot see whole (empty when all show)."""
    from PySide6.QtWidgets import QTabBar, QToolButton

    hidden = []
    for bar in screen.findChildren(QTabBar):
        if bar.isVisible() and any(b.isVisible() for b in bar.findChildren(QToolButton)):
            hidden.append("scroll arrows on the tab bar")
    tabs = screen.tabs
    if screen.tabs.tabBar().isVisible():
        bar = tabs.tabBar()
        hidden += [tabs.tabText(i) for i in range(tabs.count())
                   if not screen.rect().contains(
                       bar.tabRect(i).translated(bar.mapTo(screen, bar.rect().topLeft())))]
    else:
        buttons = screen.sections.buttons.buttons()
        assert [b.text() for b in buttons] == [tabs.tabText(i) for i in range(tabs.count())]
        for button in buttons:
            rect = button.rect().translated(button.mapTo(screen, button.rect().topLeft()))
            if not (button.isVisible() and screen.rect().contains(rect)
                    and button.width() >= button.sizeHint().width()):
                hidden.append(button.text())
    return hidden


def test_over_sections_all_in_sight_at_large_text(large_text, demo_window, qtbot):
    """Issue 15 item 5: at 200 % text the tabs of "Over" needed scroll arrows, so a parent
    could not see every section. Every section shows whole, on a 1366x768 screen."""
    window = demo_window
    window.resize(1366, 768)
    screen = window.view.show_part("about")
    qtbot.waitUntil(screen.isVisible)
    assert _sections_in_sight(screen) == []
    assert screen.tabs.count() == 7
    assert window.width() <= 1366  # the window did not grow past the screen


def test_wrapped_sections_work_with_the_keyboard(text_200, demo_window, qtbot):
    """With wrapped sections: one Tab stop, the arrow keys and Ctrl+Tab move between them."""
    window = demo_window
    window.resize(1366, 768)
    screen = window.view.show_part("about")
    qtbot.waitUntil(screen.isVisible)
    assert screen.sections.wrapped()
    buttons = screen.sections.buttons.buttons()
    tab_stops = [b for b in buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [buttons[0]]
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    assert screen.tabs.currentIndex() == 1
    qtbot.keyClick(buttons[1], Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert screen.tabs.currentIndex() == 2
    qtbot.keyClick(buttons[2], Qt.Key.Key_End)
    assert screen.tabs.currentIndex() == 6
    assert buttons[6].isChecked() and not buttons[2].isChecked()
    qtbot.keyClick(buttons[6], Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert screen.tabs.currentIndex() == 5
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert screen.tabs.currentIndex() == 0


def test_every_screen_fits_a_1366_screen_at_200_percent(text_200, demo_window, qtbot):
    """No screen makes the window wider than a 1366x768 screen at 200 % text (button rows
    wrap; what still does not fit scrolls inside the window)."""
    from ui.dossier_view import PARTS

    window = demo_window
    window.resize(1366, 768)
    for key, _title in PARTS:
        screen = window.view.show_part(key)
        qtbot.waitUntil(screen.isVisible)
        assert window.width() <= 1366 and window.height() <= 768, key
        # the screen's width fits, so nothing scrolls sideways
        assert screen.minimumSizeHint().width() <= window.view.stack.width(), key


def test_logboek_quick_entry_keeps_its_fields_readable(large_text, demo_window, qtbot):
    """At 200% on 1366x768 the one-line quick entry squeezed "Met wie" to "Met …"; it goes on
    two lines then, and on one at normal size."""
    window = demo_window
    window.resize(1366, 768)
    screen = window.view.show_part("journal")
    qtbot.waitUntil(screen.quick_who.isVisible)
    for field in (screen.quick_who, screen.quick_text):
        metrics = QFontMetrics(field.font())
        shown = field.contentsRect().width()
        assert shown >= metrics.horizontalAdvance(field.placeholderText()[:16]), (
            field.placeholderText())


def test_logboek_quick_entry_is_one_line_at_normal_size(demo_window, qtbot):
    window = demo_window
    window.resize(1366, 768)
    screen = window.view.show_part("journal")
    qtbot.waitUntil(screen.quick_who.isVisible)
    assert screen.quick_row.two_lines is False
    qtbot.waitUntil(lambda: screen.quick_who.y() == screen.quick_text.y())


def test_plan_progress_words_are_not_drawn_across_the_bar(text_200, demo_window, qtbot):
    window = demo_window
    window.resize(1366, 768)
    screen = window.view.show_part("future")
    qtbot.waitUntil(screen.progress_text.isVisible)
    assert not screen.progress.isTextVisible()
    assert screen.progress_text.text() == screen.progress.text()
    assert "van 6 delen ingevuld" in screen.progress_text.text()


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
def test_settings_rows_are_not_squashed_or_cut(open_window, qtbot, qapp, scale):
    """Instellingen grew taller than the screen at 200% and Qt squashed every row into half
    its height; beside its button the second place was cut to "nog geen (bijv"."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QPushButton

    with text_size(qapp, scale):
        window = open_window()
        dialog = window.show_settings()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.key_settings.place_label.height() > 0)
        for widget in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) \
                + dialog.findChildren(QAbstractSpinBox):
            if not widget.isVisible():
                continue
            needed = (widget.heightForWidth(widget.width()) if widget.hasHeightForWidth()
                      else widget.minimumSizeHint().height())
            assert widget.height() >= needed, (type(widget).__name__, widget.property("text"))
        place = dialog.key_settings.place_label
        metrics = QFontMetrics(place.font())
        whole = metrics.boundingRect(QRect(0, 0, place.contentsRect().width(), 10000),
                                     int(Qt.TextFlag.TextWordWrap), place.text())
        assert whole.height() <= place.contentsRect().height(), place.text()
        dialog.close()


def test_start_pages_scroll_instead_of_cutting_their_text(text_200, make_window, qtbot):
    """At 200% in a 900x700 window the welcome text stopped mid-sentence after two lines:
    Qt squashed the column into the window. The page scrolls now, every line whole."""
    from PySide6.QtWidgets import QLabel

    window = make_window()
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    for page in (window.welcome, window.create_page):
        window.show_page(page)
        qtbot.waitUntil(lambda p=page: p.column.isVisible())
        labels = [lb for lb in page.column.findChildren(QLabel)
                  if lb.isVisible() and lb.wordWrap() and lb.text()]
        assert labels
        for label in labels:
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    assert window.welcome.scroll.verticalScrollBar().maximum() > 0


def test_lock_and_who_stay_visible_at_200_percent(text_200, open_window, qtbot):
    """At large text "Bezig als" and Vergrendelen sat behind the toolbar's » with the
    rarest actions; they have a bar of their own, on a second row when needed."""
    window = open_window()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.toolBarBreak(window.account_bar))
    for widget in (window.account_bar.widgetForAction(window.lock_action),
                   window.profile_button):
        qtbot.waitUntil(widget.isVisible)
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert window.rect().contains(corner)


def test_one_toolbar_row_at_normal_size(open_window, qtbot):
    window = open_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.account_bar.isVisible()
    assert not window.toolBarBreak(window.account_bar)
    assert window.account_bar.y() == window.toolbar.y()


def test_team_dialog_grows_with_the_text(text_200, open_window, qtbot):
    """At 200% the dialog kept its pixel size and squeezed 'Gedeelde map' to a 55-pixel box."""
    window = open_window()
    window.team_action.trigger()
    dialog = window.team_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.folder.isVisible())
    wide = dialog.folder.fontMetrics().horizontalAdvance("x") * 20
    room = dialog.screen().availableGeometry().width()
    assert dialog.folder.width() >= min(wide, room // 4)
    dialog.close()
