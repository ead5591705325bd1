"""Delen en printen builds its PDF in a child process (issue 11): the window keeps turning,
a long overzicht shows its first pages first, and the child is ended and reaped whenever its
PDF is no longer wanted (Stoppen, another choice, the dialog closing, locking, quitting) or
when it dies (a clear Dutch message; the dialog stays usable)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import settle

ROOT = Path(__file__).resolve().parents[2]


def _gone(pid: int) -> bool:
    """Ended: no process, or a zombie of a parent that is itself gone (init reaps it)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def _reaped(pid: int) -> bool:
    """Ended and reaped by us: not even a zombie is left."""
    return not Path(f"/proc/{pid}").exists()


def _texts(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def share(demo_window, qtbot):
    window = demo_window
    qtbot.waitUntil(lambda: not window.operations, timeout=15000)
    dialog = window.show_share()
    qtbot.waitExposed(dialog)
    dialog.output.setCurrentIndex(dialog.output.findData("overzicht"))
    return window, dialog


def _spare_ready(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.spare is not None and dialog.spare.ready, timeout=30000)
    return dialog.spare


def test_the_window_keeps_turning_while_another_process_builds(share, qtbot):
    from ui.eventloop import LoopWatch

    window, dialog = share
    child = _spare_ready(qtbot, dialog)  # started when the dialog opened
    assert child.pid != os.getpid()
    seen: dict[str, int] = {}
    watch = LoopWatch().start()
    child.first.connect(lambda *_: seen.setdefault("first", watch.ticks))
    child.done.connect(lambda *_: seen.setdefault("done", watch.ticks))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.builder is child and child.busy
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=60000)
    watch.stop()
    # The whole build ran in the child while this loop went on processing events.
    assert dialog.result is not None and dialog.result.pages > 4
    assert seen["done"] - seen["first"] > 10
    qtbot.waitUntil(lambda: _reaped(child.pid), timeout=10000)


def test_first_pages_show_at_once_then_the_whole_pdf_in_their_place(share, qtbot):
    window, dialog = share
    _spare_ready(qtbot, dialog)
    shown: list[tuple[bytes, str]] = []
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    dialog.builder.first.connect(
        lambda pdf, _pages: shown.append((pdf, dialog.status.text())))
    qtbot.waitUntil(lambda: dialog.provisional, timeout=30000)
    # Marked as still being made, with a way to stop; nothing to save or print yet.
    assert dialog.stop_button.isVisible()
    assert "Voorlopig" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.result is None
    first_pdf = shown[0][0]
    assert "pagina 1 van …" in _texts(first_pdf)[0]
    # The scroll bar that came with the pages narrowed the view: let that layout settle.
    qtbot.waitUntil(lambda: not dialog.view._relayout.isActive())
    settle()
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=60000)
    assert not dialog.provisional and not dialog.stop_button.isVisible()
    assert bar.value() == place  # the whole PDF took the first pages' place
    final = _texts(dialog.result.pdf)
    assert f"pagina 1 van {dialog.result.pages}" in final[0]
    assert dialog.view.pageCount() == dialog.result.pages
    assert "van …" not in "".join(final)


def test_saving_during_a_build_waits_for_the_whole_pdf(share, qtbot, tmp_path):
    window, dialog = share
    target = tmp_path / "overzicht.pdf"
    dialog.choose_pdf_target = lambda _name: str(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=60000)
    saved = target.read_bytes()
    assert saved == dialog.result.pdf
    assert "van …" not in "".join(_texts(saved))
    assert window.session.records.shares()[0].sha256 == dialog.result.sha256


def test_stoppen_ends_the_child_at_once_and_leaves_no_zombie(share, qtbot):
    window, dialog = share
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    child = dialog.builder
    qtbot.waitUntil(lambda: child.ready, timeout=30000)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert _reaped(child.pid)  # terminated and waited for before the click returns
    assert not dialog.rendering and dialog.preview_button.isEnabled()
    assert dialog.result is None and dialog.view.pageCount() == 0
    assert "Gestopt" in dialog.status.text()


def test_another_choice_ends_the_build_and_makes_the_new_one(share, qtbot):
    window, dialog = share
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    child = dialog.builder
    dialog.output.setCurrentIndex(dialog.output.findData("noodkaart"))
    assert _reaped(child.pid)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.rendering, timeout=60000)
    assert dialog.result_choice.output == "noodkaart"


@pytest.mark.parametrize("how", ["close", "lock"])
def test_closing_or_locking_ends_every_child(share, qtbot, how):
    from ui.pdfprocess import live_processes

    window, dialog = share
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    building = dialog.builder
    qtbot.waitUntil(lambda: building.ready, timeout=30000)
    if how == "close":
        dialog.close()
    else:
        window.lock()
    assert _reaped(building.pid)
    assert live_processes() == []
    settle()


def test_a_child_that_dies_gives_a_dutch_message_and_the_dialog_stays_usable(share, qtbot):
    window, dialog = share
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    child = dialog.builder
    qtbot.waitUntil(lambda: child.ready, timeout=30000)
    os.kill(child.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=30000)
    assert dialog.error.isVisible()
    assert "onverwacht gestopt" in dialog.error.text()
    assert dialog.preview_button.isEnabled()
    qtbot.waitUntil(lambda: _reaped(child.pid), timeout=10000)
    # and the next try works
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.rendering, timeout=60000)
    assert not dialog.error.isVisible()


def test_a_failing_build_gives_its_dutch_message(share, qtbot):
    window, dialog = share
    dialog.output.setCurrentIndex(dialog.output.findData("aanvraag"))
    # A request id that is not in the dossier: the child's render fails with a Dutch text.
    from ui.share import Choice

    dialog.choice = lambda: Choice("aanvraag", frozenset(), "bestaat-niet", "", False)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=60000)
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.preview_button.isEnabled() and dialog.result is None


ORPHAN = r"""
import datetime as dt, json, os, sys
from PySide6.QtCore import QCoreApplication
from tests.ui.helpers import wait_for
app = QCoreApplication([])
from ui.pdfprocess import PdfProcess
job = json.loads(sys.stdin.readline())  # the key over a pipe, as the app does
child = PdfProcess()
shown = []
child.first.connect(lambda pdf, pages: shown.append(pages))
child.submit({"folder": job["folder"], "key": bytes.fromhex(job["key"]),
              "output": "overzicht", "today": dt.date(2026, 11, 10), "excluded": frozenset(),
              "request_id": None, "recipient": "", "include_bsn": False, "first_pages": 1})
wait_for(lambda: shown, [child.first])
print(child.pid, flush=True)
os.kill(os.getpid(), 9)  # gone without a word, in the middle of the child's build
"""

HANGING = r"""
import os
from PySide6.QtCore import QCoreApplication
from tests.ui.helpers import wait_for
app = QCoreApplication([])
from ui.pdfprocess import PdfProcess
child = PdfProcess()
started = []
child.first.connect(lambda *_: started.append(1))
child.submit({"selftest": "hang", "key": b""})  # a child that would wait for ever
wait_for(lambda: started, [child.first])
print(child.pid, flush=True)
os.kill(os.getpid(), 9)
"""


def test_a_child_that_never_answers_ends_with_the_app(qtbot):
    """Only the child's watch on its parent can end it here (it reads no more jobs)."""
    app = subprocess.run([sys.executable, "-c", HANGING], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    pid = int(app.stdout.split()[0])
    qtbot.waitUntil(lambda: _gone(pid), timeout=20000)


QUIT = r"""
import json
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
from ui.pdfprocess import PdfProcess, live_processes
child = PdfProcess()
def quit_when_ready():
    if child.ready:
        app.quit()
    else:
        QTimer.singleShot(10, quit_when_ready)
QTimer.singleShot(0, quit_when_ready)
app.exec()
# aboutToQuit has stopped and reaped it before exec() returned.
print(json.dumps({"pid": child.pid, "exitcode": child.process.exitcode,
                  "live": len(live_processes())}))
"""


def test_quitting_the_app_ends_and_reaps_the_child():
    import json

    out = subprocess.run([sys.executable, "-c", QUIT], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["exitcode"] is not None and found["live"] == 0
    assert _gone(found["pid"])
