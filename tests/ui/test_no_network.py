"""Zorgmap opens no sockets: not at start, not while a parent works in the dossier, not on lock.

Two independent witnesses, so that neither Python nor Qt can open one unseen:
- an audit hook (PEP 578) records every `socket.*` event Python raises (creating, connecting,
  binding, name lookups), from any thread;
- after each step, the process's open file descriptors are compared with the kernel's table
  of local (AF_UNIX) sockets, which also sees network sockets made in C (Qt, libraries).
The first test proves both witnesses see a real socket.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(),
                                reason="needs Linux /proc to see sockets made in C")

_events: list[tuple[str, tuple]] = []
_recording = [False]


def _hook(event: str, args: tuple) -> None:
    if _recording[0] and event.startswith("socket."):
        _events.append((event, tuple(repr(a)[:80] for a in args)))


sys.addaudithook(_hook)  # hooks cannot be removed: it records only while _recording is on


def network_sockets() -> set[str]:
    """This process's open sockets that are not local (AF_UNIX) ones, made anywhere.

    A socket's family is not in /proc/self/fd; every AF_UNIX socket of the process is listed
    in /proc/self/net/unix, bound or not, so any other socket is a network (or netlink) one.
    """
    unix = {line.split()[6] for line in Path("/proc/self/net/unix").read_text().splitlines()[1:]
            if len(line.split()) > 6}
    found: set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] not in unix:
            found.add(target)
    return found


class Watch:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __enter__(self):
        _events.clear()
        _recording[0] = True
        return self

    def step(self, name: str) -> None:
        for inode in sorted(network_sockets()):
            self.seen.append(f"{name}: open network socket {inode}")

    def __exit__(self, *exc) -> None:
        _recording[0] = False

    def problems(self) -> list[str]:
        return self.seen + [f"{event} {args}" for event, args in _events]


def test_the_witnesses_see_a_real_socket():
    with Watch() as watch:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        watch.step("python socket")
        s.close()
    assert any(p.startswith("socket.__new__") for p in watch.problems())
    assert any("python socket: open network socket" in p for p in watch.problems())

    # A socket made in C, past Python's socket module (as Qt would): only the fd table sees it.
    libc = ctypes.CDLL(None, use_errno=True)
    with Watch() as watch:
        fd = libc.socket(socket.AF_INET, socket.SOCK_DGRAM, 0)
        assert fd >= 0
        try:
            watch.step("C socket")
        finally:
            os.close(fd)
    assert [p for p in watch.problems() if p.startswith("C socket: open network socket")]
    assert not _events


def test_no_sockets_from_unlock_to_close(make_window, closed_dossier, settings, qtbot,
                                         memory_keyring):
    from ui.mainwindow import PARTS

    settings.setValue("recent", [str(closed_dossier)])
    with Watch() as watch:
        window = make_window()
        watch.step("start")
        page = window.unlock_page
        qtbot.keyClicks(page.secret, PASSPHRASE)
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
        watch.step("unlock")
        for key, _title in PARTS:
            window.view.show_part(key)
            watch.step(f"screen {key}")
        search = window.show_search()
        qtbot.keyClicks(search.field, "Noor")
        qtbot.waitUntil(lambda: search.results.topLevelItemCount() > 0, timeout=5000)
        watch.step("search")
        search.close()
        share = window.show_share()
        qtbot.waitExposed(share)
        qtbot.mouseClick(share.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: share.result is not None, timeout=20000)
        watch.step("share preview")
        share.close()
        about = window.show_about()
        assert "SQLCipher" in about.values["sqlcipher"].text()
        watch.step("about")
        about.close()
        settings_dialog = window.show_settings()
        watch.step("settings")
        settings_dialog.reject()
        window.lock()
        qtbot.waitUntil(lambda: window.session is None, timeout=5000)
        watch.step("lock")
        window.close()
        watch.step("close")
    assert watch.problems() == []
    # Qt's network module is not even loaded (the bundle leaves it out altogether).
    assert "PySide6.QtNetwork" not in sys.modules
    assert "libQt6Network" not in Path("/proc/self/maps").read_text()
