"""'Bezwaar maken' in the app: offered on the Overzicht when the last day is near, and from a
decision; saves a PDF and a .docx."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import settle


def test_overview_offers_bezwaar_within_14_days_and_saves_pdf_and_docx(demo_window, qtbot,
                                                                       tmp_path):
    window = demo_window
    overview = window.view.show_part("overview")
    assert overview.bezwaar_offers.isVisibleTo(overview)
    (button,) = overview.bezwaar_buttons  # only the transport decision: 10 days left
    assert "Bezwaar maken" in button.text()
    dialog = overview.make_bezwaar(
        next(d.id for d in window.session.content().decisions if "vervoer" in d.subject))
    assert dialog.pro_forma.isChecked() is False  # ten days left: the full letter first
    assert "nog 10 dagen" in dialog.deadline.text()
    dialog.choose_target = lambda name: str(tmp_path / "bezwaar")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    pdf, docx = tmp_path / "bezwaar.pdf", tmp_path / "bezwaar.docx"
    assert pdf.read_bytes().startswith(b"%PDF") and docx.read_bytes().startswith(b"PK")
    assert (pdf.stat().st_mode & 0o777) == 0o600
    dialog.close()


def test_decision_screen_offers_bezwaar_only_for_a_decision_taken(demo_window, qtbot):
    window = demo_window
    screen = window.view.show_part("decisions")
    decisions = window.session.content().decisions
    rejected = next(d for d in decisions if d.status.value == "afgewezen")
    assert screen.select(rejected.id)
    assert screen.bezwaar_button.isEnabled()
    dialog = screen.make_bezwaar()
    assert dialog.decision_id == rejected.id
    dialog.close()


def test_aid_request_links_the_decisions_it_depends_on(demo_window, qtbot):
    window = demo_window
    screen = window.view.show_part("aids")
    content = window.session.content()
    wheelchair = next(a for a in content.aid_requests if a.title.startswith("Rolstoel"))
    assert screen.select(wheelchair.id)
    links = screen.decision_links
    assert links.count() == len(content.decisions)
    transport = next(d for d in content.decisions if "vervoer" in d.subject)
    row = next(i for i in range(links.count())
               if links.item(i).data(Qt.ItemDataRole.UserRole) == transport.id)
    links.item(row).setCheckState(Qt.CheckState.Checked)
    settle(window)
    stored = window.session.records.get(wheelchair.id)
    assert transport.id in stored.decision_ids
    assert set(wheelchair.decision_ids) <= set(stored.decision_ids)
