"""What `zorgmap team …` prints, read as a parent would (found by the parentqa walk)."""

from __future__ import annotations

import time

import pytest


@pytest.fixture
def amsterdam(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_last_activity_is_local_time_in_dutch_order(amsterdam):
    from ui.cli_team import _local_time

    # `team list` printed "2026-11-26T14:19:32+00:00": UTC, in ISO order.
    assert _local_time("2026-11-26T14:19:32+00:00") == "26-11-2026 15:19"
    assert _local_time("") == "nog niets"


def test_the_join_report_says_one_file_not_one_files(capsys):
    from storage.team import SyncReport
    from ui.cli_team import _print_report

    _print_report(SyncReport(not_for_me=1))
    out = capsys.readouterr().out
    assert "1 bestand van vóór" in out and "1 bestanden" not in out
