"""Dotted paths on the domain dataclasses (app/paths.py): what forms read and write."""

from datetime import date

from app.model import Bezwaar, CarePlan, Decision, FuturePlan, Goal
from app.paths import field_of_error, get_path, item_type, set_path


def test_get_path_reads_inner_parts_and_stops_at_a_missing_one():
    plan = FuturePlan()
    plan.emergency_plan.who_comes = "Oma Ria"
    assert get_path(plan, "emergency_plan.who_comes") == "Oma Ria"
    decision = Decision()
    assert decision.bezwaar is None
    assert get_path(decision, "bezwaar.filed_on") is None


def test_set_path_creates_a_missing_part_only_for_a_real_value():
    decision = Decision()
    for empty in (None, "", [], False):
        set_path(decision, "bezwaar.filed_on", empty)
        assert decision.bezwaar is None  # an empty field does not make a bezwaar
    set_path(decision, "bezwaar.filed_on", date(2024, 3, 1))
    assert isinstance(decision.bezwaar, Bezwaar)
    assert decision.bezwaar.filed_on == date(2024, 3, 1)
    set_path(decision, "reference", "CIZ-1")
    assert decision.reference == "CIZ-1"


def test_item_type_names_the_dataclass_of_a_list():
    assert item_type(CarePlan, "goals") is Goal


def test_field_of_error_names_the_field_a_validation_path_belongs_to():
    assert field_of_error("bezwaar.decided_on") == "bezwaar.decided_on"
    assert field_of_error("goals[2].text") == "goals"
    assert field_of_error("times[0]") == "times"
