"""The flows a parent uses inside the dossier, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import Qt

from tests.ui.conftest import TODAY
from tests.ui.helpers import settle


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_decision_shows_bezwaar_deadline_on_overview(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("decisions")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    _type(qtbot, form.editors["subject"], "Rolstoel")
    status = form.editors["status"]
    status.setCurrentIndex(status.findText("Afgewezen"))
    _type(qtbot, form.editors["decision_date"], "02-11-2026")
    assert form.flush()
    settle(window)
    stored = window.session.records.get(form.record.id)
    assert stored.decision_date == dt.date(2026, 11, 2)
    # The table shows the last day for bezwaar: six weeks after the decision.
    row = screen.model.row_of(stored.id)
    headers = [screen.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(screen.model.columnCount())]
    assert screen.model.index(row, headers.index("Bezwaar kan tot")).data() == "14-12-2026"

    overview = window.view.show_part("overview")
    texts = overview.lists["deadlines"].texts()
    index = next(i for i, t in enumerate(texts) if "bezwaar" in t)
    line = overview.lists["deadlines"].box.itemAt(index).widget().text()
    assert "14-12-2026" in line
    # Clicking it opens the decision.
    overview.lists["deadlines"].activate(index)
    assert window.view.current_screen() is screen
    assert screen.form.record.id == stored.id


def test_inline_date_and_order_validation(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("decisions")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    _type(qtbot, form.editors["start_date"], "31-02-2026")
    assert not form.flush()
    assert form.errors["start_date"].isVisibleTo(form)
    assert "bestaat niet" in form.errors["start_date"].text()
    _type(qtbot, form.editors["start_date"], "01-03-2026")
    _type(qtbot, form.editors["end_date"], "01-01-2026")
    assert not form.flush()
    assert not form.errors["start_date"].isVisibleTo(form)
    assert "vóór de begindatum" in form.errors["end_date"].text()
    assert "Niet opgeslagen" in form.state.text()
    _type(qtbot, form.editors["end_date"], "1/1/2027")
    assert form.flush()
    settle(window)
    assert window.session.records.get(form.record.id).end_date == dt.date(2027, 1, 1)
    assert "Opgeslagen" in form.state.text()


def test_autosave_after_a_pause(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("network")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.form.editors["name"], "Lies de Wit")
    assert "wordt opgeslagen" in screen.form.state.text()
    qtbot.waitUntil(lambda: "Opgeslagen" in screen.form.state.text(), timeout=3000)
    assert window.session.records.get(screen.form.record.id).name == "Lies de Wit"


def test_aid_request_moves_through_stages(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("aids")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, screen.form.editors["title"], "Douchebrancard")
    assert screen.next_button.text() == "Naar „Voorbereiden”…"
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.isVisible() and dialog.date.text() == "10-11-2026"
    qtbot.keyClicks(dialog.note, "Offerte aangevraagd bij de leverancier")
    dialog._accept()
    settle(window)
    record = window.session.records.get(screen.form.record.id)
    assert record.title == "Douchebrancard"
    assert record.stage.value == "preparing"
    assert record.transitions[-1].on == TODAY
    assert record.transitions[-1].note == "Offerte aangevraagd bij de leverancier"
    assert "Voorbereiden" in screen.stage_label.text()
    row = screen.model.row_of(record.id)
    assert screen.model.index(row, 1).data() == "Voorbereiden"

    # Going back without saying why is refused, calmly, in the dialog.
    dialog = screen.ask_stage(next_only=False)
    dialog.stage_box.setCurrentIndex(0)
    dialog._accept()
    settle(window)
    assert dialog.error.isVisibleTo(dialog)
    assert "waarom" in dialog.error.text()
    dialog.reject()
    assert window.session.records.get(record.id).stage.value == "preparing"

    # Next: submitted, with the date typed by hand.
    dialog = screen.ask_stage()
    _type(qtbot, dialog.date, "12-11-2026")
    dialog._accept()
    settle(window)
    record = window.session.records.get(record.id)
    assert record.stage.value == "submitted"
    assert record.transitions[-1].on == dt.date(2026, 11, 12)


def test_attach_letter_to_decision_and_open_it(open_window, qtbot, tmp_path):
    window = open_window()
    screen = window.view.show_part("decisions")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    letter = tmp_path / "beschikking.pdf"
    letter.write_bytes(b"%PDF-1.4 verzonnen brief\n" * 1000)
    op = screen.attach_files([letter])
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    decision = window.session.records.get(screen.form.record.id)
    assert len(decision.document_ids) == 1
    assert screen.doc_list.count() == 1

    docs = window.view.show_part("documents")
    assert docs.model.rowCount() == 1
    assert "Indicatie of besluit" not in docs.model.index(0, 4).data()  # the decision's label
    opened = []
    docs.open_url = lambda url: opened.append(url.toLocalFile())
    docs.select(decision.document_ids[0])
    op = docs.open_current()
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    path = op.result
    assert opened == [str(path)]
    assert path.read_bytes() == letter.read_bytes()
    window.lock()
    assert not path.exists()


def test_drop_file_on_decisions_screen(open_window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    window = open_window()
    screen = window.view.show_part("decisions")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(b"%PDF-1.4 brief")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    screen.dropEvent(event)
    qtbot.waitUntil(lambda: screen.doc_list.count() == 1, timeout=10000)


def test_add_documents_with_progress_and_export(open_window, qtbot, tmp_path):
    window = open_window()
    docs = window.view.show_part("documents")
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG" + bytes(3 * 1024 * 1024))
    op = docs.add_files([scan])
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert docs.model.rowCount() == 1
    assert docs.model.index(0, 1).data() == "Afbeelding"
    target = tmp_path / "export.png"
    docs.choose_target = lambda _name: str(target)
    docs.export_current()
    qtbot.waitUntil(lambda: docs.last_operation.done, timeout=10000)
    assert target.read_bytes() == scan.read_bytes()


def test_cancelled_import_stores_nothing(open_window, qtbot, tmp_path):
    window = open_window()
    docs = window.view.show_part("documents")
    big = tmp_path / "groot.pdf"
    big.write_bytes(bytes(8 * 1024 * 1024))
    op = docs.add_files([big])
    op.cancel()
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert window.session.documents.list() == []


def test_search_opens_the_record(demo_window, qtbot):
    window = demo_window
    dialog = window.show_search()
    qtbot.keyClicks(dialog.field, "KDC")
    dialog.run()
    groups = [dialog.results.topLevelItem(i).text(0)
              for i in range(dialog.results.topLevelItemCount())]
    assert "Logboek" in groups and "Netwerk" in groups
    item = dialog.results.topLevelItem(groups.index("Netwerk")).child(0)
    dialog._activate(item)
    assert not dialog.isVisible()
    screen = window.view.current_screen()
    assert screen is window.view.screens["network"]
    target_id = item.data(0, Qt.ItemDataRole.UserRole + 2)
    assert screen.form.record.id == target_id


def test_search_shortcut(demo_window, qtbot):
    window = demo_window
    window.activateWindow()
    window.search_action.trigger()
    assert window.search_dialog.isVisible()


def test_future_plan_guided_and_complete(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("future")
    assert screen.progress.value() == 0
    form = screen.form
    qtbot.keyClicks(form.editors["emergency_plan.who_comes"], "Tante Lies")
    qtbot.keyClicks(form.editors["emergency_plan.who_to_call"], "Opa en de huisarts")
    assert form.flush()
    settle(window)
    assert screen.progress.value() == 1
    assert screen.sections.item(0).text().startswith("✓")
    plan = window.session.records.singleton("future_plan")
    assert plan.emergency_plan.who_comes == "Tante Lies"
    qtbot.mouseClick(screen.reviewed_button, Qt.MouseButton.LeftButton)
    settle(window)
    plan = window.session.records.singleton("future_plan")
    assert plan.checked_on == TODAY and plan.review_date == dt.date(2027, 11, 10)
    assert "10-11-2026" in screen.reviewed.text()


def test_undo_an_edit(open_window, qtbot):
    window = open_window()
    about = window.view.show_part("about")
    form = about.profile.form
    assert form.editors["name"].text() == "Noor"
    # Another first name: the sidebar must show the change and its undo.
    _type(qtbot, form.editors["name"], "Sanne de Vries")
    assert form.flush()
    settle(window)
    assert window.session.records.singleton("child_profile").name == "Sanne de Vries"
    assert window.view.sidebar.item(1).text() == "Over Sanne"
    form.editors["name"].setFocus()
    form.undo_button.click()
    settle(window)
    assert window.session.records.singleton("child_profile").name == "Noor"
    assert form.editors["name"].text() == "Noor"
    assert window.view.sidebar.item(1).text() == "Over Noor"
    assert not form.undo_button.isEnabled()


def test_undo_shortcut_on_a_choice(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("network")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    form.editors["is_legal_representative"].setChecked(True)
    assert form.flush()
    settle(window)
    assert window.session.records.get(form.record.id).is_legal_representative  # saved first
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.editors["is_legal_representative"].setFocus()
    qtbot.keyClick(form.editors["is_legal_representative"], Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert not window.session.records.get(form.record.id).is_legal_representative


def test_delete_asks_once_and_can_be_undone(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("network")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, screen.form.editors["name"], "Karin Mulder")
    screen.form.flush()
    settle(window)
    record_id = screen.form.record.id
    asked = []
    screen.confirm = lambda *args: asked.append(args) or True
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert len(asked) == 1
    assert window.session.records.find(record_id) is None
    assert screen.model.row_of(record_id) < 0
    assert screen.undo_bar.isVisibleTo(screen)
    screen.undo_bar.linkActivated.emit("undo")
    settle(window)
    assert window.session.records.find(record_id).name == "Karin Mulder"
    assert screen.form.record.id == record_id


def test_journal_quick_entry_defaults_to_today(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("journal")
    assert screen.quick_date.text() == "10-11-2026"
    qtbot.keyClicks(screen.quick_who, "Wmo-loket")
    qtbot.keyClicks(screen.quick_text, "Gebeld over de traplift")
    qtbot.keyClick(screen.quick_text, Qt.Key.Key_Return)
    settle(window)
    entries = window.session.records.list("journal_entry")
    assert [(e.on, e.who, e.summary) for e in entries] == [
        (TODAY, "Wmo-loket", "Gebeld over de traplift")]
    assert screen.model.rowCount() == 1
    assert screen.quick_text.text() == ""


def test_unexpected_error_is_calm_and_logged(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    install_excepthook()
    try:
        raise RuntimeError("Noor heeft epilepsie")  # dossier text in a message
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and "niet hadden verwacht" in shown[0]
    import os
    from pathlib import Path

    log = (Path(os.environ["ZORGMAP_STATE_DIR"]) / "fouten.log").read_text()
    assert "RuntimeError" in log and "Noor" not in log


def test_read_only_when_open_elsewhere(open_window, make_window, closed_dossier):
    from tests.ui.conftest import key_of

    first = open_window()
    second = make_window()
    second._open_with_key(closed_dossier, key_of(closed_dossier))
    assert second.session.read_only
    assert "Alleen lezen" in second.view.banner.text()
    screen = second.view.show_part("network")
    assert not screen.new_button.isEnabled()
    second.lock()
    assert first.session is not None


def test_a_real_pdf_is_shown_inside_the_app(open_window, qtbot, tmp_path):
    from ui.composition import demo_letter_pdf
    from ui.docviewer import DocumentViewer

    window = open_window()
    letter = tmp_path / "besluit.pdf"
    letter.write_bytes(demo_letter_pdf("Besluit Wmo", ["Kenmerk: TEST-1"]))
    window.session.documents.add_file(letter)
    docs = window.view.show_part("documents")
    opened = []
    docs.open_url = lambda url: opened.append(url)
    docs.select(docs.model.docs[0].id)
    op = docs.view_current()
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    viewer = docs.viewer
    assert isinstance(viewer, DocumentViewer) and opened == []  # nothing decrypted on disk
    assert viewer.pdf.pageCount() == 1
    base = window.session.view_folder.base
    assert not base.exists() or not any(base.rglob("*"))
    viewer.close()


def test_a_mistyped_date_does_not_cost_the_rest_of_the_form(open_window, qtbot, monkeypatch):
    """Type a note and a date that does not exist, then go elsewhere: the note is kept."""
    window = open_window()
    screen = window.view.show_part("decisions")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    record_id = screen.form.record.id
    told = []
    monkeypatch.setattr("ui.forms.notify", lambda _p, title, text: told.append(text))
    notes = screen.form.editors["notes"]
    notes.setPlainText("Gebeld met de gemeente, bezwaar loopt")
    end = screen.form.editors["end_date"]
    end.setText("31-04-2027")
    screen.form.touch()
    screen.form.set_record(None)  # leaving the record, as switching rows or locking does
    settle(window)
    stored = window.session.records.get(record_id)
    assert stored.notes == "Gebeld met de gemeente, bezwaar loopt"
    assert stored.end_date is None
    assert told and "Geldig tot" in told[0]


def test_new_left_empty_leaves_no_record(open_window, qtbot):
    window = open_window()
    screen = window.view.show_part("decisions")
    before = window.session.records.count("decision")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert window.session.records.count("decision") == before + 1  # the first went again
    screen.form.editors["subject"].setText("Tillift")
    screen.form.touch()
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)  # a filled one stays
    screen.flush()  # leaving the screen or locking
    settle(window)
    assert window.session.records.count("decision") == before + 1
    assert [d.subject for d in window.session.records.list("decision")
            if d.subject == "Tillift"] == ["Tillift"]
    assert window.session.records.deleted() == []  # nothing empty in the Prullenbak


def test_a_large_document_is_read_and_copied_off_the_gui_thread(open_window, qtbot, tmp_path):
    """Reading a scan for the viewer and writing the view copy run on worker threads: the
    event loop keeps turning meanwhile, and the GUI thread's connection reads no chunk."""
    import threading

    from PIL import Image

    from storage.documents import DocumentStore
    from ui.eventloop import LoopWatch

    window = open_window()
    scan = tmp_path / "scan.png"
    Image.new("RGB", (2400, 3400), "white").save(scan)
    blob = tmp_path / "scan.tiff.bin"
    blob.write_bytes(b"\x00" * (8 * 1024 * 1024))
    window.session.documents.add_file(scan)
    window.session.documents.add_file(blob, name="scan.bin")
    docs = window.view.show_part("documents")
    docs.open_url = lambda url: None
    readers = []
    original = DocumentStore.iter_chunks

    def spy(store, doc_id):
        readers.append(threading.current_thread() is threading.main_thread())
        return original(store, doc_id)

    DocumentStore.iter_chunks = spy
    try:
        for info in docs.model.docs:
            docs.select(info.id)
            watch = LoopWatch().start()
            op = docs.view_current() if info.name.endswith(".png") else docs.open_current()
            qtbot.waitUntil(lambda op=op: op.done, timeout=20000)
            watch.stop()
            assert op.error is None
            assert watch.ticks > 1
    finally:
        DocumentStore.iter_chunks = original
    assert readers and not any(readers)  # never on the GUI thread
    assert docs.viewer.isVisible()
    docs.viewer.close()


def test_buttons_for_the_chosen_record_start_off_on_an_empty_list(open_window, qtbot):
    """A new dossier: with no decision, aid request or medicine chosen, 'Brief toevoegen…'
    opened a file chooser and then did nothing with the file, 'Bezwaar maken…' and 'Delen
    met mijn copiloot…' did nothing, Hulpmiddelen showed a button without text."""
    from PySide6.QtCore import Qt

    window = open_window()
    decisions = window.view.show_part("decisions")
    aids = window.view.show_part("aids")
    medication = window.view.show_part("about").medication
    idle = {
        "Brief toevoegen": decisions.attach_button,
        "Bezwaar maken": decisions.bezwaar_button,
        "copiloot (besluit)": decisions.copilot_button,
        "Andere fase": aids.other_button,
        "copiloot (aanvraag)": aids.copilot_button,
        "alleen de maand": medication.month_only,
    }
    assert [name for name, w in idle.items() if w.isEnabled()] == []
    assert not aids.next_button.isVisibleTo(aids)
    qtbot.mouseClick(decisions.new_button, Qt.MouseButton.LeftButton)
    assert decisions.attach_button.isEnabled() and decisions.copilot_button.isEnabled()
    qtbot.mouseClick(aids.new_button, Qt.MouseButton.LeftButton)
    assert aids.other_button.isEnabled() and aids.copilot_button.isEnabled()
    qtbot.mouseClick(medication.new_button, Qt.MouseButton.LeftButton)
    assert medication.month_only.isEnabled()


def test_document_buttons_follow_the_chosen_document(open_window, demo_window, qtbot):
    """Documenten with nothing chosen (or nothing there): Openen, Kopie bewaren and
    Verwijderen… were on and did nothing."""
    empty = open_window().view.show_part("documents")
    assert not any(b.isEnabled() for b in
                   (empty.open_button, empty.export_button, empty.delete_button))
    assert empty.add_button.isEnabled()
    screen = demo_window.view.show_part("documents")
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.open_button.isEnabled())
    assert screen.export_button.isEnabled() and screen.delete_button.isEnabled()


def test_documenten_rereads_on_a_visit_only_after_a_change(open_window, qtbot, tmp_path):
    """Back on Documenten with nothing changed reads nothing (2,000 documents took ~60 ms);
    a document attached, or a linked record renamed, elsewhere shows at the next visit."""
    from tests.ui.helpers import settle

    window = open_window()
    docs = window.view.show_part("documents")
    reads = []
    original = docs.session.documents.list
    docs.session.documents.list = lambda *a, **k: reads.append(1) or original(*a, **k)
    window.view.show_part("network")
    window.view.show_part("documents")
    assert reads == []

    screen = window.view.show_part("decisions")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    letter = tmp_path / "beschikking.pdf"
    letter.write_bytes(b"%PDF-1.4 verzonnen brief\n")
    op = screen.attach_files([letter])
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    settle(window)
    docs = window.view.show_part("documents")
    assert reads and docs.model.rowCount() == 1

    reads.clear()
    screen = window.view.show_part("decisions")
    _type(qtbot, screen.form.editors["subject"], "Wlz-indicatie verlengd")
    screen.flush()
    settle(window)
    docs = window.view.show_part("documents")
    assert reads
    assert "Wlz-indicatie verlengd" in docs.model.index(0, 4).data()
