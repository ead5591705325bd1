"""Start the desktop app: QApplication, translations, a calm error handler, the main window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import i18n
from ui.errorlog import log_unexpected

#: Wait after the window is shown before the start's housekeeping (after its first paint).
HOUSEKEEPING_MS = 200


def install_excepthook(parent_getter=lambda: None) -> None:
    """Unexpected errors: a calm Dutch message and a log line without dossier content."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc.__traceback__ = tb
        where = log_unexpected(exc)
        text = QCoreApplication.translate(
            "Main",
            "Er ging iets mis dat we niet hadden verwacht. Kijk of uw laatste wijziging "
            "er nog staat; de status bij het formulier zegt of die is opgeslagen.",
        )
        if where:
            text += " " + QCoreApplication.translate(
                "Main", "Een verslag zonder gegevens uit het dossier staat in %1."
            ).replace("%1", str(where))
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Main", "Sorry"),
                text,
                QMessageBox.StandardButton.Ok,
                parent_getter(),
            )
            box.open()
            hook.last_box = box  # keep it alive until closed

    sys.excepthook = hook


def run(args=None) -> int:
    from ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Zorgmap")
    app.setOrganizationName("Zorgmap")
    app.setApplicationDisplayName("Zorgmap")
    i18n.install(app)
    window = MainWindow()
    install_excepthook(lambda: window)
    window.show()
    # Housekeeping after the first paint (it imports storage and walks folders): the window
    # comes first; no dossier can be unlocked in the meantime.
    QTimer.singleShot(HOUSEKEEPING_MS, _wipe_leftover_view_copies)
    QTimer.singleShot(HOUSEKEEPING_MS, lambda: tidy_killed_creations(window))
    if getattr(args, "smoke", False):
        _quit_when_shown(app, window)
    return app.exec()


def tidy_killed_creations(window) -> None:
    """Half-made dossiers (a killed import or restore) beside the known ones go at start."""
    import contextlib

    from storage.dossier import remove_stale_partials

    parents = {p.parent for p in window.recent()} | {window.default_folder}
    for parent in parents:
        with contextlib.suppress(OSError):
            remove_stale_partials(parent)


def _quit_when_shown(app: QApplication, window, limit_s: float = 30.0) -> None:
    """`zorgmap --smoke`: quit by itself once the window is really on screen (CI, installers).

    Exit 0 when the window became visible on the platform (xcb, offscreen, ...), 1 otherwise.
    """
    started = time.monotonic()
    timer = QTimer(window)
    timer.setInterval(50)

    def check() -> None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed() and window.isVisible():
            timer.stop()
            page = window.pages.currentWidget()
            what = "het welkomstscherm" if page is window.welcome else type(page).__name__
            print(f"Zorgmap start: {what} is te zien (platform {app.platformName()}).")
            _smoke_pdf_process(app, window)
        elif time.monotonic() - started > limit_s:
            timer.stop()
            print("Zorgmap start: het venster kwam niet in beeld.", file=sys.stderr)
            app.exit(1)

    timer.timeout.connect(check)
    timer.start()


def _smoke_pdf_process(app: QApplication, window, limit_s: float = 60.0) -> None:
    """Part of --smoke: a PDF made in a child process (ui/pdfprocess.py), as Delen en printen
    does; in the bundle this proves that multiprocessing starts the frozen program."""
    from ui.pdfprocess import PdfProcess

    child = PdfProcess()
    timer = QTimer(window)

    def finish(code: int, line: str) -> None:
        timer.stop()
        child.stop()
        print(line, file=sys.stderr if code else sys.stdout)
        window.close()
        app.exit(code)

    child.done.connect(lambda result: finish(
        0, f"Zorgmap PDF: {result.pages} pagina gemaakt in een eigen proces "
           f"(pid {child.pid}, {len(result.pdf)} bytes)."))
    child.failed.connect(lambda kind, text: finish(
        1, f"Zorgmap PDF: het eigen proces maakte geen PDF ({kind} {text})."))
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish(1, "Zorgmap PDF: het eigen proces antwoordde niet."))
    timer.start(int(limit_s * 1000))
    child.submit({"selftest": True, "key": b""})


def _wipe_leftover_view_copies() -> None:
    """Decrypted copies left by a crash or power cut go at the next start, unlocked or not."""
    from storage.documents import wipe_all_view_folders

    wipe_all_view_folders()
