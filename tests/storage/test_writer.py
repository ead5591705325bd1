"""The one writer: jobs in order on its own connection, results with what changed."""

from __future__ import annotations

import threading

import pytest

from app.model import Contact
from storage.dossier import Dossier
from storage.errors import Cancelled, ReadOnly, StorageError
from storage.writer import Changes, Writer
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def dossier(tmp_path):
    opened, _code = Dossier.create(tmp_path / "Noor.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    yield opened
    opened.close()


def test_jobs_run_in_order_and_report_what_changed(dossier):
    writer = Writer(dossier)
    seen = []
    first = Contact(name="Lies")

    def save(tx):
        tx.records.save(first)
        tx.touched(first)
        seen.append("save")
        return first.id

    ticket = writer.submit(save)
    other = writer.submit(lambda tx: seen.append("second"))
    assert writer.join(10)
    writer.close()
    assert seen == ["save", "second"]
    assert ticket.ok and ticket.result == first.id
    assert ticket.changes == Changes(frozenset({"contact"}), frozenset({first.id}))
    assert other.ok and not other.changes
    # Committed: the dossier's own (reading) connection sees it.
    assert dossier.db.one("SELECT count(*) FROM records WHERE kind = 'contact'")[0] == 1


def test_a_failing_job_rolls_back_and_the_next_one_still_runs(dossier):
    writer = Writer(dossier)

    def broken(tx):
        with tx.db.transaction():
            tx.records.save(Contact(name="Half"))
            raise StorageError("kapot")

    bad = writer.submit(broken)
    good = writer.submit(lambda tx: tx.records.save(Contact(name="Heel")))
    writer.close()
    assert isinstance(bad.error, StorageError) and not bad.changes
    assert good.ok
    names = [r[0] for r in dossier.db.all(
        "SELECT json_extract(data, '$.name') FROM records WHERE kind = 'contact'")]
    assert names == ["Heel"]


def test_history_records_who_was_working_when_the_job_was_queued(dossier):
    writer = Writer(dossier)
    gate = threading.Event()
    writer.submit(lambda tx: gate.wait(10))
    dossier.profile = "Mama"
    record = Contact(name="Lies")
    writer.submit(lambda tx: tx.records.save(record))
    dossier.profile = "Papa"
    gate.set()
    writer.close()
    row = dossier.db.one("SELECT profile FROM history WHERE record_id = ?", (record.id,))
    assert row[0] == "Mama"


def test_long_jobs_stop_on_lock_saves_do_not(dossier):
    writer = Writer(dossier)
    started, gate = threading.Event(), threading.Event()

    def long_job(tx):
        started.set()
        gate.wait(10)
        if not tx.progress(1, 2):
            raise Cancelled()

    long_ticket = writer.submit(long_job, on_progress=lambda *_a: None)
    record = Contact(name="Lies")
    save = writer.submit(lambda tx: tx.records.save(record))
    assert started.wait(10)
    writer.cancel_long()
    gate.set()
    writer.close()
    assert isinstance(long_ticket.error, Cancelled)
    assert save.ok


def test_submit_after_close_fails_calmly(dossier):
    writer = Writer(dossier)
    writer.close()
    ticket = writer.submit(lambda tx: None)
    assert ticket.done and isinstance(ticket.error, ReadOnly)
