"""The open JSON format: export -> import -> export identity and validation with paths."""

import base64
import copy
import hashlib
import json
import random
from datetime import date

import pytest

from app.deadlines import Deadline
from app.errors import ValidationError
from app.jsonformat import TOP_LEVEL_KEYS, content_from_json, content_to_json
from app.model import (
    AidRequest,
    ChildProfile,
    Contact,
    Decision,
    DossierContent,
    FuturePlan,
    JournalEntry,
    Quote,
    Signal,
    SignalCategory,
)

TODAY = date(2025, 3, 14)
PDF = b"%PDF-1.4 fictional letter"


def document(doc_id="doc1", content=False):
    doc = {
        "id": doc_id,
        "name": "besluit.pdf",
        "mime": "application/pdf",
        "size": len(PDF),
        "sha256": hashlib.sha256(PDF).hexdigest(),
        "added_at": "2025-01-02T09:30:00+00:00",
        "note": "",
    }
    if content:
        doc["content_base64"] = base64.b64encode(PDF).decode()
    return doc


def sample():
    gp = Contact(name="Dr. Fictief", role="huisarts")
    decision = Decision(
        law="Wlz", kind="indicatiebesluit", decision_date=date(2024, 3, 1), document_ids=["doc1"]
    )
    content = DossierContent(
        child=ChildProfile(name="Noor", date_of_birth=date(2016, 2, 29), photo_document_id="doc1"),
        signals=[
            Signal(category=SignalCategory.TIREDNESS, what_you_see="gaapt"),
            Signal(category=SignalCategory.PAIN, what_you_see="hoog geluid"),
        ],
        network=[gp],
        decisions=[decision],
        aid_requests=[
            AidRequest(
                title="Rolstoel",
                professionals=[gp.id],
                decision_ids=[decision.id],
                quotes=[Quote(supplier="X", document_id="doc1")],
            )
        ],
        future_plan=FuturePlan(),
        journal=[
            JournalEntry(on=date(2025, 1, 5), contact_id=gp.id, linked_ids=[decision.id]),
            JournalEntry(on=date(2024, 1, 5)),
        ],
    )
    deadlines = [
        Deadline(
            id="bezwaar_deadline." + decision.id,
            rule_id="bezwaar_deadline",
            title="Bezwaar",
            due=date(2024, 4, 12),
            record_kind="decision",
            record_id=decision.id,
            source="Awb art. 6:7",
        )
    ]
    return content, [document(content=True)], deadlines


def export(content, docs, deadlines):
    return json.loads(json.dumps(content_to_json(content, docs, deadlines, TODAY)))


def test_top_level_keys_and_order():
    data = export(*sample())
    assert tuple(data) == TOP_LEVEL_KEYS
    assert data["format"] == "zorgmap-dossier" and data["version"] == 2
    assert list(data["child"]) == [
        "profile",
        "signals",
        "medications",
        "allergies",
        "epilepsy",
        "feeding",
        "breathing",
        "alerts",
    ]
    assert data["child"]["signals"][0]["category"] == "pain"  # sorted by category
    assert data["journal"][0]["on"] == "2024-01-05"  # sorted by date
    assert data["deadlines"]["computed_on"] == "2025-03-14"


def test_export_import_export_is_identical_and_order_independent():
    content, docs, deadlines = sample()
    first = export(content, docs, deadlines)
    back, back_docs = content_from_json(copy.deepcopy(first))
    assert back_docs == docs
    random.Random(1).shuffle(back.journal)
    second = export(back, back_docs, deadlines)
    assert json.dumps(first, sort_keys=False) == json.dumps(second, sort_keys=False)


def invalid(mutate):
    data = export(*sample())
    mutate(data)
    with pytest.raises(ValidationError) as e:
        content_from_json(data)
    return e.value


def test_wrong_format_and_version():
    assert invalid(lambda d: d.update(format="iets")).path == "format"
    e = invalid(lambda d: d.update(version=3))
    assert e.path == "version" and "nieuwere" in e.message
    assert invalid(lambda d: d.update(version=0)).path == "version"
    assert invalid(lambda d: d.update(version="1")).path == "version"
    with pytest.raises(ValidationError):
        content_from_json([])


def test_unknown_keys_are_refused_and_missing_keys_take_their_defaults():
    assert "onbekend veld 'extra'" in invalid(lambda d: d.update(extra=1)).message
    assert invalid(lambda d: d["child"].update(extra=1)).path == "child"
    content, docs = content_from_json({"format": "zorgmap-dossier", "version": 2})
    assert content == DossierContent(child=content.child) and docs == []
    assert content.child.name == "" and content.child.review_months == 6
    data = export(*sample())
    for key in ("journal", "deadlines", "future_plan"):
        data.pop(key)
    data["child"].pop("alerts")
    for item in data["decisions"]:
        item.pop("notes")
    back, _ = content_from_json(data)
    assert back.journal == [] and back.future_plan is None and back.alerts == []


def test_import_reports_every_problem_at_once_each_with_its_path():
    def many(d):
        d["journal"][0]["on"] = "5 januari"
        d["journal"][1]["channel"] = "duif"
        d["network"][0]["phone"] = 6
        d["decisions"][0]["document_ids"] = ["nergens"]
        d["extra"] = 1

    e = invalid(many)
    paths = {x.path for x in e.errors}
    assert {"journal[0].on", "journal[1].channel", "network[0].phone", ""} <= paths
    assert e.message.startswith(f"{len(e.errors)} problemen gevonden:")
    assert all(f"- {x.message}" in e.message for x in e.errors)

    def flood(d):
        d["journal"] = [{"on": "x"} for _ in range(80)]

    e = invalid(flood)
    assert len(e.errors) == 50 and e.more == 30
    assert "en nog 30" in e.message


def test_version_1_files_still_import():
    data = export(*sample())
    data["version"] = 1
    data["decisions"][0].update(kind="afwijzing", status="toegekend")
    content, _ = content_from_json(data)
    assert content.decisions[0].status.value == "afgewezen"  # reconciled like schema 3
    assert data["decisions"][0]["status"] == "toegekend"  # the caller's data is untouched


def test_errors_name_the_place():
    def broken_date(d):
        d["journal"][1]["on"] = "5 januari"

    e = invalid(broken_date)
    assert e.path == "journal[1].on"
    assert e.message.startswith("journal[1].on: '5 januari' is geen geldige datum")
    e = invalid(lambda d: d["child"]["signals"][1].update(meaning=["x"]))
    assert e.path == "child.signals[1].meaning"
    e = invalid(lambda d: d["decisions"][0].update(notes="x" * 200_000))
    assert e.path == "decisions[0].notes" and "te lang" in e.message


def test_duplicate_ids():
    def dup(d):
        d["journal"][1]["id"] = d["network"][0]["id"]

    e = invalid(dup)
    assert e.path == "journal[1].id" and "twee keer" in e.message


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (
            lambda d: d["decisions"][0]["document_ids"].append("nope"),
            "decisions[0].document_ids[1]",
        ),
        (
            lambda d: d["aid_requests"][0].update(professionals=["nope"]),
            "aid_requests[0].professionals[0]",
        ),
        (
            lambda d: d["aid_requests"][0].update(decision_ids=[d["network"][0]["id"]]),
            "aid_requests[0].decision_ids[0]",
        ),
        (
            lambda d: d["aid_requests"][0]["quotes"][0].update(document_id="nope"),
            "aid_requests[0].quotes[0].document_id",
        ),
        (lambda d: d["journal"][1].update(contact_id="nope"), "journal[1].contact_id"),
        (lambda d: d["journal"][1].update(linked_ids=["nope"]), "journal[1].linked_ids[0]"),
        (
            lambda d: d["child"]["profile"].update(photo_document_id="nope"),
            "child.profile.photo_document_id",
        ),
    ],
)
def test_dangling_references(mutate, path):
    e = invalid(mutate)
    assert e.path == path and "staat niet in dit bestand" in e.message


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda doc: doc.update(sha256="0" * 64), "documents[0].content_base64"),
        (lambda doc: doc.update(size=3), "documents[0].content_base64"),
        (lambda doc: doc.update(content_base64="!!!"), "documents[0].content_base64"),
        (lambda doc: doc.update(sha256="XYZ"), "documents[0].sha256"),
        (lambda doc: doc.update(size=-1), "documents[0].size"),
        (lambda doc: doc.update(added_at="gisteren"), "documents[0].added_at"),
        (lambda doc: doc.update(owner="me"), "documents[0]"),
        (lambda doc: doc.pop("mime"), "documents[0]"),
        (lambda doc: doc.update(id="a/b"), "documents[0].id"),
    ],
)
def test_document_metadata_is_checked(mutate, path):
    assert invalid(lambda d: mutate(d["documents"][0])).path == path


def test_documents_without_content_and_with_timestamps():
    content, _, deadlines = sample()
    doc = document()
    doc["added_at"] = "2025-01-02"
    del doc["note"]
    data = export(content, [doc], deadlines)
    _, docs = content_from_json(data)
    assert docs == [{**doc, "note": ""}]


def test_deadlines_are_checked_but_not_returned():
    e = invalid(lambda d: d["deadlines"]["items"][0].update(due="nooit"))
    assert e.path == "deadlines.items[0].due"
    assert invalid(lambda d: d.update(deadlines=[])).path == "deadlines"


def test_read_and_write_export_bytes():
    from app.jsonformat import read_export, write_export

    content, docs, deadlines = sample()
    raw = write_export(content_to_json(content, docs, deadlines, TODAY))
    back, back_docs = read_export(raw)
    assert write_export(content_to_json(back, back_docs, deadlines, TODAY)) == raw
    for broken in (b"{", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, "nee"):
        with pytest.raises(ValidationError):
            read_export(broken)


def test_export_format_doc_lists_every_field():
    import dataclasses
    from pathlib import Path

    from app import model

    doc = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text()
    classes = [
        c
        for c in vars(model).values()
        if isinstance(c, type)
        and dataclasses.is_dataclass(c)
        and c.__module__ == model.__name__
        and c not in (model.Record, model.DossierContent)
    ]
    classes.append(Deadline)
    for cls in classes:
        assert f"### {cls.__name__}\n" in doc, cls.__name__
        section = doc.split(f"### {cls.__name__}\n", 1)[1].split("\n### ", 1)[0]
        for f in dataclasses.fields(cls):
            assert f"| `{f.name}` |" in section, f"{cls.__name__}.{f.name} missing in the docs"
