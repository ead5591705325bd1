"""Kill a writing process at random moments; every committed record must survive."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from storage.backup import integrity_problems
from storage.dossier import Dossier
from tests.conftest import PASSPHRASE

WRITER = textwrap.dedent("""
    import json
    import sys
    sys.path.insert(0, sys.argv[3])
    from storage.dossier import Dossier
    from storage.documents import DocumentStore
    dossier = Dossier.open(sys.argv[1], sys.argv[2])
    store = DocumentStore(dossier.db)
    round_ = sys.argv[4]
    i = 0
    while True:
        with dossier.db.transaction():
            dossier.db.execute(
                "INSERT INTO records (id, kind, data, created_at, updated_at) "
                "VALUES (?, 'note', ?, 't', 't')",
                (f"{round_}-{i}", json.dumps({"text": "logboek " * (i % 50 + 1)})),
            )
            if i % 7 == 0:
                store.add_bytes(b"scan" * 20000, f"scan-{round_}-{i}.pdf")
        # Only report a record after its transaction committed.
        sys.stdout.write(f"{round_}-{i}\\n")
        sys.stdout.flush()
        i += 1
""")


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_committed_records(new_dossier):
    dossier, _ = new_dossier()
    folder = dossier.folder
    dossier.close()
    rng = random.Random(20261123)
    root = os.getcwd()
    committed: list[str] = []
    for round_ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, root, str(round_)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        # Wait for the first commit, then kill somewhere in the next stretch of writes.
        first = child.stdout.readline().strip()
        assert first, child.stderr.read()
        committed.append(first)
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        committed += [line for line in out.splitlines() if line]
        assert child.returncode == -signal.SIGKILL
        with Dossier.open(folder, PASSPHRASE) as check:
            assert integrity_problems(check.db) == []
            stored = {row[0] for row in check.db.all("SELECT id FROM records")}
            missing = [c for c in committed if c not in stored]
            assert not missing, f"round {round_}: lost {missing[:5]}"
            for (doc_id,) in check.db.all("SELECT id FROM documents"):
                size = check.db.one("SELECT size FROM documents WHERE id = ?", (doc_id,))[0]
                assert size == 80000  # no half-imported document
    assert len(committed) > 100
