"""Each table model on its own, checked by Qt's model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.model import Contact, JournalEntry
from storage.documents import DocumentInfo
from ui.models.documents import DocumentTableModel
from ui.models.records import Column, FilterProxy, PagedRecordModel, RecordTableModel

COLUMNS = [Column("Naam", lambda c: c.name), Column("Sinds", lambda c: c.legal_start),
           Column("Vertegenwoordiger", lambda c: c.is_legal_representative,
                  bold=lambda c: c.is_legal_representative)]


def _contacts(n: int = 5):
    return [Contact(name=f"Contact {i}", legal_start=dt.date(2020, 1, i + 1),
                    is_legal_representative=i == 2) for i in range(n)]


def test_record_model(qtmodeltester):
    model = RecordTableModel(COLUMNS)
    model.set_records(_contacts())
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, 1).data() == "02-01-2020"
    assert model.index(2, 2).data() == "Ja"
    record = _contacts(1)[0]
    model.upsert(record)
    assert model.rowCount() == 6 and model.index(0, 0).data() == "Contact 0"
    model.remove(record.id)
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)


def test_filter_proxy_sorts_on_values(qtmodeltester):
    model = RecordTableModel(COLUMNS)
    model.set_records(_contacts(12))
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Contact 11"  # by date, not by text
    proxy.setFilterFixedString("contact 1")
    assert proxy.rowCount() == 3  # 1, 10, 11
    proxy.set_extra(lambda c: c.is_legal_representative)
    assert proxy.rowCount() == 0
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 1


def test_paged_model_fetches_more(qtmodeltester):
    rows = [JournalEntry(on=dt.date(2026, 1, 1) - dt.timedelta(days=i), summary=f"r{i}")
            for i in range(1200)]
    model = PagedRecordModel([Column("Datum", lambda e: e.on)],
                             lambda limit, offset: rows[offset:offset + limit],
                             lambda: len(rows))
    model.reload()
    assert model.rowCount() == model.PAGE
    assert model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1200
    model.upsert(JournalEntry(summary="nieuw"))
    assert model.rowCount() == 1201 and not model.canFetchMore()


def test_document_model(qtmodeltester):
    model = DocumentTableModel()
    docs = [DocumentInfo(f"{i:032x}", f"brief-{i}.pdf", "application/pdf", 1000 * i, "0" * 64,
                         f"2026-0{i + 1}-01T10:00:00+00:00") for i in range(4)]
    docs.append(DocumentInfo("f" * 32, "foto.png", "image/png", 5, "0" * 64,
                             "2026-05-01T10:00:00+00:00", "Pasfoto"))
    model.set_documents(docs, {docs[0].id: ["Wmo beschikking"]})
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 4).data() == "Wmo beschikking"
    assert model.index(4, 1).data() == "Afbeelding"
    assert model.index(2, 3).data() == "01-03-2026"


def test_people_model_lists_active_people_first(qtmodeltester):
    from ui.models.team import PeopleModel

    model = PeopleModel()
    model.set_people([
        {"name": "papa", "role": "ouder", "last": "", "fingerprint": "AB12", "me": False,
         "active": False},
        {"name": "Oma", "role": "lezer", "last": "2026-03-02T09:15:00+00:00",
         "fingerprint": "CD34", "me": False, "active": True},
        {"name": "Mama", "role": "ouder", "last": "", "fingerprint": "EF56", "me": True,
         "active": True},
    ])
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Mama (u)", "Oma", "papa (verwijderd)"]
    assert model.index(1, 1).data() == "lezer" and model.index(0, 2).data() == "nog niets"
    assert model.index(1, 2).data().startswith("02-03-2026")
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Vingerafdruk"


def test_dates_as_parents_type_them(qapp):
    import datetime as dt

    import pytest

    from ui.util import DateProblem, parse_date

    today = dt.date(2026, 11, 10)
    assert parse_date("12-3-2017", today) == dt.date(2017, 3, 12)
    assert parse_date("1-1-26", today) == dt.date(2026, 1, 1)
    assert parse_date("3.4.87", today) == dt.date(1987, 4, 3)
    # The century of a two-digit year follows today: at most ten years ahead.
    assert parse_date("1-1-36", today) == dt.date(2036, 1, 1)
    assert parse_date("1-1-37", today) == dt.date(1937, 1, 1)
    assert parse_date("1-1-37", dt.date(2030, 1, 1)) == dt.date(2037, 1, 1)
    assert parse_date(" ") is None
    with pytest.raises(DateProblem) as info:
        parse_date("31-04-2026")
    assert "30 dagen" in str(info.value)
    with pytest.raises(DateProblem) as info:
        parse_date("29-02-2025")
    assert "28 dagen" in str(info.value)
    with pytest.raises(DateProblem):
        parse_date("12-13-2026")


def test_windowed_rows_iterate_and_index_like_a_list():
    """`model.records` stands in for a list: iterating it ends, and a row past the end is an
    IndexError (it once yielded None for ever, so a loop over the rows never stopped)."""
    from ui.models.windowed import WindowedRecordModel

    entries = [JournalEntry(id=f"e{i}", summary=f"regel {i}") for i in range(5)]
    by_id = {e.id: e for e in entries}
    model = WindowedRecordModel([Column("Wat", lambda e: e.summary)], [None], query=None,
                                fetch=lambda ids: [by_id[i] for i in ids])
    model.ids = [e.id for e in entries]
    assert [r.id for r in model.records] == model.ids
    assert model.records[-1].id == "e4"
    with pytest.raises(IndexError):
        model.records[5]
