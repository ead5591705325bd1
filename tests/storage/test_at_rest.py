"""What lies on disk: nothing readable without the key, and readable by others with it."""

import json
from pathlib import Path

import pytest

from storage import backup
from storage.documents import DocumentStore, ViewFolder
from storage.dossier import DB_NAME, Dossier
from tests.conftest import PASSPHRASE
from tests.storage.helpers import put_note
from tests.storage.sqlcipher4_reader import open_in_memory

MARKERS = [
    "Vermeulen-Zonnebloem", "midazolam-neusspray-XQ", "BEZWAARKENMERK-7731",
    "scan-inhoud-douchebrancard",
]


def _all_files(*roots: Path):
    for root in roots:
        if root.exists():
            yield from (p for p in root.rglob("*") if p.is_file())


def test_no_plaintext_anywhere_the_app_wrote(new_dossier, tmp_path, monkeypatch):
    import os

    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    state = Path(os.environ["ZORGMAP_STATE_DIR"])
    dossier, _ = new_dossier()
    for i, marker in enumerate(MARKERS[:3]):
        put_note(dossier, f"n{i}", f"{marker} " * 50)
    store = DocumentStore(dossier.db)
    doc = store.add_bytes((MARKERS[3] + "\n").encode() * 2000, "brief.txt")
    view = ViewFolder()
    assert view.base.is_relative_to(runtime)
    copy = view.open_copy(store, doc.id)
    assert MARKERS[3].encode() in copy.read_bytes()  # the open copy is readable while open
    backup.write_backup(dossier, dossier.backup_dir / "handmatig.zmbak")
    backup.auto_backup_if_due(dossier)
    # While open, the WAL holds recent pages: they must be encrypted too.
    wal = dossier.folder / (DB_NAME + "-wal")
    files_while_open = list(_all_files(dossier.folder))
    assert wal in files_while_open
    _assert_no_plaintext(files_while_open)
    view.wipe()
    dossier.close()
    files = list(_all_files(dossier.folder, runtime, state, tmp_path))
    assert any(p.suffix == ".zmbak" for p in files)
    _assert_no_plaintext(files)


def _assert_no_plaintext(files):
    for path in files:
        data = path.read_bytes()
        assert b"SQLite format 3" not in data, f"plain SQLite header in {path}"
        for marker in MARKERS:
            assert marker.encode() not in data, f"{marker} in {path}"
            assert marker.encode("utf-16-le") not in data, f"{marker} in {path}"


def test_another_sqlcipher4_client_reads_the_store_with_the_data_key(new_dossier):
    dossier, _ = new_dossier()
    put_note(dossier, "n1", "Noor slaapt op haar linkerzij")
    DocumentStore(dossier.db).add_bytes(b"inhoud", "a.txt")
    key = dossier.data_key()
    folder = dossier.folder
    dossier.close()  # checkpoints the WAL into the main file
    conn = open_in_memory((folder / DB_NAME).read_bytes(), key)
    row = conn.execute("SELECT data FROM records WHERE id = 'n1'").fetchone()
    assert json.loads(row[0])["text"] == "Noor slaapt op haar linkerzij"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(ValueError):
        open_in_memory((folder / DB_NAME).read_bytes(), bytes(32))
    # And the reverse: Zorgmap still opens it afterwards.
    Dossier.open(folder, PASSPHRASE).close()
