"""The PDF outputs: content, exclusions, BSN, page limits, fonts, merged appendices, determinism."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from app.errors import ValidationError
from app.model import Medication
from exports.pdf import OUTPUTS, SECTIONS, ExportOptions, render
from tests.exports import fixtures as fx


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    raw = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(raw.split())


def _options(output: str, content, **kwargs) -> ExportOptions:
    if output == "aanvraag":
        kwargs.setdefault("request_id", content.aid_requests[0].id)
    return ExportOptions(made_on=fx.TODAY, **kwargs)


@pytest.fixture(scope="module")
def content():
    return fx.content()


@pytest.fixture(scope="module")
def documents():
    return fx.MemoryDocuments()


@pytest.fixture(scope="module")
def rendered(content, documents):
    return {o: render(o, content, _options(o, content), documents) for o in OUTPUTS}


# What each section prints from the fixture: a phrase that appears only in that section.
MARKERS = {
    "paspoort": {
        "over_mij": "Ik woon thuis met papa",
        "allergieen": "Penicilline",
        "epilepsie": "Bel 112 als",
        "let_op": "Geen bloeddruk meten",
        "medicatie": "Levetiracetam",
        "eten": "Nutrini Energy",
        "ademhaling": "uitzuigpomp",
        "contacten": "06-22222222",
        "communicatie": "knieën op",
        "verzorging": "verzorgingstafel",
        "slapen": "hoog-laagbed",
        "fijn": "Kinderen voor Kinderen",
        "zintuigen": "linkerkant",
    },
    "overzicht": {
        "over_mij": "Ik woon thuis met papa",
        "communicatie": "knieën op",
        "medicatie": "Levetiracetam",
        "allergieen": "Penicilline",
        "epilepsie": "Bel 112 als",
        "voeding": "Nutrini Energy",
        "ademhaling": "uitzuigpomp",
        "let_op": "Geen bloeddruk meten",
        "netwerk": "Femke de Wit",
        "besluiten": "CIZ-778812",
        "aanvragen": "Revalidatietechniek Klavertje",
        "zorgplannen": "Vragen naar de nieuwe stastoel",
        "toekomstplan": "Tante Mirjam",
        "contactlog": "Niet over de rolstoel",
        "termijnen": "Laatste dag om bezwaar",
    },
    "noodkaart": {
        "diagnoses": "Cerebrale parese",
        "allergieen": "Penicilline",
        "epilepsie": "Bel 112 als",
        "let_op": "Geen bloeddruk meten",
        "medicatie": "Levetiracetam",
        "voeding": "Nutrini Energy",
        "ademhaling": "uitzuigpomp",
        "vertegenwoordiger": "Wie beslist vandaag",
        "contacten": "06-22222222",
    },
    "toekomstplan": {
        "noodplan": "binnen een uur",
        "zorgtaken": "Opa Henk",
        "kennis": "knieën op",
        "juridisch": "notaris Smit",
        "wonen": "Woonvorm Het Anker",
        "onze_woorden": "ons zonnetje",
        "netwerk": "06-22222222",
        "nalopen": "1 juni 2027",
    },
}


@pytest.mark.parametrize("output", OUTPUTS)
def test_every_output_is_a_pdf_with_its_metadata(rendered, output):
    result = rendered[output]
    assert result.pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages
    assert "Noor Bakker" in reader.metadata.title
    assert reader.metadata.author == "Zorgmap"
    assert reader.metadata.subject
    assert reader.trailer["/Root"].get("/Lang") == "nl-NL"
    text = _text(result.pdf)
    assert "gemaakt op 23-11-2026" in text
    # Dated by the check, never a red "niet gecontroleerd" banner.
    assert re.search(r"nagekeken op \d\d-\d\d-2026 · nakijken vóór \d\d-\d\d-20\d\d", text)
    assert f"pagina 1 van {result.pages}" in text
    assert f"pagina {result.pages} van {result.pages}" in text
    assert "vertrouwelijk" in text


@pytest.mark.parametrize("output", list(MARKERS))
def test_text_contains_what_the_dossier_says(rendered, output):
    text = _text(rendered[output].pdf)
    for section_id, marker in MARKERS[output].items():
        assert marker in text, (section_id, marker)
    assert set(MARKERS[output]) <= set(rendered[output].sections)


@pytest.mark.parametrize(
    ("output", "section_id"),
    [(o, s) for o in ("paspoort", "overzicht") for s in MARKERS[o]]
    + [("noodkaart", "allergieen"), ("toekomstplan", "onze_woorden")],
)
def test_an_excluded_section_leaves_nothing_behind(content, documents, output, section_id):
    options = _options(output, content, excluded=frozenset({section_id}))
    result = render(output, content, options, documents)
    text = _text(result.pdf)
    assert MARKERS[output][section_id] not in text
    assert section_id not in result.sections
    others = [m for s, m in MARKERS[output].items() if s != section_id]
    assert any(m in text for m in others)


def test_excluding_the_photo_leaves_out_the_image(content, documents):
    with_photo = render("paspoort", content, _options("paspoort", content), documents)
    without = render(
        "paspoort", content, _options("paspoort", content, excluded=frozenset({"foto"})), documents
    )
    assert b"/Subtype /Image" in with_photo.pdf
    assert b"/Subtype /Image" not in without.pdf
    assert "foto" not in without.sections


@pytest.mark.parametrize("output", OUTPUTS)
def test_bsn_only_when_chosen(content, documents, output, rendered):
    assert fx.BSN not in _text(rendered[output].pdf)
    chosen = render(output, content, _options(output, content, include_bsn=True), documents)
    if output in ("paspoort", "noodkaart", "aanvraag", "overzicht"):
        assert fx.BSN in _text(chosen.pdf)


def test_recipient_is_printed(content, documents):
    options = _options("paspoort", content, recipient="Logeerhuis De Vlinder")
    assert "voor: Logeerhuis De Vlinder" in _text(render("paspoort", content, options).pdf)


def test_page_limits_for_the_fixture(rendered):
    assert rendered["paspoort"].pages <= 2
    assert rendered["noodkaart"].pages == 1


def _long_content():
    base = fx.content()
    long_text = ("Dit is een heel lang verhaal over de zorg, met veel details. " * 90)[:5000]
    meds = [
        Medication(name=f"Medicijn nummer {i}", dose=f"{i} mg", form_route="via de sonde",
                   times=["08:00", "20:00"], purpose="om te testen", notes=long_text if i == 3
                   else "")
        for i in range(60)
    ]  # fmt: skip
    child = replace(
        base.child,
        about_me=long_text,
        happy_with=long_text,
        sensory_profile="x" * 5000,  # one unbreakable word
        diagnoses=[f"Diagnose {i}" for i in range(30)],
    )
    epilepsy = replace(base.epilepsy, after_seizure=long_text)
    journal = [replace(j, summary=long_text) for j in base.journal]
    return replace(
        base, child=child, medications=base.medications + meds, epilepsy=epilepsy, journal=journal
    )


@pytest.fixture(scope="module")
def long_rendered(documents):
    content = _long_content()
    return content, {o: render(o, content, _options(o, content), documents) for o in OUTPUTS}


@pytest.mark.parametrize("output", OUTPUTS)
def test_long_fields_and_many_medications_give_valid_pdfs(long_rendered, output):
    _, results = long_rendered
    result = results[output]
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages >= 1
    assert "Levetiracetam" in _text(result.pdf) or output in ("aanvraag", "toekomstplan")


def test_long_content_keeps_every_medicine_and_the_card_on_one_page(long_rendered):
    """Sixty medicines: none may go missing from what leaves the house (a typical dossier
    keeps the passport to two pages, see test_page_limits_for_the_fixture)."""
    _, results = long_rendered
    passport, card = _text(results["paspoort"].pdf), _text(results["noodkaart"].pdf)
    for i in (0, 31, 59):
        assert f"Medicijn nummer {i}" in passport
        assert f"Medicijn nummer {i}" in card
    assert "En nog" not in passport and "En nog" not in card
    assert results["noodkaart"].pages == 1
    assert "zie zorgpaspoort" in card  # long texts are cut on the card, with a pointer
    assert results["overzicht"].pages > 5  # nothing is cut from the archive
    assert "Medicijn nummer 59" in _text(results["overzicht"].pdf)


def _font_dicts(pdf: bytes):
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            yield font


@pytest.mark.parametrize("output", OUTPUTS)
def test_all_fonts_are_embedded(rendered, output):
    fonts = list(_font_dicts(rendered[output].pdf))
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, font.get("/BaseFont")
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
        assert "DejaVuSans" in font["/BaseFont"]


def test_aanvraag_merges_the_linked_documents(rendered, content):
    result = rendered["aanvraag"]
    reader = PdfReader(io.BytesIO(result.pdf))
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    quote_pages = [i for i, t in enumerate(pages) if fx.QUOTE_PDF_MARKER in t]
    assert len(quote_pages) == 2  # both pages of the small PDF, each on its own page
    image_pages = [
        i for i, t in enumerate(pages) if t.startswith("Bijlage 2: foto-huidige-rolstoel.png")
    ]
    assert len(image_pages) == 1 and image_pages[0] > quote_pages[-1]
    assert "/XObject" in reader.pages[image_pages[0]]["/Resources"]
    text = " ".join(pages)
    assert "verslag-ergotherapeut.docx" in text and "niet bijgevoegd" in text
    total = len(reader.pages)
    for i, page_text in enumerate(pages, start=1):
        assert f"pagina {i} van {total}" in page_text
    # The table of contents points at the right pages.
    first, last = quote_pages[0] + 1, quote_pages[-1] + 1
    assert f"Bijlage 1: offerte-klavertje.pdf {first}–{last}" in pages[0]
    assert "Bezwaar maken kan tot en met" in text


def test_aanvraag_for_a_decision(content, documents):
    decision = content.decisions[0]
    result = render("aanvraag", content, _options("aanvraag", content, request_id=decision.id),
                    documents)  # fmt: skip
    text = _text(result.pdf)
    assert "WMO-2026-0815" in text and "Rolstoel met zitschelp" in text


@pytest.mark.parametrize("request_id", [None, "", "0" * 32])
def test_aanvraag_needs_a_known_request(content, request_id):
    with pytest.raises(ValidationError):
        render("aanvraag", content, ExportOptions(made_on=fx.TODAY, request_id=request_id))


def test_unknown_output_or_section_is_refused(content):
    with pytest.raises(ValidationError):
        render("brief", content, ExportOptions(made_on=fx.TODAY))
    with pytest.raises(ValidationError, match="onbekend onderdeel"):
        render("paspoort", content, ExportOptions(made_on=fx.TODAY, excluded=frozenset({"x"})))


def test_sections_lists_ids_and_titles():
    assert set(SECTIONS) == set(OUTPUTS)
    for sections in SECTIONS.values():
        ids = [sid for sid, _ in sections]
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize("output", OUTPUTS)
def test_same_input_gives_the_same_bytes(content, documents, rendered, output):
    again = render(output, content, _options(output, content), documents)
    assert again.pdf == rendered[output].pdf
    assert again.sha256 == rendered[output].sha256


def test_a_different_date_gives_different_bytes(content, documents, rendered):
    other = render("noodkaart", content, ExportOptions(made_on=date(2026, 12, 1)), documents)
    assert other.pdf != rendered["noodkaart"].pdf


def test_no_checked_dates_says_not_yet_checked_and_unset_facts_say_niet_ingevuld():
    from app.model import ChildProfile, DossierContent

    for output in ("paspoort", "noodkaart"):
        result = render(output, DossierContent(child=ChildProfile(name="Test Kind")),
                        ExportOptions(made_on=fx.TODAY))  # fmt: skip
        text = _text(result.pdf)
        assert "nog niet nagekeken" in text
        assert "niet gecontroleerd" not in text
        # No default that can harm: allergies and "niets via de mond" are "niet ingevuld".
        assert "Allergieën: niet ingevuld" in text
        assert re.search(r"Niets via de mond:? niet ingevuld", text)


def test_demo_dossier_fits(documents):
    demo = pytest.importorskip("app.demo")
    content = demo.demo_content(fx.TODAY)
    content = replace(content, child=replace(content.child, photo_document_id=fx.PHOTO_ID))
    assert render("paspoort", content, ExportOptions(made_on=fx.TODAY), documents).pages <= 2
    assert render("noodkaart", content, ExportOptions(made_on=fx.TODAY), documents).pages == 1


STOPPED_MEDICINE = "Carbamazepine"  # stopped on 1 June 2025 in the fixture


@pytest.mark.parametrize("output", OUTPUTS)
def test_no_output_prints_a_stopped_medicine_as_current(rendered, output):
    assert any(m.name == STOPPED_MEDICINE and m.stop_date
               for m in fx.content().medications)
    text = _text(rendered[output].pdf)
    if output == "overzicht":
        # The full overview keeps it, under its own heading, after the current ones.
        current, _sep, stopped = text.partition("Gestopt of nog niet begonnen")
        assert STOPPED_MEDICINE not in current
        assert STOPPED_MEDICINE in stopped
    else:
        assert STOPPED_MEDICINE not in text


# ----- the first pages of a long overzicht, for the preview (issue 11) ---------------------------


def _with_long_log(content):
    from app.model import JournalEntry

    journal = [JournalEntry(on=date(2020, 1, 1 + i % 28), who=f"Persoon {i}",
                            summary=f"Gesprek nummer {i} over de aanvraag. " * 3)
               for i in range(400)]
    return replace(content, journal=journal)


def test_overzicht_first_pages_are_the_final_ones_with_an_open_total(content, documents):
    from exports.pdf import Progressive

    long = _with_long_log(content)
    early: list[tuple[bytes, int]] = []
    pages_begun: list[int] = []
    progressive = Progressive(3, lambda pdf, pages: early.append((pdf, pages)),
                              pages_begun.append)
    result = render("overzicht", long, _options("overzicht", long), documents,
                    progressive=progressive)
    plain = render("overzicht", long, _options("overzicht", long), documents)
    # The final PDF is byte for byte what a build without a preview makes.
    assert result.pdf == plain.pdf
    assert result.pages > 3
    assert pages_begun == list(range(1, result.pages + 1))
    [(first, count)] = early
    assert count == 3
    first_pages = PdfReader(io.BytesIO(first)).pages
    final_pages = PdfReader(io.BytesIO(result.pdf)).pages
    assert len(first_pages) == 3
    for number in range(3):
        shown = first_pages[number].extract_text()
        final = final_pages[number].extract_text()
        assert f"pagina {number + 1} van …" in shown
        assert f"pagina {number + 1} van {result.pages}" in final
        assert shown.replace("van …", "van N") == final.replace(f"van {result.pages}", "van N")


def test_a_short_overzicht_is_built_once_for_a_preview(content, documents):
    from exports.pdf import Progressive

    early: list = []
    result = render("overzicht", content, _options("overzicht", content), documents,
                    progressive=Progressive(50, lambda pdf, pages: early.append(pages)))
    assert early == []  # it ended within the first pages: that build is the final one
    assert result.pdf == render("overzicht", content, _options("overzicht", content),
                                documents).pdf
    assert "van …" not in _text(result.pdf)
