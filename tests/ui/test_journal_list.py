"""The Logboek of twenty years: SQLite sorts and filters, Python holds a few windows of rows,
and a sort or filter runs on a worker thread while the event loop keeps turning."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def big_journal(open_window):
    from app.model import JournalEntry

    window = open_window()
    start = dt.date(2000, 1, 1)
    entries = [JournalEntry(on=start + dt.timedelta(days=i % 9000), who=f"Loket {i % 40:02d}",
                            summary=f"Gesprek {i} over de {'traplift' if i % 7 else 'rolstoel'}")
               for i in range(20000)]
    window.session.records.save_many(entries)
    screen = window.view.show_part("journal")
    return window, screen


def _wait_loaded(qtbot, screen):
    qtbot.waitUntil(lambda: not screen.model.busy, timeout=10000)


def test_all_entries_are_listed_but_only_windows_are_read(big_journal, qtbot):
    _window, screen = big_journal
    model = screen.model
    assert screen.proxy.rowCount() == 20000
    assert model.record(0).on == max(model.record(r).on for r in range(0, 400))
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.windows_held() > 0)
    assert model.windows_held() <= model.MAX_WINDOWS
    assert model.record(19999) is not None


def test_sorting_on_a_column_runs_on_a_worker_and_keeps_the_loop_turning(big_journal, qtbot):
    from ui.eventloop import LoopWatch

    _window, screen = big_journal
    model = screen.model
    watch = LoopWatch().start()
    screen.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Met wie
    assert model.busy  # the query went to the reader thread
    assert screen.reader._thread.isRunning()
    _wait_loaded(qtbot, screen)
    watch.stop()
    assert watch.ticks > 1
    assert model.rowCount() == 20000
    names = [model.record(r).who for r in (0, 1, 19998, 19999)]
    assert names[0] == names[1] == "Loket 00" and names[-1] == "Loket 39"

    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Datum, oldest first
    _wait_loaded(qtbot, screen)
    assert model.record(0).on == dt.date(2000, 1, 1)


def test_the_filter_searches_every_entry_in_sql(big_journal, qtbot):
    _window, screen = big_journal
    qtbot.keyClicks(screen.filter, "rolst")
    _wait_loaded(qtbot, screen)
    expected = len([i for i in range(20000) if i % 7 == 0])
    assert screen.proxy.rowCount() == expected
    assert all("rolstoel" in screen.model.record(r).summary for r in range(0, expected, 97))
    screen.filter.clear()
    _wait_loaded(qtbot, screen)
    assert screen.proxy.rowCount() == 20000


def test_a_newer_sort_wins_over_an_older_one(big_journal, qtbot):
    _window, screen = big_journal
    screen.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    _wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: not screen.reader.busy())
    assert screen.model.record(0).who == "Loket 39"


def test_the_windowed_model_passes_the_model_tester(qtmodeltester):
    from app.model import JournalEntry
    from ui.models.records import Column
    from ui.models.windowed import WindowedRecordModel

    entries = {f"{i:032x}": JournalEntry(id=f"{i:032x}", on=dt.date(2020, 1, 1 + i % 28),
                                         who=f"W{i}") for i in range(450)}

    def query(field, descending, text):
        ids = [i for i, e in entries.items() if text in e.who]
        return sorted(ids, key=lambda i: getattr(entries[i], field or "on"), reverse=descending)

    model = WindowedRecordModel([Column("Datum", lambda e: e.on), Column("Met wie",
                                                                       lambda e: e.who)],
                                [None, "who"], query,
                                lambda ids: [entries[i] for i in ids])
    model.reload()
    qtmodeltester.check(model)
    model.set_filter("W1")
    assert model.rowCount() == len([e for e in entries.values() if "W1" in e.who])
    assert model.windows_held() <= 1  # the tester looked at the first rows only


def test_locking_stops_the_reader_and_closes_its_connection(big_journal, qtbot):
    window, screen = big_journal
    screen.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    reader = screen.reader
    window.lock()  # while the sort may still run: it is interrupted, the thread ends
    assert not reader._thread.isRunning() and reader._thread.db is None
