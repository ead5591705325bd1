"""Honest saving: what the parent typed is what gets stored, and the status tells the truth."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
    # Offered next time: the family's own value joins the list of roles.
    codes = [item.code for item in window.session.records.reference().contact_roles.items]
    assert "Buurvrouw" in codes


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
