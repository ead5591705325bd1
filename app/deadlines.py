"""The deadline engine: deadlines and reminders derived from the dossier, never typed twice.

What each rule means lives here; its period, title and legal source live in
``resources/reference/deadline_rules.json``. A record's ``deadline_overrides`` (rule id -> days)
replaces the rule's period for that one case.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from app.dates import MAX_DATE, MAX_YEAR, MIN_DATE, MIN_YEAR, add_days
from app.model import (
    DECIDED_STATUSES,
    GRANTED_STATUSES,
    CarePlan,
    Decision,
    DecisionStatus,
    DossierContent,
)
from app.reference import DeadlineRule, load_deadline_rules, select_rule


@dataclass(kw_only=True, frozen=True)
class Deadline:
    """One derived deadline or reminder. `id` is stable between runs: rule + record (+ part)."""

    id: str
    rule_id: str
    title: str
    due: date
    record_kind: str
    record_id: str
    source: str = ""

    def is_overdue(self, today: date) -> bool:
        return self.due < today


# --- date arithmetic ---------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """`day` shifted by whole months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return MAX_DATE if months > 0 else MIN_DATE  # clamped: no overflow on odd input
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(anchor: date, amount: int, unit: str, direction: str = "after") -> date:
    """`anchor` moved `amount` days/weeks/months after (or before) it."""
    sign = 1 if direction == "after" else -1
    if unit == "days":
        return add_days(anchor, sign * amount)
    if unit == "weeks":
        return add_days(anchor, sign * amount * 7)
    if unit == "months":
        return add_months(anchor, sign * amount)
    raise ValueError(f"unknown period unit {unit!r}")


def due_date(rule: DeadlineRule, anchor: date, overrides: dict[str, int] | None = None) -> date:
    """The due date of `rule` for `anchor`; a per-case override (days) replaces the period."""
    if overrides and rule.id in overrides:
        return shift(anchor, overrides[rule.id], "days", rule.direction)
    return shift(anchor, rule.amount, rule.unit, rule.direction)


# --- the engine --------------------------------------------------------------------------------

_MAX_ID = 128


def deadline_id(rule_id: str, record_id: str, part: str = "") -> str:
    """Stable id: ``rule.record[.part]``; hashed when it would exceed the id limit."""
    text = ".".join(p for p in (rule_id, record_id, part) if p)
    if len(text) <= _MAX_ID:
        return text
    return f"{rule_id[:60]}.{hashlib.sha256(text.encode()).hexdigest()[:40]}"


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _nl(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Builder:
    def __init__(self, rules: Sequence[DeadlineRule], today: date) -> None:
        self.rules = rules
        self.today = today

    def make(
        self,
        rule_id: str,
        anchor: date,
        record_kind: str,
        record_id: str,
        *,
        overrides: dict[str, int] | None = None,
        due: date | None = None,
        part: str = "",
        **fields: str,
    ) -> Deadline | None:
        """A deadline for `rule_id`, or None when it is too old to still matter."""
        rule = select_rule(self.rules, rule_id, anchor)
        if due is None:
            due = due_date(rule, anchor, overrides)
        if self._stale(rule, anchor, due):
            return None
        title = rule.title.format_map(_Fields(fields, date=_nl(anchor)))
        return Deadline(
            id=deadline_id(rule.id, record_id, part),
            rule_id=rule.id,
            title=" ".join(title.split()),
            due=due,
            record_kind=record_kind,
            record_id=record_id,
            source=rule.source,
        )

    def _stale(self, rule: DeadlineRule, anchor: date, due: date) -> bool:
        if rule.keep_overdue_days is None:
            return False
        last_shown = add_days(due, rule.keep_overdue_days)
        if rule.direction == "before":  # a reminder before an event stays until the event
            last_shown = max(last_shown, anchor)
        return self.today > last_shown


def compute_deadlines(
    content: DossierContent,
    rules: Sequence[DeadlineRule] | None = None,
    today: date | None = None,
) -> list[Deadline]:
    """Every deadline that follows from `content` on `today`, sorted by due date (then id).

    `rules` defaults to the shipped deadline rules. Deadlines that passed longer ago than the
    rule's ``keep_overdue_days`` are left out; `today` is required for that (defaults to today).
    """
    rules = load_deadline_rules() if rules is None else rules
    today = date.today() if today is None else today
    build = _Builder(rules, today)
    found = [
        d
        for d in (
            *_decision_deadlines(content.decisions, build),
            *_care_plan_deadlines(content.care_plans, build),
            *_future_plan_deadlines(content, build),
            *_journal_deadlines(content, build),
            *_milestones(content, build),
        )
        if d is not None
    ]
    found.sort(key=lambda d: (d.due, d.id))
    return found


def _successor_exists(decision: Decision, decisions: Sequence[Decision]) -> bool:
    """Whether a later decision of the same law and kind (granted or applied for) follows it:
    then the family already renewed and needs no reminder."""
    begin = decision.start_date or decision.decision_date
    if begin is None:
        return False
    for other in decisions:
        if other is decision or other.law != decision.law or other.kind != decision.kind:
            continue
        other_begin = other.start_date or other.decision_date
        if other_begin is None or other_begin <= begin:
            continue
        if other.status in GRANTED_STATUSES or other.status == DecisionStatus.APPLIED:
            return True
    return False


def _renewal_rule_id(decision: Decision, rules: Sequence[DeadlineRule]) -> str:
    if decision.kind == "meerzorg":
        return "meerzorg_end"
    for rule in rules:
        if rule.id.startswith("renewal_") and rule.match.get("law") == decision.law:
            return rule.id
    return "renewal_other"


def _decision_deadlines(
    decisions: Sequence[Decision], build: _Builder
) -> Iterator[Deadline | None]:
    for d in decisions:
        label = d.label()
        bezwaar_filed = d.bezwaar is not None and d.bezwaar.filed_on is not None
        if d.decision_date is not None and d.status in DECIDED_STATUSES and not bezwaar_filed:
            rule_id = "beroep_deadline" if d.kind == "beslissing_op_bezwaar" else "bezwaar_deadline"
            yield build.make(
                rule_id, d.decision_date, d.KIND, d.id, overrides=d.deadline_overrides, label=label
            )
        if bezwaar_filed and d.bezwaar.outcome is None:
            b = d.bezwaar
            due = b.decision_expected_on
            if due is None and b.decision_period_days is not None:
                due = add_days(b.filed_on, b.decision_period_days)
            yield build.make(
                "bezwaar_decision_expected",
                b.filed_on,
                d.KIND,
                d.id,
                overrides=d.deadline_overrides,
                due=due,
                label=label,
            )
        if (
            d.end_date is not None
            and d.status in GRANTED_STATUSES
            and d.kind not in ("afwijzing", "beslissing_op_bezwaar")
            and not _successor_exists(d, decisions)
        ):
            yield build.make(
                _renewal_rule_id(d, build.rules),
                d.end_date,
                d.KIND,
                d.id,
                overrides=d.deadline_overrides,
                label=label,
            )


def _care_plan_deadlines(plans: Iterable[CarePlan], build: _Builder) -> Iterator[Deadline | None]:
    for plan in plans:
        if plan.valid_until is not None and plan.valid_until < build.today:
            continue  # the plan has ended; a new plan brings its own evaluations
        provider = plan.provider or plan.title
        planned = sorted(
            {e.planned_on for e in plan.evaluation_dates if e.planned_on and e.held_on is None}
        )
        for on in planned:
            yield build.make(
                "care_plan_evaluation_planned",
                on,
                plan.KIND,
                plan.id,
                overrides=plan.deadline_overrides,
                part=on.isoformat(),
                provider=provider,
            )
        if not planned:
            anchor = plan.last_held_evaluation() or plan.valid_from
            if anchor is not None:
                yield build.make(
                    "care_plan_evaluation_yearly",
                    anchor,
                    plan.KIND,
                    plan.id,
                    overrides=plan.deadline_overrides,
                    provider=provider,
                )


def _future_plan_deadlines(content: DossierContent, build: _Builder) -> Iterator[Deadline | None]:
    plan = content.future_plan
    if plan is None:
        return
    if plan.review_date is not None:
        yield build.make(
            "future_plan_review", plan.review_date, plan.KIND, plan.id, due=plan.review_date
        )
    elif plan.checked_on is not None:
        yield build.make(
            "future_plan_review",
            plan.checked_on,
            plan.KIND,
            plan.id,
            overrides=plan.deadline_overrides,
        )


def _journal_deadlines(content: DossierContent, build: _Builder) -> Iterator[Deadline | None]:
    for entry in content.journal:
        if entry.follow_up_on is None or entry.follow_up_done:
            continue
        what = _short(entry.follow_up or entry.summary) or "actie uit de contactlog"
        yield build.make(
            "journal_follow_up",
            entry.follow_up_on,
            entry.KIND,
            entry.id,
            due=entry.follow_up_on,
            follow_up=what,
        )


MILESTONE_RULES = ("milestone_legal_17", "milestone_care_17", "milestone_doctor_17", "milestone_18")


#: Roles of doctors for children: the move to adult care is only a milestone with one of them.
PAEDIATRIC_ROLES = frozenset({"kinderarts", "kinderneuroloog"})


def milestone_applies(rule_id: str, content: DossierContent) -> bool:
    """Milestones only where they apply to this child.

    - "zorg na de Jeugdwet": not when the family said there is no Jeugdwet decision, nor when
      a granted Wlz indication runs past the 18th birthday (the Wlz simply continues);
    - "kinderarts naar AVG-arts": not when the network names doctors but no paediatric one.
    """
    child = content.child
    if rule_id == "milestone_care_17":
        if any(law.casefold() == "jeugdwet" for law in child.no_decision_laws):
            return False
        adult = child.date_of_birth and add_months(child.date_of_birth, 18 * 12)
        return not any(
            d.law == "Wlz" and d.status in GRANTED_STATUSES
            and (d.end_date is None or (adult and d.end_date > adult))
            for d in content.decisions
        )  # fmt: skip
    if rule_id == "milestone_doctor_17":
        doctors = [c for c in content.network if c.role in PAEDIATRIC_ROLES | {"avg_arts",
                                                                              "huisarts"}]
        return not doctors or any(c.role in PAEDIATRIC_ROLES for c in doctors)
    return True


def _milestones(content: DossierContent, build: _Builder) -> Iterator[Deadline | None]:
    child = content.child
    if child.date_of_birth is None:
        return
    first_name = child.name.split()[0] if child.name.strip() else "Je kind"
    for rule_id in MILESTONE_RULES:
        if not milestone_applies(rule_id, content):
            continue
        yield build.make(
            rule_id,
            child.date_of_birth,
            child.KIND,
            child.id,
            overrides=child.deadline_overrides,
            name=first_name,
        )
