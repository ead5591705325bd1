"""Dotted attribute paths on the domain dataclasses.

A form, the history and the copilot's pages address a field of a record by a dotted path
("emergency_plan.who_comes", "bezwaar.filed_on"). Setting a path creates the missing inner
part only when there is something to put in it; an error path from validation
("goals[2].text") names the field it belongs to.
"""

from __future__ import annotations

import types
import typing

import app.model as model


def _hint(cls: type, name: str):
    hints = typing.get_type_hints(cls, vars(model))
    tp = hints[name]
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        tp = args[0]
    return tp


def get_path(obj, path: str):
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def set_path(obj, path: str, value) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        inner = getattr(obj, part)
        if inner is None:
            if value in (None, "", [], False):
                return  # an empty field of a part that is not there: leave it out
            inner = _hint(type(obj), part)()
            setattr(obj, part, inner)
        obj = inner
    setattr(obj, parts[-1], value)


def item_type(record_type: type, path: str) -> type:
    """The dataclass of the items of the list at `path` (e.g. Goal for care_plan.goals)."""
    cls = record_type
    parts = path.split(".")
    for part in parts[:-1]:
        cls = _hint(cls, part)
    return typing.get_args(_hint(cls, parts[-1]))[0]


def field_of_error(path: str) -> str:
    """'bezwaar.decided_on' -> itself; 'goals[2].text' -> 'goals'; 'times[0]' -> 'times'."""
    return path.split("[")[0]
