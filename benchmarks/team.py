"""The family team in numbers: a twenty-year history to a new member, and a day's edits.

`python -m benchmarks.team [YEARS]` prints JSON; docs/team.md quotes a run. Fictional data,
the production key costs (scrypt as shipped), a folder on local disk (the sync tool's own
transfer time is not ours to measure).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.model import JournalChannel, JournalEntry  # noqa: E402
from storage import identity as idmod  # noqa: E402
from storage.documents import DocumentInfo, DocumentStore  # noqa: E402
from storage.dossier import Dossier  # noqa: E402
from storage.records import RecordStore  # noqa: E402
from storage.team import Team, load_doc  # noqa: E402

PASSPHRASE = "benchmark paard boot lamp"
TODAY = dt.date(2026, 11, 23)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _history(dossier: Dossier, years: int) -> None:
    content = demo.large_demo_content(
        TODAY, years=years, journal_entries=1000 * years, decisions=15 * years,
        aid_requests=20 * years, care_plans=3 * years, medications=10 * years)
    docs = DocumentStore(dossier.db)
    with dossier.db.transaction():
        # Document names, sizes and notes travel; their contents stay on the device.
        for i in range(100 * years):
            docs.add_placeholder(DocumentInfo(f"doc{i:05d}", f"brief-{i:05d}.pdf",
                                              "application/pdf", 120_000, "0" * 64,
                                              "2010-01-01T00:00:00+00:00", "brief"))
        RecordStore(dossier).replace_content(content)


def _a_day(store: RecordStore) -> int:
    """A busy day: five calls logged, three records corrected, one follow-up ticked off."""
    edits = 0
    for i in range(5):
        store.save(JournalEntry(on=TODAY, who="Zorgkantoor", channel=JournalChannel.PHONE,
                                summary=f"Gebeld over de meerzorg, gesprek {i}"))
        edits += 1
    for record in store.list("contact", limit=3):
        record.phone = "06-12345678"
        store.save(record)
        edits += 1
    entry = store.list("journal_entry", limit=1)[0]
    entry.follow_up_done = True
    store.save(entry)
    return edits + 1


def measure(work: Path, years: int = 20) -> dict:
    mama_id = idmod.create("Mama", PASSPHRASE, work / "mama" / "identity.json")
    papa_id = idmod.create("Papa", PASSPHRASE, work / "papa" / "identity.json")
    shared = work / "gedeeld"
    dossier, _ = Dossier.create(work / "mama" / "Noor.zorgmap", PASSPHRASE)
    figures: dict[str, float | int] = {"team_years": years}
    with dossier:
        _history(dossier, years)
        figures["team_records"] = dossier.db.one("SELECT count(*) FROM records")[0]
        start = time.perf_counter()
        team = Team.share(dossier, mama_id, shared)
        figures["team_share_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        team.add(papa_id.public.code(), "Papa", "ouder")
        figures["team_add_snapshot_s"] = round(time.perf_counter() - start, 2)
        snapshot = max((shared / "snapshots").rglob("0*"))
        figures["team_snapshot_bytes"] = snapshot.stat().st_size
        figures["team_folder_bytes"] = folder_bytes(shared)
        figures["team_doc_update_rows"] = dossier.db.one("SELECT count(*) FROM team_updates")[0]

    start = time.perf_counter()
    papa, _code, report = Team.join(shared, papa_id, work / "papa" / "Noor.zorgmap", PASSPHRASE)
    figures["team_join_s"] = round(time.perf_counter() - start, 2)
    figures["team_join_records"] = report.records
    with papa:
        assert papa.db.one("SELECT count(*) FROM records")[0] == figures["team_records"]

    dossier = Dossier.open(work / "mama" / "Noor.zorgmap", PASSPHRASE)
    with dossier:
        store = RecordStore(dossier)
        start = time.perf_counter()
        load_doc(dossier.db)  # once per unlock: the first save after opening pays it
        figures["team_doc_load_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        edits = _a_day(store)
        figures["team_day_save_ms_each"] = round((time.perf_counter() - start) * 1000 / edits, 1)
        figures["team_day_edits"] = edits
        before = folder_bytes(shared)
        Team(dossier).sync()
        figures["team_day_bytes"] = folder_bytes(shared) - before
    papa = Dossier.open(work / "papa" / "Noor.zorgmap", PASSPHRASE)
    with papa:
        start = time.perf_counter()
        report = Team(papa).sync()
        figures["team_day_sync_s"] = round(time.perf_counter() - start, 2)
        figures["team_day_records"] = report.records
        start = time.perf_counter()
        Team(papa).sync()  # the app's minute timer when nothing happened
        figures["team_idle_sync_s"] = round(time.perf_counter() - start, 3)
    return figures


def main(argv: list[str]) -> int:
    years = int(argv[0]) if argv else 20
    with tempfile.TemporaryDirectory(prefix="zorgmap-team-bench-") as work:
        print(json.dumps(measure(Path(work), years), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
