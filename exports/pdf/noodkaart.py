"""Noodkaart: exactly one page for an ambulance crew or an emergency room.

Long content is trimmed step by step ("zie zorgpaspoort"); as a last resort the page is
scaled down so it always stays one page.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Table

from app.model import FEEDING_METHOD_LABELS, DossierContent, SignalCategory
from exports.pdf import ExportOptions, included
from exports.pdf._base import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MUST,
    PAGE_HEIGHT,
    SEIZURE,
    SOFT,
    Styles,
    box,
    contact_name,
    field_rows,
    gap,
    para,
    review_line,
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
    decides_today,
    left_out_line,
    medication_table,
    photo,
    representative_note,
    seizure_box,
)
from exports.pdf._document import (
    BuildInfo,
    DocMeta,
    Fit,
    fit_build,
)

MORE = "zie zorgpaspoort"
LEVELS = [
    Fit(size=9.5, more=MORE),
    Fit(size=9, more=MORE, tight=True),
    Fit(size=8.5, more=MORE, tight=True),
    Fit(size=8, more=MORE, tight=True),
    Fit(size=8, text_limit=300, list_cap=12, more=MORE, tight=True),
    Fit(size=7.5, text_limit=200, list_cap=8, more=MORE, tight=True),
    Fit(size=7, text_limit=160, list_cap=6, more=MORE, tight=True),
    # A protocol step of thousands of characters would shrink the card to unreadable type.
    Fit(size=7, text_limit=120, list_cap=5, more=MORE, step_limit=600, tight=True),
    # A very long medicine list: two medicines to a row before the whole card is scaled down.
    Fit(size=7, text_limit=120, list_cap=5, more=MORE, step_limit=600, tight=True, paired=True),
    Fit(size=7, text_limit=120, list_cap=5, more=MORE, step_limit=600, shrink=True, tight=True,
        paired=True),
]


def make(content: DossierContent, options: ExportOptions, documents, deadlines):
    wanted = included("noodkaart", options)
    meta = DocMeta.for_output(
        "Noodkaart",
        "Wat een hulpverlener in een noodgeval moet weten",
        content,
        options,
        _records(content, wanted),
    )
    shown: list[str] = []

    def story(fit: Fit, info: BuildInfo) -> list[Flowable]:
        shown.clear()
        flowables = _story(content, options, documents, wanted, fit, shown, meta)
        if fit.shrink:
            height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 2
            return [KeepInFrame(FRAME_WIDTH, height, flowables, mode="shrink")]
        return flowables

    pdf, info, _ = fit_build(meta, story, max_pages=1, levels=LEVELS)
    return pdf, info.pages, [s for s in wanted if s in shown]


def _records(content: DossierContent, sections: list[str]):
    yield content.child
    for sid, records in (
        ("geen_aanval", content.signals),
        ("allergieen", content.allergies),
        ("let_op", content.alerts),
        ("medicatie", content.medications),
        ("contacten", content.network),
    ):
        if sid in sections:
            yield from records
    for sid, record in (
        ("epilepsie", content.epilepsy),
        ("voeding", content.feeding),
        ("ademhaling", content.breathing),
    ):
        if sid in sections:
            yield record


def _story(content, options, documents, wanted, fit: Fit, shown: list[str], meta) -> list[Flowable]:
    st = Styles(fit.size)
    child = content.child
    limit = fit.text_limit

    def t(value: str) -> str:
        return trim(value, limit, fit.more)

    def heading(title: str) -> Flowable:
        return para(escape(title), st.h3.clone("nh", textColor=MUST, spaceBefore=st.size * 0.7))

    story: list[Flowable] = []
    valid = review_line(meta)
    big = st.h1.clone("nk", spaceBefore=0, spaceAfter=0, textColor=colors.white)
    right = st.body.clone("nkr", alignment=TA_RIGHT, textColor=colors.white)
    title = Table(
        [[para("<b>NOODKAART</b>", big), para(f"<b>{valid}</b>", right)]],
        colWidths=[FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.7],
    )
    title.setStyle(tstyle([
        ("BACKGROUND", (0, 0), (-1, -1), MUST),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))  # fmt: skip
    story += [title, gap(6)]

    facts = [("Naam", child.name or "onbekend")]
    born = age_line(content, options.made_on)
    if born:
        facts.append(("Geboren", born))
    if options.include_bsn and child.bsn:
        facts.append(("BSN", child.bsn))
    if "diagnoses" in wanted and child.diagnoses:
        diagnoses = child.diagnoses if fit.list_cap is None else child.diagnoses[: fit.list_cap]
        listed = trim(", ".join(diagnoses), limit * 2 if limit else None, fit.more)
        if len(diagnoses) < len(child.diagnoses):
            listed += f" (en nog {len(child.diagnoses) - len(diagnoses)}: {fit.more})"
        facts.append(("Diagnoses", listed))
        shown.append("diagnoses")
    identity = field_rows(st.__class__(fit.size * 1.08), facts, label_width=26 * mm)
    picture = photo(content, documents, 24 * mm, 30 * mm) if "foto" in wanted else None
    if picture is not None:
        shown.append("foto")
        row = Table([[picture, identity]], colWidths=[30 * mm, FRAME_WIDTH - 30 * mm])
        row.setStyle(tstyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        story.append(row)
    elif identity is not None:
        story.append(identity)

    if "allergieen" in wanted:
        shown.append("allergieen")
        story += [heading("Allergieën"), allergy_box(st, content, fit)]
    if "epilepsie" in wanted:
        seizure = seizure_box(st, content, fit, "Bij een epileptische aanval", compact=True)
        if seizure is not None:
            shown.append("epilepsie")
            story += [gap(st.size * 0.8), seizure]
    not_seizure = [s for s in content.signals if s.category == SignalCategory.NOT_A_SEIZURE]
    if "geen_aanval" in wanted and not_seizure:
        shown.append("geen_aanval")
        lines = [
            para(f"<b>{text(t(s.what_you_see))}</b>"
                 + (f": {text(t(s.meaning))}" if s.meaning.strip() else "")
                 + (f" <i>Wat je doet:</i> {text(t(s.what_to_do))}" if s.what_to_do.strip()
                    else ""), st.body)
            for s in not_seizure
        ]  # fmt: skip
        story += [heading("Lijkt op een aanval, maar is het niet"), box(lines, SOFT, SEIZURE)]
    if "voeding" in wanted:
        shown.append("voeding")
        story += [heading("Eten, drinken en sonde"), *_feeding(st, content, t)]
    if "let_op" in wanted and content.alerts:
        shown.append("let_op")
        alerts = content.alerts if fit.list_cap is None else content.alerts[: fit.list_cap]
        lines = [
            para(f"<b>{escape(a.title or 'Let op')}</b>"
                 + (f": {text(t(a.details))}" if a.details.strip() else ""), st.body)
            for a in alerts
        ]  # fmt: skip
        if len(alerts) < len(content.alerts):
            lines.append(para(left_out_line(len(content.alerts) - len(alerts), "punt", "punten",
                                            MORE), st.small))  # fmt: skip
        story += [heading("Let op"), box(lines, SOFT, MUST)]
    meds = active_medications(content, options.made_on)
    if "medicatie" in wanted and meds:
        shown.append("medicatie")
        story += [heading("Medicijnen"), *medication_table(st, meds, fit)]
    if "ademhaling" in wanted and content.breathing is not None:
        b = content.breathing
        table = field_rows(
            st,
            [("Zuurstof", t(b.oxygen)), ("Uitzuigen", t(b.suction)), ("Verder", t(b.notes))],
            label_width=26 * mm,
        )
        if table is not None:
            shown.append("ademhaling")
            story += [heading("Ademhaling"), table]
    if "vertegenwoordiger" in wanted:
        shown.append("vertegenwoordiger")
        story += [heading("Wie beslist vandaag"), *_decides(st, content, options.made_on)]
    if "contacten" in wanted:
        contacts = call_list(content, options.made_on)
        cap = CALL_CAP if fit.list_cap is None else min(CALL_CAP, fit.list_cap)
        if contacts:
            shown.append("contacten")
            story += [
                heading("Wie je belt"),
                *contacts_table(st, content, contacts, Fit(list_cap=cap, tight=True),
                                options.made_on,
                                more="zie zorgpaspoort", compact=True),
            ]  # fmt: skip
    return story


#: "Wie je belt" on the card: the first ones in call order; the rest are on the passport.
CALL_CAP = 6


def _feeding(st: Styles, content: DossierContent, t) -> list[Flowable]:
    """Always printed: "niets via de mond" and the feeding route are never left to guessing."""
    f = content.feeding
    nbm = None if f is None else f.nothing_by_mouth
    if nbm is True:
        first = para("<b>NIETS VIA DE MOND</b> (geen eten, drinken of medicijnen via de mond)",
                     st.body.clone("nbm", textColor=MUST))  # fmt: skip
    elif nbm is False:
        first = para("Eten en drinken via de mond mag (zie hieronder hoe).", st.body)
    else:
        first = para(f"<b>Niets via de mond:</b> {NOT_FILLED}. Vraag het de ouders.", st.body)
    how = FEEDING_METHOD_LABELS[f.method] if f is not None and f.method else NOT_FILLED
    if f is not None and f.product:
        how += f": {f.product}"
    rows = [("Hoe", how)]
    if f is not None:  # schedule, pump rate and drinking are on the passport
        rows += [
            ("Houding", t(f.position)),
            ("Doorspoelen", t(f.flushing)),
            ("Slikken", t(f.swallowing_risks)),
        ]
    out: list[Flowable] = [first]
    table = field_rows(st, rows, label_width=26 * mm)
    if table is not None:
        out.append(table)
    return out


def _decides(st: Styles, content: DossierContent, on) -> list[Flowable]:
    now, later = decides_today(content, on)
    lines = [
        contact_name(c) + f" ({c.legal_scope or c.representative_title()})"
        + (f", {c.phone}" if c.phone else "")
        for c in now
    ]
    out = [para(escape("; ".join(lines)) if lines else
                f"<b>{NOT_FILLED}.</b> Vraag het de ouders of de begeleiding.", st.body)]
    born = content.child.date_of_birth
    for c in later:
        note = representative_note(c, on, born)
        out.append(para(escape(f"{contact_name(c)} {note} (nu nog niet)."), st.small))
    return out
