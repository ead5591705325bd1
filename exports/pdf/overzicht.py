"""Dossieroverzicht: the whole dossier for the family's own archive, nothing trimmed."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from app.model import (
    AID_STAGE_LABELS,
    BEZWAAR_OUTCOME_LABELS,
    DECISION_STATUS_LABELS,
    FEEDING_METHOD_LABELS,
    GOAL_STATUS_LABELS,
    JOURNAL_CHANNEL_LABELS,
    DossierContent,
    Record,
    allergy_order,
    medication_order,
)
from exports.pdf import ExportOptions, Progressive, included, section_title
from exports.pdf._base import (
    FRAME_WIDTH,
    Styles,
    contact_name,
    data_table,
    euro,
    field_rows,
    gap,
    latest_check,
    nl_date,
    para,
    ref_label,
    role_label,
    section,
    section_stream,
    short_date,
    text,
)
from exports.pdf._blocks import call_order, representative_note, seizure_box, signals_table
from exports.pdf._document import (
    BuildInfo,
    DocMeta,
    Fit,
    build,
)
from exports.pdf._text import HeadedText, PlainText
from exports.pdf.toekomstplan import plan_sections

W = FRAME_WIDTH


def section_records(content: DossierContent, sid: str) -> list[Record]:
    """The records an overzicht section shows (for 'geldig per' and 'gecontroleerd op')."""
    c = content
    single = {
        "over_mij": c.child,
        "epilepsie": c.epilepsy,
        "voeding": c.feeding,
        "ademhaling": c.breathing,
        "toekomstplan": c.future_plan,
    }
    if sid in single:
        return [r for r in (single[sid],) if r is not None]
    many = {
        "communicatie": c.signals,
        "medicatie": c.medications,
        "allergieen": c.allergies,
        "let_op": c.alerts,
        "netwerk": c.network,
        "besluiten": c.decisions,
        "aanvragen": c.aid_requests,
        "zorgplannen": c.care_plans,
        "contactlog": c.journal,
    }
    return list(many.get(sid, []))


#: render() may hand make() a Progressive: the first pages for a preview, then the rest.
PROGRESSIVE = True


def make(content: DossierContent, options: ExportOptions, documents, deadlines,
         progressive: Progressive | None = None):
    wanted = included("overzicht", options)
    name = content.child.name or "het kind"
    if deadlines is None and "termijnen" in wanted:
        from app.deadlines import compute_deadlines

        deadlines = compute_deadlines(content, today=options.made_on)
    meta = DocMeta.for_output(
        "Dossieroverzicht",
        "Het hele zorgdossier, voor het eigen archief",
        content,
        options,
        (r for sid in wanted for r in section_records(content, sid)),
    )
    shown: list[str] = []

    def story(info: BuildInfo) -> Iterator[Flowable]:
        # Made section by section while it is laid out: the first pages never wait for the
        # contact log of twenty years (docs/benchmark-notes.md, issue 11).
        shown.clear()
        st = Styles(9.5)
        yield from [
            para("Dossieroverzicht", st.title),
            para(escape(name), st.subtitle),
            gap(4),
            para(
                "Alles wat in het dossier staat, voor het eigen archief. Bij elk onderdeel "
                "staat wanneer het voor het laatst is gecontroleerd.",
                st.small,
            ),
        ]
        builders = _builders(st, content, options, deadlines or [])
        for sid in wanted:
            body = builders[sid]()
            if not isinstance(body, list):
                first = next(body, None)
                body = None if first is None else itertools.chain([first], body)
            if not body:
                continue
            shown.append(sid)
            checked = latest_check(section_records(content, sid))
            note = f"gecontroleerd op {nl_date(checked)}" if checked else "nog niet gecontroleerd"
            if sid == "termijnen":
                note = f"berekend op {nl_date(options.made_on)}"
            heading = para(
                f"{escape(section_title('overzicht', sid))} "
                f"<font size='{st.size * 0.8}' color='#5F6B76'>· {note}</font>",
                st.h1,
            )
            if isinstance(body, list):
                yield from section(heading, body)
            else:
                yield from section_stream(heading, body)

    on_page = None
    if progressive is not None:
        first, info = build(meta, story, stop_after=progressive.first_pages)
        if info.complete:  # the whole document fitted in the first pages: it is the final one
            return first, info.pages, [s for s in wanted if s in shown]
        progressive.on_first(first, info.pages)
        on_page = progressive.on_page
    pdf, info = build(meta, story, on_page=on_page)
    return pdf, info.pages, [s for s in wanted if s in shown]


def _builders(st: Styles, content: DossierContent, options: ExportOptions, deadlines):
    c = content
    fit = Fit(size=st.size)

    def over_mij() -> list[Flowable]:
        ch = c.child
        rows = [
            ("Naam", ch.name),
            ("Geboren", nl_date(ch.date_of_birth, "")),
            ("BSN", ch.bsn if options.include_bsn else ""),
            ("Diagnoses", "\n".join(ch.diagnoses)),
            ("Over mij", ch.about_me),
            ("Mijn dag", ch.daily_rhythm),
            ("Slapen", ch.sleep),
            ("Liggen en zitten", ch.positioning),
            ("Verzorging", ch.personal_care),
            ("Zien, horen, voelen", ch.sensory_profile),
            ("Dit vind ik fijn", ch.happy_with),
            ("Dit vind ik niet fijn", ch.dislikes),
        ]
        return _one(field_rows(st, rows))

    def communicatie() -> list[Flowable]:
        return _one(signals_table(st, c, fit, first_person=False))

    def medicatie() -> list[Flowable]:
        on = options.made_on
        active = sorted((m for m in c.medications if m.is_active(on)), key=medication_order)
        stopped = sorted((m for m in c.medications if not m.is_active(on)),
                         key=lambda m: (m.name.casefold(), m.id))
        out: list[Flowable] = []
        header = ["Medicijn", "Dosis", "Hoe en wanneer", "Waarvoor", "Arts", "Periode"]
        widths = [W * 0.2, W * 0.1, W * 0.19, W * 0.23, W * 0.13, W * 0.15]

        def rows(meds):
            return [
                [
                    m.name + ("\n(noodmedicatie)" if m.is_rescue else ""),
                    m.dose,
                    "\n".join(x for x in (m.form_route, ", ".join(m.times)) if x),
                    "\n".join(x for x in (m.purpose, m.notes) if x.strip()),
                    m.prescriber,
                    _med_period(m),
                ]
                for m in meds
            ]

        if active:
            out.append(data_table(st, header, rows(active), widths, bold_first=True))
        if stopped:
            out += [
                para("Gestopt of nog niet begonnen", st.h3),
                data_table(st, header, rows(stopped), widths),
            ]
        return out

    def allergieen() -> list[Flowable]:
        if not c.allergies:
            text_ = ("Geen bekende allergieën." if c.child.no_known_allergies
                     else "Allergieën: niet ingevuld.")
            return [para(text_, st.body)]
        rows = [
            [a.substance, "Intolerantie" if a.is_intolerance else "Allergie", a.reaction,
             a.severity]
            for a in sorted(c.allergies, key=allergy_order)
        ]  # fmt: skip
        return [
            data_table(st, ["Stof", "Soort", "Reactie", "Ernst"], rows,
                       [W * 0.25, W * 0.15, W * 0.42, W * 0.18], bold_first=True)
        ]  # fmt: skip

    def epilepsie() -> list[Flowable]:
        return _one(seizure_box(st, c, fit, "Als ik een aanval heb"))

    def voeding() -> list[Flowable]:
        f = c.feeding
        if f is None:
            return []
        rows = [
            ("Hoe", FEEDING_METHOD_LABELS[f.method] if f.method else "niet ingevuld"),
            ("Niets via de mond", {True: "ja", False: "nee"}.get(f.nothing_by_mouth,
                                                                 "niet ingevuld")),
            ("Voeding", f.product),
            ("Schema", f.schedule),
            ("Pompsnelheid", f.pump_rate),
            ("Houding", f.position),
            ("Sonde doorspoelen", f.flushing),
            ("Slikken", f.swallowing_risks),
            ("Drinken", f.drinking),
            ("Opmerkingen", f.notes),
        ]
        return _one(field_rows(st, rows))

    def ademhaling() -> list[Flowable]:
        b = c.breathing
        if b is None:
            return []
        return _one(
            field_rows(st, [("Zuurstof", b.oxygen), ("Uitzuigen", b.suction), ("Verder", b.notes)])
        )

    def let_op() -> list[Flowable]:
        return [
            para(f"<b>{escape(a.title or 'Let op')}</b>" + (f": {text(a.details)}" if a.details
                 else ""), st.body)
            for a in c.alerts
        ]  # fmt: skip

    def netwerk() -> list[Flowable]:
        if not c.network:
            return []
        rows = []
        on = options.made_on
        for p in sorted(c.network, key=call_order):
            role = role_label(p.role)
            if p.relationship.strip():
                role += f" ({p.relationship.strip()})"
            state = p.representation_on(on, c.child.date_of_birth)
            if state == "current":
                role += f"\nwettelijk vertegenwoordiger {p.legal_scope}".rstrip()
            elif state == "future":
                role += "\n" + representative_note(p, on, c.child.date_of_birth)
            elif state == "past":
                role += f"\nwas {p.representative_title()} (tot {p.shown_date('legal_end')})" \
                    if p.legal_end else ""
            if not p.role_held_on(on):
                role += "\n(niet meer in deze rol)" if p.role_end and p.role_end < on else \
                    f"\n(vanaf {p.shown_date('role_start')})"
            if p.is_emergency_contact:
                role += "\nnoodcontact" + (f" ({p.priority})" if p.priority else "")
            reach = "\n".join(x for x in (p.phone, p.email, p.address) if x)
            rows.append([contact_name(p), role.strip(), reach, p.notes])
        return [
            data_table(st, ["Wie", "Rol", "Bereikbaar", "Notities"], rows,
                       [W * 0.25, W * 0.22, W * 0.28, W * 0.25], bold_first=True)
        ]  # fmt: skip

    # Decisions, aid requests and care plans run to hundreds of records in twenty years: made
    # record by record as the pages fill.
    def besluiten() -> Iterator[Flowable]:
        for d in c.decisions:
            rows = [
                ("Wet en financier", " · ".join(x for x in (
                    ref_label("laws", d.law), ref_label("financiers", d.financier)) if x)),
                ("Soort", ref_label("decision_kinds", d.kind)),
                ("Kenmerk", d.reference),
                ("Status", DECISION_STATUS_LABELS[d.status]),
                ("Besluitdatum", nl_date(d.decision_date, "")),
                ("Geldig", _period(d.start_date, d.end_date)),
                ("Zorgprofiel", ref_label("zorgprofielen", d.zorgprofiel)),
                ("Leveringsvorm", ref_label("leveringsvormen", d.leveringsvorm)),
                ("Bezwaar", _bezwaar(d.bezwaar)),
                ("Documenten", f"{len(d.document_ids)}" if d.document_ids else ""),
                ("Notities", d.notes),
            ]  # fmt: skip
            yield from _record_block(st, d.subject or d.label(), field_rows(st, rows))

    def aanvragen() -> Iterator[Flowable]:
        for r in c.aid_requests:
            rows = [
                ("Soort", ref_label("aid_categories", r.category)),
                ("Fase", AID_STAGE_LABELS[r.stage]),
                ("Waarom", r.why),
                ("Loketten", "\n".join(
                    f"{short_date(a.on)} {a.counter} ({a.law}): {a.answer}".strip()
                    for a in r.counters)),
                ("Offertes", "\n".join(
                    f"{q.supplier}: {euro(q.amount_cents)} ({short_date(q.on)})"
                    for q in r.quotes)),
                ("Notities", r.notes),
            ]  # fmt: skip
            block: list[Flowable] = []
            table = field_rows(st, rows)
            if table is not None:
                block.append(table)
            if r.transitions:
                block += [
                    gap(3),
                    data_table(
                        st,
                        ["Datum", "Fase", "Toelichting"],
                        [[short_date(t.on), AID_STAGE_LABELS[t.stage], t.note]
                         for t in r.transitions],
                        [W * 0.15, W * 0.22, W * 0.63],
                    ),
                ]  # fmt: skip
            yield from _record_block(st, r.title or "Aanvraag", *block)

    def zorgplannen() -> Iterator[Flowable]:
        for p in c.care_plans:
            block: list[Flowable] = []
            rows = [
                ("Zorgaanbieder", p.provider),
                ("Geldig", _period(p.valid_from, p.valid_until)),
                ("Voorbereiding", p.next_meeting_prep),
                ("Notities", p.notes),
            ]
            table = field_rows(st, rows)
            if table is not None:
                block.append(table)
            if p.goals:
                block += [gap(3), data_table(
                    st, ["Doel", "Stand"],
                    [[g.text, GOAL_STATUS_LABELS[g.status]] for g in p.goals],
                    [W * 0.75, W * 0.25])]  # fmt: skip
            if p.agreements:
                block += [gap(3), data_table(
                    st, ["Afspraak", "Wie", "Wanneer"],
                    [[a.what, a.who, a.when] for a in p.agreements],
                    [W * 0.55, W * 0.2, W * 0.25])]  # fmt: skip
            if p.evaluation_dates:
                block += [gap(3), data_table(
                    st, ["Gepland", "Gehouden", "Uitkomst"],
                    [[short_date(e.planned_on), short_date(e.held_on), e.outcome]
                     for e in p.evaluation_dates],
                    [W * 0.17, W * 0.17, W * 0.66])]  # fmt: skip
            yield from _record_block(st, p.label(), *block)

    def toekomstplan() -> list[Flowable]:
        blocks = plan_sections(st, c, options)
        out: list[Flowable] = []
        for sid, title in (
            ("noodplan", "Als het morgen misgaat"),
            ("zorgtaken", "Wie neemt welke zorg over"),
            ("juridisch", "Juridisch en geld"),
            ("wonen", "Wonen, wachtlijsten en logeren"),
            ("onze_woorden", "In onze woorden"),
            ("nalopen", "Wanneer we het plan nalopen"),
        ):
            if sid in blocks:
                out += section(para(title, st.h2), blocks[sid])
        return out

    def contactlog() -> list[Flowable] | Iterator[Flowable]:
        # Entries as short paragraphs, not a table: twenty years of log runs to thousands of
        # pages, and a long summary reads better at full width than in a narrow column.
        # Made entry by entry as the pages fill (tens of thousands of flowables).
        if not c.journal:
            return []
        return _log_entries(st, c, options)

    def termijnen() -> list[Flowable]:
        if not deadlines:
            return []
        rows = [
            [short_date(d.due) + (" (verlopen)" if d.due < options.made_on else ""), d.title]
            for d in deadlines
        ]
        return [data_table(st, ["Datum", "Wat"], rows, [W * 0.22, W * 0.78])]

    return {
        "over_mij": over_mij,
        "communicatie": communicatie,
        "medicatie": medicatie,
        "allergieen": allergieen,
        "epilepsie": epilepsie,
        "voeding": voeding,
        "ademhaling": ademhaling,
        "let_op": let_op,
        "netwerk": netwerk,
        "besluiten": besluiten,
        "aanvragen": aanvragen,
        "zorgplannen": zorgplannen,
        "toekomstplan": toekomstplan,
        "contactlog": contactlog,
        "termijnen": termijnen,
    }


def _log_entries(st: Styles, c: DossierContent, options: ExportOptions) -> Iterator[Flowable]:
    entries = sorted(c.journal, key=lambda j: (j.on is None, j.on or options.made_on))
    head_style = ParagraphStyle("loghead", parent=st.cell_bold, spaceBefore=st.size * 0.55)
    follow_style = ParagraphStyle("logfollow", parent=st.small)
    for j in entries:
        who = " · ".join(x for x in (j.who, JOURNAL_CHANNEL_LABELS[j.channel]) if x)
        yield HeadedText(PlainText(f"{short_date(j.on, '?')}  {who}", head_style),
                         PlainText(j.summary.strip() or "–", st.cell))
        if j.follow_up:
            follow = f"Vervolg: {j.follow_up.strip()}"
            if j.follow_up_on:
                follow += f" (vóór {short_date(j.follow_up_on)})"
            if j.follow_up_done:
                follow += " – gedaan"
            yield PlainText(follow, follow_style)


def _one(flowable: Flowable | None) -> list[Flowable]:
    return [flowable] if flowable is not None else []


def _record_block(st: Styles, title: str, *body: Flowable | None) -> list[Flowable]:
    return section(para(escape(title), st.h2), list(body))


def _period(start, end) -> str:
    if start is None and end is None:
        return ""
    return f"{short_date(start, '?')} tot {short_date(end, 'geen einddatum')}"


def _bezwaar(b) -> str:
    if b is None:
        return ""
    parts = []
    if b.filed_on:
        parts.append(f"ingediend op {short_date(b.filed_on)}")
    if b.decision_expected_on:
        parts.append(f"beslissing verwacht vóór {short_date(b.decision_expected_on)}")
    if b.outcome is not None:
        parts.append(f"uitkomst: {BEZWAAR_OUTCOME_LABELS[b.outcome].lower()}")
    if b.notes:
        parts.append(b.notes)
    return "; ".join(parts)


def _med_period(m) -> str:
    """"vanaf mei 2026" for a month-only start; otherwise as _period."""
    if not m.month_only_dates:
        return _period(m.start_date, m.stop_date)
    start, stop = m.shown_date("start_date"), m.shown_date("stop_date")
    return f"{start or '?'} tot {stop or 'geen einddatum'}"
