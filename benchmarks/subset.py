"""Some parts of `make bench`, for checking one fix without the whole run (~5 minutes):

    python -m benchmarks.subset logboek documents start backup-gap preview [--dossier FOLDER]

Each part runs the same function as benchmarks/run.py, on the 20-year demo (built into a
temporary folder, or the dossier given, which must have the benchmark passphrase; it is
updated to the current schema when opened). Prints the figures as JSON with the machine's
load average before and after; docs/benchmarks.* are left alone (`make bench` writes them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARTS = ("logboek", "documents", "start", "backup-gap", "preview")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", choices=PARTS)
    parser.add_argument("--dossier", type=Path, help="a 20-year demo built before")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks import backups, real
    from benchmarks.run import PASSPHRASE, TODAY, build

    work = Path(tempfile.mkdtemp(prefix="zorgmap-bench-subset-"))
    found: dict = {"load_before": os.getloadavg()[0]}
    try:
        folder = args.dossier
        if folder is None:
            started = time.perf_counter()
            folder = build(work / "twintig.zorgmap", 20)
            found["build_s"] = round(time.perf_counter() - started, 1)
        if "logboek" in args.parts:
            lb = real.logboek(folder, PASSPHRASE, TODAY, args.runs)
            found["logboek_sort_ms"] = round(lb["worst_ms"], 1)
            found["gap_ms_logboek_sort"] = round(lb["gap_s"] * 1000, 1)
            found["logboek_ms"] = {k: round(v * 1000, 1)
                                   for k, v in {**lb["sort"], **lb["filter"]}.items()}
        if "documents" in args.parts:
            docs = real.document_open(folder, PASSPHRASE, TODAY, work, args.runs)
            found["gap_ms_document_open"] = round(docs["gap_s"] * 1000, 1)
            found["documents"] = {name: {"ms": round(d["s"] * 1000), "gap_ms":
                                         round(d["gap_s"] * 1000, 1)}
                                  for name, d in docs["docs"].items()}
        if "start" in args.parts:
            saved, real.RUNS = real.RUNS, args.runs
            try:
                st = real.start_recent(folder)
            finally:
                real.RUNS = saved
            found["start_recent_ratio"] = round(st["ratio"], 3)
            found["start_ms"] = {"zorgmap": round(st["zorgmap_s"] * 1000),
                                 "bare": round(st["bare_s"] * 1000)}
        if "backup-gap" in args.parts:
            gaps = [backups._window(folder, PASSPHRASE, "gap")["gap_s"]
                    for _ in range(max(1, args.runs // 2))]
            found["gap_ms_backup"] = round(max(gaps) * 1000, 1)
        if "preview" in args.parts:
            pv = real.preview(folder, args.runs)
            found["preview_first_page_s"] = round(pv["first_s"], 2)
            found["preview_first_page_cold_s"] = round(pv["cold_first_s"], 2)
            found["preview_whole_s"] = round(pv["whole_s"], 1)
            found["preview_peak_mb"] = round(pv["peak_max_mb"], 0)
            found["preview_child_peak_mb"] = round(pv["child_peak_max_mb"], 0)
            found["gap_ms_preview_build"] = round(pv["gap_max_s"] * 1000, 1)
            found["gap_ms_preview_look"] = round(pv["look_gap_s"] * 1000, 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    found["load_after"] = os.getloadavg()[0]
    print(json.dumps(found, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
