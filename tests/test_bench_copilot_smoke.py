"""benchmarks/copilot.py keeps working on a few families (no timing asserted here)."""

from benchmarks.copilot import measure


def test_copilot_benchmark_measures_the_overview(tmp_path):
    figures = measure(tmp_path, families=3, runs=1)
    assert figures["copilot_families"] == 3
    assert figures["copilot_records"] > 3 * 50
    assert figures["copilot_deadlines"] >= 3
    assert all(v >= 0 for v in figures.values())
