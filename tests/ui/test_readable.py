"""Readable at 150% and 200% text size on a 1366x768 screen: nothing a parent needs is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics


@pytest.fixture(params=[1.5, 2.0], ids=["150%", "200%"])
def large_text(request, qapp):
    font = qapp.font()
    original = qapp.font()
    font.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(original)


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
