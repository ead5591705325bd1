"""Toekomstplan: "Wat als ik het niet meer kan?", for a successor and the network.

Written to be read calmly by someone who may be taking over in a hard week.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from app.model import DossierContent
from exports.pdf import ExportOptions, included, section_title
from exports.pdf._base import (
    FRAME_WIDTH,
    GOOD,
    GOOD_SOFT,
    SOFT,
    Styles,
    box,
    contact_name,
    data_table,
    field_rows,
    first_name,
    gap,
    nl_date,
    para,
    section,
    short_date,
    text,
)
from exports.pdf._blocks import call_list, contacts_table, representative_note, signals_table
from exports.pdf._document import (
    BuildInfo,
    DocMeta,
    Fit,
    build,
)


def make(content: DossierContent, options: ExportOptions, documents, deadlines):
    wanted = included("toekomstplan", options)
    name = content.child.name or "het kind"
    records = [content.future_plan]
    if "kennis" in wanted:
        records += [content.child, *content.signals]
    if "netwerk" in wanted:
        records += content.network
    meta = DocMeta.for_output(
        "Toekomstplan",
        "Wie de zorg overneemt, en wat je dan moet weten",
        content,
        options,
        records,
        title_suffix=": wat als ik het niet meer kan?",
    )
    shown: list[str] = []

    def story(info: BuildInfo) -> list[Flowable]:
        shown.clear()
        st = Styles(10)
        me = first_name(content)
        out: list[Flowable] = [
            para("Wat als ik het niet meer kan?", st.title),
            para(f"Het toekomstplan voor {escape(name)}", st.subtitle),
            gap(8),
            para(
                f"Dit plan schreven we voor wie de zorg voor {escape(me)} overneemt, even of "
                "voor langer. Lees het rustig. Je hoeft niet alles tegelijk te weten: begin "
                "bij de eerste bladzijde, de rest komt later.",
                st.body,
            ),
        ]
        if content.future_plan is None:
            out += [gap(10), para("Het toekomstplan is nog niet ingevuld.", st.body)]
        blocks = plan_sections(st, content, options)
        for sid in wanted:
            if sid in blocks:
                shown.append(sid)
                out += section(para(escape(section_title("toekomstplan", sid)), st.h1), blocks[sid])
        return out

    pdf, info = build(meta, story)
    return pdf, info.pages, [s for s in wanted if s in shown]


def plan_sections(
    st: Styles, content: DossierContent, options: ExportOptions
) -> dict[str, list[Flowable]]:
    """toekomstplan section id -> flowables (absent when there is nothing to say)."""
    plan = content.future_plan
    child = content.child
    me = first_name(content)
    fit = Fit(size=st.size)
    out: dict[str, list[Flowable]] = {}
    if plan is not None:
        e = plan.emergency_plan
        rows = field_rows(
            st,
            [
                ("Wie er komt", e.who_comes),
                ("Wie je belt", e.who_to_call),
                (f"Waar {me} kan blijven", e.where_child_can_stay),
                ("De eerste 24 uur", e.first_24_hours),
            ],
        )
        if rows is not None:
            out["noodplan"] = [box([rows], SOFT, GOOD)]
        tasks = [t for t in plan.care_tasks if t.task.strip() or t.who_takes_over.strip()]
        if tasks:
            w = FRAME_WIDTH
            out["zorgtaken"] = [
                data_table(
                    st,
                    ["Zorgtaak", "Wie neemt het over", "Reserve", "Wat je moet weten"],
                    [[t.task, t.who_takes_over, t.backup, t.what_they_must_know] for t in tasks],
                    [w * 0.22, w * 0.2, w * 0.18, w * 0.4],
                    head_color=GOOD,
                    bold_first=True,
                )
            ]
        g = plan.legal
        rep = content.contact(g.representative_contact_id)
        rows = field_rows(
            st,
            [
                ("Vertegenwoordiging", g.representation),
                ("Vertegenwoordiger", _representative(content, rep, options.made_on)),
                ("Testament", g.will),
                ("Budgethouder pgb", g.pgb_budget_holder),
                ("Verder", g.notes),
            ],
        )
        if rows is not None:
            out["juridisch"] = [rows]
        h = plan.housing
        housing: list[Flowable] = []
        rows = field_rows(st, [("Onze wens", h.wishes), ("Logeren en respijt", h.respite)])
        if rows is not None:
            housing.append(rows)
        if h.waiting_lists:
            w = FRAME_WIDTH
            housing += [
                gap(4),
                data_table(
                    st,
                    ["Wachtlijst", "Ingeschreven op", "Opmerking"],
                    [[r.where, short_date(r.registered_on), r.notes] for r in h.waiting_lists],
                    [w * 0.4, w * 0.2, w * 0.4],
                    head_color=GOOD,
                ),
            ]
        if housing:
            out["wonen"] = housing
        if plan.parents_words.strip():
            quote = st.body.clone("quote", fontName=st.small.fontName, fontSize=st.size * 1.1,
                                  leading=st.size * 1.6)  # fmt: skip
            out["onze_woorden"] = [box([para(f"<i>{text(plan.parents_words)}</i>", quote)],
                                       GOOD_SOFT, GOOD, padding=10)]  # fmt: skip
        if plan.review_date is not None:
            out["nalopen"] = [
                para(
                    f"We lopen dit plan samen na op <b>{nl_date(plan.review_date)}</b>. En "
                    f"eerder als er iets verandert: als {escape(me)} 18 wordt, bij een "
                    "verhuizing, of als een van ons ziek wordt.",
                    st.body,
                )
            ]
    knowledge: list[Flowable] = []
    if child.about_me.strip():
        knowledge += [para(text(child.about_me), st.body), gap(4)]
    signals = signals_table(st, content, fit, first_person=True)
    if signals is not None:
        knowledge += [signals, gap(4)]
    rows = field_rows(
        st,
        [
            ("Dit vind ik fijn", child.happy_with),
            ("Dit vind ik niet fijn", child.dislikes),
            ("Zien, horen, voelen", child.sensory_profile),
        ],
    )
    if rows is not None:
        knowledge.append(rows)
    if knowledge:
        out["kennis"] = knowledge
    on = options.made_on
    first = call_list(content, on)
    contacts = first + [
        c
        for c in content.network
        if c not in first and c.role_held_on(on)
        and (c.role in ("familie", "broer_zus", "copiloot", "clientondersteuner", "mentor",
                        "bewindvoerder", "curator") or c.is_legal_representative)
    ]  # fmt: skip
    if contacts:
        out["netwerk"] = contacts_table(st, content, contacts, fit, on)
    return out


def _representative(content: DossierContent, rep, on) -> str:
    """The representative with their state on the print date ("wordt mentor vanaf …")."""
    if rep is None:
        return ""
    note = representative_note(rep, on, content.child.date_of_birth)
    return f"{contact_name(rep)} ({note})" if note else contact_name(rep)
