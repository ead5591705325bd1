"""benchmarks/team.py keeps working on a one-year history (no timing asserted here)."""

import pytest

from benchmarks.team import measure


@pytest.mark.slow
def test_team_benchmark_measures_a_join_and_a_day(tmp_path):
    figures = measure(tmp_path, years=1)
    assert figures["team_join_records"] >= figures["team_records"] > 1000
    assert 0 < figures["team_day_bytes"] < 50_000
    assert figures["team_day_records"] == 8
    assert all(v >= 0 for v in figures.values())
