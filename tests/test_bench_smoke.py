"""The benchmark keeps working: a tiny run (2-year dossier, 16 MB document) writes its report.

No timing is asserted here; `make bench` reports the figures.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"encryption_overhead_ratio", "unlock_ratio", "start_ratio", "scale_ratio", "search_ms",
        "passport_s", "pages_per_s_ratio", "doc_peak_rss_mb", "close_after_unlock_s",
        "backup_mb_per_day",
        # issue 11: the paths a family meets
        "start_recent_ratio", "search_dialog_ms", "screen_first_paint_ms_max",
        "preview_first_page_s", "preview_peak_mb", "logboek_sort_ms", "json_docs_peak_mb",
        "paspoort_pages_20y",
        # issue 11 item 3: the longest event-loop gap during each heavy operation
        "gap_ms_logboek_sort", "gap_ms_document_open", "gap_ms_backup"}


@pytest.mark.slow
def test_quick_benchmark_writes_every_headline_figure(tmp_path):
    env = dict(os.environ, ZORGMAP_BENCH_QUICK="1", ZORGMAP_BENCH_OUT=str(tmp_path),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "benchmarks.run"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads((tmp_path / "benchmarks.json").read_text())
    assert KEYS <= set(figures)
    assert all(isinstance(figures[k], int | float) and figures[k] >= 0 for k in KEYS)
    report = (tmp_path / "benchmarks.md").read_text()
    assert "| measure |" in report and "scherm Overzicht" in report
    assert "The paths a family meets" in report and "why they are fair" in report
    # the bundle's hand-measured section (issue 12) survives every rewrite
    assert "De gebundelde app" in report
