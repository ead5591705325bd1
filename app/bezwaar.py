"""A bezwaarschrift (objection letter) against a decision, prefilled from the dossier.

`make_letter` builds the letter's content as plain data (no layout): what the Awb asks (name
and address of the indiener, the date, the decision with kenmerk and date, the grounds, a
signature), or the pro-forma variant that asks for a term to send the grounds later.
The rules and their sources come from the dated reference data (`bezwaar_rules`);
`exports.bezwaar` turns the letter into a PDF to sign and an editable .docx.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.deadlines import add_months
from app.errors import ValidationError
from app.model import (
    DECIDED_STATUSES,
    GRANTED_STATUSES,
    Contact,
    Decision,
    DecisionStatus,
    DossierContent,
    dutch_date,
)
from app.reference import ReferenceItem, ReferenceList, load_reference

#: Shown where the family still has to write something (the .docx is edited, the PDF signed).
FILL_IN = "[vul hier in]"

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(kw_only=True)
class BezwaarLetter:
    pro_forma: bool
    sender_lines: list[str]  # name(s), address, phone, e-mail
    signers: list[str]  # who signs (each gets a signature line)
    place_and_date: str
    addressee_lines: list[str]
    subject: str
    salutation: str
    sections: list[tuple[str, list[str]]]  # (heading, paragraphs)
    closing: str
    enclosures: list[str] = field(default_factory=list)
    last_day: date | None = None  # the last day of the bezwaar term (for the family, not sent)
    rules: list[ReferenceItem] = field(default_factory=list)  # the Awb rules used, with source

    def plain_text(self) -> str:
        """The whole letter as text (tests, search, a quick look)."""
        parts = ["\n".join(self.sender_lines), self.place_and_date,
                 "\n".join(self.addressee_lines), f"Betreft: {self.subject}", self.salutation]
        for heading, paragraphs in self.sections:
            parts.append(heading)
            parts.extend(paragraphs)
        parts += [self.closing, "\n".join(self.signers)]
        if self.enclosures:
            parts.append("Bijlagen: " + "; ".join(self.enclosures))
        return "\n\n".join(p for p in parts if p)


def bezwaar_rules() -> ReferenceList:
    from app.reference import _list  # the shipped, dated list (not family-extendable)

    return _list("bezwaar_rules")


def last_day(decision: Decision, rules: ReferenceList | None = None) -> date | None:
    """The last day to file a bezwaar: the decision date plus the Awb term (6:7, 6:8), or the
    family's own period for this decision (deadline_overrides["bezwaar_deadline"])."""
    if decision.decision_date is None:
        return None
    if "bezwaar_deadline" in decision.deadline_overrides:
        return decision.decision_date + timedelta(days=decision.deadline_overrides[
            "bezwaar_deadline"])
    term = (rules or bezwaar_rules()).get("termijn")
    amount = int(term.extra.get("amount", 6)) if term else 6
    unit = str(term.extra.get("unit", "weeks")) if term else "weeks"
    if unit == "months":
        return add_months(decision.decision_date, amount)
    return decision.decision_date + timedelta(weeks=amount if unit == "weeks" else 0,
                                              days=amount if unit == "days" else 0)


def signers_for(content: DossierContent, on: date) -> list[Contact]:
    """Who files the bezwaar: the child's legal representatives on `on` (the parents while
    the child is a minor, a mentor or curator after)."""
    born = content.child.date_of_birth
    reps = [c for c in content.network
            if c.representation_on(on, born) == "current" and c.name.strip()]
    return sorted(reps, key=lambda c: (c.priority == 0, c.priority, c.name.casefold()))


def _addressee(content: DossierContent, decision: Decision) -> list[str]:
    ref = load_reference()
    body = ref.financiers.label_for(decision.financier) if decision.financier else ""
    contact = next((c for c in content.network
                    if decision.financier and c.role == decision.financier), None)
    lines = []
    if contact is not None and contact.organisation:
        lines.append(contact.organisation)
    elif body:
        lines.append(body)
    else:
        lines.append(FILL_IN + " (de instantie die het besluit nam)")
    lines.append("t.a.v. de afdeling bezwaar")
    if contact is not None and contact.address.strip():
        lines += [line.strip() for line in contact.address.replace(",", "\n").splitlines()
                  if line.strip()]
    else:
        lines.append(FILL_IN + " (adres uit het besluit)")
    return lines


def _what_was_decided(decision: Decision) -> str:
    if decision.status == DecisionStatus.REJECTED:
        return "In dit besluit wijst u de aanvraag af."
    if decision.status == DecisionStatus.PARTLY_GRANTED:
        return "In dit besluit kent u de aanvraag maar voor een deel toe."
    if decision.status in GRANTED_STATUSES:
        return "Ik ben het niet eens met (een deel van) dit besluit."
    return ""


def _indications(content: DossierContent, decision: Decision, on: date) -> list[str]:
    """The child's current granted indications other than this decision (one line each)."""
    out = []
    for d in sorted(content.decisions, key=lambda d: (d.law, d.start_date or date.min)):
        if d.id == decision.id or d.status not in GRANTED_STATUSES:
            continue
        if d.end_date is not None and d.end_date < on:
            continue
        what = " ".join(p for p in (d.law, d.kind.replace("_", "-"), d.zorgprofiel) if p)
        if d.subject.strip():
            what += f": {d.subject.strip()}"
        extra = [f"kenmerk {d.reference}"] if d.reference else []
        if d.end_date:
            extra.append(f"tot {dutch_date(d.end_date)}")
        out.append(what + (f" ({', '.join(extra)})" if extra else ""))
    return out


def make_letter(
    content: DossierContent, decision_id: str, today: date, *, pro_forma: bool = False
) -> BezwaarLetter:
    """The bezwaarschrift (or pro-forma bezwaar) against decision `decision_id`."""
    decision = next((d for d in content.decisions if d.id == decision_id), None)
    if decision is None:
        raise ValidationError(f"er is geen besluit met id '{decision_id}'", "decision")
    if decision.status not in DECIDED_STATUSES:
        raise ValidationError(
            "tegen dit besluit kan nog geen bezwaar: er is nog niet beslist (status "
            f"'{decision.status.value}')", "decision")
    rules = bezwaar_rules()
    child = content.child
    signers = signers_for(content, today)
    names = [c.name for c in signers] or [FILL_IN + " (uw naam)"]
    address = next((c.address for c in signers if c.address.strip()), "") or child.address
    sender = [" en ".join(names)]
    sender += [line.strip() for line in address.replace(",", "\n").splitlines() if line.strip()] \
        or [FILL_IN + " (uw adres)"]
    first = signers[0] if signers else None
    if first is not None and first.phone:
        sender.append(f"Telefoon: {first.phone}")
    if first is not None and first.email:
        sender.append(f"E-mail: {first.email}")
    place = ""
    if address.strip():
        # "Lindelaan 12, 9999 ZZ Waterveld" -> "Waterveld"
        place = address.replace(",", "\n").splitlines()[-1].strip().split(" ")[-1]
    place_and_date = f"{place}, {long_date(today)}" if place else long_date(today)

    decided_on = dutch_date(decision.decision_date) if decision.decision_date else FILL_IN
    kenmerk = decision.reference.strip() or FILL_IN
    subject = f"{'Pro-forma bezwaar' if pro_forma else 'Bezwaar'} tegen uw besluit van " \
              f"{decided_on}, kenmerk {kenmerk}"
    what = " ".join(p for p in (decision.law, decision.kind.replace("_", "-")) if p)
    about = decision.subject.strip()
    child_name = child.name.strip() or FILL_IN
    born = f", geboren op {dutch_date(child.date_of_birth)}" if child.date_of_birth else ""
    roles = sorted({c.legal_scope or c.representative_title() for c in signers})
    we = len(signers) > 1

    def say(single: str, plural: str) -> str:
        return plural if we else single

    if signers:
        as_who = say("Ik ben de wettelijk vertegenwoordiger", "Wij zijn de wettelijk "
                     "vertegenwoordigers") + f" van {child_name} ({', '.join(roles)})."
    else:
        as_who = f"Ik maak dit bezwaar namens {child_name}."
    intro = [
        say("Hierbij maak ik", "Hierbij maken wij") + " bezwaar tegen uw besluit van "
        f"{decided_on} met kenmerk {kenmerk}"
        + (f" ({what}" + (f": {about}" if about else "") + ")" if what or about else "")
        + f". Het besluit gaat over {child_name}{born}.",
        as_who,
    ]
    decided = _what_was_decided(decision)
    if decided:
        intro.append(decided)
    sections: list[tuple[str, list[str]]] = [("Het besluit", intro)]

    if pro_forma:
        herstel = rules.get("herstel")
        weeks = int(herstel.extra.get("amount", 4)) if herstel else 4
        sections.append(("Gronden", [
            "Dit is een pro-forma bezwaar: " + say("ik dien", "wij dienen") + " het op tijd "
            "in, zodat de bezwaartermijn niet verloopt. De gronden stuur"
            + say(" ik", "en wij") + " later.",
            say("Ik vraag u mij", "Wij vragen u ons") + f" een termijn van ten minste {weeks} "
            "weken te geven om de gronden aan te vullen (artikel 6:6 Awb).",
            "Wilt u " + say("mij", "ons") + " ook een kopie sturen van de stukken waarop het "
            "besluit rust, zoals het advies of het verslag van het gesprek (artikel 7:4 Awb)?",
        ]))
    else:
        grounds = []
        if decision.bezwaar is not None and decision.bezwaar.notes.strip():
            grounds.append(decision.bezwaar.notes.strip())
        else:
            grounds.append(FILL_IN + " Schrijf hier waarom het besluit niet klopt: wat heeft "
                           f"{child_name.split()[0]} nodig, en waarom is dit de juiste weg?")
        if child.diagnoses:
            grounds.append(f"Over {child_name}: " + "; ".join(child.diagnoses) + ".")
        indications = _indications(content, decision, today)
        if indications:
            grounds.append("Lopende indicaties en besluiten: " + "; ".join(indications) + ".")
        sections.append((say("Waarom ik bezwaar maak", "Waarom wij bezwaar maken")
                         + " (gronden)", grounds))

    sections.append((say("Mijn verzoek", "Ons verzoek"), [
        say("Ik vraag", "Wij vragen") + " u het besluit te herroepen en een nieuw besluit te "
        "nemen" + (" waarin u de aanvraag toekent." if decision.status == DecisionStatus.REJECTED
                   else "."),
        say("Ik wil", "Wij willen") + " graag gehoord worden voordat u op het bezwaar beslist "
        "(hoorzitting, artikel 7:2 Awb).",
    ]))
    enclosures = [f"kopie van het besluit van {decided_on} (kenmerk {kenmerk})"]
    closing = "Met vriendelijke groet,"
    return BezwaarLetter(
        pro_forma=pro_forma,
        sender_lines=sender,
        signers=names,
        place_and_date=place_and_date,
        addressee_lines=_addressee(content, decision),
        subject=subject,
        salutation="Geachte heer, mevrouw,",
        sections=sections,
        closing=closing,
        enclosures=enclosures,
        last_day=last_day(decision, rules),
        rules=[item for item in rules.items if item.is_valid_on(today)],
    )


def deadline_line(letter: BezwaarLetter, today: date) -> str:
    """For the family (never in the letter): how much time is left."""
    if letter.last_day is None:
        return "De besluitdatum ontbreekt: de laatste dag voor bezwaar is niet te berekenen."
    days = (letter.last_day - today).days
    when = dutch_date(letter.last_day)
    if days < 0:
        return (f"Let op: de bezwaartermijn liep af op {when}. Leg in de brief uit waarom het "
                "later is (artikel 6:11 Awb).")
    return f"Laatste dag voor bezwaar: {when} (nog {days} dagen)."

