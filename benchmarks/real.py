"""Benchmarks of the paths a family meets (issue 11): whole processes, the real window, the
real dialogs, with layout and paint. Used by benchmarks/run.py; every figure alternates with
its reference and is the median of at least five runs."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def _env(**extra) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _probe(code: str, *args, env=None, timeout=600) -> dict:
    """Run a probe process; its last stdout line is a JSON object."""
    out = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                         text=True, env=env or _env(), timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"probe failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def alternate(ours, reference, runs: int = RUNS) -> tuple[float, float, list, list]:
    """Run ours and its reference in turns; medians of each."""
    a, b = [], []
    for _ in range(runs):
        a.append(ours())
        b.append(reference())
    return statistics.median(a), statistics.median(b), a, b


# ----- start with a recent dossier --------------------------------------------------------------

START_RECENT = r"""
import json, sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
if sys.argv[2] == 'bare':
    app = QApplication([])
    from PySide6.QtWidgets import QWidget
    window = QWidget(); window.resize(640, 480); window.show()
    QTimer.singleShot(0, lambda: (print(json.dumps({'s': time.time() - t0})), app.quit()))
    app.exec()
else:
    # The real entry point (ui.app.run), stopped once the first window has been painted.
    import ui.app
    real_exec = QApplication.exec
    def exec_(self=None):
        app = QApplication.instance()
        def done():
            w = app.activeWindow() or app.topLevelWidgets()[0]
            page = getattr(w, 'pages', None)
            current = page.currentWidget().__class__.__name__ if page else ''
            print(json.dumps({'s': time.time() - t0, 'page': current}))
            app.quit()
        QTimer.singleShot(0, done)
        return real_exec()
    QApplication.exec = exec_
    ui.app.run()
"""


def start_recent(folder: Path) -> dict:
    """Process start to first paint of the unlock screen a returning parent sees (a recent
    dossier in the settings), against a process that shows a bare QWidget."""
    import compileall

    for package in ("app", "storage", "ui", "exports"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    config = Path(tempfile.mkdtemp(prefix="zorgmap-bench-config-"))
    (config / "Zorgmap").mkdir()
    (config / "Zorgmap" / "Zorgmap.conf").write_text(f"[General]\nrecent={folder}\n")
    env = _env(XDG_CONFIG_HOME=str(config))
    pages = set()

    def run(which):
        result = _probe(START_RECENT, repr(time.time()), which, env=env)
        pages.add(result.get("page", "bare"))
        return result["s"]

    ours, bare, _, _ = alternate(lambda: run("zorgmap"), lambda: run("bare"))
    return {"zorgmap_s": ours, "bare_s": bare, "ratio": ours / bare,
            "pages": sorted(pages - {"bare"})}


# ----- whole `zorgmap export` processes -----------------------------------------------------------

BASELINE = r"""
import sys
import ui.cli  # noqa: F401 - what the command imports before it works
from storage.dossier import Dossier
with Dossier.open(sys.argv[1], sys.argv[2], read_only=True):
    pass
print('{}')
"""

# Peak memory of this process: VmHWM. Not ru_maxrss: Linux carries the parent's high-water
# mark across fork and exec into it, so a child of a 300 MB benchmark would report 300 MB.
PEAK = r"""
def peak_mb():
    with open('/proc/self/status') as fh:
        for line in fh:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

CLI = PEAK + r"""
import json, sys, time
t = time.perf_counter()
from ui.cli import main
code = main(sys.argv[1:])
print(json.dumps({'s': time.perf_counter() - t, 'code': code, 'peak_mb': peak_mb()}))
"""


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def cli_run(args: list[str], passphrase: str, capture: list | None = None) -> float:
    env = _env(ZORGMAP_PASSPHRASE=passphrase, ZORGMAP_NEW_PASSPHRASE=passphrase)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "ui.cli", *args], capture_output=True, text=True,
                         env=env, timeout=900)
    took = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"zorgmap {' '.join(args)}: {out.stdout[-500:]} {out.stderr[-1500:]}")
    if capture is not None:
        capture.append(out.stdout)
    return took


def pdf_exports(folder: Path, passphrase: str, work: Path, runs: int = RUNS,
                outputs=("paspoort", "noodkaart", "overzicht")) -> dict:
    """Each output as a whole process, alternating with a process that only imports, derives
    the key and opens the dossier."""
    baseline = lambda: _timed(lambda: _probe(BASELINE, folder, passphrase))  # noqa: E731
    found = {}
    for output in outputs:
        said: list[str] = []
        target = work / f"{output}.pdf"
        ours, base, _, _ = alternate(
            lambda output=output, target=target, said=said: cli_run(
                ["export", output, str(folder), "--out", str(target)], passphrase, said),
            baseline, runs)
        counted = re.search(r"(\d+) pagina", said[-1]) if said else None
        pages = int(counted.group(1)) if counted else 0
        found[output] = {"s": ours, "baseline_s": base, "net_s": ours - base, "pages": pages,
                         "pdf": target}
    return found


# ----- JSON with documents ------------------------------------------------------------------------

def json_documents(folder: Path, passphrase: str, work: Path, runs: int = RUNS) -> dict:
    """`zorgmap export json --with-documents` and its import, whole processes: time and peak
    memory, against the same export without documents (whose peak is the records alone)."""
    with_docs, without = work / "met.json", work / "zonder.json"

    def export(target: Path, documents: bool) -> dict:
        args = ["export", "json", str(folder), "--out", str(target)]
        if documents:
            args.append("--with-documents")
        env = _env(ZORGMAP_PASSPHRASE=passphrase)
        return _probe(CLI, *args, env=env, timeout=900)

    def import_(source: Path) -> dict:
        target = work / f"import-{time.monotonic_ns()}.zorgmap"
        env = _env(ZORGMAP_PASSPHRASE=passphrase)
        try:
            return _probe(CLI, "import", "json", str(source), str(target), env=env,
                          timeout=900)
        finally:
            import shutil

            shutil.rmtree(target, ignore_errors=True)

    ex, ex_ref, im, im_ref = [], [], [], []
    for _ in range(runs):
        ex.append(export(with_docs, True))
        ex_ref.append(export(without, False))
    for _ in range(runs):
        im.append(import_(with_docs))
        im_ref.append(import_(without))

    def med(rows, key):
        return statistics.median(r[key] for r in rows)

    result = {
        "export_s": med(ex, "s"), "export_ref_s": med(ex_ref, "s"),
        "export_peak_mb": med(ex, "peak_mb"), "export_ref_peak_mb": med(ex_ref, "peak_mb"),
        "import_s": med(im, "s"), "import_ref_s": med(im_ref, "s"),
        "import_peak_mb": med(im, "peak_mb"), "import_ref_peak_mb": med(im_ref, "peak_mb"),
        "file_mb": with_docs.stat().st_size / 2**20,
    }
    result["export_growth_mb"] = result["export_peak_mb"] - result["export_ref_peak_mb"]
    result["import_growth_mb"] = result["import_peak_mb"] - result["import_ref_peak_mb"]
    with_docs.unlink(missing_ok=True)
    without.unlink(missing_ok=True)
    return result


# ----- the overzicht preview in the real dialog ---------------------------------------------

PREVIEW = PEAK + r"""
import json, os, sys, time, datetime as dt
sys.path.insert(0, os.environ['PYTHONPATH'])
from benchmarks.run import qt_app, PASSPHRASE, TODAY
from storage.dossier import Dossier
from ui.session import Session
from ui.share import ShareDialog
from ui.workers import run_operation
from ui.eventloop import LoopWatch
app = qt_app()
dossier = Dossier.open(sys.argv[1], PASSPHRASE)
session = Session(dossier, today=TODAY)
cold = sys.argv[2] == 'cold'
def wait(cond, limit=300):
    end = time.perf_counter() + limit
    while not cond() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)
def run(work, **kw):
    return run_operation(work, parent=dialog, **kw)
opened = time.perf_counter()
dialog = ShareDialog(session, run)  # starts the PDF child process, as the app does
dialog.resize(1100, 760)
dialog.show()
app.processEvents()
dialog.output.setCurrentIndex(dialog.output.findData('overzicht'))
app.processEvents()
if cold:
    # Voorbeeld clicked at once: the child is still starting (Python and reportlab imports).
    pass
else:
    # A person opens the dialog and picks Dossieroverzicht from the list: a second at least.
    wait(lambda: time.perf_counter() - opened >= 1.0, 5)
warm = dialog.spare is not None and dialog.spare.ready
before = peak_mb()
watch = LoopWatch().start()
t = time.perf_counter()
dialog.preview()
wait(lambda: dialog.view.cached_pages())
first = time.perf_counter() - t
wait(lambda: dialog.result is not None and dialog.result.pages > 5 and not dialog.rendering)
whole = time.perf_counter() - t
wait(lambda: dialog.view.cached_pages() and not dialog.view._renderer.isActive(), 30)
build_gap = watch.stop()
child_peak = dialog.last_process.peak_mb if dialog.last_process else None
watch = LoopWatch().start()
# A person looks around: scrolls to the middle and the end, and resizes the window twice.
bar = dialog.view.verticalScrollBar()
for value in (bar.maximum() // 2, bar.maximum()):
    bar.setValue(value)
    wait(lambda: not dialog.view._renderer.isActive(), 30)
for size in ((1500, 1000), (900, 700)):
    dialog.resize(*size)
    wait(lambda: dialog.view._strip.page_width == dialog.view.viewport().width() - 24, 5)
    wait(lambda: dialog.view.cached_pages() and not dialog.view._renderer.isActive(), 30)
look_gap = watch.stop()
peak = peak_mb()
print(json.dumps({'first_s': first, 'whole_s': whole, 'peak_mb': peak, 'before_mb': before,
                  'child_peak_mb': child_peak or 0.0, 'warm': warm,
                  'pages': dialog.view.pageCount(), 'rendered': dialog.view.rendered,
                  'cached': len(dialog.view.cached_pages()), 'gap_s': max(build_gap, look_gap),
                  'build_gap_s': build_gap, 'look_gap_s': look_gap}))
dialog.close(); dossier.close()
"""


def preview(folder: Path, runs: int = RUNS) -> dict:
    """Voorbeeld of the overzicht in the real dialog (its PDF child process included): a
    second after the dialog opened (the child warm, as a person meets it) and, alternating,
    clicked at once (the child still starting)."""
    rows, cold = [], []
    for _ in range(runs):
        rows.append(_probe(PREVIEW, folder, "warm"))
        cold.append(_probe(PREVIEW, folder, "cold"))
    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    med["peak_max_mb"] = max(r["peak_mb"] for r in rows + cold)
    med["child_peak_max_mb"] = max(r["child_peak_mb"] for r in rows + cold)
    med["gap_max_s"] = max(r["build_gap_s"] for r in rows)
    med["cold_first_s"] = statistics.median(r["first_s"] for r in cold)
    med["cold_gap_s"] = statistics.median(r["build_gap_s"] for r in cold)
    med["warm_runs"] = sum(1 for r in rows if r["warm"])
    med["runs"] = len(rows)
    return med


# ----- in the real window: screens, search dialog, Logboek ----------------------------------

def settle(app, window=None) -> None:
    """Process events until idle, with layout and paint: what a person waits for."""
    app.processEvents()
    if window is not None:
        window.repaint()  # paints now, every visible widget (offscreen backing store)
    app.processEvents()


def _window(folder: Path, passphrase: str, today):
    """The real MainWindow, unlocked through its own path (key derived, dossier opened)."""
    from PySide6.QtCore import QSettings

    from benchmarks.run import qt_app
    from ui.mainwindow import MainWindow, Options

    app = qt_app()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Options(settings=settings, today=today))
    window.resize(1180, 760)
    window.show()
    settle(app, window)
    from storage.keys import KeyFile

    key = bytes(KeyFile.load(folder / "keys.json").unlock(passphrase))
    start = time.perf_counter()
    window._open_with_key(folder, key)  # opens the dossier and shows the Overzicht
    settle(app, window)
    window.opened_s = time.perf_counter() - start
    _idle(app, window)
    return app, window


def _idle(app, window, limit: float = 120) -> None:
    end = time.perf_counter() + limit
    while window.operations and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def _close(app, window) -> None:
    _idle(app, window)
    window.lock()
    window.close()
    window.deleteLater()
    app.processEvents()
    # Delete it now: outside a running event loop deleteLater waits for the next exec(),
    # which was the next probe's first wait (the Logboek's first sort measured a 300 ms gap
    # that was the previous probe's windows being torn down). The app deletes at once.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete.value))


def screens(folder: Path, passphrase: str, today, runs: int = RUNS) -> dict:
    """Each part shown for the first time in a fresh window (built, filled, laid out and
    painted) and again after another part, in the real window on the large dossier."""
    from ui.mainwindow import PARTS

    first = {key: [] for key, _ in PARTS}
    again = {key: [] for key, _ in PARTS}
    for _ in range(runs):
        app, window = _window(folder, passphrase, today)
        try:
            for key, _title in PARTS:
                if key == "overview":  # the unlock shows it: key in hand to Overzicht painted
                    first[key].append(window.opened_s)
                    continue
                start = time.perf_counter()
                window.view.show_part(key)
                settle(app, window)
                first[key].append(time.perf_counter() - start)
            for key, _title in PARTS:
                other = "overview" if key != "overview" else "about"
                window.view.show_part(other)
                settle(app, window)
                start = time.perf_counter()
                window.view.show_part(key)
                settle(app, window)
                again[key].append(time.perf_counter() - start)
        finally:
            _close(app, window)
    titles = dict(PARTS)
    return {"first": {titles[k]: statistics.median(v) for k, v in first.items()},
            "again": {titles[k]: statistics.median(v) for k, v in again.items()}}


SEARCH_WORDS = ("bezwaar", "rolstoel", "epilepsie", "zorgkantoor", "knieën", "tillift")


def search_dialog(folder: Path, passphrase: str, today, runs: int = RUNS) -> dict:
    """The search dialog as typed: after each keystroke (1, 2, 3 letters, the whole word) the
    query runs and the results are laid out and painted. The 250 ms typing pause before a
    query is left out: it is a wait on purpose, not work."""
    app, window = _window(folder, passphrase, today)
    try:
        dialog = window.show_search()
        settle(app, dialog)
        per: dict[str, float] = {}
        for word in SEARCH_WORDS:
            for text in (word[:1], word[:2], word[:3], word):
                times = []
                for _ in range(runs):
                    dialog.field.setText(text)
                    dialog.timer.stop()
                    start = time.perf_counter()
                    dialog.run()
                    settle(app, dialog)
                    times.append(time.perf_counter() - start)
                    dialog.field.setText("")
                    dialog.run()
                    settle(app, dialog)
                per[text] = statistics.median(times)
        dialog.hide()
    finally:
        _close(app, window)
    worst = max(per, key=per.get)
    return {"per": per, "worst_text": worst, "worst_ms": per[worst] * 1000}


def logboek(folder: Path, passphrase: str, today, runs: int = RUNS) -> dict:
    """Logboek on all entries: a click on each column header, and filter words typed, until
    the list shows the new order (laid out and painted); with the longest event-loop gap."""
    from PySide6.QtCore import Qt

    from ui.eventloop import LoopWatch

    app, window = _window(folder, passphrase, today)
    try:
        screen = window.view.show_part("journal")
        settle(app, window)

        def wait_loaded() -> None:
            # Wait in an event loop, as the app does (idle, GIL released), not by spinning.
            if screen.model.busy:
                from PySide6.QtCore import QEventLoop, QTimer

                loop = QEventLoop()
                screen.model.loaded.connect(loop.quit)
                QTimer.singleShot(60000, loop.quit)
                loop.exec()
                screen.model.loaded.disconnect(loop.quit)
            settle(app, window)

        watch = LoopWatch().start()
        sorts: dict[str, float] = {}
        for column in range(screen.model.columnCount()):
            name = screen.model.headerData(column, Qt.Orientation.Horizontal)
            times = []
            for i in range(runs):
                order = Qt.SortOrder.AscendingOrder if i % 2 else Qt.SortOrder.DescendingOrder
                start = time.perf_counter()
                screen.table.sortByColumn(column, order)
                wait_loaded()
                times.append(time.perf_counter() - start)
            sorts[name] = statistics.median(times)
        filters: dict[str, float] = {}
        for word in ("zorgkantoor", "rolstoel", "Karin", "e"):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                screen.filter.setText(word)
                wait_loaded()
                times.append(time.perf_counter() - start)
                screen.filter.setText("")
                wait_loaded()
            filters[word] = statistics.median(times)
        gap = watch.stop()
        rows = screen.model.rowCount()
    finally:
        _close(app, window)
    return {"sort": sorts, "filter": filters, "gap_s": gap, "rows": rows,
            "worst_ms": max([*sorts.values(), *filters.values()]) * 1000}


DOCUMENTS = (
    # (name, mime, what a person does): the two ways a large document opens
    ("scan-groot.tif", "image/tiff", "an 80 MB scan, opened in another program (decrypted "
     "copy written)"),
    ("foto-brief.jpg", "image/jpeg", "a photo of a letter, A4 at 300 dpi, shown in Zorgmap "
     "(decoded, viewer built and painted)"),
)


def _large_documents(folder: Path, passphrase: str, work: Path) -> Path:
    """A copy of the dossier with a large scan and a full-page photo added (the demo's own
    scans are noise: Qt cannot decode them, so they would always go to another program)."""
    import shutil

    from PIL import Image

    from storage.documents import DocumentStore
    from storage.dossier import Dossier

    copy = work / "documenten.zorgmap"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("backups", "lock"))
    scan, photo = work / DOCUMENTS[0][0], work / DOCUMENTS[1][0]
    with open(scan, "wb") as fh:
        for _ in range(80):
            fh.write(os.urandom(1024 * 1024))
    Image.effect_noise((2480, 3508), 40).convert("RGB").save(photo, quality=90)
    with Dossier.open(copy, passphrase) as dossier:
        store = DocumentStore(dossier.db)
        for (name, _mime, _what), path in zip(DOCUMENTS, (scan, photo), strict=True):
            store.add_file(path, name=name)  # the type follows the name, as in the app
    scan.unlink()
    photo.unlink()
    return copy


def document_open(folder: Path, passphrase: str, today, work: Path, runs: int = RUNS) -> dict:
    """Issue 11 item 3: a large document opened from the Documenten screen in the real window,
    until it is shown (the viewer painted, or the copy handed to another program), with the
    longest event-loop gap while it opens."""
    import shutil

    from ui.eventloop import LoopWatch

    copy = _large_documents(folder, passphrase, work)
    app, window = _window(copy, passphrase, today)
    found: dict[str, dict] = {}
    try:
        docs = window.view.show_part("documents")
        settle(app, window)
        docs.open_url = lambda _url: None  # no other program in a benchmark
        by_name = {info.name: info for info in docs.model.docs}
        for name, _mime, what in DOCUMENTS:
            times, gaps = [], []
            for _ in range(runs):
                docs.select(by_name[name].id)
                settle(app, window)
                watch = LoopWatch().start()
                start = time.perf_counter()
                op = docs.view_current()
                end = time.perf_counter() + 120
                while not op.done and time.perf_counter() < end:
                    app.processEvents()
                    time.sleep(0.002)
                viewer = getattr(docs, "viewer", None)
                if viewer is not None and viewer.isVisible():
                    viewer.repaint()
                settle(app, window)
                times.append(time.perf_counter() - start)
                gaps.append(watch.stop())
                if op.error is not None:
                    raise RuntimeError(f"{name}: {op.error!r}")
                if viewer is not None:
                    viewer.close()
                    docs.viewer = None
                settle(app, window)
            found[name] = {"what": what, "s": statistics.median(times), "gap_s": max(gaps)}
    finally:
        _close(app, window)
        shutil.rmtree(copy, ignore_errors=True)
    return {"docs": found, "gap_s": max(d["gap_s"] for d in found.values())}


def unlock_real(folder: Path, passphrase: str, today, runs: int = RUNS) -> dict:
    """The unlock a returning parent does: the real window with the dossier as recent,
    passphrase typed, Openen clicked, until the Overzicht is painted (key derivation on the
    worker, the dossier opened, what it starts on unlock started). Reference: the key
    derivation alone, alternating."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from benchmarks.run import qt_app
    from storage import keys as keymod
    from ui.mainwindow import MainWindow, Options

    app = qt_app()
    slot = keymod.KeyFile.load(folder / "keys.json").slots[keymod.PASSPHRASE]

    def ours() -> float:
        settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("recent", [str(folder)])
        window = MainWindow(Options(settings=settings, today=today))
        window.resize(1180, 760)
        window.show()
        settle(app, window)
        window.unlock_page.secret.setText(passphrase)
        loop = QEventLoop()
        window.unlocked.connect(loop.quit)
        QTimer.singleShot(120000, loop.quit)
        start = time.perf_counter()
        window.unlock_page.unlock_button.click()
        loop.exec()
        settle(app, window)
        took = time.perf_counter() - start
        _close(app, window)
        return took

    def kdf() -> float:
        return _timed(lambda: keymod.derive_kek(passphrase, slot.salt, slot.kdf))

    ours()  # warm imports, as a running app has them
    u, k, _, _ = alternate(ours, kdf, runs)
    return {"unlock_s": u, "kdf_s": k, "ratio": u / k}
