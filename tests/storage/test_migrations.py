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
