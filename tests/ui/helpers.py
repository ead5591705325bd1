"""Small helpers for driving the real window in tests."""

from __future__ import annotations


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
