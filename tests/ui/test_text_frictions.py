"""Small frictions a new user met (issue 15): each one a test that fails when it comes back."""

from __future__ import annotations

from PySide6.QtGui import QColor

from tests.conftest import PASSPHRASE


def _settle(qtbot, widget):
    qtbot.waitUntil(lambda: widget.isVisible())
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def test_create_form_does_not_jump_while_the_passphrase_is_typed(make_window, qtbot):
    window = make_window()
    window.show_page(window.create_page)
    page = window.create_page
    _settle(qtbot, page)
    before = (page.second.y(), page.show_box.y(), page.create_button.y())
    for field, text in ((page.first, "kort"), (page.first, PASSPHRASE[4:]),
                        (page.second, "x"), (page.second, "")):
        if text:
            qtbot.keyClicks(field, text)
        else:
            field.clear()
        _settle(qtbot, page)
        assert (page.second.y(), page.show_box.y(), page.create_button.y()) == before


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_welcome_hint_is_readable(make_window):
    from PySide6.QtWidgets import QLabel

    window = make_window()
    hint = window.welcome.findChild(QLabel, "hint")
    assert hint.isEnabled()
    image = hint.grab().toImage()
    background = window.welcome.palette().window().color()
    darkest = min((image.pixelColor(x, y) for y in range(image.height())
                   for x in range(image.width())), key=_luminance)
    assert contrast(darkest, background) >= 4.5  # WCAG AA for normal text
