"""Small helpers for driving the real window in tests."""

from __future__ import annotations

from contextlib import contextmanager


def settle(window=None) -> None:
    """Wait until every queued write has committed and its result reached the screens
    (of `window`, or of every open main window)."""
    from PySide6.QtWidgets import QApplication

    from ui.mainwindow import MainWindow

    windows = [window] if window is not None else [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    for each in windows:
        session = getattr(each, "session", None)
        if session is not None and hasattr(session, "settle"):
            session.settle()


@contextmanager
def text_size(qapp, scale: float):
    """The application's text `scale` times its size (a parent's larger text setting), and
    back afterwards."""
    original = qapp.font()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    try:
        yield scale
    finally:
        qapp.setFont(original)


def wait_for(done, signals, seconds: float = 60.0) -> bool:
    """Run Qt's event loop until `done()` holds, checked each time one of `signals` fires, or
    until `seconds` have passed (a limit, not a wait: no polling, no sleep). For scripts that
    run outside pytest-qt (child-process tests)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    for signal in signals:
        signal.connect(lambda *_: done() and loop.quit())
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return done()
