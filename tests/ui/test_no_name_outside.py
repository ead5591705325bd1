"""The child's name stays inside the encrypted dossier: not in settings, folder or file names."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE

NAME = "Fenneke"


def test_settings_and_folder_names_hold_no_childs_name(make_window, qtbot, settings, tmp_path):
    window = make_window()
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    qtbot.keyClicks(page.name, NAME)
    assert NAME not in page.where.text()
    qtbot.keyClicks(page.first, PASSPHRASE)
    qtbot.keyClicks(page.second, PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_page, timeout=10000)
    offered = []
    window.choose_pdf_target = lambda name: offered.append(name) or ""
    window.save_recovery_pdf()
    assert offered and NAME not in offered[0]
    window.recovery_page.stored.setChecked(True)
    qtbot.mouseClick(window.recovery_page.done_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    folder = window.session.dossier.folder
    # Use it as a parent would: a second dossier in the same place, lock, close, restart.
    window.lock()
    window.close()
    settings.sync()

    assert NAME not in str(folder)
    for path in tmp_path.rglob("*"):
        assert NAME.lower() not in path.name.lower(), path
    text = open(settings.fileName(), "rb").read()
    assert NAME.encode() not in text and NAME.lower().encode() not in text.lower()
    assert str(folder).encode() in text  # the scan looked at the real recent list

    again = make_window()
    labels = [again.unlock_page.recent.item(i).text()
              for i in range(again.unlock_page.recent.count())]
    assert labels and not any(NAME in label for label in labels)
