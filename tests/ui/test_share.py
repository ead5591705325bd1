"""Delen en printen: choose sections, preview, save, print, presets and the share log."""

from __future__ import annotations

import hashlib
import io

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import TODAY
from tests.ui.helpers import settle


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()


def _tick(qtbot, box) -> None:
    """Click a checkbox on its box (a stretched checkbox only reacts on box and label)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _building(window) -> bool:
    dialog = getattr(window, "share_dialog", None)
    return dialog is not None and dialog.alive and dialog.rendering


def _wait_idle(qtbot, window) -> None:
    """Until the window's operations and the dialog's PDF process (ui/pdfprocess.py) are done."""
    qtbot.waitUntil(lambda: not window.operations and not _building(window), timeout=30000)
    settle(window)


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def share(demo_window, qtbot):
    _wait_idle(qtbot, demo_window)  # the automatic backup after unlocking
    dialog = demo_window.show_share()
    qtbot.waitExposed(dialog)
    return demo_window, dialog


def test_share_action_only_while_unlocked(make_window, closed_dossier):
    from tests.ui.conftest import key_of

    window = make_window()
    assert not window.share_action.isEnabled()
    assert window.show_share() is None
    window._open_with_key(closed_dossier, key_of(closed_dossier))
    assert window.share_action.isEnabled()
    window.lock()
    assert not window.share_action.isEnabled()


def test_paspoort_without_a_section_is_previewed_saved_and_logged(share, qtbot, tmp_path):
    window, dialog = share
    assert dialog.current_output() == "paspoort"
    assert not dialog.bsn.isChecked()  # the BSN stays out unless chosen
    _tick(qtbot, dialog.section_boxes["fijn"])
    assert not dialog.section_boxes["fijn"].isChecked()
    _type(qtbot, dialog.recipient, "Logeerhuis De Vlinder")

    _click(qtbot, dialog.preview_button)
    _wait_idle(qtbot, window)
    assert dialog.pdf.pageCount() == dialog.result.pages <= 2
    # The pages in view are rasterised (on demand, see tests/ui/test_pdfview.py).
    qtbot.waitUntil(lambda: dialog.view.cached_pages() != [])
    assert set(dialog.view.cached_pages()) <= set(range(dialog.result.pages))
    assert window.session.records.shares() == []  # a preview is not a share

    target = tmp_path / "paspoort.pdf"
    dialog.choose_pdf_target = lambda _name: str(target)
    _click(qtbot, dialog.save_button)
    _wait_idle(qtbot, window)
    data = target.read_bytes()
    assert target.stat().st_mode & 0o777 == 0o600  # the child's care: this user only
    text = _pdf_text(data)
    assert "Noor" in text and "Als ik een aanval heb" in text
    assert "Wat ik fijn vind" not in text and "Schommelen in de hangmat" not in text

    [entry] = window.session.records.shares()
    assert entry.output == "paspoort" and entry.recipient == "Logeerhuis De Vlinder"
    assert "fijn" not in entry.sections and "over_mij" in entry.sections
    assert entry.sha256 == hashlib.sha256(data).hexdigest()
    assert entry.pages == dialog.result.pages
    assert entry.excluded == ["fijn"] and entry.via == "pdf"

    # The log tab lists it and finds it by recipient and year.
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentWidget() is dialog.log_page
    page = dialog.log_page
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 1).data() == "Zorgpaspoort (als PDF bewaard)"
    assert page.proxy.index(0, 3).data() == "zonder: Wat ik fijn vind en wat niet"
    year = page.proxy.index(0, 0).data()[-4:]
    _type(qtbot, page.filter, f"vlinder {year}")
    assert page.proxy.rowCount() == 1
    _type(qtbot, page.filter, "KDC")
    assert page.proxy.rowCount() == 0


def test_changed_choice_is_rendered_again_before_saving(share, qtbot, tmp_path):
    window, dialog = share
    _click(qtbot, dialog.preview_button)
    _wait_idle(qtbot, window)
    first = dialog.result.sha256
    _tick(qtbot, dialog.bsn)
    assert "Voorbeeld" in dialog.status.text()  # says the preview is out of date
    dialog.choose_pdf_target = lambda _name: str(tmp_path / "met-bsn.pdf")
    _click(qtbot, dialog.save_button)
    _wait_idle(qtbot, window)
    assert dialog.result.sha256 != first
    assert window.session.records.shares()[0].sha256 == dialog.result.sha256


def test_preset_round_trip(share, qtbot):
    window, dialog = share
    dialog.output.setCurrentIndex(dialog.output.findData("noodkaart"))
    _tick(qtbot, dialog.section_boxes["foto"])
    _tick(qtbot, dialog.bsn)
    _type(qtbot, dialog.recipient, "School")
    _click(qtbot, dialog.save_preset_button)
    assert window.session.records.share_presets()["School"] == {
        "output": "noodkaart", "excluded": ["foto"], "include_bsn": True}
    dialog.close()

    dialog = window.show_share()
    assert dialog.current_output() == "paspoort" and dialog.recipient.text() == ""
    index = dialog.preset.findData("School")
    assert index > 0
    dialog.preset.setCurrentIndex(index)
    dialog.preset.activated.emit(index)
    assert dialog.current_output() == "noodkaart"
    assert not dialog.section_boxes["foto"].isChecked()
    assert dialog.section_boxes["medicatie"].isChecked()
    assert dialog.bsn.isChecked() and dialog.recipient.text() == "School"
    # Changing the choice lets go of the preset's name; deleting removes it.
    _tick(qtbot, dialog.section_boxes["foto"])
    assert dialog.preset.currentIndex() == 0
    dialog.preset.setCurrentIndex(index)
    dialog.preset.activated.emit(index)
    _click(qtbot, dialog.delete_preset_button)
    assert window.session.records.share_presets() == {}
    assert dialog.preset.findData("School") == -1


def test_aanvraag_lists_aid_requests_and_prints(share, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window, dialog = share
    records = window.session.records
    dialog.output.setCurrentIndex(dialog.output.findData("aanvraag"))
    assert dialog.request.isVisibleTo(dialog)
    listed = [dialog.request.itemData(i) for i in range(dialog.request.count())]
    aids = records.list("aid_request")
    assert aids and {a.id for a in aids} <= set(listed)
    assert {d.id for d in records.list("decision")} <= set(listed)
    wheelchair = next(a for a in aids if a.title == "Rolstoel met zitorthese")
    dialog.request.setCurrentIndex(dialog.request.findData(wheelchair.id))
    assert dialog.request.currentText() == "Hulpmiddel: Rolstoel met zitorthese"
    _type(qtbot, dialog.recipient, "Wmo-consulent")

    # Printing: the print dialog is replaced by a printer that writes a PDF.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.ask_printer = lambda: printer
    _click(qtbot, dialog.print_button)
    _wait_idle(qtbot, window)
    assert "Rolstoel met zitorthese" in _pdf_text(dialog.result.pdf)
    from pypdf import PdfReader

    assert len(PdfReader(printed).pages) == dialog.result.pages
    [entry] = records.shares()
    assert entry.output == "aanvraag" and entry.recipient == "Wmo-consulent"


def test_share_log_model(qtmodeltester, qapp):
    from storage.records import ShareEntry
    from ui.share import ShareLogFilter, ShareLogModel

    model = ShareLogModel()
    model.set_entries([
        ShareEntry("a", "2025-03-01T10:00:00+00:00", "paspoort", "KDC De Zonnebloem",
                   ["over_mij", "epilepsie"], "ab" * 32, 2),
        ShareEntry("b", "2026-01-05T10:00:00+00:00", "noodkaart", "School", [], "cd" * 32, 1),
        # Printed with every box ticked; Foto and the rest were only empty.
        ShareEntry("c", "2026-02-05T10:00:00+00:00", "noodkaart", "Oma", ["wie"], "ef" * 32, 1,
                   excluded=[], via="print"),
        ShareEntry("d", "2026-03-05T10:00:00+00:00", "noodkaart", "Logeerhuis", ["wie"],
                   "ef" * 32, 1,
                   excluded=["foto"], via="pdf"),
    ])
    qtmodeltester.check(model, force_py=True)
    proxy = ShareLogFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("kdc 2025")
    assert proxy.rowCount() == 1 and proxy.index(0, 2).data() == "KDC De Zonnebloem"
    proxy.set_text("kdc 2026")
    assert proxy.rowCount() == 0
    assert model.index(0, 0).data() == "01-03-2025"
    assert model.index(1, 3).data().startswith("zonder: Foto")  # logged before: unknown
    assert model.index(2, 3).data() == "alles wat ingevuld is"
    assert model.index(2, 1).data() == "Noodkaart (geprint)"
    assert model.index(3, 3).data() == "zonder: Foto"
    assert model.index(3, 1).data() == "Noodkaart (als PDF bewaard)"


def test_output_and_section_names_are_marked_for_translation():
    from exports.pdf import OUTPUT_LABELS, SECTIONS
    from ui.share import OUTPUT_NAMES, SECTION_NAMES

    assert set(OUTPUT_LABELS.values()) <= set(OUTPUT_NAMES)
    marked = set(OUTPUT_NAMES) | set(SECTION_NAMES)  # one context: a name is marked once
    assert {title for sections in SECTIONS.values() for _sid, title in sections} <= marked


def test_today_is_the_made_on_date(share, qtbot):
    window, dialog = share
    _click(qtbot, dialog.preview_button)
    _wait_idle(qtbot, window)
    assert "gemaakt op 10-11-2026" in _pdf_text(dialog.result.pdf)
    assert TODAY.year == 2026


def test_locking_while_rendering_closes_the_dialog(share, qtbot):
    window, dialog = share
    _click(qtbot, dialog.preview_button)  # still rendering when the lock comes
    window.lock()
    assert not dialog.alive and dialog.result is None
    assert window.session is None and not window.share_action.isEnabled()


def test_preview_follows_a_switch_of_output(share, qtbot):
    window, dialog = share
    _click(qtbot, dialog.preview_button)
    _wait_idle(qtbot, window)
    assert dialog.result_choice.output == "paspoort"
    dialog.output.setCurrentIndex(dialog.output.findData("noodkaart"))
    # No click on Voorbeeld: the preview shows the Noodkaart by itself.
    qtbot.waitUntil(lambda: dialog.result_choice.output == "noodkaart" and not dialog.rendering,
                    timeout=15000)
    _wait_idle(qtbot, window)
    assert "Noodkaart" in dialog.status.text()
