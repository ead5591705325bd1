"""A record's history without a screen: which fields one change touched, and the plain text
its lists show (local time, dd-mm-jjjj dates in labels, long values shortened).

The Geschiedenis and Prullenbak dialogs (ui/history.py, ui/trash.py) and the team's conflict
list show what these return through the form's own labels (ui/field_names.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

SHORT = 48  # characters of an old or new value shown in a cell; the tooltip has all

_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def when_text(at: str) -> str:
    """'2026-11-10T21:05:00+00:00' (UTC) as local 'dd-mm-jjjj uu:mm'."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def dutch_dates(text: str) -> str:
    """Record labels carry ISO dates ('Wlz indicatiebesluit 2024-03-01'): show dd-mm-jjjj."""
    return _ISO_IN_TEXT.sub(lambda m: f"{m[3]}-{m[2]}-{m[1]}", text)


def is_empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def flatten(data: dict | None, prefix: str = "") -> dict[str, object]:
    """{'bezwaar': {'filed_on': …}} -> {'bezwaar.filed_on': …}; lists stay whole values."""
    flat: dict[str, object] = {}
    for key, value in (data or {}).items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flat.update(flatten(value, path + "."))
        else:
            flat[path] = value
    return flat


def changed_fields(before: dict | None, after: dict | None,
                   rank: Callable[[str], int] = lambda _path: 0,
                   ) -> list[tuple[str, object, object]]:
    """(field path, old value, new value) for each field that differs between two versions of
    a record, ordered by `rank(path)` (the form's order) and then by path. The id, and a field
    empty in both versions, are left out."""
    old_fields, new_fields = flatten(before), flatten(after)
    rows = []
    for path in sorted(set(old_fields) | set(new_fields), key=lambda p: (rank(p), p)):
        if path == "id":
            continue
        old, new = old_fields.get(path), new_fields.get(path)
        if old == new or (is_empty(old) and is_empty(new)):
            continue
        rows.append((path, old, new))
    return rows
