"""What one change did to a record, told without a screen (app/history.py)."""

from __future__ import annotations

import time

import pytest

from app.history import changed_fields, dutch_dates, flatten, is_empty, shorten, when_text


def test_flatten_joins_nested_paths_and_keeps_lists_whole():
    data = {"status": "granted", "bezwaar": {"filed_on": "2026-01-05", "note": ""},
            "steps": [{"a": 1}], "empty": {}}
    assert flatten(data) == {"status": "granted", "bezwaar.filed_on": "2026-01-05",
                             "bezwaar.note": "", "steps": [{"a": 1}], "empty": {}}
    assert flatten(None) == {}


@pytest.mark.parametrize("value, empty", [
    (None, True), ("", True), ([], True), ({}, True),
    (0, False), (False, False), (" ", False), (["x"], False),
])
def test_is_empty(value, empty):
    assert is_empty(value) is empty


def test_changed_fields_leaves_out_the_id_the_unchanged_and_the_empty_in_both():
    before = {"id": "a", "title": "Rolstoel", "note": None, "bezwaar": {"filed_on": ""}}
    after = {"id": "b", "title": "Rolstoel", "note": "", "bezwaar": {"filed_on": "2026-01-05"},
             "law": "wmo"}
    assert changed_fields(before, after) == [
        ("bezwaar.filed_on", "", "2026-01-05"),
        ("law", None, "wmo"),
    ]


def test_changed_fields_follow_the_rank_then_the_path():
    order = ["title", "bezwaar", "law"]

    def rank(path: str) -> int:
        head = path.split(".")[0]
        return order.index(head) if head in order else len(order)

    rows = changed_fields({}, {"zz": 1, "law": "wlz", "bezwaar": {"b": 1, "a": 2},
                               "title": "x"}, rank)
    assert [path for path, _old, _new in rows] == [
        "title", "bezwaar.a", "bezwaar.b", "law", "zz"]


def test_changed_fields_of_a_created_and_a_deleted_record():
    assert changed_fields(None, {"id": "a", "title": "x"}) == [("title", None, "x")]
    assert changed_fields({"id": "a", "title": "x"}, None) == [("title", "x", None)]


def test_dutch_dates_in_a_label():
    assert dutch_dates("Wlz indicatiebesluit 2024-03-01") == "Wlz indicatiebesluit 01-03-2024"
    assert dutch_dates("Kenmerk 12024-03-011") == "Kenmerk 12024-03-011"


def test_shorten_folds_space_and_cuts_with_an_ellipsis():
    assert shorten("  een\n korte   tekst ") == "een korte tekst"
    long = "woord " * 20
    cut = shorten(long, 20)
    assert len(cut) <= 20 and cut.endswith("…")
    assert shorten("x" * 48) == "x" * 48


def test_when_text_is_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        assert when_text("2026-11-10T21:05:00+00:00") == "10-11-2026 22:05"
        assert when_text("2026-07-01T10:00:00") == "01-07-2026 12:00"  # no zone: UTC
        assert when_text("gisteren") == "gisteren"
    finally:
        monkeypatch.undo()
        time.tzset()
