"""docs/storage.md is enough to derive the data key: the independent reader opens dossiers."""

from __future__ import annotations

import json

from storage.dossier import DB_NAME, KEYS_NAME
from tests.conftest import PASSPHRASE
from tests.storage import keyfile_reader
from tests.storage.helpers import put_note
from tests.storage.sqlcipher4_reader import open_in_memory


def _count(folder, key: bytes) -> int:
    raw = (folder / DB_NAME).read_bytes()
    return open_in_memory(raw, key).execute("SELECT count(*) FROM records").fetchone()[0]


def test_an_independent_reader_derives_the_key_from_the_doc_alone(new_dossier):
    dossier, code = new_dossier("Noor.zorgmap", passphrase="Zoë café paard boot")
    put_note(dossier, "n1", "bewaard")
    dossier.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder, real_key = dossier.folder, dossier.data_key()
    raw_keys = (folder / KEYS_NAME).read_bytes()
    # The passphrase in another Unicode form (decomposed ë, é) and the code typed loosely.
    import unicodedata

    typed = unicodedata.normalize("NFD", "Zoë café paard boot")
    assert typed != "Zoë café paard boot"
    for secret in (typed, code.lower().replace("-", " ").replace("0", "o")):
        keys = keyfile_reader.data_keys(raw_keys, secret)
        assert keys[0] == real_key
        assert _count(folder, keys[0]) == 1
    assert keyfile_reader.data_keys(raw_keys, "verkeerd wachtwoord hier") == []
    doc = json.loads(raw_keys)
    assert all(keyfile_reader.slot_check_ok(s, doc["dossier_id"]) for s in doc["slots"])
    assert keyfile_reader.mac_ok(raw_keys, real_key)


def test_the_reader_follows_an_unfinished_change_of_key(new_dossier):
    dossier, old_code = new_dossier()
    put_note(dossier, "n1", "bewaard")
    new_code = dossier.new_recovery_code(PASSPHRASE)  # not confirmed
    dossier.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder, new_key = dossier.folder, dossier.data_key()
    raw_keys = (folder / KEYS_NAME).read_bytes()
    for secret in (PASSPHRASE, old_code, new_code):
        keys = keyfile_reader.data_keys(raw_keys, secret)
        assert keys[0] == new_key, secret
        assert _count(folder, keys[0]) == 1
    assert keyfile_reader.mac_ok(raw_keys, new_key, "pending_mac")
