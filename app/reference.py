"""Reference data: laws, financiers, zorgprofielen, ... and the deadline rules.

The data lives in dated JSON files in ``resources/reference/`` (rules change; code does not).
Lists can be extended by the family: storage persists their additions and passes them to
`with_user_entries`. Values in the dossier that are in no list are reported by
`unknown_values`, never refused: a new zorgprofiel must not block a parent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from app.dates import MAX_YEAR, MIN_YEAR, in_range
from app.errors import ValidationError
from app.model import DossierContent
from app.serialize import check_string

LIST_NAMES = (
    "laws",
    "financiers",
    "zorgprofielen",
    "leveringsvormen",
    "decision_kinds",
    "contact_roles",
    "aid_categories",
)
PERIOD_UNITS = ("days", "weeks", "months")
MAX_USER_ENTRIES = 500


@dataclass(frozen=True, kw_only=True)
class ReferenceItem:
    code: str
    label: str
    description: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    source: str = ""
    #: Other keys of the item (e.g. a zorgprofiel's "sector", a leveringsvorm's "laws").
    extra: Mapping[str, Any] = field(default_factory=dict)
    user_added: bool = False

    def is_valid_on(self, on: date) -> bool:
        if self.valid_from is not None and on < self.valid_from:
            return False
        return self.valid_until is None or on <= self.valid_until


@dataclass(frozen=True, kw_only=True)
class ReferenceList:
    name: str
    title: str
    compiled_on: date | None
    note: str
    items: tuple[ReferenceItem, ...]

    def codes(self) -> list[str]:
        return [item.code for item in self.items]

    def get(self, code: str) -> ReferenceItem | None:
        return next((item for item in self.items if item.code == code), None)

    def label_for(self, code: str) -> str:
        """The Dutch label of `code`, or the code itself when unknown."""
        item = self.get(code)
        return item.label if item else code

    def valid_on(self, on: date) -> list[ReferenceItem]:
        return [item for item in self.items if item.is_valid_on(on)]


@dataclass(frozen=True, kw_only=True)
class DeadlineRule:
    id: str
    title: str  # template: {label}, {date}, {name}, {provider}, {follow_up}
    amount: int
    unit: str  # days / weeks / months
    direction: str  # after / before the anchor
    anchor: str  # which date, in words
    source: str
    valid_from: date
    keep_overdue_days: int | None
    match: Mapping[str, str] = field(default_factory=dict)
    applies_to: str = ""


@dataclass(frozen=True, kw_only=True)
class ReferenceData:
    lists: Mapping[str, ReferenceList]
    deadline_rules: tuple[DeadlineRule, ...]

    def __getattr__(self, name: str) -> ReferenceList:
        # ref.laws, ref.zorgprofielen, ... for readability
        lists = self.__dict__.get("lists", {})
        if name in lists:
            return lists[name]
        raise AttributeError(name)

    def rule(self, rule_id: str, on: date | None = None) -> DeadlineRule:
        return select_rule(self.deadline_rules, rule_id, on)

    def unknown_values(self, content: DossierContent) -> list[tuple[str, str, str]]:
        """(path, list name, value) for each non-empty coded value that no list knows."""
        found: list[tuple[str, str, str]] = []

        def check(path: str, list_name: str, value: str) -> None:
            if value and self.lists[list_name].get(value) is None:
                found.append((path, list_name, value))

        for i, c in enumerate(content.network):
            check(f"network[{i}].role", "contact_roles", c.role)
        for i, d in enumerate(content.decisions):
            check(f"decisions[{i}].law", "laws", d.law)
            check(f"decisions[{i}].financier", "financiers", d.financier)
            check(f"decisions[{i}].kind", "decision_kinds", d.kind)
            check(f"decisions[{i}].zorgprofiel", "zorgprofielen", d.zorgprofiel)
            check(f"decisions[{i}].leveringsvorm", "leveringsvormen", d.leveringsvorm)
        for i, a in enumerate(content.aid_requests):
            check(f"aid_requests[{i}].category", "aid_categories", a.category)
            for j, counter in enumerate(a.counters):
                check(f"aid_requests[{i}].counters[{j}].law", "laws", counter.law)
        return found


def select_rule(
    rules: Iterable[DeadlineRule], rule_id: str, on: date | None = None
) -> DeadlineRule:
    """The version of `rule_id` in force on `on` (latest valid_from <= on); if `on` lies before
    every version, the oldest; without `on`, the newest."""
    versions = sorted((r for r in rules if r.id == rule_id), key=lambda r: r.valid_from)
    if not versions:
        raise KeyError(rule_id)
    if on is None:
        return versions[-1]
    in_force = [r for r in versions if r.valid_from <= on]
    return in_force[-1] if in_force else versions[0]


# --- loading ------------------------------------------------------------------------------------


def _read(name: str) -> dict[str, Any]:
    text = resources.files("resources").joinpath("reference", f"{name}.json").read_text("utf-8")
    return json.loads(text)


def _date(value: Any) -> date | None:
    if value is None:
        return None
    day = date.fromisoformat(value)
    if not in_range(day):  # reference data is ours, but a typo must not reach the engine
        raise ValueError(f"reference date {value} is outside {MIN_YEAR}-{MAX_YEAR}")
    return day


_ITEM_KEYS = {"code", "label", "description", "valid_from", "valid_until", "source"}


def _item(raw: Mapping[str, Any], user_added: bool = False) -> ReferenceItem:
    return ReferenceItem(
        code=raw["code"],
        label=raw["label"],
        description=raw.get("description", ""),
        valid_from=_date(raw.get("valid_from")),
        valid_until=_date(raw.get("valid_until")),
        source=raw.get("source", ""),
        extra={k: v for k, v in raw.items() if k not in _ITEM_KEYS},
        user_added=user_added,
    )


def _list(name: str) -> ReferenceList:
    raw = _read(name)
    items = tuple(_item(item) for item in raw["items"])
    codes = [item.code for item in items]
    if len(set(codes)) != len(codes):  # pragma: no cover - guarded by a test on the shipped data
        raise ValueError(f"duplicate codes in reference list {name}")
    return ReferenceList(
        name=name,
        title=raw["title"],
        compiled_on=_date(raw.get("compiled_on")),
        note=raw.get("note", ""),
        items=items,
    )


def _rule(raw: Mapping[str, Any]) -> DeadlineRule:
    period = raw["period"]
    if period["unit"] not in PERIOD_UNITS or raw["direction"] not in ("after", "before"):
        raise ValueError(f"bad period or direction in deadline rule {raw['id']}")
    return DeadlineRule(
        id=raw["id"],
        title=raw["title"],
        amount=int(period["amount"]),
        unit=period["unit"],
        direction=raw["direction"],
        anchor=raw["anchor"],
        source=raw["source"],
        valid_from=_date(raw["valid_from"]),
        keep_overdue_days=raw.get("keep_overdue_days"),
        match=dict(raw.get("match", {})),
        applies_to=raw.get("applies_to", ""),
    )


@cache
def load_deadline_rules() -> tuple[DeadlineRule, ...]:
    return tuple(_rule(raw) for raw in _read("deadline_rules")["rules"])


@cache
def load_reference() -> ReferenceData:
    """The shipped reference data (read once per process)."""
    return ReferenceData(
        lists={name: _list(name) for name in LIST_NAMES},
        deadline_rules=load_deadline_rules(),
    )


def with_user_entries(
    reference: ReferenceData, additions: Mapping[str, Iterable[Mapping[str, Any]]]
) -> ReferenceData:
    """`reference` with the family's own entries appended to the lists.

    `additions` maps a list name to entries such as ``{"code": "oppas", "label": "Oppas"}``
    (optional: description, valid_from, valid_until, source). An entry whose code the list
    already has is refused, so a family cannot silently relabel shipped data.
    """
    lists = dict(reference.lists)
    for name, entries in additions.items():
        if name not in lists:
            raise ValidationError(f"onbekende lijst '{str(name)[:60]}'")
        existing = set(lists[name].codes())
        added: list[ReferenceItem] = []
        for i, raw in enumerate(entries):
            path = f"{name}[{i}]"
            if i >= MAX_USER_ENTRIES:
                raise ValidationError(
                    f"te veel eigen onderdelen (meer dan {MAX_USER_ENTRIES})", name
                )
            if not isinstance(raw, Mapping):
                raise ValidationError("verwacht een object {...}", path)
            unknown = set(raw) - _ITEM_KEYS
            if unknown:
                raise ValidationError(f"onbekend veld '{sorted(unknown)[0]}'", path)
            code = check_string(raw.get("code"), f"{path}.code", 64).strip()
            label = check_string(raw.get("label", code), f"{path}.label", 200).strip()
            if not code:
                raise ValidationError("de code is leeg", f"{path}.code")
            if code in existing:
                raise ValidationError(f"'{code}' staat al in de lijst", f"{path}.code")
            for key in ("description", "source"):
                if key in raw:
                    check_string(raw[key], f"{path}.{key}", 2000)
            existing.add(code)
            try:
                item = _item({**raw, "code": code, "label": label or code}, user_added=True)
            except (TypeError, ValueError):
                raise ValidationError("een datum klopt niet (gebruik jjjj-mm-dd)", path) from None
            added.append(item)
        lists[name] = replace(lists[name], items=lists[name].items + tuple(added))
    return replace(reference, lists=lists)
