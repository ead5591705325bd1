"""Records round-trip through the encrypted store, with history, search and the share log."""

from datetime import date

import pytest

from app.model import (
    ChildProfile,
    Decision,
    DecisionStatus,
    DossierContent,
    JournalEntry,
    Signal,
    SignalCategory,
)
from storage.documents import DocumentStore
from storage.dossier import Dossier
from storage.errors import StorageError
from storage.records import RecordMissing, RecordStore, fts_query
from tests.conftest import PASSPHRASE


def _content() -> DossierContent:
    content = DossierContent()
    content.child = ChildProfile(name="Noor Testkind", date_of_birth=date(2017, 3, 9),
                                 sleep="Slaapt op haar linkerzij met een knuffel")
    content.signals = [Signal(category=SignalCategory.PAIN,
                              what_you_see="ik maak een hoog geluid en trek mijn knieën op",
                              meaning="ik heb buikpijn", what_to_do="buik masseren")]
    content.decisions = [Decision(law="Wmo", kind="beschikking", reference="WMO-2026-0042",
                                  subject="douchebrancard", decision_date=date(2026, 10, 1),
                                  status=DecisionStatus.REJECTED)]
    content.journal = [JournalEntry(on=date(2026, 10, d), who="Wmo-loket",
                                    summary=f"Gebeld over bezwaar, dag {d}") for d in (3, 9, 5)]
    return content


@pytest.fixture
def store(new_dossier):
    dossier, _ = new_dossier()
    return RecordStore(dossier)


def test_content_round_trips_exactly(store):
    content = _content()
    store.replace_content(content)
    again = store.content()
    assert again.child == content.child
    assert again.signals == content.signals and again.decisions == content.decisions
    # Lists come back newest first by their date.
    assert [e.on.day for e in again.journal] == [9, 5, 3]
    assert [e.on.day for e in store.list("journal_entry", limit=2)] == [9, 5]
    assert [e.on.day for e in store.list("journal_entry", limit=2, offset=2)] == [3]
    assert store.count("journal_entry") == 3


def test_survives_reopen(store, tmp_path):
    store.replace_content(_content())
    folder = store.dossier.folder
    store.dossier.close()
    with Dossier.open(folder, PASSPHRASE) as again:
        assert RecordStore(again).content().child.name == "Noor Testkind"


def test_update_delete_restore_with_history(store):
    decision = _content().decisions[0]
    store.save(decision)
    store.dossier.profile = "copiloot"
    decision.notes = "Bezwaar ingediend"
    store.save(decision)
    store.save(decision)  # unchanged: no extra history
    history_id = store.delete(decision.id)
    with pytest.raises(RecordMissing):
        store.get(decision.id)
    assert store.search("douchebrancard") == []
    restored = store.restore(history_id)
    assert restored == decision and store.get(decision.id) == decision
    actions = [(h.action, h.profile) for h in store.history(decision.id)]
    assert actions == [("restore", "copiloot"), ("delete", "copiloot"),
                       ("update", "copiloot"), ("create", "ouder")]
    assert store.history(decision.id)[2].before["notes"] == ""


def test_invalid_record_is_not_saved(store):
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        store.save(ChildProfile(name="X", bsn="123456789"))
    assert store.singleton("child_profile") is None


def test_only_one_singleton(store):
    store.save(ChildProfile(name="Eerste"))
    with pytest.raises(StorageError):
        store.save(ChildProfile(name="Tweede"))


def test_search_finds_words_without_accents_and_says_where(store):
    store.replace_content(_content())
    hits = store.search("knieen")
    assert [h.kind for h in hits] == ["signal"]
    assert hits[0].field == "what_you_see"
    assert "[knieën]" in hits[0].snippet
    hits = store.search("linkerz")  # prefix
    assert hits and hits[0].kind == "child_profile" and hits[0].field == "sleep"
    assert {h.kind for h in store.search("WMO-2026")} == {"decision"}
    assert store.search("bezwaar dag 9")[0].snippet.count("[") >= 2
    assert store.search("   ") == [] and store.search('"*') == []


def test_documents_are_searchable_by_name(store):
    docs = DocumentStore(store.db)
    info = docs.add_bytes(b"x", "Beschikking Wmo douchebrancard.pdf", note="afwijzing")
    kinds = {h.kind for h in store.search("douchebrancard")}
    assert kinds == {"document"}  # no records yet
    docs.delete(info.id)
    assert store.search("douchebrancard") == []


def test_fts_query_is_safe_for_operators():
    assert fts_query('NOT OR "x" AND ( near') == '"NOT"* "OR"* "x"* "AND"* "near"*'


def test_share_log(store):
    entry = store.log_share("paspoort", "Logeerhuis De Vlinder", ["wie_ik_ben", "epilepsie"],
                            "ab" * 32, 2)
    assert store.shares() == [entry]
    assert entry.excluded is None and entry.via == ""


def test_share_log_keeps_what_was_unticked_and_how_it_left(store):
    old = store.log_share("noodkaart", "School", ["wie"], "ab" * 32, 1)
    printed = store.log_share("paspoort", "Oma", ["wie_ik_ben"], "cd" * 32, 2,
                              excluded=["foto"], via="print")
    by_id = {e.id: e for e in store.shares()}
    assert by_id[printed.id] == printed
    assert by_id[printed.id].excluded == ["foto"] and by_id[printed.id].via == "print"
    assert by_id[old.id].excluded is None  # an entry from before still reads


def test_deleting_removes_links_so_the_export_stays_importable(store):
    from app.jsonformat import check_ids_and_references
    from app.model import JournalEntry

    content = _content()
    decision = content.decisions[0]
    docs = DocumentStore(store.db)
    letter = docs.add_bytes(b"%PDF brief", "besluit.pdf")
    decision.document_ids.append(letter.id)
    content.journal[0].linked_ids.append(decision.id)
    store.replace_content(content)
    store.delete_document(letter.id)
    assert store.get(decision.id).document_ids == []
    store.delete(decision.id)
    entry = store.get(content.journal[0].id)
    assert isinstance(entry, JournalEntry) and entry.linked_ids == []
    check_ids_and_references(store.content(), [d.to_json() for d in docs.list()])


def test_search_still_works_in_a_restored_backup(store, tmp_path):
    from storage.backup import restore_backup, write_backup

    store.replace_content(_content())
    DocumentStore(store.db).add_bytes(b"x", "Offerte tillift.pdf")
    path = write_backup(store.dossier, tmp_path / "k.zmbak")
    restore_backup(path, PASSPHRASE, tmp_path / "terug.zorgmap")
    with Dossier.open(tmp_path / "terug.zorgmap", PASSPHRASE) as restored:
        again = RecordStore(restored)
        assert [h.kind for h in again.search("knieen")] == ["signal"]
        assert [h.label for h in again.search("tillift")] == ["Offerte tillift.pdf"]
        signal = again.get(again.search("knieen")[0].record_id)
        signal.meaning = "ik heb kramp"
        again.save(signal)  # re-indexing after restore must find the right row
        assert again.search("kramp")[0].record_id == signal.id
        assert again.search("buikpijn") == []


def test_overview_content_reads_only_open_follow_ups_and_recent_log(store):
    content = _content()
    content.journal[1].follow_up = "Terugbellen over bezwaar"
    content.journal[1].follow_up_on = date(2026, 11, 1)
    content.journal[2].follow_up = "Al gedaan"
    content.journal[2].follow_up_on = date(2026, 11, 2)
    content.journal[2].follow_up_done = True
    store.replace_content(content)
    overview, recent = store.overview_content(date(2026, 11, 20), recent=2)
    assert [e.id for e in overview.journal] == [content.journal[1].id]
    assert [e.on.day for e in recent] == [9, 5]
    assert overview.decisions == content.decisions and overview.child == content.child


def test_overview_gives_the_same_deadlines_as_the_whole_dossier(store):
    """The Overzicht reads a window; it must not lose a deadline (20 years of fictional data)."""
    from app.deadlines import compute_deadlines
    from app.demo import demo_content, large_demo_content

    today = date(2026, 11, 23)
    for content in (large_demo_content(today, years=20, journal_entries=3000),
                    demo_content(today)):
        fresh = RecordStore(store.dossier)
        with store.db.transaction():
            store.db.execute("DELETE FROM records")
        fresh.replace_content(content)
        whole = compute_deadlines(fresh.content(), today=today)
        for day in (today, date(2027, 2, 28), date(2028, 12, 31)):
            window, _ = fresh.overview_content(day)
            assert compute_deadlines(window, today=day) == compute_deadlines(
                fresh.content(), today=day)
        assert whole
        window, _ = fresh.overview_content(today)
        assert len(window.decisions) < len(content.decisions) or len(content.decisions) < 20


def test_last_checked_per_kind(store):
    content = _content()
    content.decisions[0].checked_on = date(2026, 5, 1)
    store.replace_content(content)
    checked = store.last_checked()
    assert checked["decision"] == "2026-05-01" and checked["signal"] is None
    assert "journal_entry" not in checked


def test_overview_leaves_out_aid_requests_untouched_for_years(store):
    from app.model import AidRequest, AidStage, StageTransition

    old = AidRequest(title="Oude rolstoel", stage=AidStage.DECISION,
                     transitions=[StageTransition(stage=AidStage.DECISION, on=date(2019, 1, 5))])
    active = AidRequest(title="Tillift", stage=AidStage.SUBMITTED,
                        transitions=[StageTransition(stage=AidStage.SUBMITTED,
                                                     on=date(2026, 10, 1))])
    new = AidRequest(title="Idee: douchebrancard")
    done = AidRequest(title="Bed", stage=AidStage.IN_USE,
                      transitions=[StageTransition(stage=AidStage.IN_USE, on=date(2026, 9, 1))])
    store.save_many([old, active, new, done])
    overview, _ = store.overview_content(date(2026, 11, 23))
    assert sorted(r.title for r in overview.aid_requests) == ["Idee: douchebrancard", "Tillift"]


def test_search_uses_dutch_labels_and_dates_not_codes(store):
    from app.model import AidRequest, AidStage

    request = AidRequest(title="Hoog-laagbed", stage=AidStage.REPAIR, why="Zijkant kapot")
    decision = _content().decisions[0]
    store.save_many([request, decision])
    assert [h.record_id for h in store.search("reparatie")] == [request.id]
    assert store.search("repair") == []  # the internal code is not a word a parent types
    assert [h.record_id for h in store.search("01-10-2026")] == [decision.id]


def test_share_presets_are_kept_per_recipient(store):
    assert store.share_presets() == {}
    store.save_share_preset("Logeerhuis", "paspoort", ["zintuigen", "foto"])
    store.save_share_preset("Ziekenhuis", "noodkaart", [], include_bsn=True)
    assert store.share_presets() == {
        "Logeerhuis": {"output": "paspoort", "excluded": ["foto", "zintuigen"],
                       "include_bsn": False},
        "Ziekenhuis": {"output": "noodkaart", "excluded": [], "include_bsn": True},
    }
    store.delete_share_preset("Logeerhuis")
    assert list(store.share_presets()) == ["Ziekenhuis"]
    with pytest.raises(StorageError):
        store.save_share_preset("  ", "paspoort", [])


def test_stalest_finds_the_longest_unchecked(store):
    from app.model import Medication

    a = Medication(name="A", checked_on=date(2024, 1, 1))
    b = Medication(name="B", checked_on=date(2023, 6, 1))
    c = Medication(name="C", checked_on=date(2026, 11, 1))
    store.save_many([a, b, c])
    assert store.stalest("medication", date(2025, 11, 23)).name == "B"
    never = Medication(name="Nooit")
    store.save(never)
    assert store.stalest("medication", date(2025, 11, 23)).name == "Nooit"
    assert store.stalest("allergy", date(2025, 11, 23)) is None
    store.delete(never.id)
    assert store.stalest("medication", date(2020, 1, 1)) is None


def test_document_links_name_every_record_pointing_at_a_document(store):
    from app.model import AidRequest, Quote

    docs = DocumentStore(store.db)
    letter = docs.add_bytes(b"%PDF", "besluit.pdf")
    quote = docs.add_bytes(b"%PDF", "offerte.pdf")
    photo = docs.add_bytes(b"\x89PNG", "foto.png")
    content = _content()
    content.child.photo_document_id = photo.id
    content.decisions[0].document_ids.append(letter.id)
    request = AidRequest(title="Tillift", document_ids=[letter.id],
                         quotes=[Quote(supplier="Revamobiel", document_id=quote.id)])
    store.replace_content(content)
    store.save(request)
    links = store.document_links()
    assert sorted(links[letter.id]) == sorted([
        ("decision", content.decisions[0].id, content.decisions[0].label()),
        ("aid_request", request.id, request.label())])
    assert links[quote.id] == [("aid_request", request.id, request.label())]
    assert links[photo.id] == [("child_profile", content.child.id, "Noor Testkind")]


def test_a_new_code_typed_by_the_family_joins_its_list(store):
    from app.model import Contact

    assert store.user_reference() == {}
    store.save(Contact(name="Els", role="oppas-buurvrouw"))
    store.save(Contact(name="Tim", role="oppas-buurvrouw"))
    decision = _content().decisions[0]
    decision.zorgprofiel = "VG9-nieuw"
    store.save(decision)
    assert store.user_reference() == {
        "contact_roles": [{"code": "oppas-buurvrouw", "label": "oppas-buurvrouw"}],
        "zorgprofielen": [{"code": "VG9-nieuw", "label": "VG9-nieuw"}],
    }
    assert "VG9-nieuw" in store.reference().zorgprofielen.codes()
    assert "VG7" in store.reference().zorgprofielen.codes()  # shipped entries stay


def test_older_versions_and_deleted_records_can_be_brought_back(store):
    decision = _content().decisions[0]
    store.save(decision)
    decision.notes = "tweede versie"
    store.save(decision)
    first = store.history(decision.id)[-1]
    assert first.action == "create"
    back = store.restore(first.id, version="after")
    assert back.notes == "" and store.get(decision.id).notes == ""
    assert store.deleted() == []
    deleted_at = store.delete(decision.id)
    (gone,) = store.deleted()
    assert gone.id == deleted_at and gone.before["subject"] == "douchebrancard"
    store.restore(gone.id)
    assert store.deleted() == []


def test_changes_are_recorded_under_the_chosen_profile(store):
    dossier = store.dossier
    assert dossier.profiles() == []
    dossier.use_profile("  Copiloot   Mirjam ")
    dossier.use_profile("Mama")
    assert dossier.profiles() == ["Mama", "Copiloot Mirjam"]
    dossier.use_profile("Copiloot Mirjam")
    assert dossier.profiles() == ["Copiloot Mirjam", "Mama"]
    store.save(_content().child)
    assert store.history()[0].profile == "Copiloot Mirjam"
    with pytest.raises(StorageError):
        dossier.use_profile("   ")


def _journal(count: int = 120):
    import datetime as dt

    from app.model import JournalEntry

    return [JournalEntry(on=dt.date(2020, 1, 1) + dt.timedelta(days=i % 50),
                         who=f"{'loket' if i % 2 else 'Loket'} {i % 7}",
                         summary=f"Gesprek {i} over de {'rolstoel' if i % 3 == 0 else 'traplift'}")
            for i in range(count)]


def test_sorting_a_list_column_reads_its_index_and_never_sorts(new_dossier):
    """Schema 4: every list column has an index that gives the order in both directions, so
    the first sort of twenty years is an index scan (no temporary b-tree), filtered or not."""
    from storage.records import LIST_FIELDS, RecordStore

    dossier, _ = new_dossier()
    store = RecordStore(dossier)
    store.save_many(_journal())
    plans = []
    real_one = dossier.db.one

    def explained(sql, params=()):
        plans.append([row[-1] for row in dossier.db.all("EXPLAIN QUERY PLAN " + sql, params)])
        return real_one(sql, params)

    dossier.db.one = explained
    try:
        for field in (None, *LIST_FIELDS):
            for descending in (True, False):
                for text in ("", "rolst"):
                    assert store.ordered_ids("journal_entry", field=field,
                                             descending=descending, text=text)
    finally:
        del dossier.db.one
    assert len(plans) == 2 * 2 * (1 + len(LIST_FIELDS))
    for plan in plans:
        assert not any("TEMP B-TREE" in step for step in plan), plan
        assert any("COVERING INDEX records_" in step for step in plan), plan


def test_ordered_ids_sort_case_blind_with_ties_in_list_order_and_follow_other_writers(
        new_dossier):
    """The order the indexes give is the order a person expects: case-blind on the column,
    ties by date in the same direction; a second connection (the Logboek's reader) sees saves,
    edits and deletes made on the dossier's own connection."""
    import datetime as dt
    from types import SimpleNamespace

    from app.model import JournalEntry
    from storage.records import RecordStore

    dossier, _ = new_dossier()
    store = RecordStore(dossier)
    entries = _journal()
    store.save_many(entries)
    reader = dossier.connect()
    try:
        other = RecordStore(SimpleNamespace(db=reader))
        assert other.ordered_ids("journal_entry") == store.ordered_ids("journal_entry")
        for descending in (False, True):
            ids = other.ordered_ids("journal_entry", field="who", descending=descending)
            keys = [(store.get(i).who.casefold(), store.get(i).on) for i in ids]
            assert keys == sorted(keys, reverse=descending) and len(ids) == 120
        found = other.ordered_ids("journal_entry", field="summary", text="rolst")
        assert len(found) == 40 and all("rolstoel" in store.get(i).summary for i in found)

        newest = JournalEntry(on=dt.date(2030, 1, 1), who="Aaa", summary="rolstoel nieuw")
        store.save(newest)  # on the dossier's own connection
        assert other.ordered_ids("journal_entry")[0] == newest.id
        edited = store.get(other.ordered_ids("journal_entry", field="who")[-1])
        edited.who = "Zzz"
        store.save(edited)
        assert other.ordered_ids("journal_entry", field="who")[0] == edited.id
        store.delete(newest.id)
        assert newest.id not in other.ordered_ids("journal_entry", field="who", text="rolstoel")
        assert len(other.ordered_ids("journal_entry")) == 120
    finally:
        reader.close()
