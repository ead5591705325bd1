"""A dossier folder named after the child (as older versions made it) gets a neutral name from
Instellingen: locked first, renamed in one step, recent list and keychain still right."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import key_of


def _settings_text(settings) -> bytes:
    settings.sync()
    return open(settings.fileName(), "rb").read()


def _open_settings(window, closed_dossier):
    window._open_with_key(closed_dossier, key_of(closed_dossier))
    assert window.session is not None
    return window.show_settings()


def test_rename_to_the_neutral_name(make_window, closed_dossier, settings, memory_keyring,
                                    qtbot, tmp_path):
    from storage import keychain

    window = make_window()
    dialog = _open_settings(window, closed_dossier)
    keychain.remember(window.session.dossier.dossier_id, window.session.dossier.data_key())
    assert b"Noor" in _settings_text(settings)  # what an older version left behind
    notice = dialog.folder_name_notice
    assert notice.isVisibleTo(dialog) and "Noor.zorgmap" in notice.text.text()
    asked = []
    notice.confirm = lambda *args: asked.append(args) or True
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)

    new = tmp_path / "Zorgmap-dossier.zorgmap"
    assert asked and "Zorgmap-dossier.zorgmap" in asked[0][2]
    assert window.session is None  # locked before the folder moved
    assert not closed_dossier.exists() and (new / "keys.json").is_file()
    assert window.recent() == [new]
    text = _settings_text(settings)
    assert b"noor" not in text.lower() and str(new).encode() in text
    assert window.unlock_page.selected() == new
    assert "Zorgmap-dossier.zorgmap" in window.unlock_page.locked_note.text()

    # The keychain keys by dossier id: it still opens the dossier at its new place.
    qtbot.waitUntil(lambda: window.unlock_page.keychain_button.isVisibleTo(window.unlock_page))
    qtbot.mouseClick(window.unlock_page.keychain_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.dossier.folder == new
    assert window.session.records.singleton("child_profile").name == "Noor"
    again = window.show_settings()
    assert getattr(again, "folder_name_notice", None) is None


def test_a_refused_rename_changes_nothing(make_window, closed_dossier, settings, monkeypatch,
                                          tmp_path):
    taken = tmp_path / "Bezet.zorgmap"
    taken.mkdir()
    (taken / "van iemand anders.txt").write_text("blijft")
    # The neutral name was free when asked, then taken (another program made that folder).
    monkeypatch.setattr("ui.folder_name.neutral_folder", lambda _parent: taken)
    window = make_window()
    dialog = _open_settings(window, closed_dossier)
    before = window.recent()
    notice = dialog.folder_name_notice
    notice.confirm = lambda *args: True
    assert notice.rename() is None

    assert closed_dossier.is_dir() and (taken / "van iemand anders.txt").read_text() == "blijft"
    assert window.recent() == before == [closed_dossier]
    assert window.unlock_page.selected() == closed_dossier
    assert "niet hernoemd" in window.unlock_page.error.text()


def test_no_notice_for_a_neutral_folder(make_window, closed_dossier, tmp_path):
    from storage.dossier import rename_folder

    neutral = rename_folder(closed_dossier, tmp_path / "Zorgmap-dossier.zorgmap")
    window = make_window()
    dialog = _open_settings(window, neutral)
    assert getattr(dialog, "folder_name_notice", None) is None


def test_renamed_folder_is_not_listed_twice(make_window, tmp_path):
    """The recent list still held a dossier folder that had since gone (moved, deleted) under
    the neutral name; after "Neutrale naam geven…" took that name, the unlock page listed
    'Zorgmap-dossier — …' twice."""
    window = make_window()
    old = tmp_path / "Noor.zorgmap"
    gone = tmp_path / "Zorgmap-dossier.zorgmap"
    other = tmp_path / "Zorgmap-dossier-2.zorgmap"
    window._save_recent([old, gone, other])
    window.rename_recent(old, gone)
    assert window.recent() == [gone, other]
