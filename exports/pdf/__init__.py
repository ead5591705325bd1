"""The printed outputs of the dossier as PDF (reportlab Platypus, A4), built in memory.

`render(output, content, options)` is what the CLI and the app call. Nothing decrypted is ever
written to disk here: documents come in as bytes and the PDF goes out as bytes.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from app.errors import ValidationError
from app.model import DossierContent

OUTPUTS = ("paspoort", "noodkaart", "aanvraag", "toekomstplan", "overzicht")

OUTPUT_LABELS: dict[str, str] = {
    "paspoort": "Zorgpaspoort",
    "noodkaart": "Noodkaart",
    "aanvraag": "Aanvraagdossier",
    "toekomstplan": "Toekomstplan",
    "overzicht": "Dossieroverzicht",
    # Not PDF outputs of render(), but they go into the same share log (ui.composition).
    "bezwaar": "Bezwaarschrift",
    "bezwaar_pro_forma": "Pro-forma bezwaar",
}

#: Per output: (section id, Dutch title) in printed order. These ids are what --exclude takes.
SECTIONS: dict[str, list[tuple[str, str]]] = {
    "paspoort": [
        ("foto", "Foto"),
        ("over_mij", "Wie ik ben"),
        ("allergieen", "Allergieën"),
        ("epilepsie", "Als ik een aanval heb"),
        ("contacten", "Wie je belt"),
        ("let_op", "Let op"),
        ("eten", "Eten en drinken"),
        ("medicatie", "Mijn medicijnen"),
        ("ademhaling", "Ademhaling"),
        ("communicatie", "Zo laat ik merken hoe het met me gaat"),
        ("verzorging", "Dagelijkse verzorging"),
        ("slapen", "Slapen en liggen"),
        ("fijn", "Wat ik fijn vind en wat niet"),
        ("zintuigen", "Zien, horen en voelen"),
    ],
    "noodkaart": [
        ("foto", "Foto"),
        ("diagnoses", "Diagnoses"),
        ("allergieen", "Allergieën"),
        ("epilepsie", "Epilepsie en noodmedicatie"),
        ("geen_aanval", "Lijkt op een aanval, maar is het niet"),
        ("voeding", "Eten, drinken en sonde"),
        ("let_op", "Let op"),
        ("medicatie", "Medicijnen"),
        ("ademhaling", "Ademhaling"),
        ("vertegenwoordiger", "Wie beslist vandaag"),
        ("contacten", "Wie je belt"),
    ],
    "aanvraag": [
        ("behoefte", "Wat ik nodig heb"),
        ("aanvraag", "De aanvraag en het verloop"),
        ("loketten", "Loketten en antwoorden"),
        ("offertes", "Offertes"),
        ("besluiten", "Besluiten en termijnen"),
        ("indicaties", "Lopende indicaties en besluiten"),
        ("contactlog", "Contactlog"),
        ("bijlagen", "Bijlagen"),
    ],
    "toekomstplan": [
        ("noodplan", "Als het morgen misgaat"),
        ("zorgtaken", "Wie neemt welke zorg over"),
        ("kennis", "Wat je over mij moet weten"),
        ("juridisch", "Juridisch en geld"),
        ("wonen", "Wonen, wachtlijsten en logeren"),
        ("onze_woorden", "In onze woorden"),
        ("netwerk", "Wie je kunt bellen"),
        ("nalopen", "Wanneer we dit plan nalopen"),
    ],
    "overzicht": [
        ("over_mij", "Over mij"),
        ("communicatie", "Signalen: zo laat ik merken hoe het gaat"),
        ("medicatie", "Medicijnen"),
        ("allergieen", "Allergieën en intoleranties"),
        ("epilepsie", "Epilepsie en noodprotocol"),
        ("voeding", "Eten en drinken"),
        ("ademhaling", "Ademhaling"),
        ("let_op", "Let op"),
        ("netwerk", "Netwerk"),
        ("besluiten", "Indicaties en besluiten"),
        ("aanvragen", "Hulpmiddelen en aanvragen"),
        ("zorgplannen", "Zorgplannen"),
        ("toekomstplan", "Toekomstplan"),
        ("contactlog", "Contactlog"),
        ("termijnen", "Termijnen"),
    ],
}


@dataclass
class ExportOptions:
    made_on: date  # "gemaakt op"
    excluded: frozenset[str] = frozenset()  # section ids left out
    include_bsn: bool = False  # the BSN is out unless chosen
    recipient: str = ""  # printed as "voor: ..."
    request_id: str | None = None  # for "aanvraag": the AidRequest or Decision id


@dataclass
class ExportResult:
    pdf: bytes
    pages: int
    sha256: str
    sections: list[str] = field(default_factory=list)  # section ids actually included


@dataclass
class Progressive:
    """For a preview of a long output: `on_first(pdf, pages)` gets the first `first_pages`
    pages as soon as they are laid out (footer "pagina 1 van …"; never to be saved or
    printed), then the whole document is built, calling `on_page(number)` as pages begin.
    Outputs that are short anyway ignore it."""

    first_pages: int
    on_first: Callable[[bytes, int], None]
    on_page: Callable[[int], None] | None = None


class DocumentSource(Protocol):
    """Storage's view of the documents (decrypted in memory only)."""

    def info(self, doc_id: str) -> tuple[str, str]: ...  # (name, mime)

    def read(self, doc_id: str) -> bytes: ...


def render(
    output: str,
    content: DossierContent,
    options: ExportOptions,
    documents: DocumentSource | None = None,
    deadlines: list | None = None,
    progressive: Progressive | None = None,
) -> ExportResult:
    """Make one output as PDF bytes. Raises ValidationError (Dutch) for a wrong choice."""
    if output not in OUTPUTS:
        raise ValidationError(
            f"onbekende uitvoer '{output}'; kies uit: {', '.join(OUTPUTS)}", "output"
        )
    known = {sid for sid, _ in SECTIONS[output]}
    unknown = sorted(set(options.excluded) - known)
    if unknown:
        raise ValidationError(
            f"onbekend onderdeel '{unknown[0]}' voor {OUTPUT_LABELS[output].lower()}; "
            f"kies uit: {', '.join(sid for sid, _ in SECTIONS[output])}",
            "exclude",
        )
    module = importlib.import_module(f"exports.pdf.{output}")
    extra = {"progressive": progressive} if progressive and getattr(module, "PROGRESSIVE",
                                                                     False) else {}
    pdf, pages, sections = module.make(content, options, documents, deadlines, **extra)
    return ExportResult(
        pdf=pdf, pages=pages, sha256=hashlib.sha256(pdf).hexdigest(), sections=sections
    )


def included(output: str, options: ExportOptions) -> list[str]:
    """The section ids of `output` that the family chose to include, in order."""
    return [sid for sid, _ in SECTIONS[output] if sid not in options.excluded]


def section_title(output: str, section_id: str) -> str:
    return dict(SECTIONS[output])[section_id]
