"""The window unlocks through storage's one way in: an interrupted new Noodsleutel opens.

The interruption is made the same way on any version: the process "dies" at the second
write of keys.json (once the database was re-encrypted), so the new code was never shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def half_changed(tmp_path, monkeypatch):
    from storage import keys
    from storage.dossier import Dossier
    from tests.storage.helpers import put_note

    folder = tmp_path / "Noor.zorgmap"
    dossier, old_code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    put_note(dossier, "n1", "bewaard")
    saves = []
    real_save = keys.KeyFile.save

    def save(self, path):
        saves.append(path)
        if len(saves) == 2:
            raise OSError("stroom weg")  # after the re-encryption, before the code is shown
        real_save(self, path)

    monkeypatch.setattr(keys.KeyFile, "save", save)
    with pytest.raises(OSError):
        dossier.new_recovery_code(PASSPHRASE)
        dossier.confirm_recovery_code()
    monkeypatch.undo()
    dossier.close()
    return folder, old_code


@pytest.mark.parametrize("which", ["passphrase", "noodsleutel"])
def test_the_window_opens_after_an_interrupted_new_noodsleutel(half_changed, make_window,
                                                               settings, qtbot, which):
    folder, old_code = half_changed
    settings.setValue("recent", [str(folder)])
    window = make_window()
    page = window.unlock_page
    qtbot.keyClicks(page.secret, PASSPHRASE if which == "passphrase" else old_code)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None or page.error.isVisible(),
                    timeout=10000)
    assert not page.error.isVisible(), page.error.text()
    assert window.session.dossier.db.one("SELECT count(*) FROM records")[0] >= 1


def test_the_keychain_opens_after_an_interrupted_new_noodsleutel(tmp_path, make_window,
                                                                  settings, memory_keyring,
                                                                  monkeypatch, qtbot):
    from storage import keychain
    from storage.dossier import Dossier

    folder = tmp_path / "Sem.zorgmap"
    dossier, _code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    keychain.remember(dossier.dossier_id, dossier.data_key())
    dossier.new_recovery_code(PASSPHRASE)  # killed before the keychain was updated
    dossier.close()
    settings.setValue("recent", [str(folder)])
    window = make_window()
    qtbot.mouseClick(window.unlock_page.keychain_button, Qt.MouseButton.LeftButton)
    assert window.session is not None, window.unlock_page.error.text()


def test_the_new_noodsleutel_dialog_ends_the_old_one_only_on_klaar(open_window, qtbot):
    from storage.dossier import Dossier
    from storage.errors import WrongSecret
    from ui.new_recovery import NewRecoveryDialog

    window = open_window()
    session = window.session
    folder = session.dossier.folder
    dialog = NewRecoveryDialog(session, window._run, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    assert session.dossier.keyfile.pending  # shown, not yet confirmed
    dialog.stored.setChecked(True)
    assert dialog.done_button.isEnabled()
    dialog.done_button.click()
    assert not dialog.saved_note.isVisible(), dialog.saved_note.text()
    assert not session.dossier.keyfile.pending
    from storage.keys import KeyFile

    keyfile = KeyFile.load(folder / "keys.json")
    assert not keyfile.pending and not keyfile.successors
    with pytest.raises(WrongSecret):
        Dossier.open(folder, "0000-0000-0000-0000-0000-0000-0000-0000", read_only=True)


def test_a_damaged_noodsleutel_slot_is_told_after_unlocking(closed_dossier, make_window,
                                                             settings, qtbot):
    import json

    keys = closed_dossier / "keys.json"
    doc = json.loads(keys.read_bytes())
    slot = next(s for s in doc["slots"] if s["type"] == "recovery")
    slot["n"] *= 2  # a flipped bit: the Noodsleutel would no longer work
    keys.write_text(json.dumps(doc))
    settings.setValue("recent", [str(closed_dossier)])
    window = make_window()
    qtbot.keyClicks(window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.key_warning is not None
    assert "noodsleutel werkt daardoor niet" in window.key_warning.text()


def test_the_app_start_removes_half_made_dossiers(make_window, closed_dossier, settings):
    from ui.app import tidy_killed_creations

    partial = closed_dossier.parent / ".Sem.zorgmap.nieuw-abc123"
    partial.mkdir()
    (partial / "lock").touch()  # made by a run that was killed while building
    (partial / "dossier.db").write_bytes(b"versleuteld")
    settings.setValue("recent", [str(closed_dossier)])
    window = make_window()
    tidy_killed_creations(window)
    assert not partial.exists()
    assert closed_dossier.exists()
