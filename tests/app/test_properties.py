"""Property-based tests: the import validator never crashes, the deadline engine keeps its laws."""

import copy
import json
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.deadlines import add_months, compute_deadlines
from app.errors import ValidationError
from app.jsonformat import content_from_json, content_to_json
from app.model import (
    DECIDED_STATUSES,
    Decision,
    DecisionStatus,
    DossierContent,
    JournalChannel,
    JournalEntry,
    reconcile_kind_and_status,
)
from app.serialize import from_dict, to_dict

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["2024-02-30", "2024-02-29", "x" * 300, "", "\x00"]),
)
json_value = st.recursive(
    json_leaf,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def small_export():
    from app.demo import demo_content

    today = date(2026, 11, 23)
    content = demo_content(today)
    return json.loads(
        json.dumps(content_to_json(content, [], compute_deadlines(content, today=today), today))
    )


BASE = small_export()


def paths(data, prefix=()):
    """Every (path) to a value inside nested dicts/lists."""
    yield prefix
    if isinstance(data, dict):
        for k, v in data.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from paths(v, (*prefix, i))


ALL_PATHS = [p for p in paths(BASE) if p]


@SETTINGS
@given(json_value)
def test_random_junk_only_ever_raises_validation_error(junk):
    try:
        content_from_json(junk)
    except ValidationError as e:
        assert e.message


@SETTINGS
@given(
    st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_value), min_size=1, max_size=3),
)
def test_mutated_export_is_accepted_or_refused_with_a_path(mutations):
    data = copy.deepcopy(BASE)
    for path, value in mutations:
        target = data
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation changed the shape
    try:
        content, _ = content_from_json(data)
    except ValidationError as e:
        assert isinstance(e.path, str) and e.reason
    else:
        # whatever was accepted exports again and imports to the same content
        again = content_to_json(content, [], [], date(2026, 11, 23))
        content_from_json(json.loads(json.dumps(again)))


@SETTINGS
@given(
    st.dictionaries(
        st.sampled_from([f.name for f in Decision.__dataclass_fields__.values()]),
        json_value,
        max_size=6,
    )
)
def test_from_dict_is_strict_but_never_crashes(data):
    try:
        decision = from_dict(Decision, data, "decisions[0]")
    except ValidationError as e:
        assert e.path.startswith("decisions[0]")
    else:
        assert from_dict(Decision, json.loads(json.dumps(to_dict(decision)))) == decision


dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))
safe_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


@SETTINGS
@given(dates, st.sampled_from(sorted(DECIDED_STATUSES)), st.sampled_from(["Wlz", "Wmo", "Zvw"]))
def test_bezwaar_due_is_always_42_days_after_the_decision(decided, status, law):
    d = Decision(law=law, kind="beschikking", decision_date=decided, status=status)
    found = [
        x
        for x in compute_deadlines(DossierContent(decisions=[d]), today=decided)
        if x.rule_id == "bezwaar_deadline"
    ]
    assert len(found) == 1
    assert found[0].due == decided + timedelta(days=42)
    assert found[0].id == f"bezwaar_deadline.{d.id}"


@SETTINGS
@given(dates, st.integers(min_value=-600, max_value=600))
def test_add_months_lands_in_the_right_month_and_never_overflows(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == day.day or (
        result.day < day.day and (result + timedelta(days=1)).month != result.month
    )


decision_strategy = st.builds(
    Decision,
    law=st.sampled_from(["Wlz", "Wmo", "Zvw", "Jeugdwet", "anders"]),
    kind=st.sampled_from(["beschikking", "meerzorg", "machtiging", "afwijzing"]),
    decision_date=st.none() | dates,
    start_date=st.none() | dates,
    status=st.sampled_from(list(DecisionStatus)),
    notes=safe_text,
).filter(lambda d: reconcile_kind_and_status(d.kind, d.status) == (d.kind, d.status))
journal_strategy = st.builds(
    JournalEntry,
    on=st.none() | dates,
    channel=st.sampled_from(list(JournalChannel)),
    summary=safe_text,
    follow_up=safe_text,
    follow_up_on=st.none() | dates,
    follow_up_done=st.booleans(),
)


@SETTINGS
@given(st.lists(decision_strategy, max_size=8), st.lists(journal_strategy, max_size=8), dates)
def test_engine_output_is_sorted_unique_and_json_roundtrips(decisions, journal, today):
    content = DossierContent(decisions=decisions, journal=journal)
    found = compute_deadlines(content, today=today)
    assert [d.due for d in found] == sorted(d.due for d in found)
    assert len({d.id for d in found}) == len(found)
    assert compute_deadlines(content, today=today) == found
    exported = json.loads(json.dumps(content_to_json(content, [], found, today)))
    back, _ = content_from_json(exported)
    again = content_to_json(back, [], compute_deadlines(back, today=today), today)
    assert json.dumps(again) == json.dumps(exported)
