"""Domain rules of the model: stages, dates, BSN, completeness."""

from datetime import date

import pytest

from app.errors import ValidationError
from app.model import (
    RECORD_TYPES,
    SINGLETON_KINDS,
    AidRequest,
    AidStage,
    CareTask,
    ChildProfile,
    Contact,
    Decision,
    EmergencyPlan,
    FuturePlan,
    Medication,
    bsn_is_valid,
    new_id,
)
from app.usecases import move_to_stage

D = date(2024, 5, 1)


def test_record_types_have_stable_unique_kinds():
    assert set(RECORD_TYPES) >= SINGLETON_KINDS
    assert RECORD_TYPES["decision"] is Decision
    assert RECORD_TYPES["aid_request"] is AidRequest
    for kind, cls in RECORD_TYPES.items():
        assert cls.KIND == kind
        record = cls()
        assert len(record.id) == 32 and record.checked_on is None
        assert isinstance(record.label(), str) and record.label()


def test_new_id_is_unique_hex():
    ids = {new_id() for _ in range(100)}
    assert len(ids) == 100 and all(int(i, 16) >= 0 for i in ids)


def test_decision_label():
    d = Decision(law="Wlz", kind="indicatiebesluit", decision_date=date(2024, 3, 1))
    assert d.label() == "Wlz indicatiebesluit (01-03-2024)"
    d.subject = "Herindicatie zorgprofiel VG7"
    assert d.label() == "Wlz indicatiebesluit: Herindicatie zorgprofiel VG7 (01-03-2024)"


@pytest.mark.parametrize(
    ("bsn", "ok"),
    [
        ("111222333", True),
        ("123456782", True),
        ("123456789", False),
        ("12345678", False),
        ("12345678a", False),
        ("000000000", False),
        ("１１１２２２３３３", False),
    ],
)
def test_bsn_elfproef(bsn, ok):
    assert bsn_is_valid(bsn) is ok


def test_child_profile_rejects_bad_bsn_but_allows_empty():
    ChildProfile(bsn="").validate()
    with pytest.raises(ValidationError) as e:
        ChildProfile(bsn="123456789").validate()
    assert e.value.path == "bsn"


def test_child_age():
    child = ChildProfile(date_of_birth=date(2016, 2, 29))
    assert child.age_on(date(2024, 2, 28)) == 7
    assert child.age_on(date(2024, 2, 29)) == 8
    assert ChildProfile().age_on(D) is None


def test_medication_is_active_and_times():
    m = Medication(start_date=date(2024, 1, 1), stop_date=date(2024, 6, 1))
    assert not m.is_active(date(2023, 12, 31))
    assert m.is_active(date(2024, 1, 1))
    assert m.is_active(date(2024, 5, 31))
    assert not m.is_active(date(2024, 6, 1))
    assert Medication().is_active(D)
    with pytest.raises(ValidationError) as e:
        Medication(times=["08:00", "8 uur"]).validate()
    assert e.value.path == "times[1]"
    with pytest.raises(ValidationError):
        Medication(start_date=date(2024, 2, 1), stop_date=date(2024, 1, 1)).validate()


def test_contact_legal_dates():
    with pytest.raises(ValidationError) as e:
        Contact(legal_start=date(2025, 1, 1), legal_end=date(2024, 1, 1)).validate()
    assert e.value.path == "legal_end"
    assert "vóór" in e.value.message


def test_future_plan_completeness():
    plan = FuturePlan()
    assert plan.completeness() == 0
    assert plan.sections_missing()[0] == "emergency_plan"
    plan.emergency_plan = EmergencyPlan(who_comes="Oma Els", who_to_call="Tante Lies")
    plan.care_tasks = [CareTask(task="Sondevoeding", who_takes_over="Tante Lies")]
    plan.parents_words = "Noor lacht als je zingt."
    assert plan.completeness() == pytest.approx(0.5)
    assert plan.sections_missing() == ["legal", "housing", "review_date"]


# --- aid request stages ------------------------------------------------------------------------


def test_move_forward_records_dated_transitions_and_does_not_mutate():
    req = AidRequest(title="Rolstoel")
    moved = move_to_stage(req, AidStage.PREPARING, date(2024, 1, 10), "offerte gevraagd")
    moved = move_to_stage(moved, "submitted", date(2024, 2, 1))
    assert req.stage == AidStage.NEED and req.transitions == []
    assert moved.stage == AidStage.SUBMITTED
    assert [(t.stage, t.on) for t in moved.transitions] == [
        (AidStage.PREPARING, date(2024, 1, 10)),
        (AidStage.SUBMITTED, date(2024, 2, 1)),
    ]
    moved.validate()


def test_move_may_skip_stages():
    moved = move_to_stage(AidRequest(), AidStage.ORDERED, D)
    assert moved.stage == AidStage.ORDERED


def test_move_rejects_unknown_and_same_stage_and_earlier_date():
    req = move_to_stage(AidRequest(), AidStage.SUBMITTED, D)
    with pytest.raises(ValidationError, match="geen bestaande fase"):
        move_to_stage(req, "flying", D)
    with pytest.raises(ValidationError, match="staat al"):
        move_to_stage(req, AidStage.SUBMITTED, D)
    with pytest.raises(ValidationError) as e:
        move_to_stage(req, AidStage.ASSESSMENT, date(2024, 4, 30))
    assert e.value.path == "on"
    # the same day is fine
    assert move_to_stage(req, AidStage.ASSESSMENT, D).stage == AidStage.ASSESSMENT


def test_bezwaar_only_after_a_decision():
    req = move_to_stage(AidRequest(), AidStage.ASSESSMENT, D)
    with pytest.raises(ValidationError, match="besluit"):
        move_to_stage(req, AidStage.BEZWAAR, D)
    req = move_to_stage(req, AidStage.DECISION, D)
    req = move_to_stage(req, AidStage.BEZWAAR, D)
    # the new decision after a bezwaar is a natural return: no note needed
    req = move_to_stage(req, AidStage.DECISION, date(2024, 7, 1))
    assert req.stage == AidStage.DECISION


def test_a_filed_bezwaar_needs_a_decision_and_ends_in_one():
    req = move_to_stage(AidRequest(), AidStage.SUBMITTED, D)
    with pytest.raises(ValidationError, match="besluit"):
        move_to_stage(req, AidStage.BEZWAAR_FILED, D)
    req = move_to_stage(req, AidStage.DECISION, D)
    req = move_to_stage(req, AidStage.BEZWAAR_FILED, date(2024, 6, 1))  # sent straight away
    # the beslissing op bezwaar is the natural next step: no note needed
    req = move_to_stage(req, AidStage.DECISION, date(2024, 8, 1))
    assert [t.stage for t in req.transitions][-2:] == [AidStage.BEZWAAR_FILED, AidStage.DECISION]


def test_backward_move_needs_a_note():
    req = move_to_stage(AidRequest(), AidStage.SUBMITTED, D)
    with pytest.raises(ValidationError) as e:
        move_to_stage(req, AidStage.PREPARING, D)
    assert e.value.path == "note"
    back = move_to_stage(req, AidStage.PREPARING, D, "formulier kwam terug: handtekening mist")
    assert back.stage == AidStage.PREPARING


def test_repair_and_back_in_use_without_note():
    req = move_to_stage(AidRequest(), AidStage.IN_USE, D)
    req = move_to_stage(req, AidStage.REPAIR, date(2025, 1, 3))
    req = move_to_stage(req, AidStage.IN_USE, date(2025, 1, 20))
    assert [t.stage for t in req.transitions] == [AidStage.IN_USE, AidStage.REPAIR, AidStage.IN_USE]


def test_aid_request_validate_checks_history():
    req = move_to_stage(AidRequest(), AidStage.SUBMITTED, D)
    req.stage = AidStage.ORDERED
    with pytest.raises(ValidationError) as e:
        req.validate()
    assert e.value.path == "stage"
