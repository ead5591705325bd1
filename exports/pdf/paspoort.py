"""Zorgpaspoort: at most two pages for a new care provider, in the child's own voice.

Ordered like good hospital passports: what you must know first (red), then what is important
(amber), then what is good to know (green).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from app.model import FEEDING_METHOD_LABELS, DossierContent
from exports.pdf import ExportOptions, included
from exports.pdf._base import (
    FRAME_WIDTH,
    GOOD,
    IMPORTANT,
    MUST,
    RULE,
    SOFT,
    Styles,
    box,
    field_rows,
    first_name,
    gap,
    para,
    section,
    text,
    trim,
    tstyle,
)
from exports.pdf._blocks import (
    NOT_FILLED,
    active_medications,
    age_line,
    allergy_box,
    call_list,
    contacts_table,
    medication_table,
    photo,
    seizure_box,
    signals_table,
)
from exports.pdf._document import (
    BuildInfo,
    DocMeta,
    Fit,
    fit_build,
)

#: "Wie je belt" on the passport: the first ones in call order, the rest in the overview.
CALL_CAP = 8

TIERS = [
    ("Wat je moet weten", MUST,
     # "Wie je belt" right after the seizure protocol: phone numbers belong on page 1.
     ["allergieen", "epilepsie", "contacten", "let_op", "eten", "medicatie", "ademhaling"]),
    ("Belangrijk", IMPORTANT, ["communicatie", "verzorging", "slapen"]),
    ("Goed om te weten", GOOD, ["fijn", "zintuigen"]),
]  # fmt: skip

# Smaller type and tighter tables come before shortening texts; medicines, allergies and
# the seizure protocol are never cut (only signals and contacts are capped, with a note).
LEVELS = [
    Fit(size=10),
    Fit(size=9.5),
    Fit(size=9),
    Fit(size=9, tight=True),
    Fit(size=8.5, tight=True),
    Fit(size=8, tight=True),
    Fit(size=8, tight=True, text_limit=500),
    Fit(size=7.5, tight=True, text_limit=300),
    Fit(size=7.5, tight=True, text_limit=300, list_cap=12),
    Fit(size=7, tight=True, text_limit=200, list_cap=8),
    Fit(size=7.5, tight=True, text_limit=200, list_cap=8, paired=True),
    Fit(size=7, tight=True, text_limit=120, list_cap=6, paired=True),
    Fit(size=6.5, tight=True, text_limit=120, list_cap=6, paired=True),
    Fit(size=6.5, tight=True, text_limit=100, list_cap=4, paired=True),
]


def _records(content: DossierContent, sections: list[str]):
    yield content.child
    if "allergieen" in sections:
        yield from content.allergies
    if "epilepsie" in sections:
        yield content.epilepsy
    if "let_op" in sections:
        yield from content.alerts
    if "medicatie" in sections:
        yield from content.medications
    if "eten" in sections:
        yield content.feeding
    if "ademhaling" in sections:
        yield content.breathing
    if "contacten" in sections:
        yield from content.network
    if "communicatie" in sections:
        yield from content.signals


def make(content: DossierContent, options: ExportOptions, documents, deadlines):
    wanted = included("paspoort", options)
    meta = DocMeta.for_output(
        "Zorgpaspoort",
        "Wie ik ben en hoe je goed voor mij zorgt",
        content,
        options,
        _records(content, wanted),
    )
    shown: list[str] = []

    def story(fit: Fit, info: BuildInfo) -> list[Flowable]:
        shown.clear()
        return _story(content, options, documents, wanted, fit, shown)

    pdf, info, _ = fit_build(meta, story, max_pages=2, levels=LEVELS)
    return pdf, info.pages, [s for s in wanted if s in shown]


def _story(content, options, documents, wanted, fit: Fit, shown: list[str]) -> list[Flowable]:
    st = Styles(fit.size)
    child = content.child
    me = first_name(content)
    limit = fit.text_limit
    story: list[Flowable] = []

    # --- the header card: photo, name, the essentials -----------------------------------------
    info: list[Flowable] = [
        para("ZORGPASPOORT", st.label),
        para(escape(child.name or "Naam onbekend"), st.title),
    ]
    facts = []
    born = age_line(content, options.made_on)
    if born:
        facts.append(("Geboren", born))
    if options.include_bsn and child.bsn:
        facts.append(("BSN", child.bsn))
    if "over_mij" in wanted and child.diagnoses:
        facts.append(("Diagnoses", ", ".join(child.diagnoses)))
    if options.recipient:
        facts.append(("Voor", options.recipient))
    table = field_rows(st, facts, label_width=24 * mm)
    if table is not None:
        info += [gap(3), table]
    if "over_mij" in wanted and child.about_me.strip():
        info += [gap(4), para(text(trim(child.about_me, limit or 900, fit.more)), st.body)]
        shown.append("over_mij")
    elif "over_mij" in wanted and child.diagnoses:
        shown.append("over_mij")
    picture = photo(content, documents, 38 * mm, 48 * mm) if "foto" in wanted else None
    if picture is not None:
        shown.append("foto")
        card = Table([[picture, info]], colWidths=[44 * mm, FRAME_WIDTH - 44 * mm])
        card.setStyle(tstyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        story.append(card)
    else:
        story.extend(info)
    story.append(gap(6))

    # --- the sections, per tier ----------------------------------------------------------------
    blocks = _section_blocks(st, content, options, fit, me, wanted)
    for tier_label, color, ids in TIERS:
        first = True
        for sid in ids:
            if sid not in wanted or sid not in blocks:
                continue
            title, body = blocks[sid]
            shown.append(sid)
            if not body:  # printed together with the section before it
                continue
            head: list[Flowable] = []
            if first:
                head += [gap(4), _tier_band(st, tier_label, color)]
                first = False
            if title:
                head.append(para(escape(title), st.h2.clone(f"h2{sid}", textColor=color)))
            else:
                head.append(gap(st.size * 0.8))
            story += section(head, body)
    return story


def _tier_band(st: Styles, label: str, color) -> Table:
    band = Table(
        [[para(f"<font color='white'><b>{escape(label.upper())}</b></font>", st.label)]],
        colWidths=[FRAME_WIDTH],
    )
    band.setStyle(tstyle([
        ("BACKGROUND", (0, 0), (-1, -1), color),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))  # fmt: skip
    return band


def _section_blocks(st: Styles, content: DossierContent, options, fit: Fit, me: str, wanted):
    """section id -> (title, [flowables]); sections without data are absent."""
    child = content.child
    limit = fit.text_limit
    out: dict[str, tuple[str, list[Flowable]]] = {}

    def t(value: str) -> str:
        return trim(value, limit, fit.more)

    out["allergieen"] = ("Allergieën", [allergy_box(st, content, fit)])
    seizure = seizure_box(st, content, fit, "Als ik een aanval heb: doe dit")
    if seizure is not None:
        out["epilepsie"] = ("", [seizure])
    if content.alerts:
        alerts = content.alerts if fit.list_cap is None else content.alerts[: fit.list_cap]
        lines = [
            para(f"<b>{escape(a.title or 'Let op')}</b>"
                 + (f": {text(t(a.details))}" if a.details.strip() else ""), st.body)
            for a in alerts
        ]  # fmt: skip
        out["let_op"] = ("Let op", [box(lines, SOFT, MUST)])
    meds = active_medications(content, options.made_on)
    if meds:
        out["medicatie"] = ("Mijn medicijnen", medication_table(st, meds, fit))
    f = content.feeding
    # Always printed: how I eat and "niets via de mond" are never left to guessing.
    nbm = None if f is None else f.nothing_by_mouth
    rows = [
        ("Hoe ik eet", FEEDING_METHOD_LABELS[f.method] if f is not None and f.method
         else NOT_FILLED),
        ("Niets via de mond", {True: "JA: geen eten, drinken of medicijnen via de mond",
                               False: "nee"}.get(nbm, NOT_FILLED)),
    ]  # fmt: skip
    if f is not None:
        rows += [
            ("Voeding", f.product),
            ("Wanneer", t(f.schedule)),
            ("Pompsnelheid", f.pump_rate),
            ("Houding", t(f.position)),
            ("Sonde doorspoelen", t(f.flushing)),
            ("Drinken", t(f.drinking)),
            ("Opmerkingen", t(f.notes)),
        ]
    body: list[Flowable] = []
    if f is not None and f.swallowing_risks.strip():
        body.append(box([para("<b>Let op bij slikken:</b> " + text(t(f.swallowing_risks)),
                              st.body)], SOFT, MUST))  # fmt: skip
        body.append(gap(3))
    table = field_rows(st, rows)
    if table is not None:
        body.append(table)
    out["eten"] = ("Eten en drinken", body)
    b = content.breathing
    if b is not None:
        table = field_rows(
            st, [("Zuurstof", t(b.oxygen)), ("Uitzuigen", t(b.suction)), ("Verder", t(b.notes))]
        )
        if table is not None:
            out["ademhaling"] = ("Ademhaling", [table])
    contacts = call_list(content, options.made_on)
    if contacts:
        cap = CALL_CAP if fit.list_cap is None else min(CALL_CAP, fit.list_cap)
        out["contacten"] = (
            "Wie je belt",
            contacts_table(st, content, contacts, Fit(list_cap=cap, tight=fit.tight),
                           options.made_on,
                           more="zie het dossieroverzicht", compact=True),
        )  # fmt: skip
    signals = signals_table(st, content, fit, first_person=True, channel=False)
    if signals is not None:
        out["communicatie"] = ("Zo laat ik merken hoe het met me gaat", [
            para("Kijk goed naar mijn gezicht, mijn lijf en mijn geluiden: zo laat ik je "
                 "weten hoe het met me gaat.", st.body),
            gap(3),
            signals,
        ])  # fmt: skip
    # The short "important" and "good to know" parts sit side by side: it keeps the passport
    # at two pages without making the type smaller.
    columns: dict[str, tuple[str, list[tuple[str, str]], object]] = {}
    if child.daily_rhythm.strip() or child.personal_care.strip():
        columns["verzorging"] = (
            "Dagelijkse verzorging",
            [("Mijn dag", child.daily_rhythm), ("Verzorging", child.personal_care)],
            IMPORTANT,
        )
    if child.sleep.strip() or child.positioning.strip():
        columns["slapen"] = (
            "Slapen en liggen",
            [("Slapen", child.sleep), ("Liggen en zitten", child.positioning)],
            IMPORTANT,
        )
    if child.happy_with.strip():
        columns["fijn"] = ("Dit vind ik fijn", [("", child.happy_with)], GOOD)
    if child.dislikes.strip():
        columns["fijn_niet"] = ("Dit vind ik niet fijn", [("", child.dislikes)], GOOD)
    if child.sensory_profile.strip():
        columns["zintuigen"] = ("Zien, horen en voelen", [("", child.sensory_profile)], GOOD)
    for group in (["verzorging", "slapen"], ["fijn", "fijn_niet", "zintuigen"]):
        chosen = [
            key for key in group
            if key in columns and (key if key != "fijn_niet" else "fijn") in wanted
        ]  # fmt: skip
        if not chosen:
            continue
        out[chosen[0] if chosen[0] != "fijn_niet" else "fijn"] = ("", [
            _columns(st, [columns[k] for k in chosen], t)])  # fmt: skip
        for key in chosen[1:]:
            if key != "fijn_niet":
                out[key] = ("", [])
    return out


def _columns(st: Styles, columns, t) -> Table:
    """Short parts side by side, each with a coloured title."""
    width = FRAME_WIDTH / len(columns)
    cells = []
    for title, rows, color in columns:
        cell = [para(f"<b>{escape(title)}</b>", st.body.clone("ct", textColor=color))]
        for label, value in rows:
            if value.strip():
                lead = f"<b>{escape(label)}:</b> " if label else ""
                cell.append(para(lead + text(t(value)), st.cell))
                cell.append(gap(2))
        cells.append(cell)
    table = Table([cells], colWidths=[width] * len(columns), hAlign="LEFT", splitInRow=1)
    table.setStyle(tstyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
    ]))  # fmt: skip
    return table
