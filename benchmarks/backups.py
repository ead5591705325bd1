"""Backup figures for `make bench` (issues 9 and 11): what the daily backup adds, and closing
the real window right after the first unlock of the day, while that backup runs.

Used by benchmarks/run.py (`backup_measures`); returns {"figures": {...}, "rows": [...]}.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
EDITS = 10  # "a few edits": ten contact log entries touched up

# The real window in its own process: unlock through the real path (key derivation on a
# worker, then the dossier opened and what unlocking starts, among it the daily backup), then
# either close at once ("close") or let the backup finish while a timer watches the event loop
# ("gap"). Prints the wall clock just before close(); the parent times until the process is gone.
PROBE = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui import i18n
i18n.install(app)
from ui.mainwindow import MainWindow, Options
folder, passphrase, mode, config = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
settings = QSettings(config, QSettings.Format.IniFormat)
window = MainWindow(Options(settings=settings))
window.show()
state = {'started': False, 'gap': 0.0, 'last': None}

def tick():
    now = time.perf_counter()
    if state['last'] is not None:
        state['gap'] = max(state['gap'], now - state['last'])
    state['last'] = now
    if mode == 'gap' and window.backups.op is None:
        ticker.stop()
        print(json.dumps({'gap_s': state['gap'], 'ran': state['started'],
                          'error': window.backups.last_error}), flush=True)
        window.close()

ticker = QTimer()
ticker.setInterval(5)
ticker.timeout.connect(tick)

def unlocked():
    state['started'] = window.backups.op is not None
    if mode == 'close':
        def close():
            print(json.dumps({'close_at': time.time(),
                              'backup_running': window.backups.op is not None}), flush=True)
            window.close()
        QTimer.singleShot(0, close)
    else:
        # After the Overzicht's first paint (a figure of its own) and the daily backup: the
        # heaviest backup a parent starts, the first copy of the whole dossier into an empty
        # second place (a new USB stick), with the loop watched from the moment it starts.
        def heavy():
            if window.backups.op is not None:
                QTimer.singleShot(50, heavy)
                return
            place = Path(config).parent / 'usb'
            place.mkdir(exist_ok=True)
            window.backups.place = lambda: place
            state['last'] = time.perf_counter()
            state['started'] = window.backups.run(force=True) is not None
            ticker.start()
        QTimer.singleShot(300, heavy)

window.unlocked.connect(unlocked)
window.unlock(folder, passphrase)
app.exec()
# The window is closed and the event loop has ended: what a parent waits for.
print(json.dumps({'gone_at': time.time(), 'visible': window.isVisible()}), flush=True)
"""


def _env() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _window(folder: Path, passphrase: str, mode: str) -> dict:
    config = Path(tempfile.mkdtemp(prefix="zorgmap-bench-config-")) / "settings.ini"
    proc = subprocess.Popen([sys.executable, "-c", PROBE, str(folder), passphrase, mode,
                             str(config)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env())
    line = proc.stdout.readline()
    after = proc.stdout.readline()
    proc.wait(timeout=300)
    exited = time.time()
    if not line.strip() or not after.strip():
        raise RuntimeError(f"window probe failed: {proc.stderr.read()[-2000:]}")
    found = json.loads(line)
    gone = json.loads(after)
    if "close_at" in found:
        assert not gone["visible"]
        found["close_s"] = gone["gone_at"] - found["close_at"]
        found["exit_s"] = exited - found["close_at"]
    return found


def _edit(folder: Path, passphrase: str, count: int) -> None:
    from storage.dossier import Dossier
    from storage.records import RecordStore

    with Dossier.open(folder, passphrase) as dossier:
        store = RecordStore(dossier)
        for entry in store.list("journal_entry", limit=count):
            entry.summary += " (aangevuld)"
            store.save(entry)


def _backup(folder: Path, passphrase: str, when: dt.datetime, place: Path | None = None):
    from storage.backup import backup_to_place
    from storage.dossier import Dossier

    with Dossier.open(folder, passphrase) as dossier:
        start = time.perf_counter()
        made = backup_to_place(dossier, place or dossier.backup_dir, now=when, keep=5)
        return made, time.perf_counter() - start


def measure(big: Path, work: Path, passphrase: str, *, runs: int = RUNS) -> dict:
    size_mb = sum(p.stat().st_size for p in big.glob("dossier.db*")) / 1e6
    place = work / "tweede-plek"
    today = dt.datetime.now().replace(microsecond=0)

    # What a day adds, on a copy of the store beside the dossier (storage API, no window).
    first, first_s = _backup(big, passphrase, today - dt.timedelta(days=3), place)
    quiet, quiet_s = _backup(big, passphrase, today - dt.timedelta(days=2), place)
    _edit(big, passphrase, EDITS)
    edited, edited_s = _backup(big, passphrase, today - dt.timedelta(days=1), place)
    per_day = {"first_mb": first.added_bytes / 1e6, "first_s": first_s,
               "quiet_mb": quiet.added_bytes / 1e6, "quiet_s": quiet_s,
               "edits_mb": edited.added_bytes / 1e6, "edits_s": edited_s}

    # Close right after the first unlock of the day: yesterday's backup exists and something
    # changed since, so unlocking starts the daily backup. Reference: the same with nothing
    # new to back up (the backup finds that out in a fraction of a second).
    _backup(big, passphrase, today - dt.timedelta(days=1))
    due, quiet_close, running, exits = [], [], [], []
    for _ in range(runs):
        _edit(big, passphrase, 1)
        found = _window(big, passphrase, "close")
        due.append(found["close_s"])
        exits.append(found["exit_s"])
        running.append(found["backup_running"])
        _backup(big, passphrase, today - dt.timedelta(days=1))  # up to date again
        quiet_close.append(_window(big, passphrase, "close")["close_s"])
    _edit(big, passphrase, 1)
    gapped = _window(big, passphrase, "gap")
    if not gapped["ran"]:
        raise RuntimeError("the backup to the second place did not start")
    gap = gapped["gap_s"]

    close_s = statistics.median(due)
    exit_s = statistics.median(exits)
    ref_s = statistics.median(quiet_close)
    figures = {"close_after_unlock_s": round(close_s, 3),
               "backup_mb_per_day": round(per_day["edits_mb"], 2),
               "gap_ms_backup": round(gap * 1000, 1)}
    ok = "gehaald"
    miss = "**niet gehaald**"
    rows = [
        f"| close right after the first unlock of the day, real window on the large dossier "
        f"(daily backup running in {sum(running)} of {len(running)} runs): `close()` until the "
        f"window is gone and the event loop has ended (`close_after_unlock_s`; until the "
        f"process has exited: {exit_s:.2f} s) | {close_s:.2f} s | the same with no backup "
        f"due {ref_s:.2f} s | {close_s / ref_s:.2f}× | ≤ 0.5 s "
        f"| {ok if close_s <= 0.5 else miss} |",
        f"| daily backup of the large dossier ({size_mb:.0f} MB), a day without changes "
        f"| {per_day['quiet_mb']:.2f} MB in {per_day['quiet_s']:.2f} s | the old daily copy "
        f"{size_mb:.0f} MB | | nothing | {ok if per_day['quiet_mb'] == 0 else miss} |",
        f"| daily backup, a day with {EDITS} edits (`backup_mb_per_day`) "
        f"| {per_day['edits_mb']:.2f} MB in {per_day['edits_s']:.2f} s | the old daily copy "
        f"{size_mb:.0f} MB | {per_day['edits_mb'] / size_mb:.3f}× | megabytes "
        f"| {ok if per_day['edits_mb'] < 10 else miss} |",
        f"| first backup of that dossier into an empty place | {per_day['first_mb']:.0f} MB in "
        f"{per_day['first_s']:.1f} s | | | | |",
        f"| a backup in the window: longest event-loop gap while the whole dossier "
        f"({size_mb:.0f} MB) is copied into an empty second place (`gap_ms_backup`) "
        f"| {gap * 1000:.0f} ms | | | ≤ 100 ms | {ok if gap <= 0.1 else miss} |",
    ]
    return {"figures": figures, "rows": rows, "per_day": per_day, "close_s": due, "exit_s": exits,
            "reference_s": quiet_close, "gap_s": gap}
