"""'Wat ontbreekt nog?': what a stranger will miss on a printed paper, before it is printed.

`what_is_missing(content, output, today)` lists, for one output: facts that are not filled in
where a wrong guess can harm (allergies, feeding, "niets via de mond", the rescue medicine),
contacts to call without a phone number, signals without "Wat je doet", medicines without
"Waarvoor", and parts not checked within the family's review period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.model import KIND_LABELS, DossierContent, Record, dutch_date
from app.reference import load_reference

#: Role groups of people a stranger may have to call (as the printed "Wie je belt").
CALL_GROUPS = ("familie", "medisch", "therapie", "zorgaanbieder", "vertegenwoordiging")

#: Per output: which checks apply, and the record kinds whose check date matters.
OUTPUT_CHECKS: dict[str, dict[str, tuple[str, ...]]] = {
    "paspoort": {"checks": ("safety", "phones", "signals", "purposes"),
                 "kinds": ("child_profile", "allergy", "epilepsy_protocol", "medication",
                           "feeding", "contact", "signal")},
    "noodkaart": {"checks": ("safety", "phones", "purposes"),
                  "kinds": ("child_profile", "allergy", "epilepsy_protocol", "medication",
                            "feeding", "breathing", "contact")},
    "toekomstplan": {"checks": ("phones", "signals"),
                     "kinds": ("future_plan", "contact", "signal")},
    "aanvraag": {"checks": (), "kinds": ("decision", "aid_request")},
    "overzicht": {"checks": ("safety", "phones", "signals", "purposes"),
                  "kinds": ("child_profile", "allergy", "epilepsy_protocol", "medication",
                            "feeding", "breathing", "contact", "signal", "decision",
                            "care_plan", "future_plan")},
}  # fmt: skip


@dataclass(frozen=True)
class Missing:
    """One thing a reader of the paper will miss; `kind`/`record_id` say where to fix it."""

    kind: str
    record_id: str
    text: str


def what_is_missing(content: DossierContent, output: str, today: date) -> list[Missing]:
    spec = OUTPUT_CHECKS.get(output, OUTPUT_CHECKS["overzicht"])
    found: list[Missing] = []
    checks = spec["checks"]
    if "safety" in checks:
        found += _safety(content)
    if "phones" in checks:
        found += _phones(content, today)
    if "signals" in checks:
        found += [Missing(s.KIND, s.id, f"Signaal '{s.label()}': 'Wat je doet' is leeg.")
                  for s in content.signals if not s.what_to_do.strip()]
    if "purposes" in checks:
        found += [Missing(m.KIND, m.id, f"Medicijn {m.label()}: 'Waarvoor' is leeg.")
                  for m in content.medications
                  if m.is_active(today) and not m.purpose.strip()]
    found += _stale(content, spec["kinds"], today)
    return found


def _safety(content: DossierContent) -> list[Missing]:
    child = content.child
    out = []
    if not content.allergies and child.no_known_allergies is not True:
        out.append(Missing(child.KIND, child.id, "Allergieën: niet ingevuld. Vul ze in, of kies "
                           "'Geen bekende allergieën' bij Over mij."))
    f = content.feeding
    if f is None or f.method is None:
        out.append(Missing("feeding", f.id if f else "", "Eten en drinken: 'Hoe' is niet "
                           "ingevuld (mond, sonde of allebei)."))
    if f is None or f.nothing_by_mouth is None:
        out.append(Missing("feeding", f.id if f else "", "Eten en drinken: 'Niets via de mond' "
                           "is niet ingevuld."))
    ep = content.epilepsy
    marked = [m for m in content.medications if m.is_rescue]
    if ep is not None and ep.rescue_medicine(content) is None and len(marked) > 1:
        out.append(Missing(ep.KIND, ep.id, "Epilepsie: er zijn meer medicijnen als noodmedicatie "
                           "aangevinkt; de papieren noemen ze allemaal."))
    elif ep is not None and ep.rescue_medicine(content) is None and \
            not ep.rescue_medication.strip():
        out.append(Missing(ep.KIND, ep.id, "Epilepsie: er is geen noodmedicatie. Vink bij "
                           "Medicijnen 'Noodmedicatie' aan."))
    return out


def _phones(content: DossierContent, today: date) -> list[Missing]:
    roles = load_reference().contact_roles
    born = content.child.date_of_birth
    out = []
    for c in content.network:
        item = roles.get(c.role)
        group = str(item.extra.get("group", "")) if item else ""
        callable_ = (c.is_emergency_contact or c.representation_on(today, born) == "current"
                     or (group in CALL_GROUPS and c.role != "leverancier"))
        if callable_ and c.role_held_on(today) and not c.phone.strip():
            name = c.name or c.organisation or "Contact"
            out.append(Missing(c.KIND, c.id, f"{name}: geen telefoonnummer."))
    return out


def _stale(content: DossierContent, kinds: tuple[str, ...], today: date) -> list[Missing]:
    """Per kind one line: how many were never checked or not within the review period."""
    months = content.child.review_months
    by_kind: dict[str, list[Record]] = {}
    for record in content.records():
        if record.KIND in kinds:
            by_kind.setdefault(record.KIND, []).append(record)
    out = []
    for kind in kinds:
        records = by_kind.get(kind, [])
        never = [r for r in records if r.checked_on is None]
        old = [r for r in records if r.checked_on is not None
               and content.child.review_before(r.checked_on) < today]
        if not never and not old:
            continue
        name = KIND_LABELS[kind]
        first = (never or sorted(old, key=lambda r: r.checked_on))[0]
        parts = []
        if never:
            parts.append(f"{len(never)} nog nooit nagekeken")
        if old:
            oldest = min(r.checked_on for r in old)
            parts.append(f"{len(old)} langer dan {months} maanden niet nagekeken "
                         f"(oudste {dutch_date(oldest)})")
        out.append(Missing(kind, first.id, f"{name}: {', '.join(parts)}."))
    return out
