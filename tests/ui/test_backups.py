"""Backups through the real window: first backup, lock/close, second place, testing a backup,
and the file modes of everything the app writes."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from PySide6.QtCore import Qt

from app.model import ChildProfile, Contact
from storage import backup
from storage.dossier import Dossier
from storage.records import RecordStore
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import TODAY, key_of
from tests.ui.helpers import settle
from ui.workers import running_for

NOW = dt.datetime(2026, 11, 10, 9, 30)


def _clock():
    return NOW


def _newest(folder):
    return max(folder.glob("*.zmbak"), key=lambda p: p.stat().st_mtime_ns, default=None)


def _contacts_in(path, tmp_path, name="terug"):
    target = tmp_path / f"{name}.zorgmap"
    backup.restore_backup(path, PASSPHRASE, target)
    with Dossier.open(target, PASSPHRASE) as restored:
        rows = restored.db.all("SELECT data FROM records WHERE kind = 'contact'")
    return [r[0] for r in rows]


@pytest.fixture
def empty_dossier(tmp_path):
    folder = tmp_path / "Nieuw.zorgmap"
    dossier, _code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF)
    dossier.close()
    return folder


def test_a_new_dossier_with_data_has_a_backup_with_that_data_before_closing(
        make_window, empty_dossier, qtbot, tmp_path):
    window = make_window()
    window._open_with_key(empty_dossier, key_of(empty_dossier))
    session = window.session
    # Whatever started at unlock has finished: the parent starts typing only now.
    qtbot.waitUntil(lambda: not running_for(session.dossier), timeout=10000)
    session.save(Contact(name="Huisarts Jansen"))
    session.save(Contact(name="Logeerhuis De Vlinder"))
    window.close()  # at once: the queued saves must still be in the backup
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    newest = _newest(empty_dossier / "backups")
    assert newest is not None
    saved = " ".join(_contacts_in(newest, tmp_path))
    assert "Huisarts Jansen" in saved and "Logeerhuis De Vlinder" in saved


def test_first_backup_follows_the_first_change_and_a_quiet_day_adds_nothing(
        make_window, empty_dossier, qtbot):
    window = make_window(now=_clock, backup_delay_ms=0)
    window._open_with_key(empty_dossier, key_of(empty_dossier))
    backups = empty_dossier / "backups"
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    assert backup.list_snapshots(backups) == []  # nothing in it yet: nothing to back up
    window.session.save(Contact(name="Fysiotherapeut Bakker"))
    settle(window)  # the one writer committed it
    qtbot.waitUntil(lambda: len(backup.list_snapshots(backups)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    window.lock()
    before = sorted(p.name for p in backups.rglob("*"))
    window._open_with_key(empty_dossier, key_of(empty_dossier))
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    window.lock()
    assert sorted(p.name for p in backups.rglob("*")) == before


def test_lock_cancels_a_running_backup_without_leftovers_and_the_next_unlock_retries(
        make_window, closed_dossier, qtbot, monkeypatch):
    import ui.backups

    monkeypatch.setattr(ui.backups, "QUICK_BYTES", 0)  # behave as for a large dossier
    started = []
    real = backup.backup_to_place

    def slow_start(*args, progress=None, **kw):
        def stop_at_once(done, total):
            started.append(done)
            return progress(done, total) if progress else None
        return real(*args, progress=stop_at_once, **kw)

    monkeypatch.setattr(backup, "backup_to_place", slow_start)
    with Dossier.open(closed_dossier, PASSPHRASE) as dossier:
        RecordStore(dossier).save(Contact(name="Huisarts Jansen"))
    window = make_window(now=_clock)
    window._open_with_key(closed_dossier, key_of(closed_dossier))
    op = window.backups.op
    assert op is not None
    window.lock()
    assert op.done or op.cancelled
    backups = closed_dossier / "backups"
    assert not list(backups.rglob("*.deel"))
    # Either the backup finished before the lock came, or nothing of it is left.
    if not backup.list_snapshots(backups):
        assert not list(backups.rglob("*.pack"))
        window._open_with_key(closed_dossier, key_of(closed_dossier))
        qtbot.waitUntil(lambda: backup.list_snapshots(backups) != [], timeout=10000)


def test_second_place_is_asked_once_and_reminded_after_30_days(open_window, qtbot, tmp_path):
    from ui.backups import PLACE_COPIED, place_folder

    window = open_window(now=_clock)
    window.session.save(Contact(name="Huisarts Jansen"))
    settle(window)  # the one writer committed it
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    overview = window.view.screen("overview")
    notice = overview.backup_notice
    assert notice.isVisible() and notice.kind == "ask"
    assert "tweede plek" in notice.text.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    window.backups.choose_folder = lambda: str(usb)
    qtbot.mouseClick(notice.choose, Qt.MouseButton.LeftButton)
    dossier = window.session.dossier
    target = place_folder(usb, dossier.dossier_id)
    qtbot.waitUntil(lambda: backup.list_snapshots(target) != [], timeout=10000)
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    assert dossier.meta(PLACE_COPIED) == TODAY.isoformat()
    assert not notice.isVisible()

    # Thirty-one days later (an old copy date), the Overzicht reminds.
    dossier.set_meta(PLACE_COPIED, (TODAY - dt.timedelta(days=31)).isoformat())
    overview.refresh()
    assert notice.isVisible() and notice.kind == "remind"
    assert "meer dan 30 dagen" in notice.text.text() and notice.copy.isVisible()
    dossier.set_meta(PLACE_COPIED, (TODAY - dt.timedelta(days=30)).isoformat())
    overview.refresh()
    assert not notice.isVisible()


def test_dismissing_the_question_is_remembered(open_window, qtbot):
    window = open_window()
    notice = window.view.screen("overview").backup_notice
    assert notice.kind == "ask"
    qtbot.mouseClick(notice.later, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    folder = window.session.dossier.folder
    window.lock()
    window._open_with_key(folder, key_of(folder))
    assert not window.view.screen("overview").backup_notice.isVisible()


def test_reservekopie_testen_shows_what_a_backup_holds(open_window, qtbot):
    window = open_window(now=_clock)
    window.session.save(Contact(name="Huisarts Jansen"))
    settle(window)  # the one writer committed it
    window.backups.cancel()
    op = window.backups.run(force=True)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    dialog = window.show_backup_test()
    assert dialog.path.text().endswith(".zmbak")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10000)
    text = dialog.result.text()
    assert "Reservekopie in orde" in text
    assert "dossier van: Noor" in text
    assert "mensen in het netwerk: 1" in text
    assert "automatische reservekopie" in text


def test_reservekopie_testen_says_when_a_file_is_damaged(open_window, qtbot, tmp_path):
    window = open_window()
    bad = tmp_path / "kapot.zmbak"
    bad.write_bytes(b"ZORGMAP-BACKUP\x00\x01" + b"\x00" * 40)
    dialog = window.show_backup_test()
    dialog.path.setText(str(bad))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
    assert "beschadigd" in dialog.result.text() or "onvolledig" in dialog.result.text()
    assert dialog.info is None


def _modes(root):
    bad = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            bad.append(f"{path.relative_to(root.parent)}: {oct(mode)}")
    return bad


def test_every_file_the_app_writes_is_private(open_window, qtbot, tmp_path):
    old_umask = os.umask(0o022)  # the usual default: files would be 0644 unless we say so
    try:
        usb = tmp_path / "usb"
        usb.mkdir(mode=0o700)
        window = open_window(now=_clock)
        qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
        dossier = window.session.dossier
        window.session.save(Contact(name="Huisarts Jansen"))
        settle(window)  # the one writer committed it
        window.backups.choose_folder = lambda: str(usb)
        window.backups.choose_place()
        qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
        window.session.save(Contact(name="Logeerhuis De Vlinder"))
        settle(window)  # the one writer committed it
        manual = usb / "handmatig.zmbak"
        window.choose_backup_target = lambda _name: str(manual)
        op = window.make_backup()
        qtbot.waitUntil(lambda: op.done, timeout=10000)
        window.close()
        qtbot.waitUntil(lambda: window.session is None, timeout=10000)
        folder = dossier.folder
        assert manual.exists() and list((folder / "backups").glob("auto-*.zmbak"))
        assert list(usb.rglob("*.pack"))
        assert _modes(folder) == [] and _modes(usb) == []
    finally:
        os.umask(old_umask)


def test_the_second_place_can_be_chosen_in_instellingen_after_not_now(open_window, qtbot,
                                                                       tmp_path):
    from ui.backups import place_folder

    window = open_window(now=_clock)
    window.session.save(Contact(name="Huisarts Jansen"))
    settle(window)  # the one writer committed it
    window.backups.dismiss_question()
    usb = tmp_path / "stick"
    usb.mkdir()
    window.backups.choose_folder = lambda: str(usb)
    dialog = window.show_settings()
    section = dialog.key_settings
    qtbot.mouseClick(section.place_button, Qt.MouseButton.LeftButton)
    assert section.place_label.text() == str(usb)
    target = place_folder(usb, window.session.dossier.dossier_id)
    qtbot.waitUntil(lambda: backup.list_snapshots(target) != [], timeout=10000)


def test_a_running_backup_shows_in_the_status_bar_with_stoppen(open_window, qtbot):
    window = open_window(now=_clock)
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    window.session.save(Contact(name="Huisarts Jansen"))
    settle(window)  # the one writer committed it
    op = window.backups.run(force=True)
    assert op is not None
    assert window.statusBar().isVisible() and window.backup_status.isVisible()
    assert window.backup_status.stop.text() == "Stoppen"
    qtbot.mouseClick(window.backup_status.stop, Qt.MouseButton.LeftButton)
    assert op.cancelled
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    assert not window.statusBar().isVisible()
    assert not list((window.session.dossier.folder / "backups").rglob("*.deel"))


def test_a_dossier_with_only_the_childs_name_waits_for_real_data(make_window, empty_dossier,
                                                                 qtbot):
    with Dossier.open(empty_dossier, PASSPHRASE) as dossier:
        RecordStore(dossier).save(ChildProfile(name="Noor"))
    window = make_window(now=_clock, backup_delay_ms=0)
    window._open_with_key(empty_dossier, key_of(empty_dossier))
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    backups = empty_dossier / "backups"
    assert backup.list_snapshots(backups) == []
    window.session.save(Contact(name="Huisarts Jansen"))  # the first real data
    settle(window)  # the one writer committed it
    qtbot.waitUntil(lambda: len(backup.list_snapshots(backups)) == 1, timeout=10000)


def test_a_running_backup_keeps_the_event_loop_turning(make_window, closed_dossier, qtbot,
                                                       tmp_path, monkeypatch):
    """Issue 11 item 3: the daily backup (here the first, of a dossier with an 8 MB scan in
    it) runs on a worker thread; the event loop keeps turning until it has finished."""
    import threading

    from storage.documents import DocumentStore
    from ui.eventloop import LoopWatch

    scan = tmp_path / "scan.bin"
    scan.write_bytes(os.urandom(8 * 1024 * 1024))
    with Dossier.open(closed_dossier, PASSPHRASE) as dossier:
        DocumentStore(dossier.db).add_file(scan)
    on_gui_thread = []
    real = backup.daily_backups

    def spy(*args, **kw):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kw)

    monkeypatch.setattr(backup, "daily_backups", spy)
    window = make_window(now=_clock, backup_delay_ms=60_000)  # started below, not by a timer
    window._open_with_key(closed_dossier, key_of(closed_dossier))
    qtbot.waitUntil(lambda: window.backups.op is None, timeout=10000)
    watch = LoopWatch().start()
    op = window.backups.run(force=True)
    assert op is not None and not op.done  # handed to a worker, not run here
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    watch.stop()
    assert op.error is None
    assert watch.ticks > 1
    assert on_gui_thread and not any(on_gui_thread)
    assert backup.list_snapshots(closed_dossier / "backups")
