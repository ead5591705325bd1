"""'Wat ontbreekt nog?' in Delen en printen, and 'Klopt nog' to mark a part as checked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import TODAY
from tests.ui.helpers import settle
from tests.ui.test_share import _wait_idle


def test_share_dialog_lists_what_is_missing_for_the_chosen_output(demo_window, qtbot):
    window = demo_window
    brother = next(c for c in window.session.content().network if c.role == "broer_zus")
    brother.is_emergency_contact = True
    window.session.save(brother)
    _wait_idle(qtbot, window)
    dialog = window.show_share()
    dialog.output.setCurrentIndex(dialog.output.findData("noodkaart"))
    texts = dialog.missing.texts()
    assert "Daan Vermeulen-de Wit: geen telefoonnummer." in texts
    assert dialog.missing.items.count() == len(texts)
    # double-click opens the record to fill it in
    row = texts.index("Daan Vermeulen-de Wit: geen telefoonnummer.")
    dialog.missing.items.itemActivated.emit(dialog.missing.items.item(row))
    screen = window.view.current_screen()
    assert screen.form.record.id == brother.id


def test_klopt_nog_marks_the_shown_record_as_checked_today(demo_window, qtbot):
    window = demo_window
    screen = window.view.show_part("network")
    contact = screen.model.records[0]
    assert screen.select(contact.id)
    assert contact.checked_on != TODAY
    qtbot.mouseClick(screen.checked_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert window.session.records.get(contact.id).checked_on == TODAY
    assert screen.form.record.checked_on == TODAY  # the form shows what was stored
    # the same one click on a part the dossier has once (the feeding)
    about = window.view.show_part("about")
    about.feeding.refresh()
    qtbot.mouseClick(about.feeding.checked_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert window.session.records.singleton("feeding").checked_on == TODAY


def test_a_medicine_start_known_only_by_month(demo_window, qtbot):
    window = demo_window
    about = window.view.show_part("about")
    screen = about.medication
    screen.refresh()
    melatonine = next(m for m in window.session.content().medications
                      if m.name == "Melatonine")
    assert screen.select(melatonine.id)
    assert not screen.month_only.isChecked()
    screen.month_only.setChecked(True)
    settle(window)
    stored = window.session.records.get(melatonine.id)
    assert stored.month_only_dates == ["start_date"] and stored.start_date.day == 1
    assert stored.shown_date("start_date").split() == [
        ("januari februari maart april mei juni juli augustus september oktober november "
         "december").split()[stored.start_date.month - 1], str(stored.start_date.year)]
