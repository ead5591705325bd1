"""The copilot in the app: sharing from a decision, the copilot's window, and the family's
list of proposals, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from storage import copilot as cp
from storage import identity as idmod
from storage.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import TODAY


@pytest.fixture
def people():
    return {name: idmod.Identity.generate(name) for name in ("Mama", "Mirjam")}


def _button(widget, text: str) -> QPushButton:
    [button] = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    return button


def _rejection(window):
    return next(d for d in window.session.records.list("decision") if d.kind == "afwijzing")


def _share_from_decision(window, qtbot, people, tmp_path):
    decision = _rejection(window)
    window.view.open_record("decision", decision.id)
    screen = window.view.current_screen()
    qtbot.mouseClick(_button(screen, "Delen met mijn copiloot…"), Qt.MouseButton.LeftButton)
    dialog = screen.copilot_dialog
    dialog.identity_source = lambda: people["Mama"]
    return decision, dialog


def test_share_with_my_copilot_from_a_decision(demo_window, qtbot, people, tmp_path):
    decision, dialog = _share_from_decision(demo_window, qtbot, people, tmp_path)
    on = dialog.selected()
    assert f"rec:{decision.id}" in on
    # Its documents and those of the decisions it depends on (the Wlz indication its aid
    # request was filed with) are switched on.
    records = demo_window.session.records
    beside = {i for a in records.list("aid_request") if decision.id in a.decision_ids
              for i in a.decision_ids} - {decision.id}
    assert beside and {f"rec:{i}" for i in beside} <= on
    docs = {d for i in beside | {decision.id} for d in records.get(i).document_ids}
    assert {k for k in on if k.startswith("doc:")} >= {f"doc:{d}" for d in docs}
    # The parent leaves one contact log entry out.
    journal = next(k for k in on if k.startswith("rec:")
                   and demo_window.session.records.get(k[4:]).KIND == "journal_entry")
    dialog.set_checked(journal, False)
    qtbot.keyClicks(dialog.code_edit, people["Mirjam"].public.code())
    qtbot.keyClicks(dialog.name_edit, "Mirjam")
    assert dialog.make(tmp_path / "pakket.zmpakket") is not None
    qtbot.waitUntil(lambda: dialog.package is not None)
    package = dialog.package
    assert journal[4:] not in package.records
    assert set(package.records) == {k[4:] for k in dialog.selected() if k.startswith("rec:")}
    assert "Alleen de copiloot met vingerafdruk" in dialog.status.text()
    assert demo_window.session.records.shares()[0].recipient == "Mirjam"


def test_a_wrong_code_says_so_and_makes_nothing(demo_window, qtbot, people, tmp_path):
    _decision, dialog = _share_from_decision(demo_window, qtbot, people, tmp_path)
    qtbot.keyClicks(dialog.code_edit, "ZM1-1234")
    assert dialog.make(tmp_path / "p") is None
    assert "code klopt niet" in dialog.status.text()
    assert not (tmp_path / "p").exists()


def test_the_copilot_window_and_the_proposals_back(demo_window, qtbot, people, tmp_path):
    from ui.copilot_workspace import WorkspaceWindow

    decision, dialog = _share_from_decision(demo_window, qtbot, people, tmp_path)
    qtbot.keyClicks(dialog.code_edit, people["Mirjam"].public.code())
    dialog.make(tmp_path / "pakket.zmpakket")
    qtbot.waitUntil(lambda: dialog.package is not None)

    ws = Workspace.create(tmp_path / "werkplek", PASSPHRASE, people["Mirjam"], kdf=FAST_KDF)
    try:
        desk = WorkspaceWindow(ws, today=TODAY)
        qtbot.addWidget(desk)
        assert desk.open_package(tmp_path / "pakket.zmpakket")
        assert desk.families.count() == 1
        assert desk.deadlines.rowCount() > 0
        family_id = desk.current_family()
        # The shared decision, read-only, with the family's own field names.
        group = next(desk.records.topLevelItem(i) for i in range(desk.records.topLevelItemCount())
                     if desk.records.topLevelItem(i).text(0) == "Indicatie of besluit")
        desk.records.setCurrentItem(group.child(0))
        assert "Datum van het besluit" in desk.detail.toPlainText()
        # An own note, then the reply.
        qtbot.keyClicks(desk.text, "Grond: Noor kan niet zitten onder de douche.")
        qtbot.mouseClick(desk.add_button, Qt.MouseButton.LeftButton)
        assert desk.items.count() == 1
        desk.kind.setCurrentIndex(list(desk.kind.itemData(i) for i in range(desk.kind.count()))
                                  .index("task"))
        qtbot.keyClicks(desk.title, "Foto's van de badkamer")
        qtbot.mouseClick(desk.add_button, Qt.MouseButton.LeftButton)
        assert desk.items.count() == 2
        # The bezwaarschrift against the shared rejection, made by the real letter.
        group = next(desk.records.topLevelItem(i) for i in range(desk.records.topLevelItemCount())
                     if desk.records.topLevelItem(i).text(0) == "Indicatie of besluit")
        [rejection] = [group.child(i) for i in range(group.childCount())
                       if group.child(i).data(0, Qt.ItemDataRole.UserRole).id == decision.id]
        desk.records.setCurrentItem(rejection)
        assert desk.bezwaar_button.isEnabled() and desk.bezwaar_button.menu()
        draft = desk.draft_bezwaar()
        assert draft is not None and draft.file_name.endswith(".docx")
        assert desk.items.count() == 3 and "Concept bezwaarschrift" in desk.items.item(2).text()
        assert draft.file_name in desk.own_status.text()
        assert desk.make_reply(tmp_path / "antwoord.zmantwoord")
        assert "verstuurd" in desk.items.item(0).text()
        assert ws.family(family_id).id == family_id
    finally:
        ws.close()

    before = len(demo_window.session.records.list("journal_entry"))
    proposals = demo_window.show_proposals(tmp_path / "antwoord.zmantwoord")
    assert proposals.list.count() == 3
    proposals.set_checked(0)
    qtbot.mouseClick(proposals.accept_button, Qt.MouseButton.LeftButton)
    assert "1 overgenomen, 2 afgewezen" in proposals.status.text()
    entries = demo_window.session.records.list("journal_entry")
    assert len(entries) == before + 1
    assert any("Noor kan niet zitten" in e.summary and e.who == "Mirjam" for e in entries)
    assert not any(e.follow_up.startswith("Foto's van de badkamer") for e in entries)
    assert cp.read_reply(demo_window.session.dossier,
                         (tmp_path / "antwoord.zmantwoord").read_bytes()).decided


def test_share_button_on_aid_requests_and_the_future_plan(demo_window, qtbot, people):
    view = demo_window.view
    for part, kind in (("aids", "aid_request"), ("future", "future_plan")):
        screen = view.show_part(part)
        if kind == "aid_request":
            screen.open_record(kind, screen.model.records[0].id)
        qtbot.mouseClick(_button(screen, "Delen met mijn copiloot…"), Qt.MouseButton.LeftButton)
        assert screen.copilot_dialog.kind == kind
        assert screen.copilot_dialog.selected()
        screen.copilot_dialog.close()


def test_a_one_time_code_is_shown_to_read_out(demo_window, qtbot, people, tmp_path):
    _decision, dialog = _share_from_decision(demo_window, qtbot, people, tmp_path)
    qtbot.mouseClick(dialog.onetime, Qt.MouseButton.LeftButton)
    assert not dialog.code_edit.isEnabled()
    dialog.make(tmp_path / "eenmalig.zmpakket")
    qtbot.waitUntil(lambda: dialog.package is not None, timeout=60_000)
    code = dialog.package.onetime_code
    assert code and f"<b>{code}</b>" in dialog.status.text()
    assert cp.is_onetime((tmp_path / "eenmalig.zmpakket").read_bytes())
    assert demo_window.session.records.shares()[0].recipient == "copiloot (eenmalige code)"


def test_proposals_from_the_dossier_menu(demo_window, make_window):
    from PySide6.QtWidgets import QMenu

    action = demo_window.proposals_action
    assert action.isEnabled()
    assert any(action in menu.actions() for menu in demo_window.menuBar().findChildren(QMenu))
    demo_window.lock()
    assert not action.isEnabled()


def test_the_workspace_from_the_welcome_page(make_window, qtbot, tmp_path):
    window = make_window()
    idmod.create("Mirjam", PASSPHRASE, kdf=FAST_KDF)
    qtbot.mouseClick(window.welcome.workspace_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace_dialog
    folder = tmp_path / "Werkplek"
    dialog.folder.setText(str(folder))
    assert dialog.open_button.text() == "Nieuwe werkplek maken"
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.identity_passphrase, "niet mijn wachtwoord")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "klopt niet" in dialog.problem.text() and not folder.exists()
    dialog.identity_passphrase.clear()
    qtbot.keyClicks(dialog.identity_passphrase, PASSPHRASE)
    desk = dialog.open_workspace()
    assert desk is not None and "Mirjam" in desk.windowTitle()
    desk.close()

    # Again: now it exists, so only its passphrase is asked.
    again = window.show_workspace_entry()
    again.folder.setText(str(folder))
    assert again.open_button.text() == "Openen" and not again.identity_passphrase.isEnabled()
    qtbot.keyClicks(again.passphrase, "fout fout fout fout")
    assert again.open_workspace() is None and again.problem.text()
    again.passphrase.clear()
    qtbot.keyClicks(again.passphrase, PASSPHRASE)
    desk = again.open_workspace()
    assert desk is not None and desk.families.count() == 0
    desk.close()


def test_a_copilot_without_an_identity_makes_one_with_the_workspace(make_window, qtbot,
                                                                    tmp_path):
    window = make_window()
    dialog = window.show_workspace_entry()
    dialog.folder.setText(str(tmp_path / "Werkplek"))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.identity_passphrase, "regenboog kasteel vlinder")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "naam" in dialog.problem.text() and not idmod.identity_path().exists()
    qtbot.keyClicks(dialog.name, "Mirjam Hoekstra")
    desk = dialog.open_workspace()
    assert desk is not None and idmod.identity_path().exists()
    shown = desk.show_code()
    _name, public = idmod.load_public()
    assert public.code() in shown.findChild(type(desk.text)).toPlainText()
    desk.close()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_bezwaar_and_copilot_buttons_fit_on_the_decisions_screen(demo_window, qtbot, size):
    """Both 'Bezwaar maken…' and 'Delen met mijn copiloot…' sit in the decision's button row:
    at a laptop's size each shows its whole text, inside the window."""
    demo_window.resize(*size)
    decision = _rejection(demo_window)
    demo_window.view.open_record("decision", decision.id)
    screen = demo_window.view.current_screen()
    qtbot.waitUntil(screen.isVisible)
    # The row does not push the window wider (or taller) than the screen it is on.
    assert (demo_window.width(), demo_window.height()) == size
    for text in ("Bezwaar maken…", "Delen met mijn copiloot…", "Brief toevoegen…"):
        button = _button(screen, text)
        assert button.isVisible(), text
        assert button.width() >= button.sizeHint().width(), text
        right = button.mapTo(demo_window, button.rect().topRight()).x()
        assert 0 < right <= demo_window.width(), text
