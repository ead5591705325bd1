"""Honest saving: what the parent typed is what gets stored, and the status tells the truth."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from tests.ui.helpers import settle


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape])
def test_own_value_in_a_choice_box_is_kept(open_window, qtbot, key):
    """Netwerk → Rol: type an own role and press Enter (Tab, Escape). Qt used to add an item
    that the form could not read: an error dialog, nothing saved, the next edits lost."""
    window = open_window()
    screen = window.view.show_part("network")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    qtbot.keyClicks(form.editors["name"], "Lies de Wit")
    role = form.editors["role"]
    role.setFocus()
    qtbot.keyClicks(role, "Buurvrouw")
    qtbot.keyClick(role, key)
    assert form.flush()
    settle(window)
    stored = window.session.records.get(form.record.id)
    assert (stored.name, stored.role) == ("Lies de Wit", "Buurvrouw")
    assert role.currentText() == "Buurvrouw"
    assert form.state.text().startswith("Opgeslagen")
    # Typing on in another field still lands in the same record.
    qtbot.keyClicks(form.editors["phone"], "06-12345678")
    assert form.flush()
    settle(window)
    assert window.session.records.get(stored.id).phone == "06-12345678"
    assert window.session.records.count("contact") == 1
    # Offered next time: the family's own value joins the list of roles, and the choice box.
    codes = [item.code for item in window.session.records.reference().contact_roles.items]
    assert "Buurvrouw" in codes
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert form.record.id != stored.id
    assert role.findText("Buurvrouw") >= 0 and role.value() in (None, "")
    role.setCurrentIndex(role.findText("Buurvrouw"))
    assert role.value() == "Buurvrouw"


def _hold_imports(monkeypatch):
    """Make a document import stop after its first chunk, inside its transaction, until
    the test lets it go: a large import, made deterministic."""
    import threading

    from storage import documents

    started, release = threading.Event(), threading.Event()
    original = documents.DocumentStore.add_stream

    def add_stream(self, stream, name, **kw):
        progress = kw.get("progress")

        def held(done, total):
            started.set()
            release.wait(30)
            return progress(done, total) if progress is not None else True

        kw["progress"] = held
        return original(self, stream, name, **kw)

    monkeypatch.setattr(documents.DocumentStore, "add_stream", add_stream)
    return started, release


def test_a_save_during_an_import_is_queued_and_lands(open_window, qtbot, tmp_path,
                                                      monkeypatch):
    """The import holds the write transaction; a parent types in Over Noor meanwhile. The
    window must not wait for the import, and the save must land after it (it used to hang
    for 5 s and then say "al open in een ander venster")."""
    started, release = _hold_imports(monkeypatch)
    window = open_window()
    docs = window.view.show_part("documents")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 " + bytes(3 * 1024 * 1024))
    op = docs.add_files([scan])
    qtbot.waitUntil(started.is_set, timeout=10000)

    form = window.view.show_part("about").profile.form
    form.editors["name"].clear()
    qtbot.keyClicks(form.editors["name"], "Noor Jansen")
    try:
        assert form.flush()
        # Handed over without waiting for the import, and not claimed as saved yet.
        assert not op.done
        assert "Opgeslagen" not in form.state.text()
        assert "Niet opgeslagen" not in form.state.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    settle(window)
    assert window.session.records.singleton("child_profile").name == "Noor Jansen"
    assert form.state.text().startswith("Opgeslagen")
    assert len(window.session.documents.list()) == 1


# ----- failures the random walk found (tests/ui/walk.py), one test each ----------------------


def _new_decision(window, qtbot, subject: str):
    screen = window.view.show_part("decisions")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    screen.form.editors["subject"].setText(subject)
    screen.form.touch()
    assert screen.form.flush()
    settle(window)
    return screen


def test_editing_a_decision_adds_no_empty_bezwaar(open_window, qtbot):
    """Walk seed 7, step 13: every edit stored an empty 'bezwaar' part the record did not
    have, so the screen and the dossier differed and the history filled with noise."""
    window = open_window()
    screen = _new_decision(window, qtbot, "Rolstoel")
    screen.form.editors["notes"].setPlainText("Gebeld")
    assert screen.form.flush()
    settle(window)
    stored = window.session.records.get(screen.form.record.id)
    assert stored.notes == "Gebeld" and stored.bezwaar is None


def test_a_restored_version_reaches_the_form_after_the_history_closed(open_window, qtbot):
    """Walk seed 7, step 49: the parent closed the history before the restore landed; the
    form kept showing the newer text while the dossier held the older version."""
    window = open_window()
    screen = _new_decision(window, qtbot, "Traplift")
    form = screen.form
    form.editors["notes"].setPlainText("Tweede versie")
    assert form.flush()
    dialog = form.show_history()
    settle(window)
    dialog.confirm = lambda *_a: True
    dialog.select_row(1)  # the version with only the subject
    gate = threading.Event()
    window.session.submit(lambda _tx: gate.wait(30))  # the writer is busy (an import)
    dialog.restore_selected()
    dialog.close()
    qtbot.waitUntil(lambda: not isValid(dialog))  # gone before the restore landed
    gate.set()
    settle(window)
    stored = window.session.records.get(form.record.id)
    assert stored.notes == ""
    assert form.editors["notes"].toPlainText() == "" and form.record.notes == ""


def test_deleting_a_record_refreshes_the_records_that_linked_to_it(open_window, qtbot):
    """Walk seed 2, step 240: deleting a decision removed the link to it from another
    decision in the dossier, but the list and the form kept showing the link."""
    window = open_window()
    screen = _new_decision(window, qtbot, "Eerste")
    first = screen.form.record.id
    screen = _new_decision(window, qtbot, "Tweede")
    second = screen.form.record
    second.linked_ids = [first]
    window.session.save(second)
    settle(window)
    screen.refresh()
    screen.select(second.id)
    screen.select(first)
    screen.confirm = lambda *_a: True
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert window.session.records.get(second.id).linked_ids == []
    row = screen.model.records[screen.model.row_of(second.id)]
    assert row.linked_ids == []
    screen.select(second.id)
    assert screen.form.record.linked_ids == []


def test_undo_delete_while_another_record_has_unsaved_typing(open_window, qtbot):
    """Walk seed 4, step 135: bringing a deleted contact back selected it, which saved the
    typing in the contact shown before; that save came after the others and was missed."""
    window = open_window()
    screen = window.view.show_part("network")
    for name in ("Karin", "Lies"):
        qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
        screen.form.editors["name"].setText(name)
        screen.form.touch()
        assert screen.form.flush()
    settle(window)
    screen.confirm = lambda *_a: True
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    settle(window)
    shown = screen.form.record
    screen.form.editors["notes"].setPlainText("Belt op dinsdag")
    screen.form.touch()
    screen.undo_bar.linkActivated.emit("undo")
    settle(window)
    assert window.session.records.get(shown.id).notes == "Belt op dinsdag"
    assert screen.model.records[screen.model.row_of(shown.id)].notes == "Belt op dinsdag"
    assert window.session.records.count("contact") == 2


def test_undo_never_empties_a_record_it_did_not_create(open_window, qtbot):
    """Open a contact that was already there, change it twice (once via an own role and
    Enter), then press Ctrl+Z more often than there were changes: back to how it was."""
    from app.model import Contact

    window = open_window()
    window.session.save(Contact(name="Karin Mulder", phone="06-11111111", role="huisarts"))
    settle(window)
    screen = window.view.show_part("network")
    screen.refresh()
    screen.table.selectRow(0)
    form = screen.form
    original = window.session.records.get(form.record.id)
    form.editors["phone"].setText("06-22222222")
    form.touch()
    assert form.flush()
    role = form.editors["role"]
    role.setFocus()
    role.lineEdit().selectAll()
    qtbot.keyClicks(role.lineEdit(), "Oppas")
    qtbot.keyClick(role.lineEdit(), Qt.Key.Key_Return)
    assert form.flush()
    settle(window)
    assert window.session.records.get(original.id).role == "Oppas"
    for _ in range(5):
        form.undo()
        settle(window)
    stored = window.session.records.get(original.id)
    assert (stored.name, stored.phone, stored.role) == ("Karin Mulder", "06-11111111",
                                                       "huisarts")
    assert form.editors["name"].text() == "Karin Mulder"
    assert window.session.records.count("contact") == 1


def _fail_next_write(window) -> None:
    """The writer's next job fails as on a full disk."""
    from storage.errors import DiskFull

    writer = window.session.writes.writer
    original = writer.submit

    def submit(work, **kw):
        writer.submit = original

        def full_disk(_tx):
            raise DiskFull()

        return original(full_disk, **kw)

    writer.submit = submit


def test_a_failed_save_keeps_the_text_and_says_why(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("network")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    form.editors["name"].setText("Lies")
    form.touch()
    assert form.flush()
    settle(window)
    _fail_next_write(window)
    form.editors["name"].setText("Lies de Wit")
    form.touch()
    assert form.flush()
    settle(window)
    assert window.session.records.get(form.record.id).name == "Lies"
    assert form.editors["name"].text() == "Lies de Wit"  # still on screen
    assert form.state.text().startswith("Niet opgeslagen: De schijf is vol")
    assert form.flush()  # tried again with the next save
    settle(window)
    assert window.session.records.get(form.record.id).name == "Lies de Wit"
    assert form.state.text().startswith("Opgeslagen")


def test_deleting_a_new_record_whose_save_failed_leaves_no_row(open_window, qtbot):
    """Walk seed 3, step 97: 'Nieuw' failed to save, and the delete that followed (also
    failing) put the never-stored record back into the list."""
    window = open_window()
    screen = window.view.show_part("network")
    _fail_next_write(window)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    record_id = screen.form.record.id
    _fail_next_write(window)
    screen.confirm = lambda *_a: True
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert screen.model.row_of(record_id) < 0
    assert window.session.records.find(record_id) is None


def test_typing_in_a_record_whose_link_was_dropped_keeps_both(open_window, qtbot):
    """Walk seed 6, step 302: a delete dropped the link from the decision shown next while
    the parent typed in it; the form kept the old link until its own save landed."""
    window = open_window()
    screen = _new_decision(window, qtbot, "Eerste")
    first = screen.form.record.id
    screen = _new_decision(window, qtbot, "Tweede")
    second = screen.form.record
    second.linked_ids = [first]
    window.session.save(second)
    settle(window)
    screen.refresh()
    screen.select(first)
    screen.confirm = lambda *_a: True
    screen.delete_current()
    screen.select(second.id)
    screen.form.editors["notes"].setPlainText("Bezwaar ingediend")
    screen.form.touch()
    settle(window)  # the delete lands while the typing waits for autosave
    assert screen.form.record.linked_ids == []
    assert screen.form.flush()
    settle(window)
    stored = window.session.records.get(second.id)
    assert stored.linked_ids == [] and stored.notes == "Bezwaar ingediend"
