"""The window works without a mouse: menus and shortcuts, one Tab per link, a visible focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest


def press(window, qtbot, key, modifier=Qt.KeyboardModifier.ControlModifier):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, key, modifier)


def test_menu_bar_has_the_usual_menus(open_window):
    window = open_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Dossier", "&Ga naar", "&Help"]
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.lock_action))}
    assert {"Ctrl+F", "Ctrl+P", "Ctrl+L", "Ctrl+Q", "F1"} <= shortcuts
    assert {f"Ctrl+{n}" for n in range(1, 10)} <= shortcuts


def test_ctrl_number_jumps_to_a_screen(open_window, qtbot):
    from ui.mainwindow import PARTS

    window = open_window()
    for number, (key, _title) in [(3, PARTS[2]), (9, PARTS[8]), (1, PARTS[0])]:
        press(window, qtbot, getattr(Qt.Key, f"Key_{number}"))
        qtbot.waitUntil(lambda k=key: window.view.current_screen() is window.view.screens.get(k))


def test_ctrl_l_locks_and_ctrl_q_quits(open_window, qtbot):
    window = open_window()
    press(window, qtbot, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.session is None)
    assert not window.part_actions[0].isEnabled()  # Ctrl+1 does nothing while locked
    press(window, qtbot, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_f1_opens_help(make_window, qtbot):
    from PySide6.QtWidgets import QDialog

    window = make_window()
    assert any(a.shortcut().toString() == "F1" and a.isEnabled()
               for a in window.findChildren(type(window.lock_action)))
    press(window, qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog)))
    for dialog in window.findChildren(QDialog):
        dialog.close()


def test_passphrase_field_has_focus_after_a_restart(make_window, closed_dossier, settings, qtbot):
    settings.setValue("recent", [str(closed_dossier)])
    window = make_window()
    assert window.pages.currentWidget() is window.unlock_page
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is window.unlock_page.secret)


def test_each_overview_line_is_one_tab_stop(demo_window, qtbot):
    from ui.screens.overview import LinkLabel

    window = demo_window
    screen = window.view.show_part("overview")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    links = [w for w in screen.findChildren(LinkLabel) if w.isVisible()]
    assert len(links) >= 3
    links[0].setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is links[0])
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is links[1]
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is links[2]
    # Enter opens the line's record.
    opened = []
    screen.open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert opened and opened[0][1] == links[2].record_id


def _has_colour(image, colour: QColor) -> bool:
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y) == colour:
                return True
    return False


def _around(window, widget, margin: int = 6):
    from PySide6.QtCore import QRect

    top_left = widget.mapTo(window, widget.rect().topLeft())
    area = QRect(top_left, widget.size()).adjusted(-margin, -margin, margin, margin)
    return window.grab(area).toImage()


def test_focus_ring_is_clearly_visible(make_window, qtbot):
    from ui.menus import FOCUS_COLOUR, focus_ring

    window = make_window()
    window.show_page(window.create_page)
    field = window.create_page.name
    back = window.create_page.back_button
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    back.setFocus()
    qtbot.waitUntil(lambda: back.hasFocus() and focus_ring().isVisible())
    assert not _has_colour(_around(window, field), QColor(FOCUS_COLOUR))
    assert _has_colour(_around(window, back), QColor(FOCUS_COLOUR))  # buttons too
    field.setFocus()
    qtbot.waitUntil(lambda: focus_ring().target is field)
    assert focus_ring().geometry().contains(field.geometry().translated(
        field.mapTo(window, field.rect().topLeft()) - field.geometry().topLeft()))
    assert _has_colour(_around(window, field), QColor(FOCUS_COLOUR))
    assert not _has_colour(_around(window, back), QColor(FOCUS_COLOUR))


def test_focus_ring_survives_a_dialog_that_is_deleted(open_window, qtbot):
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    from ui.menus import focus_ring

    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = window.show_settings()
    qtbot.waitUntil(dialog.isVisible)
    dialog.minutes.setFocus()
    qtbot.waitUntil(lambda: focus_ring().parent() is dialog)
    ring = focus_ring()
    dialog.close()  # WA_DeleteOnClose
    QApplication.processEvents()
    assert isValid(ring) and ring is focus_ring()  # not deleted with the dialog
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.sidebar.setFocus()
    qtbot.waitUntil(lambda: focus_ring().target is window.view.sidebar
                    and focus_ring().isVisible())


def test_enter_on_a_focused_button_presses_it(open_window, make_window, qtbot):
    """F1 says "Enter: een regel of knop kiezen", but outside a dialog Qt's buttons ignore
    Enter: on the welcome page Tab to "Een bestaand dossier openen…" and Enter did nothing,
    nor on "Nieuw medicijn"."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.choose_dossier = lambda: None  # the file chooser would block the test
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = window.welcome.open_button
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    with qtbot.waitSignal(window.welcome.open_clicked, timeout=1000):
        qtbot.keyClick(button, Qt.Key.Key_Return)

    opened = open_window()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    medication = opened.view.show_part("about").medication
    medication.new_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is medication.new_button)
    qtbot.keyClick(medication.new_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: medication.form.record is not None)
