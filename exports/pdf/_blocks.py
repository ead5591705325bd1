"""Blocks several outputs share: the child's header with photo, medication, allergies,
the seizure protocol, signals and contacts."""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table

from app.model import (
    SIGNAL_CATEGORY_LABELS,
    Contact,
    DossierContent,
    Medication,
    SignalCategory,
)
from exports.pdf._base import (
    ACCENT,
    FRAME_WIDTH,
    GOOD_SOFT,
    IMPORTANT_SOFT,
    MUST,
    MUST_SOFT,
    RULE,
    SEIZURE,
    SEIZURE_SOFT,
    Fit,
    Styles,
    box,
    contact_name,
    data_table,
    nl_date,
    para,
    role_group,
    role_label,
    text,
    trim,
    tstyle,
)

MORE_IN_DOSSIER = "meer in het dossier"  # for outputs that never cut


def photo(content: DossierContent, documents, max_w: float, max_h: float) -> Image | None:
    """The child's photo scaled into max_w x max_h, or None (no photo, unreadable image)."""
    doc_id = content.child.photo_document_id
    if not doc_id or documents is None:
        return None
    try:
        raw = documents.read(doc_id)
        with PILImage.open(io.BytesIO(raw)) as img:
            w, h = img.size
    except Exception:  # a missing or broken photo must never stop an emergency card
        return None
    scale = min(max_w / w, max_h / h)
    return Image(io.BytesIO(raw), width=w * scale, height=h * scale)


def age_line(content: DossierContent, on: date) -> str:
    child = content.child
    if child.date_of_birth is None:
        return ""
    age = child.age_on(on)
    return f"{nl_date(child.date_of_birth)} ({age} jaar)" if age is not None else ""


def active_medications(content: DossierContent, on: date) -> list[Medication]:
    meds = [m for m in content.medications if m.is_active(on)]
    # Rescue medication first: it is what an emergency reader looks for.
    return sorted(meds, key=lambda m: (not m.is_rescue,))


def medication_table(
    st: Styles, meds: list[Medication], fit: Fit, with_notes: bool = False
) -> list[Flowable]:
    # Every medicine is listed, whatever else is cut: a missing one can be dangerous.
    shown = meds
    rows = []
    for m in shown:
        name = m.name or "Medicijn"
        if m.is_rescue:
            name += "\n(noodmedicatie)"
        how = m.form_route
        what_for = trim(m.purpose, fit.text_limit, fit.more)
        if with_notes and m.notes:
            what_for = f"{what_for}\n{trim(m.notes, fit.text_limit, fit.more)}".strip()
        when = ", ".join(m.times) or ("als het nodig is" if m.is_rescue else "")
        rows.append([name, m.dose, how, when, what_for])
    w = FRAME_WIDTH
    out: list[Flowable] = [
        data_table(
            st,
            ["Medicijn", "Dosis", "Hoe", "Wanneer", "Waarvoor"],
            rows,
            [w * 0.25, w * 0.13, w * 0.2, w * 0.16, w * 0.26],
            bold_first=True,
        )
    ]
    if len(shown) < len(meds):
        out.append(
            para(
                f"En nog {len(meds) - len(shown)} medicijnen: {fit.more}, of de medicatielijst "
                "van de apotheek.",
                st.small,
            )
        )
    return out


def allergy_box(st: Styles, content: DossierContent, fit: Fit) -> Flowable:
    items = content.allergies  # every allergy, always (as with medicines)
    lines: list[Flowable] = []
    for a in items:
        kind = "Intolerantie" if a.is_intolerance else "Allergie"
        detail = ", ".join(x for x in (a.reaction, a.severity) if x.strip())
        markup = f"<b>{escape(a.substance or '?')}</b> ({kind.lower()})"
        if detail:
            markup += f": {text(trim(detail, fit.text_limit, fit.more))}"
        lines.append(Paragraph(markup, st.body, bulletText="•"))
    if len(items) < len(content.allergies):
        rest = len(content.allergies) - len(items)
        lines.append(para(f"En nog {rest}: {fit.more}.", st.small))
    if not lines:
        lines.append(para("Er zijn geen allergieën ingevuld.", st.body))
    return box(lines, MUST_SOFT, MUST)


def seizure_box(
    st: Styles,
    content: DossierContent,
    fit: Fit,
    title: str,
    width: float = FRAME_WIDTH,
    compact: bool = False,
) -> Flowable | None:
    """The seizure protocol in a red box: it must stand out on every page it is on."""
    ep = content.epilepsy
    if ep is None:
        return None
    limit = fit.text_limit
    body: list[Flowable] = []
    types = ep.seizure_types if fit.list_cap is None else ep.seizure_types[: fit.list_cap]
    for s in types:
        head = f"<b>{escape(s.name or 'Aanval')}</b>"
        if s.usual_duration:
            head += f" · duurt meestal {escape(s.usual_duration)}"
        if compact:  # emergency card: one line per seizure type, what to do first
            todo = trim(s.what_to_do or s.what_it_looks_like, limit, fit.more)
            body.append(para(f"{head}: {text(todo)}" if todo else head, st.cell))
            continue
        body.append(para(head, st.body))
        detail = []
        if s.what_it_looks_like:
            detail.append(f"Zo ziet het eruit: {text(trim(s.what_it_looks_like, limit, fit.more))}")
        if s.what_to_do:
            detail.append(f"Wat je doet: {text(trim(s.what_to_do, limit, fit.more))}")
        if detail:
            body.append(para("<br/>".join(detail), st.cell))
    steps = [
        ("Noodmedicatie", ep.rescue_medication),
        ("Geef die als", ep.rescue_medication_when),
        ("Bel 112 als", ep.call_112_when),
        ("Na de aanval", ep.after_seizure),
    ]
    red = st.cell.clone("call112", textColor=SEIZURE, fontName=st.cell_bold.fontName)
    rows = [
        [
            para(f"<b>{label}</b>", red if label == "Bel 112 als" else st.cell),
            # The emergency steps are cut only when absurdly long (Fit.step_limit, the last
            # levels of the one-page noodkaart); a real protocol is a few sentences.
            para(text(trim(v, fit.step_limit, fit.more)), red if label == "Bel 112 als"
                 else st.cell),
        ]
        for label, v in steps
        if v.strip()
    ]
    if rows:
        steps_table = Table(rows, colWidths=[33 * mm, None], hAlign="LEFT", splitInRow=1)
        styles = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, SEIZURE),
        ]
        steps_table.setStyle(tstyle(styles))
        body.append(steps_table)
    if ep.notes.strip() and fit.list_cap is None:
        body.append(para(text(trim(ep.notes, limit, fit.more)), st.cell))
    if not body:
        return None
    heading = para(f"<font color='white'><b>{escape(title)}</b></font>", st.h2)
    heading.style = heading.style.clone("seizure_title", spaceBefore=0, spaceAfter=0)
    return box(body, SEIZURE_SOFT, SEIZURE, width=width, title=heading)


#: A soft tint on the meaning cell, so pain stands out from contentment at a glance.
SIGNAL_TINTS = {
    SignalCategory.PAIN: MUST_SOFT,
    SignalCategory.DISCOMFORT: IMPORTANT_SOFT,
    SignalCategory.CONTENTMENT: GOOD_SOFT,
}

SIGNAL_ORDER = [
    SignalCategory.PAIN,
    SignalCategory.DISCOMFORT,
    SignalCategory.TIREDNESS,
    SignalCategory.CONTENTMENT,
    SignalCategory.OTHER,
]

#: First-person headings for the signal categories.
SIGNAL_FIRST_PERSON = {
    SignalCategory.PAIN: "Ik heb pijn",
    SignalCategory.DISCOMFORT: "Ik voel me niet fijn",
    SignalCategory.TIREDNESS: "Ik ben moe",
    SignalCategory.CONTENTMENT: "Ik voel me fijn",
    SignalCategory.OTHER: "Anders",
}


def signals_table(
    st: Styles, content: DossierContent, fit: Fit, first_person: bool, channel: bool = True
) -> Flowable | None:
    signals = sorted(content.signals, key=lambda s: SIGNAL_ORDER.index(s.category))
    if fit.list_cap is not None:
        signals = signals[: fit.list_cap]
    if not signals:
        return None
    labels = SIGNAL_FIRST_PERSON if first_person else SIGNAL_CATEGORY_LABELS
    data = [[para(h, st.head_cell) for h in ("Wat het betekent", "Wat je ziet", "Wat je doet")]]
    for s in signals:
        see = text(trim(s.what_you_see, fit.text_limit, fit.more))
        if s.channel and channel and fit.list_cap is None:
            see += f"<br/><i>({escape(s.channel)})</i>"
        meaning = text(trim(s.meaning, fit.text_limit, fit.more))
        data.append(
            [
                para(f"<b>{escape(labels[s.category])}</b>"
                     + (f"<br/>{meaning}" if meaning else ""), st.cell),
                para(see, st.cell),
                para(text(trim(s.what_to_do, fit.text_limit, fit.more)), st.cell),
            ]
        )  # fmt: skip
    w = FRAME_WIDTH
    table = Table(data, colWidths=[w * 0.3, w * 0.34, w * 0.36], repeatRows=1, hAlign="LEFT",
                  splitInRow=1)  # fmt: skip
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in range(1, len(data)):
        category = signals[r - 1].category
        tint = SIGNAL_TINTS.get(category)
        if tint is not None:
            style.append(("BACKGROUND", (0, r), (0, r), tint))
    table.setStyle(tstyle(style))
    return table


def call_list(content: DossierContent) -> list[Contact]:
    """Who to call, in order: emergency contacts by priority, legal representatives, then
    medical contacts."""
    emergency = sorted(
        (c for c in content.network if c.is_emergency_contact),
        key=lambda c: (c.priority == 0, c.priority),
    )
    rest = [
        c
        for c in content.network
        if not c.is_emergency_contact
        and (c.is_legal_representative or role_group(c.role) == "medisch")
    ]
    return emergency + rest


def contacts_table(
    st: Styles, contacts: list[Contact], fit: Fit, with_note: bool = True, compact: bool = False
) -> list[Flowable]:
    """Who to call. `compact` (passport, emergency card): one line per person where possible."""
    shown = contacts if fit.list_cap is None else contacts[: fit.list_cap]
    if not shown:
        return []
    rows = []
    for c in shown:
        who = contact_name(c)
        if c.is_emergency_contact and c.priority:
            who = f"{c.priority}. {who}"
        role = role_label(c.role)
        extra = []
        if c.is_legal_representative:
            scope = f": {c.legal_scope}" if c.legal_scope and not compact else ""
            extra.append(f"wettelijk vertegenwoordiger{scope}")
        if c.is_emergency_contact and c.priority and not compact:
            extra.append(f"bel als {c.priority}e")
        if extra:
            role = f"{role}, {', '.join(extra)}" if role else ", ".join(extra)
        rows.append([who, role, c.phone or c.email])
    w = FRAME_WIDTH
    out: list[Flowable] = [
        data_table(st, ["Wie", "Rol", "Telefoon"], rows, [w * 0.4, w * 0.42, w * 0.18],
                   bold_first=True)
    ]  # fmt: skip
    if with_note and len(shown) < len(contacts):
        out.append(para(f"En nog {len(contacts) - len(shown)} contacten in het dossier.", st.small))
    return out
