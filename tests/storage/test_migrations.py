"""Every past schema version opens, migrates to exactly the fresh schema, and keeps its data."""

import re
import shutil
from pathlib import Path

import pytest

from storage import migrations
from storage.backup import verify_backup
from storage.dossier import Dossier
from tests.fixtures.make_fixture import PASSPHRASE as FIXTURE_PASSPHRASE
from tests.fixtures.make_fixture import RECOVERY_FILE
from tests.storage.helpers import fingerprint

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _schema(db) -> list[tuple[str, str, str]]:
    rows = db.all("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                  "ORDER BY type, name")
    return [(t, n, re.sub(r"\s+", " ", s or "")) for t, n, s in rows]


def test_there_is_a_fixture_for_every_schema_version():
    found = sorted(int(p.name.split("-v")[1].split(".")[0])
                   for p in FIXTURES.glob("schema-v*.zorgmap"))
    assert found == list(range(1, migrations.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION + 1))
def test_fixture_opens_and_migrates_to_the_fresh_schema(version, tmp_path, new_dossier):
    folder = tmp_path / "oud.zorgmap"
    shutil.copytree(FIXTURES / f"schema-v{version}.zorgmap", folder)
    with Dossier.open(folder, FIXTURE_PASSPHRASE) as old:
        assert old.db.user_version == migrations.SCHEMA_VERSION
        assert old.db.one("SELECT count(*) FROM records WHERE id = 'fixture-child'")[0] == 1
        assert old.db.one("SELECT name FROM documents WHERE id = 'fixture-doc'")[0] == "brief.txt"
        migrated_schema = _schema(old.db)
    fresh, _ = new_dossier()
    assert migrated_schema == _schema(fresh.db)
    code = (folder / RECOVERY_FILE).read_text().strip()
    Dossier.open(folder, code).close()
    if version < migrations.SCHEMA_VERSION:
        (made,) = list((folder / "backups").glob(f"voor-update-v{version}-*.zmbak"))
        assert verify_backup(made, FIXTURE_PASSPHRASE).schema_version == version


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch, new_dossier):
    dossier, _ = new_dossier()
    folder = dossier.folder
    dossier.close()
    before = fingerprint(folder)

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("stap mislukt")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [broken])
    monkeypatch.setattr("storage.dossier.SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        Dossier.open(folder, "paard boot lamp fiets")
    after = fingerprint(folder)
    assert {k: v for k, v in after.items() if not k.startswith("backups/")} == before
    assert any(k.startswith("backups/voor-update-v") for k in after)
    monkeypatch.undo()
    with Dossier.open(folder, "paard boot lamp fiets") as again:
        assert again.db.one("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")[0] == 0
        assert again.db.user_version == migrations.SCHEMA_VERSION


def test_v3_fixture_reads_with_the_new_content_model(tmp_path):
    from storage.records import RecordStore

    folder = tmp_path / "v3.zorgmap"
    shutil.copytree(FIXTURES / "schema-v3.zorgmap", folder)
    with Dossier.open(folder, FIXTURE_PASSPHRASE) as dossier:
        content = RecordStore(dossier).content()
    aunt = content.contact("fixture-aunt")
    assert aunt.relationship == "tante" and aunt.legal_start.isoformat() == "2035-05-04"
    med = content.medications[0]
    assert med.shown_date("start_date") == "mei 2024"
    assert content.epilepsy.rescue_medicine(content) is med
    assert content.feeding.nothing_by_mouth is True and content.feeding.flushing
    assert content.aid_requests[0].stage.value == "bezwaar"


def test_v3_step_makes_one_place_for_each_fact(tmp_path):
    """A schema-2 dossier with contradicting facts comes out of the v3 step consistent."""
    import json

    from storage.records import RecordStore
    from tests.conftest import FAST_KDF

    folder = tmp_path / "oud.zorgmap"
    old, _ = Dossier.create(folder, "paard boot lamp fiets", kdf=FAST_KDF, schema_version=2)
    rows = [
        ("d1", "decision", {"kind": "afwijzing", "status": "toegekend",
                            "decision_date": "2026-01-05",
                            "bezwaar": {"filed_on": "2026-02-01"}}),
        ("d2", "decision", {"kind": "pgb_toekenning", "status": "afgewezen"}),
        ("m1", "medication", {"name": "Midazolam", "is_rescue": True}),
        ("e1", "epilepsy_protocol", {"rescue_medication": "Midazolam 5 mg"}),
        ("a1", "aid_request", {"title": "Douchebrancard", "stage": "bezwaar",
                               "decision_ids": ["d1"],
                               "transitions": [{"stage": "bezwaar", "on": "2026-01-20"}]}),
    ]  # fmt: skip
    with old, old.db.transaction():
        for record_id, kind, data in rows:
            old.db.execute(
                "INSERT INTO records (id, kind, data, created_at, updated_at, sort_key) "
                "VALUES (?, ?, ?, '2026-01-01', '2026-01-01', '')",
                (record_id, kind, json.dumps({"id": record_id, **data})))
    with Dossier.open(folder, "paard boot lamp fiets") as dossier:
        assert dossier.db.user_version == migrations.SCHEMA_VERSION
        content = RecordStore(dossier).content()
    by_id = {d.id: d for d in content.decisions}
    assert (by_id["d1"].kind, by_id["d1"].status.value) == ("afwijzing", "afgewezen")
    assert (by_id["d2"].kind, by_id["d2"].status.value) == ("beschikking", "afgewezen")
    for decision in content.decisions:
        decision.validate()
    assert content.epilepsy.rescue_medication_id == "m1"
    assert content.epilepsy.rescue_medication == "Midazolam 5 mg"  # kept as the old note
    aid = content.aid_requests[0]
    assert aid.stage.value == "bezwaar_filed" and aid.stage_since().isoformat() == "2026-02-01"
    aid.validate()
