"""The demo family is coherent, valid, and relative to today; the large dossier is big."""

import json
from datetime import date, timedelta

import pytest

from app.deadlines import compute_deadlines
from app.jsonformat import content_from_json, content_to_json
from app.model import RECORD_TYPES, AidStage, DecisionStatus, SignalCategory
from app.reference import load_reference
from app.serialize import from_dict, to_dict


def key(record):
    return (record.KIND, record.id)


TODAYS = [date(2026, 11, 23), date(2024, 2, 29), date(2027, 1, 1), date(2031, 12, 31)]


@pytest.mark.parametrize("today", TODAYS)
def test_demo_is_valid_and_roundtrips(today):
    from app.demo import demo_content

    content = demo_content(today)
    for record in content.records():
        data = json.loads(json.dumps(to_dict(record)))
        assert from_dict(RECORD_TYPES[record.KIND], data) == record
    exported = content_to_json(content, [], compute_deadlines(content, today=today), today)
    back, docs = content_from_json(json.loads(json.dumps(exported)))
    assert docs == []
    # the export sorts lists; the records themselves come back exactly
    assert sorted(back.records(), key=key) == sorted(content.records(), key=key)
    again = content_to_json(back, [], compute_deadlines(back, today=today), today)
    assert json.dumps(again) == json.dumps(exported)
    assert load_reference().unknown_values(content) == []


@pytest.mark.parametrize("today", TODAYS)
def test_demo_tells_the_story(today):
    from app.demo import demo_content

    content = demo_content(today)
    assert content.child.age_on(today) == 9
    assert content.child.bsn.startswith("99999")
    assert {s.category for s in content.signals} == set(SignalCategory)
    assert any(m.is_rescue and m.is_active(today) for m in content.medications)
    assert any(not m.is_active(today) for m in content.medications)
    assert len(content.network) >= 12
    # A future mentor: a relative whose mentorschap starts on the 18th birthday.
    assert any(
        c.legal_scope == "mentorschap" and c.representation_on(today) == "future"
        for c in content.network
    )
    assert len(content.journal) >= 15
    assert len(content.care_plans) == 2
    assert content.future_plan.completeness() == pytest.approx(0.5)

    indication = next(d for d in content.decisions if d.zorgprofiel == "VG7")
    assert indication.law == "Wlz" and indication.leveringsvorm == "pgb"
    meerzorg = next(d for d in content.decisions if d.kind == "meerzorg")
    assert today < meerzorg.end_date <= today + timedelta(weeks=6)
    rejected = next(d for d in content.decisions if d.status == DecisionStatus.REJECTED)
    assert rejected.law == "Wmo" and rejected.bezwaar.filed_on is not None
    wheelchair = next(a for a in content.aid_requests if a.category == "mobiliteit")
    assert wheelchair.stage in (AidStage.ORDERED, AidStage.DELIVERED)
    assert len(wheelchair.transitions) >= 6

    rules = {d.rule_id for d in compute_deadlines(content, today=today)}
    assert {
        "meerzorg_end",
        "bezwaar_decision_expected",
        "care_plan_evaluation_planned",
        "journal_follow_up",
        "future_plan_review",
        "milestone_legal_17",
    } <= rules


def test_demo_is_deterministic():
    from app.demo import demo_content

    assert demo_content(TODAYS[0]) == demo_content(TODAYS[0])


def test_large_demo_has_the_promised_size_and_is_valid():
    from app.demo import large_demo_content

    today = date(2026, 11, 23)
    content = large_demo_content(today, journal_entries=2_000)
    assert len(content.decisions) >= 300 and len(content.aid_requests) >= 400
    assert len(content.care_plans) >= 60 and len(content.medications) >= 200
    assert len(content.journal) >= 2_000
    assert all(len(a.transitions) >= 2 for a in content.aid_requests)
    data = json.loads(json.dumps(content_to_json(content, [], [], today)))
    back, _ = content_from_json(data)
    assert len(back.journal) == len(content.journal)
    assert large_demo_content(today, journal_entries=10) == large_demo_content(
        today, journal_entries=10
    )
