"""'Wat ontbreekt nog?': what a stranger will miss, per output."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.checks import what_is_missing
from app.demo import demo_content
from app.model import ChildProfile, Contact, DossierContent, EpilepsyProtocol

TODAY = date(2026, 11, 26)


def _texts(content, output="paspoort", today=TODAY):
    return [m.text for m in what_is_missing(content, output, today)]


def test_an_empty_dossier_says_the_safety_facts_are_not_filled_in():
    texts = _texts(DossierContent(child=ChildProfile(name="Kind")))
    assert any(t.startswith("Allergieën: niet ingevuld") for t in texts)
    assert any("'Hoe' is niet ingevuld" in t for t in texts)
    assert any("'Niets via de mond' is niet ingevuld" in t for t in texts)


def test_demo_lists_contacts_without_phone_signals_without_action_and_old_checks():
    content = demo_content(TODAY)
    no_phone = Contact(id="x1", name="Buurvrouw Ans", role="familie", is_emergency_contact=True)
    signal = replace(content.signals[0], what_to_do="")
    med = replace(next(m for m in content.medications if m.name == "Melatonine"), purpose="")
    stale = replace(content.allergies[0], checked_on=date(2025, 1, 2))
    content = replace(
        content, network=[no_phone, *content.network],
        signals=[signal, *content.signals[1:]],
        medications=[med if m.id == med.id else m for m in content.medications],
        allergies=[stale, *content.allergies[1:]],
    )  # fmt: skip
    texts = _texts(content)
    assert "Buurvrouw Ans: geen telefoonnummer." in texts
    assert any("'Wat je doet' is leeg" in t for t in texts)
    assert "Medicijn Melatonine 1 mg: 'Waarvoor' is leeg." in texts
    assert "Allergie: 1 langer dan 6 maanden niet nagekeken (oudste 02-01-2025)." in texts
    # the safety facts of the demo are filled in
    assert not any("niet ingevuld" in t for t in texts)
    # an organisation without a phone (CIZ) is nobody a stranger calls
    assert not any(t.startswith("CIZ") for t in texts)
    # the aanvraag does not care about signals
    assert not any("Wat je doet" in t for t in _texts(content, "aanvraag"))


def test_an_epilepsy_protocol_without_rescue_medicine_is_reported():
    content = replace(demo_content(TODAY), medications=[],
                      epilepsy=EpilepsyProtocol(id="e1", checked_on=TODAY))
    assert any(t.startswith("Epilepsie: er is geen noodmedicatie") for t in _texts(content))
