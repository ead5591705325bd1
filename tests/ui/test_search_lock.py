"""A search typed just before locking must not run against the closed dossier afterwards."""

from __future__ import annotations


def test_search_typed_just_before_lock_does_not_run_after_it(open_window, qtbot):
    window = open_window()
    search = window.show_search()
    qtbot.keyClicks(search.field, "Noor")
    assert search.timer.isActive()  # the search waits for the typing to pause
    window.lock()
    assert window.session is None
    # Before the fix the pending timer fired here and searched a closed dossier (an
    # AttributeError in the event loop, shown to the parent as "Er ging iets mis").
    assert not search.timer.isActive()
