"""The copilot's Monday morning in numbers: a workspace with many families, one deadline list.

`python -m benchmarks.copilot [FAMILIES]` prints JSON; docs/copilot.md quotes a run. Each
family is the fictional demo dossier under another name and with shifted dates (about 80
records: decisions, aid requests, care plans, contact log), shared in full, as a real
package (signed, age-encrypted) opened into one workspace. Target: the deadline overview
across 30 families in under 200 ms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.model import Record  # noqa: E402
from app.serialize import to_dict  # noqa: E402
from storage import copilot as cp  # noqa: E402
from storage import identity as idmod  # noqa: E402
from storage import teamfiles as tf  # noqa: E402
from storage.keys import KdfParams  # noqa: E402
from storage.workspace import Workspace  # noqa: E402

PASSPHRASE = "benchmark paard boot lamp"
TODAY = dt.date(2026, 11, 23)
TARGET_MS = 200
FIRST_NAMES = ("Noor", "Daan", "Sem", "Liv", "Milan", "Yara", "Luuk", "Fenna", "Amir", "Zoë")


def family_package(index: int, copilot: idmod.PublicIdentity) -> bytes:
    """A whole fictional dossier, shifted by `index` weeks, as a package to `copilot`."""
    family = idmod.Identity.generate(f"Ouder {index}")
    content = demo.demo_content(TODAY - dt.timedelta(weeks=index))
    content.child.name = f"{FIRST_NAMES[index % len(FIRST_NAMES)]} Gezin{index:02d}"
    records: list[Record] = list(content.records())
    family_id = cp.family_id_for(f"benchmark-{index}")
    payload = {
        "format": cp.PACKAGE_FORMAT, "version": cp.FORMAT_VERSION,
        "package": f"{index:032x}", "family": family_id, "family_name": content.child.name,
        "made_at": tf.now_iso(), "expires": None,
        "purpose": {"kind": "future_plan", "id": content.future_plan.id,
                    "label": content.future_plan.label()},
        "to": copilot.sign_key_b64,
        "records": [{"kind": r.KIND, "data": to_dict(dataclasses.replace(r, bsn=""))
                     if r.KIND == "child_profile" else to_dict(r)} for r in records],
        "documents": [],
    }
    inner = cp.sealed(family, kind="package", family=family_id, file_id=f"{index:032x}",
                      seq=1, payload=payload)
    return tf.encrypt(inner, [copilot.age_recipient])


def measure(folder: Path, families: int = 30, runs: int = 7) -> dict:
    copilot = idmod.Identity.generate("Copiloot")
    packages = [family_package(i, copilot.public) for i in range(families)]
    # The workspace's own key costs are those of a dossier (docs/storage.md); not measured here.
    ws = Workspace.create(folder / "werkplek", PASSPHRASE, copilot,
                          kdf=KdfParams(n=2**14, r=8, p=1))
    try:
        start = time.perf_counter()
        for data in packages:
            ws.add_package(data, today=TODAY)
        open_all = time.perf_counter() - start
        records = ws.db.one("SELECT count(*) FROM ws_records")[0]
        timings, count = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            found = ws.deadlines(TODAY)
            timings.append(time.perf_counter() - start)
            count = len(found)
        start = time.perf_counter()
        listed = len(ws.families(TODAY))
        list_ms = (time.perf_counter() - start) * 1000
    finally:
        ws.close()
    return {
        "copilot_families": listed,
        "copilot_records": records,
        "copilot_package_bytes_median": int(statistics.median(len(p) for p in packages)),
        "copilot_open_packages_s": round(open_all, 2),
        "copilot_deadlines": count,
        "copilot_deadlines_ms_median": round(statistics.median(timings) * 1000, 1),
        "copilot_deadlines_ms_max": round(max(timings) * 1000, 1),
        "copilot_family_list_ms": round(list_ms, 1),
        "copilot_deadlines_target_ms": TARGET_MS,
    }


def main(argv: list[str]) -> int:
    families = int(argv[0]) if argv else 30
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(Path(tmp), families)
    print(json.dumps(figures, indent=2))
    return 0 if figures["copilot_deadlines_ms_median"] < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
