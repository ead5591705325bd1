"""dict <-> dataclass: exact round trips and strict, path-naming errors."""

import json
from datetime import date

import pytest

from app.errors import ValidationError
from app.model import (
    RECORD_TYPES,
    AidRequest,
    AidStage,
    Bezwaar,
    BezwaarOutcome,
    CarePlan,
    Decision,
    DecisionStatus,
    Evaluation,
    FuturePlan,
    Quote,
    StageTransition,
)
from app.serialize import MAX_STRING_LENGTH, from_dict, to_dict


def roundtrip(obj):
    data = json.loads(json.dumps(to_dict(obj)))
    back = from_dict(type(obj), data)
    assert back == obj
    assert to_dict(back) == to_dict(obj)
    return data


def test_every_kind_roundtrips_empty():
    for cls in RECORD_TYPES.values():
        roundtrip(cls())


def test_full_decision_roundtrip():
    d = Decision(
        law="Wmo",
        kind="afwijzing",
        decision_date=date(2024, 2, 29),
        status=DecisionStatus.REJECTED,
        document_ids=["abc123"],
        bezwaar=Bezwaar(filed_on=date(2024, 3, 20), outcome=BezwaarOutcome.PARTLY_UPHELD),
        deadline_overrides={"bezwaar_deadline": 30},
        checked_on=date(2024, 4, 1),
    )
    data = roundtrip(d)
    assert data["decision_date"] == "2024-02-29"
    assert data["status"] == "afgewezen"
    assert data["bezwaar"]["outcome"] == "deels_gegrond"
    assert list(data)[:2] == ["id", "checked_on"]


def test_nested_lists_roundtrip():
    req = AidRequest(
        title="Douchebrancard",
        stage=AidStage.SUBMITTED,
        transitions=[StageTransition(stage=AidStage.SUBMITTED, on=date(2024, 1, 2), note="x")],
        quotes=[Quote(supplier="Hulpmiddel BV", amount_cents=123450, on=date(2024, 1, 1))],
    )
    data = roundtrip(req)
    assert data["quotes"][0]["amount_cents"] == 123450
    roundtrip(CarePlan(evaluation_dates=[Evaluation(planned_on=date(2025, 1, 1))]))
    roundtrip(FuturePlan(review_date=date(2030, 12, 31)))


def error(cls, data, path=""):
    with pytest.raises(ValidationError) as e:
        from_dict(cls, data, path)
    return e.value


def test_broken_date_names_the_path_in_dutch():
    e = error(Decision, {"decision_date": "maart"}, "decisions[3]")
    assert e.path == "decisions[3].decision_date"
    assert e.message == (
        "decisions[3].decision_date: 'maart' is geen geldige datum (gebruik jjjj-mm-dd)"
    )
    assert error(Decision, {"decision_date": "2023-02-29"}).path == "decision_date"
    assert error(Decision, {"decision_date": "20230101"}).path == "decision_date"
    assert error(Decision, {"decision_date": 20230101}).path == "decision_date"


@pytest.mark.parametrize(
    ("data", "path", "fragment"),
    [
        ({"colour": "red"}, "", "onbekend veld 'colour'"),
        ({"law": 5}, "law", "verwacht tekst"),
        ({"law": None}, "law", "null"),
        ({"status": "misschien"}, "status", "geen geldige keuze"),
        ({"document_ids": "abc"}, "document_ids", "lijst"),
        ({"document_ids": ["ok", "../../etc"]}, "document_ids[1]", "geen geldige id"),
        ({"id": ""}, "id", "geen geldige id"),
        ({"deadline_overrides": {"b": True}}, "deadline_overrides['b']", "geheel getal"),
        ({"deadline_overrides": {"x": -1}}, "deadline_overrides['x']", "tussen 0"),
        ({"bezwaar": {"filed_on": "2024-01-01", "extra": 1}}, "bezwaar", "onbekend veld"),
        ({"bezwaar": {"decision_period_days": 10**20}}, "bezwaar.decision_period_days", "te groot"),
        ({"law": "x" * (MAX_STRING_LENGTH + 1)}, "law", "te lang"),
        ({"law": "a\x00b"}, "law", "NUL"),
        ({"law": "\ud800"}, "law", "UTF-8"),
        ({"start_date": "2024-05-01", "end_date": "2024-04-01"}, "end_date", "vóór"),
    ],
)
def test_strict_errors(data, path, fragment):
    e = error(Decision, data)
    assert e.path == path
    assert fragment in e.message


def test_not_an_object():
    assert error(Decision, [1, 2], "decisions[0]").path == "decisions[0]"


def test_validate_errors_get_the_outer_path():
    assert from_dict(AidRequest, {"stage": "ordered"}).stage == AidStage.ORDERED  # no history
    e = error(
        AidRequest,
        {"stage": "ordered", "transitions": [{"stage": "submitted", "on": "2024-01-01"}]},
        "aid_requests[2]",
    )
    assert e.path == "aid_requests[2].stage"


def test_missing_keys_take_defaults():
    d = from_dict(Decision, {"law": "Wlz"})
    assert d.status == DecisionStatus.APPLIED and d.document_ids == []


def test_from_stored_rebuilds_exactly_what_from_dict_does():
    from datetime import date

    from app.demo import demo_content, large_demo_content
    from app.serialize import from_dict, from_stored, to_dict

    for content in (demo_content(date(2026, 11, 23)),
                    large_demo_content(date(2026, 11, 23), years=2, journal_entries=200)):
        for record in content.records():
            data = to_dict(record)
            assert from_stored(type(record), data) == from_dict(type(record), data) == record
