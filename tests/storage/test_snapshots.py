"""Incremental backups: snapshots of pages in a shared store (storage/snapshots.py)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from storage import backup, snapshots
from storage.db import Database
from storage.documents import DocumentStore
from storage.dossier import Dossier
from storage.errors import BackupInvalid, Cancelled
from tests.conftest import PASSPHRASE
from tests.storage.helpers import get_note, put_note

DAY = dt.datetime(2026, 3, 2, 9, 0)


def _store_bytes(place):
    return sum(p.stat().st_size for p in place.rglob("*") if p.is_file())


@pytest.fixture
def filled(new_dossier):
    dossier, code = new_dossier()
    for i in range(300):
        put_note(dossier, f"n{i}", f"notitie {i} " + "over de rolstoel en de tillift " * 20)
    DocumentStore(dossier.db).add_bytes(bytes(range(256)) * 4096 * 3, "scan.pdf")  # 3 MiB
    return dossier, code


def test_a_day_without_changes_adds_nothing_and_a_few_edits_add_little(filled, tmp_path):
    dossier, _ = filled
    place = tmp_path / "plek"
    first = backup.backup_to_place(dossier, place, now=DAY)
    assert first.path is not None and first.added_bytes > 3 * 1024 * 1024
    before = _store_bytes(place)
    same = backup.backup_to_place(dossier, place, now=DAY + dt.timedelta(days=1))
    assert same.path is None and same.added_bytes == 0
    assert _store_bytes(place) == before
    for i in range(3):
        put_note(dossier, f"n{i}", f"aangepast {i}")
    edited = backup.backup_to_place(dossier, place, now=DAY + dt.timedelta(days=2))
    assert edited.path is not None
    # A few changed pages and their page list, not the whole dossier again.
    assert edited.added_bytes < 200 * 1024
    assert _store_bytes(place) - before == edited.added_bytes


def test_restore_from_a_snapshot_without_the_original_dossier(filled, tmp_path):
    dossier, code = filled
    place = tmp_path / "usb" / "Zorgmap"
    backup.backup_to_place(dossier, place, now=DAY)
    put_note(dossier, "n1", "nieuwe tekst na de eerste kopie")
    made = backup.backup_to_place(dossier, place, now=DAY + dt.timedelta(days=1)).path
    folder = dossier.folder
    dossier.close()
    shutil.rmtree(folder)
    moved = tmp_path / "andere-computer"
    shutil.copytree(place, moved)
    shutil.rmtree(tmp_path / "usb")
    info = backup.verify_backup(moved / made.name, code)
    assert info.kind == "snapshot" and info.counts["documents"] == 1
    assert info.kinds["note"] == 300
    target = tmp_path / "terug.zorgmap"
    backup.restore_backup(moved / made.name, PASSPHRASE, target)
    with Dossier.open(target, PASSPHRASE) as restored:
        assert get_note(restored, "n1") == "nieuwe tekst na de eerste kopie"
        assert get_note(restored, "n299").startswith("notitie 299")


def test_uncheckpointed_changes_in_the_wal_are_in_the_image(new_dossier, tmp_path):
    dossier, _ = new_dossier()
    put_note(dossier, "w1", "alleen in de WAL")
    wal = dossier.folder / "dossier.db-wal"
    assert wal.stat().st_size > 0
    reader = Database(dossier.folder / "dossier.db", dossier.data_key(), read_only=True)
    try:
        with snapshots.Image(reader) as image:
            assert image.wal, "the test needs frames in the WAL"
            pages = b"".join(image.pages())
    finally:
        reader.close()
    copy = tmp_path / "copy.db"
    copy.write_bytes(pages)
    db = Database(copy, dossier.data_key(), read_only=True)
    try:
        assert db.one("SELECT count(*) FROM records WHERE id = 'w1'")[0] == 1
        assert backup.integrity_problems(db) == []
    finally:
        db.close()


def test_a_torn_or_foreign_wal_is_not_used(new_dossier, tmp_path):
    dossier, _ = new_dossier()
    put_note(dossier, "w1", "x" * 100)
    wal = (dossier.folder / "dossier.db-wal").read_bytes()
    pages, size = snapshots.read_wal(dossier.folder / "dossier.db-wal")
    assert pages and size
    torn = tmp_path / "torn-wal"
    damaged = bytearray(wal)
    damaged[32 + 24 + 100] ^= 0xFF  # the first frame's page: its checksum no longer holds
    torn.write_bytes(bytes(damaged))
    assert snapshots.read_wal(torn) == ({}, None)


def test_cancelling_leaves_nothing_and_the_next_try_works(filled, tmp_path):
    dossier, _ = filled
    place = tmp_path / "plek"
    calls = []

    def stop(done, total):
        calls.append(done)
        return len(calls) < 3

    with pytest.raises(Cancelled):
        backup.backup_to_place(dossier, place, now=DAY, progress=stop)
    assert not list(place.rglob("*.zmbak")) and not list(place.rglob("*.pack"))
    assert not list(place.rglob("*.deel"))
    made = backup.backup_to_place(dossier, place, now=DAY)
    assert made.path is not None
    backup.verify_backup(made.path, PASSPHRASE)


@pytest.mark.parametrize("where", ["pack", "missing", "snapshot"])
def test_a_damaged_store_is_refused(filled, tmp_path, where):
    dossier, _ = filled
    place = tmp_path / "plek"
    made = backup.backup_to_place(dossier, place, now=DAY).path
    pack = next((place / "blokken").glob("*.pack"))
    if where == "pack":
        data = bytearray(pack.read_bytes())
        data[len(data) // 3] ^= 0x01
        pack.write_bytes(bytes(data))
    elif where == "missing":
        pack.unlink()
    else:
        data = made.read_bytes()
        made.write_bytes(data.replace(b'"page_count": ', b'"page_count": 1', 1))
    with pytest.raises(BackupInvalid) as info:
        backup.verify_backup(made, PASSPHRASE)
    if where == "missing":
        assert "blokken" in info.value.message
    with pytest.raises(BackupInvalid):
        backup.restore_backup(made, PASSPHRASE, tmp_path / "t.zorgmap")
    assert not (tmp_path / "t.zorgmap").exists()


def test_old_snapshots_go_and_their_unused_pages_with_them(filled, tmp_path):
    dossier, _ = filled
    place = tmp_path / "plek"
    docs = DocumentStore(dossier.db)
    packs = []
    for day in range(4):
        seen = set((place / "blokken").glob("*.pack")) if place.exists() else set()
        doc = docs.add_bytes(bytes([day]) * 2 * 1024 * 1024, f"brief{day}.pdf")
        backup.backup_to_place(dossier, place, now=DAY + dt.timedelta(days=day), keep=2)
        packs.append(set((place / "blokken").glob("*.pack")) - seen)
        docs.delete(doc.id)
    kept = backup.list_snapshots(place)
    assert [s.made.day for s in kept] == [DAY.day + 2, DAY.day + 3]
    # Day 1 added only its document; no kept snapshot holds it, so its pack is gone.
    assert packs[1] and not any(p.exists() for p in packs[1])
    assert all(p.exists() for p in packs[3])
    for s in kept:
        backup.verify_backup(s.path, PASSPHRASE)


def test_a_new_data_key_starts_a_fresh_set_and_old_snapshots_keep_working(filled, tmp_path):
    dossier, code = filled
    place = tmp_path / "plek"
    old = backup.backup_to_place(dossier, place, now=DAY).path
    new_code = dossier.new_recovery_code(PASSPHRASE)
    new = backup.backup_to_place(dossier, place, now=DAY + dt.timedelta(days=1)).path
    assert new is not None
    backup.verify_backup(old, code)
    backup.verify_backup(new, new_code)


def test_leftovers_of_an_interrupted_backup_are_removed_and_an_orphan_pack_is_harmless(
        filled, tmp_path):
    dossier, _ = filled
    place = tmp_path / "plek"
    backup.backup_to_place(dossier, place, now=DAY)
    # A crash mid-pack, mid-snapshot, and after a pack was renamed but before its snapshot.
    (place / "blokken" / "0123456789abcdef.pack.deel").write_bytes(b"half")
    (place / "auto-20260303-090000.zmbak.deel").write_bytes(b"half")
    orphan = snapshots.Store(place).new_pack()
    orphan.add(b"\x01" * 32, b"nobody uses this")
    orphan.commit()
    put_note(dossier, "n5", "na de crash")
    made = backup.backup_to_place(dossier, place, now=DAY + dt.timedelta(days=1)).path
    assert not list(place.rglob("*.deel"))
    backup.verify_backup(made, PASSPHRASE)
    target = tmp_path / "terug.zorgmap"
    backup.restore_backup(made, PASSPHRASE, target)
    with Dossier.open(target, PASSPHRASE) as restored:
        assert get_note(restored, "n5") == "na de crash"
