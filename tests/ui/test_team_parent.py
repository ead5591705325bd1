"""The family team as a tired parent meets it: what the window says after a sync.

Found by walking two "laptops" through sharing, a conflict and a removal (parentqa)."""

from __future__ import annotations

import pytest

from tests.storage.teamkit import Device
from tests.ui.conftest import key_of


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "gedeeld"
    devices = {name: Device(tmp_path, name) for name in ("Mama", "Papa")}
    mama, papa = devices["Mama"], devices["Papa"]
    mama.found(folder)
    mama.put_contact("c1", name="dr. A. Bakker", phone="010-0000000")
    mama.team.add(papa.code, "Papa", "ouder")
    papa.join(folder)
    yield folder, devices
    for device in devices.values():
        device.close()


def _open(make_window, qtbot, device):
    path = device.path
    device.close()
    window = make_window()
    window._open_with_key(path, key_of(path))
    assert window.session is not None
    qtbot.waitUntil(lambda: window.team_sync is not None and not window.team_sync.running)
    return window


def test_a_conflict_names_the_field_as_the_form_does(family, make_window, qtbot):
    _folder, d = family
    d["Mama"].put_contact("c1", phone="010-1111111")
    d["Papa"].put_contact("c1", phone="010-2222222")
    d["Papa"].sync()
    window = _open(make_window, qtbot, d["Mama"])
    # One field: "1 veld is", not "1 velden zijn".
    assert "Kijk even na: 1 veld is tegelijk gewijzigd" in window.statusBar().currentMessage()
    dialog = window.show_team()
    text = dialog.conflict_list.item(0).text()
    assert "Telefoon:" in text and "phone" not in text, text


def test_a_removed_parent_is_told_in_the_window(family, make_window, qtbot):
    _folder, d = family
    d["Mama"].team.remove("Papa")
    window = _open(make_window, qtbot, d["Papa"])
    message = window.statusBar().currentMessage()
    assert "verwijderd" in message and "niet meer gedeeld" in message, message


def test_refused_files_say_why_in_the_window(family, make_window, qtbot):
    _folder, d = family
    d["Mama"].team.remove("Papa")
    d["Papa"].put_contact("c1", email="bakker@example.org")  # not yet aware of the removal
    d["Papa"].sync()
    window = _open(make_window, qtbot, d["Mama"])
    status = window.show_team().status.text()
    # The reason is given once, here: pointing at `zorgmap sync` would show nothing.
    assert "Papa is verwijderd" in status and "zorgmap sync" not in status, status
    assert window.session.records.get("c1").email != "bakker@example.org"


def test_an_open_form_takes_in_the_other_parents_edit_and_does_not_undo_it(
        family, make_window, qtbot):
    """Mama has dr. Bakker open; Papa's new e-mail arrives; Mama then types a note.

    The form kept the record as it was before the exchange and saved all its fields, so
    Papa's e-mail was silently put back to the old one, on every device."""
    _folder, d = family
    window = _open(make_window, qtbot, d["Mama"])
    screen = window.view.show_part("network")
    assert screen.select("c1")
    assert screen.form.record.id == "c1"

    d["Papa"].put_contact("c1", email="bakker@example.org")
    d["Papa"].sync()
    window.team_sync.sync_now()
    qtbot.waitUntil(lambda: not window.team_sync.running)
    assert window.session.records.get("c1").email == "bakker@example.org"
    # The open form shows what arrived.
    assert screen.form.editors["email"].text() == "bakker@example.org"

    qtbot.keyClicks(screen.form.editors["organisation"], "Huisartsenpraktijk De Linde")
    assert screen.form.flush()
    qtbot.waitUntil(lambda: window.session.records.get("c1").organisation != "")
    stored = window.session.records.get("c1")
    assert stored.organisation == "Huisartsenpraktijk De Linde"
    assert stored.email == "bakker@example.org"


def test_typing_while_the_other_parents_edit_arrives_keeps_both(family, make_window, qtbot):
    _folder, d = family
    window = _open(make_window, qtbot, d["Mama"])
    screen = window.view.show_part("network")
    assert screen.select("c1")
    qtbot.keyClicks(screen.form.editors["organisation"], "De Linde")  # not saved yet
    d["Papa"].put_contact("c1", email="bakker@example.org")
    d["Papa"].sync()
    window.team_sync.sync_now()
    qtbot.waitUntil(lambda: not window.team_sync.running)
    assert screen.form.flush()
    qtbot.waitUntil(lambda: window.session.records.get("c1").organisation != "")
    stored = window.session.records.get("c1")
    assert (stored.organisation, stored.email) == ("De Linde", "bakker@example.org")
    assert screen.form.editors["email"].text() == "bakker@example.org"
    assert screen.form.editors["organisation"].text() == "De Linde"


def test_the_form_marks_the_field_changed_at_the_same_time(family, make_window, qtbot):
    """'Kijk even na' opened the record, but nothing in the form said which field."""
    _folder, d = family
    d["Mama"].put_contact("c1", phone="010-1111111")
    d["Papa"].put_contact("c1", phone="010-2222222")
    d["Papa"].sync()
    window = _open(make_window, qtbot, d["Mama"])
    dialog = window.show_team()
    dialog._open_conflict(dialog.conflict_list.item(0))
    form = window.view.current_screen().form
    note = form.errors["phone"]
    assert not note.isHidden() and "gewijzigd door" in note.text(), note.text()
    assert form.errors["email"].isHidden()
    # Settling it (typing the right number) takes the note away.
    form.editors["phone"].clear()
    qtbot.keyClicks(form.editors["phone"], "010-3333333")
    assert form.flush()
    qtbot.waitUntil(lambda: not form._in_flight)
    assert note.isHidden()
