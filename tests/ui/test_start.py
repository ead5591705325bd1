"""First run, create, Noodsleutel, keychain, unlock, wrong passphrase, locking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storage import keychain
from tests.conftest import PASSPHRASE


def test_first_run_shows_welcome_with_four_choices(make_window):
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    texts = [b.text() for b in (window.welcome.create_button, window.welcome.open_button,
                                window.welcome.restore_button, window.welcome.demo_button)]
    assert all(texts)
    assert not window.toolbar.isVisible()


def test_passphrase_strength_feedback_is_live(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    qtbot.keyClicks(page.name, "Noor")
    qtbot.keyClicks(page.first, "kort")
    assert "Te kort" in page.strength.text()
    assert not page.create_button.isEnabled()
    page.first.clear()
    qtbot.keyClicks(page.first, PASSPHRASE)
    assert "Sterk genoeg" in page.strength.text()
    qtbot.keyClicks(page.second, "anders")
    assert "niet gelijk" in page.match.text()
    assert not page.create_button.isEnabled()


def test_create_dossier_shows_noodsleutel_then_opens(make_window, qtbot, memory_keyring,
                                                      tmp_path):
    window = make_window()
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    qtbot.keyClicks(page.name, "Noor")
    qtbot.keyClicks(page.first, PASSPHRASE)
    qtbot.keyClicks(page.second, PASSPHRASE)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_page, timeout=10000)
    recovery = window.recovery_page
    code = recovery.code_label.text()
    assert len(code.replace("-", "")) == 32
    assert page.first.text() == ""  # the passphrase does not linger in the widget

    # A PDF sheet can be saved; the parent must confirm before going on.
    pdf = tmp_path / "noodsleutel.pdf"
    window.choose_pdf_target = lambda _name: str(pdf)
    qtbot.mouseClick(recovery.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not recovery.done_button.isEnabled()
    recovery.stored.setChecked(True)
    assert recovery.keychain_box.isEnabled()
    recovery.keychain_box.setChecked(True)
    qtbot.mouseClick(recovery.done_button, Qt.MouseButton.LeftButton)

    assert window.view is not None
    assert window.view.sidebar.item(1).text() == "Over Noor"
    dossier = window.session.dossier
    assert keychain.recall(dossier.dossier_id) == dossier.data_key()
    assert str(dossier.folder) in [str(p) for p in window.recent()]


def test_no_keychain_is_said_plainly(make_window):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = make_window()
        window.recovery_page.show_code("ABCD-EFGH")
        assert not window.recovery_page.keychain_box.isEnabled()
        assert "geen sleutelbos" in window.recovery_page.keychain_note.text()
    finally:
        keyring.set_keyring(previous)


def test_unlock_wrong_passphrase_then_right(make_window, closed_dossier, settings, qtbot):
    settings.setValue("recent", [str(closed_dossier)])
    window = make_window()
    page = window.unlock_page
    assert window.pages.currentWidget() is page
    assert page.selected() == closed_dossier
    qtbot.keyClicks(page.secret, "verkeerd wachtwoord hier")
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10000)
    assert "klopt niet" in page.error.text()
    assert window.session is None
    page.secret.clear()
    qtbot.keyClicks(page.secret, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.toolbar.isVisible()


def test_unlock_with_noodsleutel_in_same_field(make_window, tmp_path, settings, qtbot):
    from storage.dossier import Dossier
    from tests.conftest import FAST_KDF

    folder = tmp_path / "Sem.zorgmap"
    dossier, code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    dossier.close()
    settings.setValue("recent", [str(folder)])
    window = make_window()
    qtbot.keyClicks(window.unlock_page.secret, code.lower().replace("-", " "))
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)


def test_keychain_unlock(make_window, closed_dossier, settings, memory_keyring, qtbot):
    from tests.ui.conftest import key_of

    key = key_of(closed_dossier)
    from ui.mainwindow import _dossier_id

    keychain.remember(_dossier_id(closed_dossier), key)
    settings.setValue("recent", [str(closed_dossier)])
    window = make_window()
    # Asked after the unlock page is painted (ui.mainwindow.KEYCHAIN_LOOKUP_MS).
    qtbot.waitUntil(lambda: window.unlock_page.keychain_button.isVisibleTo(window))
    qtbot.mouseClick(window.unlock_page.keychain_button, Qt.MouseButton.LeftButton)
    assert window.session is not None


def test_lock_button_drops_everything(open_window, qtbot):
    window = open_window()
    dossier = window.session.dossier
    view_base = window.session.view_folder.base
    view_base.mkdir(parents=True, exist_ok=True)
    (view_base / "copy.pdf").write_bytes(b"secret")
    window.lock_action.trigger()
    assert window.session is None and window.view is None
    assert dossier.db is None
    assert not view_base.exists()
    assert window.pages.currentWidget() is window.unlock_page
    assert not window.toolbar.isVisible()


class FakeClock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_auto_lock_after_inactivity(open_window, qtbot):
    clock = FakeClock()
    window = open_window(lock_ms=150_000, clock=clock)
    dossier = window.session.dossier
    assert window.watcher.timer.isActive()  # the real timer polls the clock
    clock.advance(149.9)
    window.watcher.poll()
    assert window.session is not None
    clock.advance(0.1)
    window.watcher.poll()
    assert window.session is None
    assert dossier.db is None
    assert window.pages.currentWidget() is window.unlock_page
    assert "vergrendeld" in window.unlock_page.locked_note.text()


def test_activity_postpones_auto_lock(open_window, qtbot):
    clock = FakeClock()
    window = open_window(lock_ms=400_000, clock=clock)
    for _ in range(4):
        clock.advance(300)
        qtbot.keyClick(window.view.sidebar, Qt.Key.Key_Down)
        window.watcher.poll()
        assert window.session is not None  # 1200 s in all, never 400 s without a key
    clock.advance(399)
    window.watcher.poll()
    assert window.session is not None
    clock.advance(1)
    window.watcher.poll()
    assert window.session is None


def test_demo_is_marked_fictional_and_thrown_away(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.view.banner.isVisibleTo(window)
    assert "verzonnen" in window.view.banner.text()
    folder = window.demo_folder
    window.lock()
    assert not folder.exists()
    assert window.recent() == []
    assert window.pages.currentWidget() is window.welcome


def test_restore_backup_as_new_dossier(open_window, qtbot, tmp_path):
    window = open_window()
    target = tmp_path / "kopie.zmbak"
    window.choose_backup_target = lambda _name: str(target)
    op = window.make_backup()
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert target.exists()
    window.lock()
    window.show_page(window.restore_page)
    page = window.restore_page
    page.backup.setText(str(target))
    page.secret.setText(PASSPHRASE)
    page.target.setText(str(tmp_path / "terug.zorgmap"))
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=10000)
    assert window.unlock_page.selected() == tmp_path / "terug.zorgmap"


def test_file_dialogs_start_where_dossiers_live(make_window, monkeypatch):
    """'Een bestaand dossier openen…' began in the folder the program was started from."""
    import shutil
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a: asked.append(a[2]) or ""))
    window.default_folder.mkdir(parents=True, exist_ok=True)
    window.choose_dossier()
    assert asked == [str(window.default_folder)]
    shutil.rmtree(window.default_folder)
    window.choose_dossier()
    assert asked[-1] == str(Path.home())
