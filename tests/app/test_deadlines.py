"""The deadline engine: rules, month arithmetic, overrides, and thinking like a parent."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.deadlines import Deadline, add_months, compute_deadlines, deadline_id, shift
from app.model import (
    Bezwaar,
    BezwaarOutcome,
    CarePlan,
    ChildProfile,
    Contact,
    Decision,
    DecisionStatus,
    DossierContent,
    Evaluation,
    FuturePlan,
    JournalEntry,
)
from app.reference import load_deadline_rules, select_rule

TODAY = date(2026, 11, 23)


def deadlines(today=TODAY, **content):
    return compute_deadlines(DossierContent(**content), today=today)


def by_rule(found, rule_id):
    return [d for d in found if d.rule_id == rule_id]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),  # across a year end
        (date(2025, 12, 31), 1, date(2026, 1, 31)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -13, date(2024, 12, 15)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_shift_units():
    assert shift(date(2025, 12, 20), 6, "weeks") == date(2026, 1, 31)
    assert shift(date(2026, 1, 10), 12, "weeks", "before") == date(2025, 10, 18)
    assert shift(date(2024, 2, 28), 1, "days") == date(2024, 2, 29)
    with pytest.raises(ValueError):
        shift(TODAY, 1, "fortnights")


def test_bezwaar_deadline_is_six_weeks_after_decision_date():
    d = Decision(
        law="Wmo",
        kind="afwijzing",
        status=DecisionStatus.REJECTED,
        decision_date=date(2026, 11, 20),
    )
    (found,) = by_rule(deadlines(decisions=[d]), "bezwaar_deadline")
    assert found.due == date(2027, 1, 1)  # across the year end
    assert found.id == f"bezwaar_deadline.{d.id}"
    assert found.record_kind == "decision" and found.record_id == d.id
    assert "Awb" in found.source
    assert "Wmo afwijzing (20-11-2026)" in found.title
    assert not found.is_overdue(TODAY)
    assert found.is_overdue(date(2027, 1, 2))


def test_no_bezwaar_deadline_once_filed_but_expected_decision_instead():
    d = Decision(
        law="Wmo",
        kind="afwijzing",
        status=DecisionStatus.REJECTED,
        decision_date=date(2026, 10, 1),
        bezwaar=Bezwaar(filed_on=date(2026, 10, 20)),
    )
    found = deadlines(decisions=[d])
    assert by_rule(found, "bezwaar_deadline") == []
    (expected,) = by_rule(found, "bezwaar_decision_expected")
    assert expected.due == date(2026, 10, 20) + timedelta(weeks=12)
    d.bezwaar.decision_period_days = 42
    (expected,) = by_rule(deadlines(decisions=[d]), "bezwaar_decision_expected")
    assert expected.due == date(2026, 12, 1)
    d.bezwaar.decision_expected_on = date(2027, 2, 1)
    (expected,) = by_rule(deadlines(decisions=[d]), "bezwaar_decision_expected")
    assert expected.due == date(2027, 2, 1)
    d.bezwaar.outcome = BezwaarOutcome.UPHELD
    assert deadlines(decisions=[d]) == []


def test_no_bezwaar_deadline_for_pending_or_long_past_decisions():
    pending = Decision(decision_date=TODAY, status=DecisionStatus.APPLIED)
    old = Decision(decision_date=date(2020, 1, 1), status=DecisionStatus.REJECTED)
    assert deadlines(decisions=[pending, old]) == []


def test_recently_missed_bezwaar_deadline_still_shows_as_overdue():
    d = Decision(decision_date=TODAY - timedelta(days=50), status=DecisionStatus.REJECTED)
    (found,) = deadlines(decisions=[d])
    assert found.is_overdue(TODAY)


def test_beroep_after_beslissing_op_bezwaar():
    d = Decision(kind="beslissing_op_bezwaar", decision_date=TODAY, status=DecisionStatus.REJECTED)
    (found,) = deadlines(decisions=[d])
    assert found.rule_id == "beroep_deadline" and found.due == TODAY + timedelta(weeks=6)


def test_override_replaces_the_period():
    d = Decision(
        decision_date=date(2026, 11, 20),
        status=DecisionStatus.REJECTED,
        deadline_overrides={"bezwaar_deadline": 30},
    )
    (found,) = deadlines(decisions=[d])
    assert found.due == date(2026, 12, 20)


@pytest.mark.parametrize(
    ("law", "kind", "rule_id", "weeks"),
    [
        ("Wmo", "beschikking", "renewal_wmo", 8),
        ("Wlz", "pgb_toekenning", "renewal_wlz", 12),
        ("Jeugdwet", "beschikking", "renewal_jeugdwet", 8),
        ("Zvw", "machtiging", "renewal_zvw", 6),
        ("anders", "beschikking", "renewal_other", 8),
        ("Wlz", "meerzorg", "meerzorg_end", 12),
    ],
)
def test_renewal_reminders_before_end_date(law, kind, rule_id, weeks):
    d = Decision(
        law=law,
        kind=kind,
        status=DecisionStatus.GRANTED,
        decision_date=date(2025, 1, 1),
        start_date=date(2025, 1, 1),
        end_date=date(2027, 6, 30),
    )
    (found,) = by_rule(deadlines(decisions=[d]), rule_id)
    assert found.due == date(2027, 6, 30) - timedelta(weeks=weeks)
    assert "30-06-2027" in found.title


def test_renewal_override_in_days():
    d = Decision(
        law="Wmo",
        kind="beschikking",
        status=DecisionStatus.GRANTED,
        end_date=date(2027, 3, 1),
        deadline_overrides={"renewal_wmo": 90},
    )
    (found,) = deadlines(decisions=[d])
    assert found.due == date(2027, 3, 1) - timedelta(days=90)


def test_overdue_renewal_stays_until_the_end_date_then_disappears():
    d = Decision(
        law="Wlz",
        kind="meerzorg",
        status=DecisionStatus.GRANTED,
        start_date=date(2025, 1, 1),
        end_date=TODAY + timedelta(weeks=5),
    )
    (found,) = deadlines(decisions=[d])
    assert found.is_overdue(TODAY)
    assert deadlines(today=d.end_date, decisions=[d]) != []
    assert deadlines(today=d.end_date + timedelta(days=1), decisions=[d]) == []


def test_no_renewal_for_rejected_expired_or_already_renewed_decisions():
    base = dict(
        law="Wmo", kind="beschikking", start_date=date(2025, 1, 1), end_date=date(2027, 1, 1)
    )
    rejected = Decision(status=DecisionStatus.REJECTED, **base)
    expired = Decision(status=DecisionStatus.EXPIRED, **base)
    assert by_rule(deadlines(decisions=[rejected, expired]), "renewal_wmo") == []
    granted = Decision(status=DecisionStatus.GRANTED, **base)
    successor = Decision(
        law="Wmo", kind="beschikking", status=DecisionStatus.APPLIED, start_date=date(2027, 1, 1)
    )
    assert by_rule(deadlines(decisions=[granted, successor]), "renewal_wmo") == []
    other_law = Decision(
        law="Wlz", kind="beschikking", status=DecisionStatus.APPLIED, start_date=date(2027, 1, 1)
    )
    assert len(by_rule(deadlines(decisions=[granted, other_law]), "renewal_wmo")) == 1


def test_care_plan_planned_and_yearly_evaluations():
    plan = CarePlan(
        provider="KDC De Vlinder",
        valid_from=date(2025, 2, 1),
        evaluation_dates=[
            Evaluation(planned_on=date(2025, 3, 1), held_on=date(2025, 3, 4)),
            Evaluation(planned_on=date(2027, 1, 12)),
        ],
    )
    (found,) = deadlines(care_plans=[plan])
    assert found.rule_id == "care_plan_evaluation_planned"
    assert found.due == date(2027, 1, 12) and "KDC De Vlinder" in found.title
    assert found.id == f"care_plan_evaluation_planned.{plan.id}.2027-01-12"
    plan.evaluation_dates.pop()
    (found,) = deadlines(care_plans=[plan])
    assert found.rule_id == "care_plan_evaluation_yearly"
    assert found.due == date(2026, 3, 4) and found.is_overdue(TODAY)
    plan.evaluation_dates = []
    (found,) = deadlines(care_plans=[plan])
    assert found.due == date(2026, 2, 1)
    plan.valid_until = date(2026, 6, 30)  # ended plan: nothing to evaluate
    assert deadlines(care_plans=[plan]) == []


def test_future_plan_review():
    assert deadlines(future_plan=FuturePlan()) == []
    (found,) = deadlines(future_plan=FuturePlan(checked_on=date(2026, 2, 29 - 1)))
    assert found.due == date(2027, 2, 28)
    (found,) = deadlines(
        future_plan=FuturePlan(checked_on=date(2026, 1, 1), review_date=date(2026, 6, 1))
    )
    assert found.due == date(2026, 6, 1) and found.is_overdue(TODAY)


def test_journal_follow_ups():
    todo = JournalEntry(
        on=date(2026, 11, 1), follow_up="terugbellen over offerte", follow_up_on=date(2026, 12, 1)
    )
    done = JournalEntry(
        on=date(2026, 11, 1), follow_up="x", follow_up_on=date(2026, 12, 1), follow_up_done=True
    )
    old = JournalEntry(on=date(2020, 1, 1), follow_up="x", follow_up_on=date(2020, 2, 1))
    (found,) = deadlines(journal=[todo, done, old])
    assert found.due == date(2026, 12, 1) and found.title == "Opvolgen: terugbellen over offerte"


def test_life_stage_milestones_for_a_leap_day_child():
    child = ChildProfile(name="Noor Vermeulen-de Wit", date_of_birth=date(2016, 2, 29))
    found = deadlines(child=child)
    assert {d.rule_id for d in found} == {
        "milestone_legal_17",
        "milestone_care_17",
        "milestone_doctor_17",
        "milestone_18",
    }
    assert {d.due for d in found} == {date(2033, 2, 28), date(2034, 2, 28)}
    assert all(d.title.startswith("Noor wordt") for d in found)
    assert "mentorschap" in by_rule(found, "milestone_legal_17")[0].title
    # only where they apply: no Jeugdwet milestone for a child in the Wlz, no "kinderarts
    # to AVG-arts" when the doctors are no paediatric ones
    wlz = Decision(law="Wlz", kind="indicatiebesluit", status=DecisionStatus.GRANTED,
                   decision_date=date(2020, 1, 1))
    gp = Contact(name="dr. Huis", role="huisarts")
    rules = {d.rule_id for d in deadlines(child=child, decisions=[wlz], network=[gp])}
    assert rules == {"milestone_legal_17", "milestone_18"}
    told = replace(child, no_decision_laws={"Jeugdwet": "zorg uit de Wlz"})
    assert "milestone_care_17" not in {d.rule_id for d in deadlines(child=told)}
    # a grown-up child: milestones long past are not shown
    assert deadlines(child=ChildProfile(date_of_birth=date(1990, 5, 1))) == []


def test_sorted_stable_and_deterministic():
    child = ChildProfile(name="Noor", date_of_birth=date(2016, 2, 29))
    decisions = [
        Decision(decision_date=date(2026, 11, i), status=DecisionStatus.GRANTED)
        for i in (20, 3, 11)
    ]
    first = deadlines(child=child, decisions=decisions)
    again = deadlines(child=child, decisions=list(reversed(decisions)))
    assert first == again
    assert [d.due for d in first] == sorted(d.due for d in first)


def test_deadline_id_stays_short():
    long_id = "a" * 128
    assert len(deadline_id("bezwaar_deadline", long_id)) <= 128
    assert deadline_id("r", "x", "p") == "r.x.p"


def test_rule_versions_by_date():
    rules = load_deadline_rules()
    rule = select_rule(rules, "bezwaar_deadline", date(2020, 1, 1))
    assert rule.amount == 6 and rule.unit == "weeks"
    newer = type(rule)(**{**rule.__dict__, "amount": 8, "valid_from": date(2030, 1, 1)})
    assert select_rule([rule, newer], "bezwaar_deadline", date(2029, 12, 31)).amount == 6
    assert select_rule([rule, newer], "bezwaar_deadline", date(2030, 1, 1)).amount == 8
    d = Decision(decision_date=date(2030, 2, 1), status=DecisionStatus.GRANTED)
    found = compute_deadlines(
        DossierContent(decisions=[d]), [*rules, newer], today=date(2030, 2, 2)
    )
    assert by_rule(found, "bezwaar_deadline")[0].due == date(2030, 3, 29)
    with pytest.raises(KeyError):
        select_rule(rules, "nope")


def test_deadline_is_a_value():
    d = Deadline(id="x", rule_id="r", title="t", due=TODAY, record_kind="k", record_id="i")
    assert not d.is_overdue(TODAY)
