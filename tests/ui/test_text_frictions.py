"""Small frictions a new user met (issue 15): each one a test that fails when it comes back."""

from __future__ import annotations

import pytest
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


def test_printed_noodsleutel_keeps_code_groups_whole_and_says_where_from(qapp, tmp_path):
    import re

    from pypdf import PdfReader

    from storage.keys import new_recovery_code
    from ui.recovery_sheet import write_recovery_pdf

    code = new_recovery_code()
    pdf = write_recovery_pdf(tmp_path / "n.pdf", code, tmp_path / "Zorgmap-dossier.zorgmap",
                             "Noor")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\t", " ")
    lines = [line.strip() for line in text.splitlines()
             if re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4})*-?", line.strip())]
    # Every line of the code holds whole groups, and together they are the code.
    assert lines and "".join(lines).replace("-", "") == code.replace("-", "")
    assert all(len(line.rstrip("-").split("-")) == 4 for line in lines)
    assert "Zorgmap komt van" in text and "(gratis)" in text
    assert "Installeer Zorgmap (gratis) op" not in text


def test_window_title_names_the_app_once(open_window, qapp):
    # Qt appends " — <display name>" to a title that does not end with it.
    qapp.setApplicationDisplayName("Zorgmap")
    try:
        window = open_window()
        title = window.windowTitle()
        shown = title if title.endswith("Zorgmap") else f"{title} — Zorgmap"
        assert shown == "Noor — Zorgmap"
    finally:
        qapp.setApplicationDisplayName("")


def test_overview_says_each_thing_once(demo_window):
    from app.model import Allergy, ChildProfile
    from ui.screens.overview import stale_subject

    window = demo_window
    name = window.session.child_name()
    assert stale_subject("child_profile", ChildProfile(name=name), name) == f"Over {name}"
    assert window.view.sidebar.item(1).text() == f"Over {name}"
    assert stale_subject("allergy", Allergy(substance="Penicilline"), name) == (
        "Allergie: Penicilline")
    screen = window.view.show_part("overview")
    for text in screen.lists["stale"].texts():
        assert "Allergie: Allergie" not in text and "Over mij:" not in text


def test_saved_noodsleutel_pdf_is_private_even_with_a_loose_umask(qapp, tmp_path):
    # The sheet holds the code that opens the dossier: like every file the app writes it is
    # 0600, also when it replaces an older sheet that was world-readable.
    import os
    import stat

    from storage.keys import new_recovery_code
    from ui.recovery_sheet import write_recovery_pdf

    old = os.umask(0o022)
    try:
        fresh = write_recovery_pdf(tmp_path / "nieuw.pdf", new_recovery_code(),
                                   tmp_path / "Zorgmap-dossier.zorgmap", "Noor")
        existing = tmp_path / "oud.pdf"
        existing.write_bytes(b"old sheet")
        existing.chmod(0o644)
        replaced = write_recovery_pdf(existing, new_recovery_code(),
                                      tmp_path / "Zorgmap-dossier.zorgmap", "Noor")
    finally:
        os.umask(old)
    for path in (fresh, replaced):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_create_form_stays_put_for_every_passphrase_message(make_window, qtbot, qapp, scale):
    """Two reserved lines were not enough for the longest warning in a narrow window at large
    text: 'Nog een keer' moved down a line while the passphrase was typed."""
    from tests.ui.helpers import text_size

    with text_size(qapp, scale):
        window = make_window()
        window.resize(700, 700)
        window.show()
        window.show_page(window.create_page)
        page = window.create_page
        qtbot.keyClicks(page.name, "Noor")
        _settle(qtbot, page)
        before = (page.second.y(), page.show_box.y())
        seen = set()
        for text in ("kort", "wachtwoord2024", "aaaaaaaaaaaaaa", "12345678901234",
                     "paraplu fiets zomer lepel", "noor12345678",
                     "regenboog kasteel vlinder trompet"):
            page.first.clear()
            qtbot.keyClicks(page.first, text)
            qtbot.keyClicks(page.second, "x")
            _settle(qtbot, page)
            seen.add(page.passphrase.strength.text())
            assert (page.second.y(), page.show_box.y()) == before, text
            page.second.clear()
        assert len(seen) == 7
