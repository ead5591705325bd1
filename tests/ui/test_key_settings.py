"""Instellingen: change the passphrase, make a new Noodsleutel, automatic backup settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import key_of
from tests.ui.helpers import settle

NEW_PASSPHRASE = "wolk tafel appel gitaar"


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.operations, timeout=15000)
    settle(window)


@pytest.fixture
def dossier_with_code(tmp_path):
    """A locked dossier on disk; returns (folder, Noodsleutel)."""
    from app.model import ChildProfile
    from storage.dossier import Dossier
    from storage.records import RecordStore

    folder = tmp_path / "Noor.zorgmap"
    dossier, code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        RecordStore(dossier).save(ChildProfile(name="Noor Vermeulen"))
    return folder, code


@pytest.fixture
def key_settings(make_window, dossier_with_code, qtbot):
    folder, code = dossier_with_code
    window = make_window()
    window._open_with_key(folder, key_of(folder))
    _wait_idle(qtbot, window)  # the automatic backup after unlocking
    settings = window.show_settings()
    return window, settings, folder, code


def test_change_passphrase_then_reopen_with_the_new_one(key_settings, qtbot):
    window, settings, folder, _code = key_settings
    _click(qtbot, settings.key_settings.passphrase_button)
    dialog = settings.key_settings.passphrase_dialog
    qtbot.keyClicks(dialog.first, "kort")
    assert "12 tekens" in dialog.strength.text()  # live strength feedback
    _type(qtbot, dialog.current, "niet het wachtwoord")
    _type(qtbot, dialog.first, NEW_PASSPHRASE)
    assert "Sterk genoeg" in dialog.strength.text()
    qtbot.keyClicks(dialog.second, NEW_PASSPHRASE)
    _click(qtbot, dialog.change_button)
    _wait_idle(qtbot, window)
    # Wrong current passphrase: the Dutch message beside the field, nothing changed.
    assert dialog.current_error.isVisibleTo(dialog)
    assert "klopt niet" in dialog.current_error.text()
    assert key_of(folder, PASSPHRASE)

    _type(qtbot, dialog.current, PASSPHRASE)
    assert not dialog.current_error.isVisibleTo(dialog)
    _click(qtbot, dialog.change_button)
    _wait_idle(qtbot, window)
    assert not dialog.alive  # closed (and deleted)

    window.lock()
    from storage.errors import WrongSecret

    with pytest.raises(WrongSecret):
        key_of(folder, PASSPHRASE)
    page = window.unlock_page
    qtbot.keyClicks(page.secret, NEW_PASSPHRASE)
    _click(qtbot, page.unlock_button)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.session.child_name() == "Noor"


def test_new_noodsleutel_replaces_the_old_one(key_settings, qtbot, tmp_path):
    from pypdf import PdfReader

    from storage.errors import WrongSecret

    window, settings, folder, old_code = key_settings
    _click(qtbot, settings.key_settings.recovery_button)
    dialog = settings.key_settings.recovery_dialog
    qtbot.keyClicks(dialog.secret, "fout wachtwoord")
    _click(qtbot, dialog.make_button)
    _wait_idle(qtbot, window)
    assert "klopt niet" in dialog.secret_error.text()
    assert dialog.pages.currentIndex() == 0

    _type(qtbot, dialog.secret, PASSPHRASE)
    _click(qtbot, dialog.make_button)
    _wait_idle(qtbot, window)
    assert dialog.pages.currentIndex() == 1
    new_code = dialog.code_label.text()
    assert new_code and new_code != old_code
    assert "Zodra u op Klaar klikt" in dialog.old_gone.text()

    target = tmp_path / "noodsleutel.pdf"
    dialog.choose_pdf_target = lambda _name: str(target)
    _click(qtbot, dialog.pdf_button)
    sheet = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    # the code is printed in two lines of four groups
    assert new_code.replace("-", "") in sheet.replace("-", "").replace(" ", "")
    assert "Noor Vermeulen" in sheet

    assert not dialog.done_button.isEnabled()  # only once the parent says it is stored
    from storage.dossier import Dossier

    Dossier.open(folder, old_code, read_only=True).close()  # shown, not yet confirmed
    qtbot.mouseClick(dialog.stored, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.stored.height() // 2))  # on the box itself
    assert dialog.done_button.isEnabled()
    _click(qtbot, dialog.done_button)
    assert not dialog.alive and dialog.code == ""

    with pytest.raises(WrongSecret):
        key_of(folder, old_code)
    assert key_of(folder, new_code) == key_of(folder, PASSPHRASE)


def test_backup_settings_are_saved(key_settings, qtbot):
    window, settings, _folder, _code = key_settings
    section = settings.key_settings
    assert section.hours.value() == 24 and section.keep.value() == 5
    section.hours.setValue(48)
    section.keep.setValue(3)
    settings.save()
    dossier = window.session.dossier
    assert dossier.setting("auto_backup_hours") == "48"
    assert dossier.setting("auto_backup_keep") == "3"


def test_tab_goes_down_instellingen_in_reading_order(open_window, qtbot):
    """Keyboard only: Tab from 'Automatisch vergrendelen' jumped to Bewaren and Annuleren, then
    to the (invisible) scroll area, and only then to the backup and key sections, so a
    parent pressing Space on what they took for 'Wachtwoord veranderen…' blanked a field."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

    window = open_window()
    dialog = window.show_settings()
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.minutes.setFocus()
    qtbot.waitUntil(dialog.minutes.hasFocus)
    visited = [dialog.minutes]
    while True:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is dialog.minutes or len(visited) > 30:
            break
        visited.append(widget)
    assert not [w for w in visited if isinstance(w, QAbstractScrollArea)]
    ok, cancel = dialog.buttons.buttons()[0], dialog.buttons.buttons()[1]
    body = visited[:-2]
    assert set(visited[-2:]) == {ok, cancel}
    tops = [w.mapTo(dialog.body, w.rect().topLeft()).y() for w in body]
    assert tops == sorted(tops)
    names = [getattr(w, "text", lambda: "")() for w in body]
    assert "Wachtwoord veranderen…" in names and "Neutrale naam geven…" in names
    dialog.reject()
