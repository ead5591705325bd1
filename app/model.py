"""The dossier's content as plain dataclasses: every part of one child's care, no Qt, no SQL.

Conventions (see docs/domain.md):
- every top-level record has a stable ``KIND``, an ``id`` (uuid4 hex), ``checked_on`` (the date a
  family member last confirmed it is still right) and ``label()``;
- every field has a default, so a half-filled record can be saved (autosave, forgiving input);
- closed sets that code depends on are ``StrEnum``s; extendable lists (law, financier,
  zorgprofiel, leveringsvorm, contact role, aid category, decision kind) are plain ``str`` codes
  checked against reference data (``app.reference``), never rejected by the model;
- money is an ``int`` number of euro cents (``amount_cents``), never a float;
- ``validate()`` raises ``ValidationError`` (path relative to the record) for broken rules that
  no screen should ever store, such as an end date before a start date.
"""

from __future__ import annotations

import calendar
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import ClassVar

from app.errors import ValidationError


def new_id() -> str:
    """A fresh record id: 32 lowercase hex characters (uuid4)."""
    return uuid.uuid4().hex


# --- closed sets -------------------------------------------------------------------------------


class SignalCategory(StrEnum):
    PAIN = "pain"
    DISCOMFORT = "discomfort"
    CONTENTMENT = "contentment"
    TIREDNESS = "tiredness"
    COMFORT = "comfort"  # what comforts me
    DISLIKE = "dislike"  # what I do not like
    NOT_A_SEIZURE = "not_a_seizure"  # looks like a seizure, but is not
    OTHER = "other"


SIGNAL_CATEGORY_LABELS: dict[SignalCategory, str] = {
    SignalCategory.PAIN: "Pijn",
    SignalCategory.DISCOMFORT: "Ongemak",
    SignalCategory.CONTENTMENT: "Tevreden",
    SignalCategory.TIREDNESS: "Moe",
    SignalCategory.COMFORT: "Troost",
    SignalCategory.DISLIKE: "Niet fijn",
    SignalCategory.NOT_A_SEIZURE: "Lijkt op een aanval, maar is het niet",
    SignalCategory.OTHER: "Anders",
}


class FeedingMethod(StrEnum):
    ORAL = "oral"
    SONDE = "sonde"
    BOTH = "both"


FEEDING_METHOD_LABELS: dict[FeedingMethod, str] = {
    FeedingMethod.ORAL: "Via de mond",
    FeedingMethod.SONDE: "Via de sonde",
    FeedingMethod.BOTH: "Via mond en sonde",
}


class DecisionStatus(StrEnum):
    APPLIED = "aangevraagd"
    GRANTED = "toegekend"
    PARTLY_GRANTED = "deels_toegekend"
    REJECTED = "afgewezen"
    EXPIRED = "verlopen"
    WITHDRAWN = "ingetrokken"


DECISION_STATUS_LABELS: dict[DecisionStatus, str] = {
    DecisionStatus.APPLIED: "Aangevraagd",
    DecisionStatus.GRANTED: "Toegekend",
    DecisionStatus.PARTLY_GRANTED: "Deels toegekend",
    DecisionStatus.REJECTED: "Afgewezen",
    DecisionStatus.EXPIRED: "Verlopen",
    DecisionStatus.WITHDRAWN: "Ingetrokken",
}

#: Statuses of a decision that has actually been taken (a bezwaar is possible against these).
DECIDED_STATUSES = frozenset(
    {DecisionStatus.GRANTED, DecisionStatus.PARTLY_GRANTED, DecisionStatus.REJECTED}
)
#: Statuses of a decision that gives the child something that may have to be renewed.
GRANTED_STATUSES = frozenset({DecisionStatus.GRANTED, DecisionStatus.PARTLY_GRANTED})

#: Decision kinds (reference `decision_kinds`) that already say the outcome: the status of such
#: a decision must be one of these, so "Soort: Afwijzing" never sits beside "Status: Toegekend".
KIND_ALLOWS_STATUSES: dict[str, frozenset[DecisionStatus]] = {
    "afwijzing": frozenset({DecisionStatus.REJECTED, DecisionStatus.PARTLY_GRANTED}),
    "toekenning_hulpmiddel": frozenset(set(DecisionStatus) - {DecisionStatus.REJECTED}),
    "pgb_toekenning": frozenset(set(DecisionStatus) - {DecisionStatus.REJECTED}),
}


def reconcile_kind_and_status(kind: str, status: str) -> tuple[str, str]:
    """Make an old record's decision kind and status agree (migration and old imports).

    The kind "afwijzing" always meant a rejection, so the status follows it; a "toekenning"
    kind with a rejected status keeps the status (the outcome) and becomes a plain beschikking.
    """
    allowed = KIND_ALLOWS_STATUSES.get(kind)
    if allowed is None or status in {s.value for s in allowed}:
        return kind, status
    if kind == "afwijzing":
        return kind, DecisionStatus.REJECTED.value
    return "beschikking", status


class BezwaarOutcome(StrEnum):
    """The outcome of a bezwaar (the "beslissing op bezwaar")."""

    UPHELD = "gegrond"
    PARTLY_UPHELD = "deels_gegrond"
    REJECTED = "ongegrond"
    WITHDRAWN = "ingetrokken"


BEZWAAR_OUTCOME_LABELS: dict[BezwaarOutcome, str] = {
    BezwaarOutcome.UPHELD: "Gegrond",
    BezwaarOutcome.PARTLY_UPHELD: "Deels gegrond",
    BezwaarOutcome.REJECTED: "Ongegrond",
    BezwaarOutcome.WITHDRAWN: "Ingetrokken",
}


class AidStage(StrEnum):
    """The stages of an aid request, in their natural order."""

    NEED = "need"
    PREPARING = "preparing"
    SUBMITTED = "submitted"
    ASSESSMENT = "assessment"
    DECISION = "decision"
    BEZWAAR = "bezwaar"  # a bezwaar is being prepared (not sent yet)
    BEZWAAR_FILED = "bezwaar_filed"  # the bezwaar was sent (the transition's date)
    ORDERED = "ordered"
    DELIVERED = "delivered"
    IN_USE = "in_use"
    REPAIR = "repair"


AID_STAGE_LABELS: dict[AidStage, str] = {
    AidStage.NEED: "Wens/behoefte",
    AidStage.PREPARING: "Voorbereiden",
    AidStage.SUBMITTED: "Ingediend",
    AidStage.ASSESSMENT: "Beoordeling",
    AidStage.DECISION: "Besluit",
    AidStage.BEZWAAR: "Bezwaar in voorbereiding",
    AidStage.BEZWAAR_FILED: "Bezwaar ingediend",
    AidStage.ORDERED: "Besteld",
    AidStage.DELIVERED: "Geleverd",
    AidStage.IN_USE: "In gebruik",
    AidStage.REPAIR: "Reparatie/vervanging",
}

AID_STAGE_ORDER: dict[AidStage, int] = {stage: i for i, stage in enumerate(AidStage)}


class GoalStatus(StrEnum):
    UNKNOWN = "onbekend"
    OPEN = "open"
    WORKING = "bezig"
    REACHED = "behaald"
    STOPPED = "gestopt"


GOAL_STATUS_LABELS: dict[GoalStatus, str] = {
    GoalStatus.UNKNOWN: "Onbekend",
    GoalStatus.OPEN: "Nog niet begonnen",
    GoalStatus.WORKING: "Mee bezig",
    GoalStatus.REACHED: "Behaald",
    GoalStatus.STOPPED: "Gestopt",
}


class JournalChannel(StrEnum):
    PHONE = "telefoon"
    EMAIL = "e-mail"
    LETTER = "brief"
    MEETING = "gesprek"
    PORTAL = "portaal"
    OTHER = "anders"


JOURNAL_CHANNEL_LABELS: dict[JournalChannel, str] = {
    JournalChannel.PHONE: "Telefoon",
    JournalChannel.EMAIL: "E-mail",
    JournalChannel.LETTER: "Brief",
    JournalChannel.MEETING: "Gesprek",
    JournalChannel.PORTAL: "Portaal",
    JournalChannel.OTHER: "Anders",
}


# --- small checks shared by validate() ----------------------------------------------------------

_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
MAX_OVERRIDE_DAYS = 3650


def bsn_is_valid(bsn: str) -> bool:
    """The elfproef for a Dutch BSN: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11."""
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit():
        return False
    digits = [int(c) for c in bsn]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0 and bsn != "000000000"


def _check_order(start: date | None, end: date | None, end_path: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            f"de einddatum ({dutch_date(end)}) ligt vóór de begindatum ({dutch_date(start)})",
            end_path,
        )


def _check_overrides(overrides: dict[str, int]) -> None:
    for rule_id, days in overrides.items():
        path = f"deadline_overrides[{rule_id!r}]"
        if not rule_id.strip():
            raise ValidationError("de naam van de termijnregel is leeg", "deadline_overrides")
        if not 0 <= days <= MAX_OVERRIDE_DAYS:
            raise ValidationError(
                f"een termijn moet tussen 0 en {MAX_OVERRIDE_DAYS} dagen liggen, niet {days}", path
            )


# --- records -----------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Record:
    """Fields every top-level record shares."""

    KIND: ClassVar[str] = ""

    id: str = field(default_factory=new_id)
    checked_on: date | None = None
    #: Names of this record's date fields of which only the month is known ("mei 2026"); such
    #: a date is stored as the first of the month.
    month_only_dates: list[str] = field(default_factory=list)

    def label(self) -> str:  # pragma: no cover - every subclass overrides
        return self.KIND

    def validate(self) -> None:
        """Raise ValidationError if the record breaks a rule (subclasses add their own)."""
        self.check_month_only_dates()

    def check_month_only_dates(self) -> None:
        for i, name in enumerate(self.month_only_dates):
            value = getattr(self, name, _NO_FIELD) if not name.startswith("_") else _NO_FIELD
            if value is _NO_FIELD or not (value is None or isinstance(value, date)):
                raise ValidationError(
                    f"'{name[:40]}' is geen datumveld van dit onderdeel", f"month_only_dates[{i}]"
                )
            if value is not None and value.day != 1:
                raise ValidationError(
                    "een datum waarvan alleen de maand bekend is, staat op de eerste van de maand",
                    f"month_only_dates[{i}]",
                )

    def shown_date(self, name: str, empty: str = "") -> str:
        """The date field `name` as a reader should see it: "mei 2026" or dd-mm-jjjj."""
        value = getattr(self, name)
        if value is None:
            return empty
        return month_year(value) if name in self.month_only_dates else dutch_date(value)


_NO_FIELD = object()


@dataclass(kw_only=True)
class ChildProfile(Record):
    """Who the child is ("over mij"). One per dossier."""

    KIND: ClassVar[str] = "child_profile"

    name: str = ""
    date_of_birth: date | None = None
    photo_document_id: str | None = None
    bsn: str = ""
    address: str = ""  # where the child lives (the bezwaarschrift and the passport need it)
    #: Allergies: None = not filled in yet, True = checked, none known, False = see the list.
    no_known_allergies: bool | None = None
    #: Laws under which the child has no decision, with the reason ("Jeugdwet": "zorg uit de
    #: Wlz"). Milestones and checks that belong to such a law are left out.
    no_decision_laws: dict[str, str] = field(default_factory=dict)
    #: How many months after the last check a section must be checked again ("Nakijken vóór").
    review_months: int = 6
    diagnoses: list[str] = field(default_factory=list)
    happy_with: str = ""
    dislikes: str = ""
    daily_rhythm: str = ""
    sleep: str = ""
    positioning: str = ""
    personal_care: str = ""
    sensory_profile: str = ""
    about_me: str = ""
    deadline_overrides: dict[str, int] = field(default_factory=dict)

    def label(self) -> str:
        return self.name or "Over mij"

    def age_on(self, on: date) -> int | None:
        """Age in whole years on `on` (None without a date of birth)."""
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

    def validate(self) -> None:
        if self.bsn and not bsn_is_valid(self.bsn):
            raise ValidationError(
                "dit is geen geldig BSN (9 cijfers, de elfproef klopt niet)", "bsn"
            )
        if not 1 <= self.review_months <= 60:
            raise ValidationError(
                "nakijken kan om de 1 tot 60 maanden, niet om de "
                f"{self.review_months}", "review_months"
            )
        for law in self.no_decision_laws:
            if not law.strip():
                raise ValidationError("de naam van de wet is leeg", "no_decision_laws")
        _check_overrides(self.deadline_overrides)
        self.check_month_only_dates()

    def review_before(self, last_checked: date) -> date:
        """The "nakijken vóór" date for a section last checked on `last_checked`."""
        month_index = last_checked.year * 12 + last_checked.month - 1 + self.review_months
        year, month = divmod(month_index, 12)
        last_day = calendar.monthrange(year, month + 1)[1]
        return date(year, month + 1, min(last_checked.day, last_day))


@dataclass(kw_only=True)
class Signal(Record):
    """One entry of the communication dictionary: what you see, what it means, what to do."""

    KIND: ClassVar[str] = "signal"

    category: SignalCategory = SignalCategory.OTHER
    what_you_see: str = ""
    meaning: str = ""
    what_to_do: str = ""
    channel: str = ""  # free text: geluid, gezicht, spierspanning, ademhaling, beweging...

    def label(self) -> str:
        return f"{SIGNAL_CATEGORY_LABELS[self.category]}: {_short(self.what_you_see) or 'signaal'}"


@dataclass(kw_only=True)
class Medication(Record):
    KIND: ClassVar[str] = "medication"

    name: str = ""
    dose: str = ""
    form_route: str = ""
    times: list[str] = field(default_factory=list)  # "HH:MM"
    purpose: str = ""
    prescriber: str = ""
    start_date: date | None = None
    stop_date: date | None = None
    is_rescue: bool = False
    notes: str = ""

    def label(self) -> str:
        return " ".join(part for part in (self.name or "Medicijn", self.dose) if part)

    def is_active(self, on: date) -> bool:
        """Taken on `on`: started (or no start known) and not stopped before or on that day."""
        if self.start_date is not None and on < self.start_date:
            return False
        return self.stop_date is None or on < self.stop_date

    def first_time(self) -> str:
        """The earliest time of day it is taken ("" when none: "as needed")."""
        valid = sorted(t for t in self.times if _TIME_RE.match(t))
        return valid[0] if valid else ""

    def validate(self) -> None:
        for i, time in enumerate(self.times):
            if not _TIME_RE.match(time):
                raise ValidationError(
                    f"{time!r} is geen geldige tijd (gebruik uu:mm, bijvoorbeeld 08:00)",
                    f"times[{i}]",
                )
        _check_order(self.start_date, self.stop_date, "stop_date")
        self.check_month_only_dates()


def medication_order(med: Medication) -> tuple:
    """Rescue medicine first, then by the first time of the day, then by name (as needed last)."""
    first = med.first_time()
    return (not med.is_rescue, first == "", first, med.name.casefold(), med.id)


@dataclass(kw_only=True)
class Allergy(Record):
    KIND: ClassVar[str] = "allergy"

    substance: str = ""
    reaction: str = ""
    severity: str = ""
    is_intolerance: bool = False

    def label(self) -> str:
        kind = "Intolerantie" if self.is_intolerance else "Allergie"
        return f"{kind}: {self.substance or '?'}"


def allergy_order(allergy: Allergy) -> tuple:
    """Allergies before intolerances, then by substance."""
    return (allergy.is_intolerance, allergy.substance.casefold(), allergy.id)


@dataclass(kw_only=True)
class SeizureType:
    name: str = ""
    what_it_looks_like: str = ""
    usual_duration: str = ""
    frequency: str = ""  # how often: "een paar keer per week", "zelden"
    what_to_do: str = ""


@dataclass(kw_only=True)
class EpilepsyProtocol(Record):
    """Seizure types and the emergency protocol. One per dossier."""

    KIND: ClassVar[str] = "epilepsy_protocol"

    seizure_types: list[SeizureType] = field(default_factory=list)
    rescue_medication_when: str = ""
    #: The rescue medicine is kept once, in Medicijnen; the protocol points at that record.
    rescue_medication_id: str | None = None
    #: Older dossiers kept the rescue medicine here as text; shown only when nothing is linked.
    rescue_medication: str = ""
    call_112_when: str = ""
    after_seizure: str = ""
    notes: str = ""

    def label(self) -> str:
        return "Epilepsie en noodprotocol"

    def rescue_medicine(self, content: DossierContent) -> Medication | None:
        """The linked rescue medicine, else the only medicine marked as rescue medicine."""
        linked = next((m for m in content.medications if m.id == self.rescue_medication_id), None)
        if linked is not None or self.rescue_medication_id:
            return linked
        rescue = [m for m in content.medications if m.is_rescue]
        return rescue[0] if len(rescue) == 1 and not self.rescue_medication.strip() else None


@dataclass(kw_only=True)
class Feeding(Record):
    """How the child eats and drinks. One per dossier."""

    KIND: ClassVar[str] = "feeding"

    # No default that can harm: unset until a parent says how the child eats.
    method: FeedingMethod | None = None
    nothing_by_mouth: bool | None = None  # "niets via de mond": None = not filled in
    product: str = ""
    schedule: str = ""
    pump_rate: str = ""
    position: str = ""  # during and after feeding: "half rechtop, 30 minuten na"
    flushing: str = ""  # sonde: "doorspoelen met 20 ml water voor en na"
    swallowing_risks: str = ""
    drinking: str = ""
    notes: str = ""

    def label(self) -> str:
        if self.method is None:
            return "Voeding"
        return f"Voeding ({FEEDING_METHOD_LABELS[self.method].lower()})"


@dataclass(kw_only=True)
class Breathing(Record):
    """Breathing support. One per dossier."""

    KIND: ClassVar[str] = "breathing"

    oxygen: str = ""
    suction: str = ""
    notes: str = ""

    def label(self) -> str:
        return "Ademhaling"


@dataclass(kw_only=True)
class Alert(Record):
    """Any other medical alert (e.g. "geen bloeddruk meten aan de linkerarm")."""

    KIND: ClassVar[str] = "alert"

    title: str = ""
    details: str = ""

    def label(self) -> str:
        return self.title or "Let op"


@dataclass(kw_only=True)
class Contact(Record):
    """A person or organisation in the network."""

    KIND: ClassVar[str] = "contact"

    name: str = ""
    organisation: str = ""
    role: str = ""  # code from reference data `contact_roles`
    relationship: str = ""  # free text: "tante (zus van vader)", "broer"
    role_start: date | None = None  # the care role (pgb worker, KDC...) from ...
    role_end: date | None = None  # ... until this day (inclusive)
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    is_legal_representative: bool = False
    legal_scope: str = ""  # mentorschap / curatele / bewind
    legal_start: date | None = None
    legal_end: date | None = None
    is_emergency_contact: bool = False
    priority: int = 0  # emergency contacts: 1 is called first; 0 = no order

    def label(self) -> str:
        name = self.name or self.organisation or "Contact"
        if self.name and self.organisation:
            name = f"{self.name}, {self.organisation}"
        return f"{name} ({self.role})" if self.role else name

    def validate(self) -> None:
        if self.priority < 0:
            raise ValidationError("de volgorde kan niet negatief zijn", "priority")
        _check_order(self.legal_start, self.legal_end, "legal_end")
        _check_order(self.role_start, self.role_end, "role_end")
        self.check_month_only_dates()

    def role_held_on(self, on: date) -> bool:
        """Holds their care role on `on` (no dates: always)."""
        if self.role_start is not None and on < self.role_start:
            return False
        return self.role_end is None or on <= self.role_end

    def representation_on(self, on: date, child_born: date | None = None) -> str | None:
        """The legal representation on `on`: "current", "future", "past" or None (none).

        Ouderlijk gezag ends by law on the child's 18th birthday (BW 1:245), also when the
        family did not type an end date.
        """
        if not self.is_legal_representative:
            return None
        end = self.legal_end
        if end is None and child_born is not None and _is_parental(self.legal_scope):
            end = _add_years(child_born, 18) - timedelta(days=1)
        if self.legal_start is not None and on < self.legal_start:
            return "future"
        if end is not None and on > end:
            return "past"
        return "current"

    def representative_title(self) -> str:
        """"mentor", "curator", "bewindvoerder" or "wettelijk vertegenwoordiger"."""
        scope = self.legal_scope.casefold()
        for word, title in (("mentor", "mentor"), ("curatele", "curator"),
                            ("curator", "curator"), ("bewind", "bewindvoerder")):
            if word in scope:
                return title
        return "wettelijk vertegenwoordiger"


def _is_parental(scope: str) -> bool:
    return "ouderlijk" in scope.casefold() or "gezag" in scope.casefold()


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(kw_only=True)
class Bezwaar:
    """An objection against a decision (Awb) and how it went."""

    filed_on: date | None = None
    decision_expected_on: date | None = None
    decision_period_days: int | None = None  # the body's period for this case; sources differ
    outcome: BezwaarOutcome | None = None
    decided_on: date | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Decision(Record):
    """An indicatie or besluit: a decision by CIZ, zorgkantoor, gemeente, insurer..."""

    KIND: ClassVar[str] = "decision"

    law: str = ""  # reference `laws`: Wlz, Wmo, Zvw, Jeugdwet, anders
    financier: str = ""  # reference `financiers`
    kind: str = ""  # reference `decision_kinds`: indicatiebesluit, beschikking, meerzorg...
    reference: str = ""  # kenmerk / besluitnummer
    subject: str = ""
    decision_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    status: DecisionStatus = DecisionStatus.APPLIED
    zorgprofiel: str = ""  # reference `zorgprofielen`
    leveringsvorm: str = ""  # reference `leveringsvormen`
    document_ids: list[str] = field(default_factory=list)
    linked_ids: list[str] = field(default_factory=list)
    bezwaar: Bezwaar | None = None
    deadline_overrides: dict[str, int] = field(default_factory=dict)  # rule id -> days
    notes: str = ""

    def label(self) -> str:
        # "Wmo beschikking: aangepast vervoer (11-11-2026)": what, about what, and when.
        text = " ".join(p for p in (self.law, self.kind.replace("_", "-")) if p)
        if self.subject.strip():
            text = f"{text}: {_short(self.subject, 50)}" if text else _short(self.subject, 50)
        when = self.decision_date or self.start_date
        if when is not None:
            text = f"{text} ({dutch_date(when)})" if text else dutch_date(when)
        return text or "Besluit"

    def validate(self) -> None:
        _check_order(self.start_date, self.end_date, "end_date")
        allowed = KIND_ALLOWS_STATUSES.get(self.kind)
        if allowed is not None and self.status not in allowed:
            raise ValidationError(
                f"de soort ({self.kind}) en de uitkomst "
                f"({DECISION_STATUS_LABELS[self.status].lower()}) spreken elkaar tegen",
                "status",
            )
        self.check_month_only_dates()
        if self.bezwaar is not None:
            b = self.bezwaar
            if b.filed_on and self.decision_date and b.filed_on < self.decision_date:
                raise ValidationError(
                    "het bezwaar is ingediend vóór de datum van het besluit", "bezwaar.filed_on"
                )
            if b.decision_period_days is not None and not 1 <= b.decision_period_days <= 730:
                raise ValidationError(
                    "de beslistermijn moet tussen 1 en 730 dagen liggen",
                    "bezwaar.decision_period_days",
                )
            _check_order(b.filed_on, b.decided_on, "bezwaar.decided_on")
        _check_overrides(self.deadline_overrides)


@dataclass(kw_only=True)
class CounterAttempt:
    """A counter (loket) tried for an aid request, and what it answered."""

    counter: str = ""
    law: str = ""
    on: date | None = None
    answer: str = ""


@dataclass(kw_only=True)
class StageTransition:
    stage: AidStage = AidStage.NEED
    on: date | None = None
    note: str = ""


@dataclass(kw_only=True)
class Quote:
    """A supplier's quote. Amounts are whole euro cents (123450 = EUR 1.234,50)."""

    supplier: str = ""
    amount_cents: int | None = None
    on: date | None = None
    document_id: str | None = None


@dataclass(kw_only=True)
class DeliveryCheck:
    """After delivery: is it what was asked for and does it fit?"""

    checked_on: date | None = None
    is_correct: bool | None = None
    issues: str = ""


@dataclass(kw_only=True)
class AidRequest(Record):
    """A request for an aid, home adaptation or transport, with its dated stage history."""

    KIND: ClassVar[str] = "aid_request"

    title: str = ""
    category: str = ""  # reference `aid_categories`
    why: str = ""
    counters: list[CounterAttempt] = field(default_factory=list)
    stage: AidStage = AidStage.NEED
    transitions: list[StageTransition] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    professionals: list[str] = field(default_factory=list)  # contact ids
    decision_ids: list[str] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)
    linked_ids: list[str] = field(default_factory=list)
    delivery_check: DeliveryCheck | None = None
    notes: str = ""

    def label(self) -> str:
        return f"{self.title or 'Aanvraag'} ({AID_STAGE_LABELS[self.stage]})"

    def stage_since(self) -> date | None:
        """The date of the move into the current stage, if recorded."""
        return self.transitions[-1].on if self.transitions else None

    def validate(self) -> None:
        previous: date | None = None
        for i, transition in enumerate(self.transitions):
            if transition.on is not None and previous is not None and transition.on < previous:
                raise ValidationError(
                    "de stappen staan niet op datumvolgorde: deze datum ligt vóór de vorige stap",
                    f"transitions[{i}].on",
                )
            previous = transition.on or previous
        if self.transitions and self.transitions[-1].stage != self.stage:
            raise ValidationError(
                f"de fase ({self.stage.value}) is niet de laatste stap in de geschiedenis "
                f"({self.transitions[-1].stage.value})",
                "stage",
            )
        for i, quote in enumerate(self.quotes):
            if quote.amount_cents is not None and quote.amount_cents < 0:
                raise ValidationError(
                    "een bedrag kan niet negatief zijn", f"quotes[{i}].amount_cents"
                )
        self.check_month_only_dates()


@dataclass(kw_only=True)
class Goal:
    text: str = ""
    status: GoalStatus = GoalStatus.OPEN


@dataclass(kw_only=True)
class Agreement:
    what: str = ""
    who: str = ""
    when: str = ""  # free text: "elke dinsdag", "voor de zomer"


@dataclass(kw_only=True)
class Evaluation:
    planned_on: date | None = None
    held_on: date | None = None
    outcome: str = ""


@dataclass(kw_only=True)
class CarePlan(Record):
    """A zorgplan of one provider (KDC, logeerhuis, pgb team...)."""

    KIND: ClassVar[str] = "care_plan"

    provider: str = ""
    provider_contact_id: str | None = None
    title: str = ""
    goals: list[Goal] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    evaluation_dates: list[Evaluation] = field(default_factory=list)
    next_meeting_prep: str = ""
    document_ids: list[str] = field(default_factory=list)
    valid_from: date | None = None
    valid_until: date | None = None
    deadline_overrides: dict[str, int] = field(default_factory=dict)
    notes: str = ""

    def label(self) -> str:
        provider = self.provider or "zorgaanbieder"
        return f"Zorgplan {provider}: {self.title}" if self.title else f"Zorgplan {provider}"

    def last_held_evaluation(self) -> date | None:
        held = [e.held_on for e in self.evaluation_dates if e.held_on is not None]
        return max(held) if held else None

    def validate(self) -> None:
        _check_order(self.valid_from, self.valid_until, "valid_until")
        _check_overrides(self.deadline_overrides)
        self.check_month_only_dates()


@dataclass(kw_only=True)
class EmergencyPlan:
    """If a parent drops out tomorrow."""

    who_comes: str = ""
    who_to_call: str = ""
    where_child_can_stay: str = ""
    first_24_hours: str = ""


@dataclass(kw_only=True)
class CareTask:
    task: str = ""
    who_takes_over: str = ""
    backup: str = ""
    what_they_must_know: str = ""


@dataclass(kw_only=True)
class LegalMoney:
    representation: str = ""  # mentorschap / curatele / bewind (combinations in words)
    representative_contact_id: str | None = None
    will: str = ""
    pgb_budget_holder: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class WaitingListRegistration:
    where: str = ""
    registered_on: date | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Housing:
    wishes: str = ""
    waiting_lists: list[WaitingListRegistration] = field(default_factory=list)
    respite: str = ""


@dataclass(kw_only=True)
class FuturePlan(Record):
    """ "Wat als ik het niet meer kan?": the plan for when the parents can no longer care."""

    KIND: ClassVar[str] = "future_plan"

    emergency_plan: EmergencyPlan = field(default_factory=EmergencyPlan)
    care_tasks: list[CareTask] = field(default_factory=list)
    legal: LegalMoney = field(default_factory=LegalMoney)
    housing: Housing = field(default_factory=Housing)
    parents_words: str = ""
    review_date: date | None = None
    deadline_overrides: dict[str, int] = field(default_factory=dict)

    #: The sections a complete plan fills, with their Dutch names (in display order).
    SECTIONS: ClassVar[dict[str, str]] = {
        "emergency_plan": "Noodplan",
        "care_tasks": "Wie neemt welke zorg over",
        "legal": "Juridisch en geld",
        "housing": "Wonen",
        "parents_words": "In onze woorden",
        "review_date": "Datum om het plan na te lopen",
    }

    def label(self) -> str:
        return "Toekomstplan: wat als ik het niet meer kan?"

    def _section_filled(self, name: str) -> bool:
        if name == "emergency_plan":
            e = self.emergency_plan
            return bool(e.who_comes.strip() and e.who_to_call.strip())
        if name == "care_tasks":
            return any(t.task.strip() and t.who_takes_over.strip() for t in self.care_tasks)
        if name == "legal":
            g = self.legal
            return bool(g.representation.strip() or g.representative_contact_id or g.will.strip())
        if name == "housing":
            h = self.housing
            return bool(h.wishes.strip() or h.waiting_lists or h.respite.strip())
        if name == "parents_words":
            return bool(self.parents_words.strip())
        if name == "review_date":
            return self.review_date is not None
        raise KeyError(name)

    def sections_missing(self) -> list[str]:
        """Names (keys of SECTIONS) of the sections that are still empty, in display order."""
        return [name for name in self.SECTIONS if not self._section_filled(name)]

    def completeness(self) -> float:
        """Fraction (0..1) of SECTIONS that are filled."""
        return 1 - len(self.sections_missing()) / len(self.SECTIONS)

    def validate(self) -> None:
        _check_overrides(self.deadline_overrides)
        self.check_month_only_dates()


@dataclass(kw_only=True)
class JournalEntry(Record):
    """One line of the contact log: a call, letter or meeting, who said what."""

    KIND: ClassVar[str] = "journal_entry"

    on: date | None = None
    who: str = ""
    contact_id: str | None = None
    channel: JournalChannel = JournalChannel.PHONE
    summary: str = ""
    follow_up: str = ""
    follow_up_on: date | None = None
    follow_up_done: bool = False
    linked_ids: list[str] = field(default_factory=list)

    def label(self) -> str:
        when = dutch_date(self.on) if self.on else "zonder datum"
        who = f" {self.who}" if self.who else ""
        return f"{when} {self.channel.value}{who}: {_short(self.summary)}".rstrip(": ")


# --- the whole dossier -------------------------------------------------------------------------


@dataclass(kw_only=True)
class DossierContent:
    """The whole dossier in memory (documents themselves live in storage)."""

    child: ChildProfile = field(default_factory=ChildProfile)
    signals: list[Signal] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    allergies: list[Allergy] = field(default_factory=list)
    epilepsy: EpilepsyProtocol | None = None
    feeding: Feeding | None = None
    breathing: Breathing | None = None
    alerts: list[Alert] = field(default_factory=list)
    network: list[Contact] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    aid_requests: list[AidRequest] = field(default_factory=list)
    care_plans: list[CarePlan] = field(default_factory=list)
    future_plan: FuturePlan | None = None
    journal: list[JournalEntry] = field(default_factory=list)

    def records(self) -> Iterator[Record]:
        """Every record, singletons first, in the order of CONTENT_FIELDS."""
        for name in CONTENT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, list):
                yield from value
            elif value is not None:
                yield value

    def find(self, record_id: str) -> Record | None:
        for record in self.records():
            if record.id == record_id:
                return record
        return None

    def contact(self, contact_id: str | None) -> Contact | None:
        return next((c for c in self.network if c.id == contact_id), None)


#: DossierContent attribute -> KIND of the records it holds.
CONTENT_FIELDS: dict[str, str] = {
    "child": "child_profile",
    "signals": "signal",
    "medications": "medication",
    "allergies": "allergy",
    "epilepsy": "epilepsy_protocol",
    "feeding": "feeding",
    "breathing": "breathing",
    "alerts": "alert",
    "network": "contact",
    "decisions": "decision",
    "aid_requests": "aid_request",
    "care_plans": "care_plan",
    "future_plan": "future_plan",
    "journal": "journal_entry",
}

RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (
        ChildProfile,
        Signal,
        Medication,
        Allergy,
        EpilepsyProtocol,
        Feeding,
        Breathing,
        Alert,
        Contact,
        Decision,
        AidRequest,
        CarePlan,
        FuturePlan,
        JournalEntry,
    )
}

#: Kinds of which a dossier holds at most one record.
SINGLETON_KINDS: frozenset[str] = frozenset(
    {"child_profile", "epilepsy_protocol", "feeding", "breathing", "future_plan"}
)

#: Dutch names of the kinds, for lists and search results.
KIND_LABELS: dict[str, str] = {
    "child_profile": "Over mij",
    "signal": "Signaal",
    "medication": "Medicijn",
    "allergy": "Allergie",
    "epilepsy_protocol": "Epilepsie",
    "feeding": "Voeding",
    "breathing": "Ademhaling",
    "alert": "Let op",
    "contact": "Netwerk",
    "decision": "Indicatie of besluit",
    "aid_request": "Hulpmiddel-aanvraag",
    "care_plan": "Zorgplan",
    "future_plan": "Toekomstplan",
    "journal_entry": "Contactlog",
}


def dutch_date(day: date) -> str:
    """A date as Dutch readers write it: dd-mm-jjjj."""
    return day.strftime("%d-%m-%Y")


MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")


def month_year(day: date) -> str:
    """A month-only date: "mei 2026"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
