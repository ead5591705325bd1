"""kill -9 inside the schema 4 migration (the Logboek indexes, issue 11), at many moments.

The open runs in a child process. Every SQLite connection gets a progress handler that counts
virtual-machine steps; each round SIGKILLs the child at one count (deterministic: no timing),
so it dies in the middle of a statement as well as between them, during the backup that goes
first and during the CREATE INDEXes. After each kill the dossier must be at schema 3 (none of
the new indexes) or 4 (all of them), never in between, and the next open must migrate it with
every record there and no half-made file left.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE, ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PASSPHRASE = "fixture paard boot lamp"
ROUNDS = int(os.environ.get("ZORGMAP_KILL_ROUNDS", "4")) + 4

RUNNER = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    kill_at = int(os.environ.get("KILL_AT", "0"))
    ticks = [0]

    def tick():
        ticks[0] += 1
        if ticks[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    from sqlcipher3 import dbapi2
    real_connect = dbapi2.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_progress_handler(tick, 10)
        return conn

    dbapi2.connect = connect
    from pathlib import Path
    from storage.dossier import Dossier
    with Dossier.open(Path(sys.argv[1]), os.environ["PASS"]) as opened:
        version = opened.db.user_version
    sys.stderr.write(f"TICKS {{ticks[0]}} VERSION {{version}}\\n")
""").format(root=str(ROOT))


def _open_in_child(folder: Path, passphrase: str, kill_at: int = 0):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZORGMAP_")}
    env.update(ZORGMAP_STATE_DIR=os.environ["ZORGMAP_STATE_DIR"], KILL_AT=str(kill_at),
               PASS=passphrase)
    return subprocess.run([sys.executable, "-c", RUNNER, str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=300)


def _state(folder: Path, passphrase: str) -> tuple[int, set[str], int]:
    from storage.dossier import Dossier

    with Dossier.open(folder, passphrase, read_only=True, migrate_schema=False) as opened:
        version = opened.db.user_version
        indexes = {name for (name,) in opened.db.all(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'records_list_%'")}
        records = opened.db.one("SELECT count(*) FROM records")[0]
    return version, indexes, records


def _v3_with_twenty_years(folder: Path) -> None:
    """A schema-3 dossier with twenty years of Logboek (20,000 entries), without the demo's
    gigabytes of scanned documents: the migration only reads the records."""
    from storage.dossier import Dossier

    dossier, _code = Dossier.create(folder, PASSPHRASE, kdf=FAST_KDF, schema_version=3)
    with dossier, dossier.db.transaction():
        dossier.db.executemany(
            "INSERT INTO records (id, kind, data, created_at, updated_at, sort_key) "
            "VALUES (?, 'journal_entry', ?, '2026-01-01T00:00:00+00:00', "
            "'2026-01-01T00:00:00+00:00', ?)",
            ((f"log-{n}", json.dumps({"on": f"{2006 + n // 1000}-01-01", "channel": "telefoon",
                                      "who": f"Persoon {n % 97}", "summary": f"Gesprek {n}",
                                      "follow_up_on": None}), f"{2006 + n // 1000}-01-01")
             for n in range(20_000)))


@pytest.fixture(params=["schema-v3-fixture", "twenty-years-v3"])
def source(request, tmp_path):
    folder = tmp_path / "bron.zorgmap"
    if request.param == "schema-v3-fixture":
        shutil.copytree(FIXTURES / "schema-v3.zorgmap", folder)
        for path in folder.rglob("*"):  # git checks files out 0644; the app makes them 0600
            path.chmod(0o700 if path.is_dir() else 0o600)
        return folder, FIXTURE_PASSPHRASE
    _v3_with_twenty_years(folder)
    return folder, PASSPHRASE


@pytest.mark.slow
def test_kill9_anywhere_in_the_schema_4_migration(source, tmp_path):
    folder, passphrase = source
    version, indexes, records = _state(folder, passphrase)
    assert (version, indexes) == (3, set())
    dry_copy = tmp_path / "droog.zorgmap"
    shutil.copytree(folder, dry_copy)
    dry = _open_in_child(dry_copy, passphrase)
    assert dry.returncode == 0, dry.stderr
    ticks = int(dry.stderr.rsplit("TICKS ", 1)[1].split()[0])
    assert ticks > ROUNDS
    step = ticks // (ROUNDS + 1)
    seen_versions = set()
    for kill_at in [1, *range(step, ticks, step)][:ROUNDS + 1] + [ticks - 1]:
        target = tmp_path / f"k{kill_at}.zorgmap"
        shutil.copytree(folder, target)
        killed = _open_in_child(target, passphrase, kill_at)
        assert killed.returncode == -9, (kill_at, killed.stderr)
        version, indexes, count = _state(target, passphrase)
        seen_versions.add(version)
        assert (version, indexes) in [(3, set()), (4, {
            "records_list_channel", "records_list_who", "records_list_summary",
            "records_list_follow_up_on"})], (kill_at, version, indexes)
        assert count == records, kill_at
        again = _open_in_child(target, passphrase)
        assert again.returncode == 0, (kill_at, again.stderr)
        assert "VERSION 4" in again.stderr
        assert _state(target, passphrase)[2] == records
        leftovers = [p.name for p in target.rglob("*")
                     if p.name.endswith((".deel", ".tmp")) or p.name.startswith(".backup-")]
        assert leftovers == [], (kill_at, leftovers)
        modes = {p.name: oct(p.stat().st_mode & 0o777) for p in target.rglob("*")
                 if p.is_file() and p.stat().st_mode & 0o077}
        assert modes == {}, (kill_at, modes)
        shutil.rmtree(target)
    assert 3 in seen_versions  # some rounds really died before the migration committed


def test_a_dossier_on_a_locked_place_that_needs_the_migration(tmp_path, monkeypatch):
    """A schema-3 dossier on a locked USB stick, with a leftover -wal: opening it normally
    or to read gives a Dutch message and leaves every file as it was."""
    import hashlib

    from storage.dossier import Dossier
    from storage.errors import StorageError

    stick = tmp_path / "stick.zorgmap"
    shutil.copytree(FIXTURES / "schema-v3.zorgmap", stick)
    (stick / "dossier.db-wal").write_bytes(b"")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in stick.iterdir()}
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False
                        if os.fspath(p) == os.fspath(stick) and mode == os.W_OK
                        else os.path.exists(p))
    for read_only in (False, True):
        with pytest.raises(StorageError) as failed:
            Dossier.open(stick, FIXTURE_PASSPHRASE, read_only=read_only)
        text = failed.value.user_text()
        assert text and "Traceback" not in text
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in stick.iterdir()}
    assert after == before
