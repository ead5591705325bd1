"""Papers a stranger can act on (issue 10): roles on the print date, nothing cut in silence, the
safety minimum on the noodkaart, sorting, and the 20-year passport at two pages.

Fixtures: the demo (a future mentor, a relative with a relationship, a stopped medicine, a
month-only date) plus eight extra contacts, and the 20-year demo.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from app.demo import demo_content, large_demo_content
from app.model import Allergy, Contact, Medication
from exports.pdf import ExportOptions, render

TODAY = date(2026, 11, 26)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join("\n".join(p.extract_text() or "" for p in reader.pages).split())


def _eight_more(content):
    """Eight extra contacts in an unhelpful (uuid-like) order, some without a role name."""
    extra = [
        Contact(id=f"c{i:02d}", name=f"Persoon {i}", role=role, phone=f"06-1000000{i}")
        for i, role in enumerate(
            ["fysiotherapeut", "logopedist", "", "familie", "kdc", "revalidatiearts",
             "dietist", "anders"]
        )
    ]  # fmt: skip
    return replace(content, network=extra + list(content.network))


@pytest.fixture(scope="module")
def demo():
    return _eight_more(demo_content(TODAY))


@pytest.fixture(scope="module")
def card(demo):
    return _text(render("noodkaart", demo, ExportOptions(made_on=TODAY)).pdf)


@pytest.fixture(scope="module")
def passport(demo):
    return _text(render("paspoort", demo, ExportOptions(made_on=TODAY)).pdf)


# --- 1. roles on the print date ----------------------------------------------------------------


def test_future_mentor_is_printed_as_future_never_as_todays_representative(demo, card, passport):
    aunt = next(c for c in demo.network if c.legal_scope == "mentorschap")
    start = aunt.legal_start.strftime("%d-%m-%Y")
    assert f"Lies de Wit wordt mentor vanaf {start}" in card
    assert "wordt mentor vanaf" in passport
    today_part = card.split("Wie beslist vandaag", 1)[1].split("Lies de Wit", 1)[0]
    assert "Sanne Vermeulen" in today_part and "Joost de Wit" in today_part
    plan = _text(render("toekomstplan", demo, ExportOptions(made_on=TODAY)).pdf)
    assert "wordt mentor vanaf" in plan


def test_on_the_18th_birthday_the_mentor_decides_and_parental_authority_ends(demo):
    aunt = next(c for c in demo.network if c.legal_scope == "mentorschap")
    later = aunt.legal_start
    card = _text(render("noodkaart", demo, ExportOptions(made_on=later)).pdf)
    decides = card.split("Wie beslist vandaag", 1)[1].split("Wie je belt", 1)[0]
    assert "Lies de Wit (mentorschap" in decides
    assert "ouderlijk gezag" not in decides


def test_a_care_role_that_ended_is_not_called(demo):
    gone = Contact(id="gone01", name="Oud-Begeleider", role="pgb_zorgverlener",
                   phone="06-99999999", role_end=date(2026, 1, 31), is_emergency_contact=True)
    content = replace(demo, network=[gone, *demo.network])
    card = _text(render("noodkaart", content, ExportOptions(made_on=TODAY)).pdf)
    assert "Oud-Begeleider" not in card


# --- 2. nothing cut in silence; priorities; sorting --------------------------------------------


def test_call_list_priority_and_the_cut_says_how_many_and_where(card, passport):
    calls = card.split("Wie je belt", 1)[1]
    order = [calls.index(n) for n in ("Sanne Vermeulen", "Joost de Wit", "Lies de Wit",
                                      "Els Vermeulen", "dr. A. Bakker")]  # fmt: skip
    assert order == sorted(order), "emergency order, then the huisarts"
    assert re.search(r"En nog \d+ contacten – zie zorgpaspoort", calls)
    assert re.search(r"En nog \d+ contacten – zie het dossieroverzicht", passport)


def test_passport_has_phone_numbers_on_page_one(demo):
    pdf = render("paspoort", demo, ExportOptions(made_on=TODAY)).pdf
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "06-00000001" in first and "Wie je belt" in first


def test_medicines_by_time_then_name_rescue_first_and_stopped_left_out(passport):
    names = ["Midazolam", "Omeprazol", "Levetiracetam", "Macrogol", "Melatonine"]
    places = [passport.index(n) for n in names]
    assert places == sorted(places)
    assert "Baclofen" not in passport  # stopped 14 months ago


def test_allergies_before_intolerances(demo):
    content = replace(demo, allergies=[
        Allergy(id="a1", substance="Aardbei", is_intolerance=True),
        Allergy(id="a2", substance="Zonnebloempitten"),
    ])  # fmt: skip
    text = _text(render("noodkaart", content, ExportOptions(made_on=TODAY)).pdf)
    assert text.index("Zonnebloempitten") < text.index("Aardbei")


def test_signals_do_not_repeat_and_empty_actions_say_so(demo):
    pain = replace(demo.signals[0], meaning="Ik heb pijn.", what_to_do="")
    content = replace(demo, signals=[pain])
    text = _text(render("paspoort", content, ExportOptions(made_on=TODAY)).pdf)
    assert "Ik heb pijn Ik heb pijn" not in text
    assert "Niet ingevuld: vraag de ouders wat helpt." in text


def test_month_only_date_prints_as_month_and_year(demo):
    text = _text(render("overzicht", demo, ExportOptions(made_on=TODAY)).pdf)
    omeprazol = next(m for m in demo.medications if m.name.startswith("Omeprazol"))
    month = omeprazol.shown_date("start_date")
    assert re.fullmatch(r"[a-z]+ \d{4}", month)
    assert month in text


# --- 3. the safety minimum on the noodkaart ----------------------------------------------------

SAFETY_MINIMUM = {
    "seizure protocol": "Bij een epileptische aanval",
    "rescue medicine (from the medicine record)": "Midazolam neusspray, 5 mg",
    "when to give it": "Geef die als",
    "call 112": "Bel 112 als",
    "allergies": "Pleisters met latex",
    "nothing by mouth": "NIETS VIA DE MOND",
    "feeding route": "Via de sonde",
    "feeding position": "half rechtop",
    "sonde flushing": "doorspoelen",
    "looks like a seizure but is not": "Lijkt op een aanval, maar is het niet",
    "who to call": "Wie je belt",
    "who decides today": "Wie beslist vandaag",
}


@pytest.mark.parametrize("item", list(SAFETY_MINIMUM))
def test_noodkaart_carries_the_safety_minimum(card, item):
    assert SAFETY_MINIMUM[item].casefold() in card.casefold(), item


def test_noodkaart_is_one_page_with_the_review_dates_and_no_red_warning(demo):
    result = render("noodkaart", demo, ExportOptions(made_on=TODAY))
    text = _text(result.pdf)
    assert result.pages == 1
    assert "nakijken vóór" in text and "niet gecontroleerd" not in text


def test_rescue_medicine_lives_once_and_the_protocol_shows_it(demo):
    rescue = next(m for m in demo.medications if m.is_rescue)
    assert demo.epilepsy.rescue_medication_id == rescue.id
    assert demo.epilepsy.rescue_medication == ""
    renamed = replace(demo, medications=[
        replace(m, name="Buccolam", dose="7,5 mg") if m.id == rescue.id else m
        for m in demo.medications
    ])  # fmt: skip
    text = _text(render("noodkaart", renamed, ExportOptions(made_on=TODAY)).pdf)
    assert "Buccolam, 7,5 mg" in text


# --- the 20-year demo -----------------------------------------------------------------------


def test_twenty_year_passport_is_two_pages_and_keeps_every_medicine_and_allergy():
    content = large_demo_content(TODAY)
    result = render("paspoort", content, ExportOptions(made_on=TODAY))
    assert result.pages == 2
    text = _text(result.pdf)
    active = [m for m in content.medications if m.is_active(TODAY)]
    assert len(active) > 30
    # Names repeat in the synthetic demo: every active medicine's dose must be there.
    for m in active:
        assert m.dose in text, m.name
    for a in content.allergies:
        assert a.substance in text
    for step in ("Geef die als", "Bel 112 als", "Na de aanval"):
        assert step in text
    for s in content.epilepsy.seizure_types:
        assert s.name in text


def test_stopped_medicine_fixture_is_really_stopped():
    content = demo_content(TODAY)
    assert any(isinstance(m, Medication) and not m.is_active(TODAY) for m in content.medications)


# --- 6. the application file a copilot needs ---------------------------------------------------


def test_aanvraag_shows_linked_decisions_with_kenmerk_and_the_indications_summary():
    content = demo_content(TODAY)
    shower = next(a for a in content.aid_requests if a.title.startswith("Douche"))
    linked = [d for d in content.decisions if d.id in shower.decision_ids]
    assert {d.law for d in linked} == {"Wmo", "Wlz"}  # the rejection and the Wlz indication
    options = ExportOptions(made_on=TODAY, request_id=shower.id)
    text = _text(render("aanvraag", content, options).pdf)
    for d in linked:
        assert d.reference in text
    assert "Lopende indicaties en besluiten" in text
    indication = next(d for d in content.decisions if d.zorgprofiel == "VG7"
                      and d.kind == "indicatiebesluit" and d.end_date is None
                      and d.status.value == "toegekend")
    assert indication.reference in text.split("Lopende indicaties en besluiten")[-1]
    # the stage says the bezwaar was sent, with its date; the history shows the preparation
    assert re.search(r"Bezwaar ingediend \(sinds \d+ \w+ 2026\)", text)
    assert "Bezwaar in voorbereiding" in text
    # the expected decision on the bezwaar is not announced as a term to object
    assert "Bezwaar maken kan tot en met" not in text


def test_two_rescue_medicines_and_no_link_prints_both_never_niet_ingevuld(demo):
    rescue = next(m for m in demo.medications if m.is_rescue)
    second = Medication(id="r2", name="Buccolam", dose="7,5 mg", form_route="in de wangzak",
                        is_rescue=True)
    content = replace(demo, medications=[*demo.medications, second],
                      epilepsy=replace(demo.epilepsy, rescue_medication_id=None))
    card = _text(render("noodkaart", content, ExportOptions(made_on=TODAY)).pdf)
    assert rescue.name in card and "Buccolam, 7,5 mg" in card
    protocol = card.split("Noodmedicatie", 1)[1].split("Geef die als", 1)[0]
    assert "niet ingevuld" not in protocol


def test_twenty_year_card_the_grown_up_childs_mentor_decides_today():
    content = large_demo_content(TODAY)
    card = _text(render("noodkaart", content, ExportOptions(made_on=TODAY)).pdf)
    decides = card.split("Wie beslist vandaag", 1)[1].split("Wie je belt", 1)[0]
    assert "Lies de Wit (mentorschap)" in decides
    assert "ouderlijk gezag" not in decides  # ended on the 18th birthday
