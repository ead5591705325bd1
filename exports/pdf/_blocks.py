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
    allergy_order,
    medication_order,
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
from exports.pdf._document import (
    Fit,
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


NOT_FILLED = "niet ingevuld"


def active_medications(content: DossierContent, on: date) -> list[Medication]:
    """Medicines taken on `on`: rescue medicine first (what an emergency reader looks for),
    then by the first time of the day, then by name."""
    return sorted((m for m in content.medications if m.is_active(on)), key=medication_order)


def rescue_line(content: DossierContent) -> str:
    """The rescue medicine as the protocol shows it, from the one medicine record."""
    ep = content.epilepsy
    med = ep.rescue_medicine(content) if ep is not None else None
    if med is not None:
        return _rescue_text(med) + " (zie medicijnen)"
    if ep is not None and ep.rescue_medication.strip():
        return ep.rescue_medication
    # Several marked as rescue medicine and none chosen: show them all, never "niet ingevuld".
    marked = [m for m in content.medications if m.is_rescue]
    if marked:
        return " of ".join(_rescue_text(m) for m in marked) + " (zie medicijnen)"
    return ""


def _rescue_text(med: Medication) -> str:
    return ", ".join(p for p in (med.name or "Medicijn", med.dose, med.form_route) if p.strip())


def medication_table(
    st: Styles, meds: list[Medication], fit: Fit, with_notes: bool = False
) -> list[Flowable]:
    # Every medicine is listed, whatever else is cut: a missing one can be dangerous.
    if fit.paired and len(meds) > PAIR_FROM:
        return [_paired_medication_table(st, meds, fit)]
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
            tight=fit.tight,
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


#: From how many medicines a squeezed output puts two medicines on one row.
PAIR_FROM = 16


def _paired_medication_table(st: Styles, meds: list[Medication], fit: Fit) -> Flowable:
    """Two medicines per row (read left to right), for a very long list on a 2-page output."""
    cells = []
    for m in meds:
        name = (m.name or "Medicijn") + (" (noodmedicatie)" if m.is_rescue else "")
        when = ", ".join(m.times) or ("als het nodig is" if m.is_rescue else "")
        cells.append([name, m.dose, m.form_route, when])
    if len(cells) % 2:
        cells.append(["", "", "", ""])
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    w = FRAME_WIDTH
    widths = [w * 0.16, w * 0.1, w * 0.12, w * 0.12] * 2
    table = data_table(st, ["Medicijn", "Dosis", "Hoe", "Wanneer"] * 2, rows, widths,
                       bold_columns=(0, 4), tight=True)
    table.setStyle(tstyle([("LINEBEFORE", (4, 0), (4, -1), 1.2, RULE)]))
    note = (f"{len(meds)} medicijnen, twee per regel. Waarvoor elk medicijn is: zie het "
            "dossieroverzicht of de medicatielijst van de apotheek.")
    return _with_note(table, note, st)


def allergy_box(st: Styles, content: DossierContent, fit: Fit) -> Flowable:
    # Every allergy, always (as with medicines); allergies before intolerances.
    items = sorted(content.allergies, key=allergy_order)
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
    if not lines and content.child.no_known_allergies:
        lines.append(para("Geen bekende allergieën (nagevraagd bij de ouders).", st.body))
    elif not lines:
        # Unknown is not the same as none: say so, never print an empty list as "none".
        lines.append(para(f"<b>Allergieën: {NOT_FILLED}.</b> Vraag het de ouders.", st.body))
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
    types = ep.seizure_types  # every seizure type: the protocol is never shortened
    for s in types:
        head = f"<b>{escape(s.name or 'Aanval')}</b>"
        if s.usual_duration:
            head += f" · duurt meestal {escape(s.usual_duration)}"
        if s.frequency and not compact:
            head += f" · {escape(s.frequency)}"
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
        ("Noodmedicatie", rescue_line(content) or NOT_FILLED),
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
    SignalCategory.NOT_A_SEIZURE,
    SignalCategory.DISCOMFORT,
    SignalCategory.DISLIKE,
    SignalCategory.COMFORT,
    SignalCategory.TIREDNESS,
    SignalCategory.CONTENTMENT,
    SignalCategory.OTHER,
]

#: First-person headings for the signal categories.
SIGNAL_FIRST_PERSON = {
    SignalCategory.PAIN: "Ik heb pijn",
    SignalCategory.NOT_A_SEIZURE: "Lijkt op een aanval, maar is het niet",
    SignalCategory.DISCOMFORT: "Ik voel me niet fijn",
    SignalCategory.DISLIKE: "Dit vind ik niet fijn",
    SignalCategory.COMFORT: "Zo troost je mij",
    SignalCategory.TIREDNESS: "Ik ben moe",
    SignalCategory.CONTENTMENT: "Ik voel me fijn",
    SignalCategory.OTHER: "Anders",
}

#: Printed where a signal has no "Wat je doet": a hint instead of an empty cell.
NO_ACTION = "Niet ingevuld: vraag de ouders wat helpt."


def _same_words(a: str, b: str) -> bool:
    def norm(value: str) -> str:
        return " ".join("".join(c for c in value.casefold() if c.isalnum() or c.isspace()).split())

    return norm(a) == norm(b)


def signals_table(
    st: Styles, content: DossierContent, fit: Fit, first_person: bool, channel: bool = True
) -> Flowable | None:
    everything = sorted(content.signals, key=lambda s: SIGNAL_ORDER.index(s.category))
    signals = everything if fit.list_cap is None else everything[: fit.list_cap]
    if not signals:
        return None
    labels = SIGNAL_FIRST_PERSON if first_person else SIGNAL_CATEGORY_LABELS
    data = [[para(h, st.head_cell) for h in ("Wat het betekent", "Wat je ziet", "Wat je doet")]]
    for s in signals:
        see = text(trim(s.what_you_see, fit.text_limit, fit.more))
        if s.channel and channel and fit.list_cap is None:
            see += f"<br/><i>({escape(s.channel)})</i>"
        heading = labels[s.category]
        # "Ik heb pijn / Ik heb pijn.": the meaning is left out when it only repeats the heading.
        meaning = "" if _same_words(s.meaning, heading) else text(
            trim(s.meaning, fit.text_limit, fit.more))
        todo = text(trim(s.what_to_do, fit.text_limit, fit.more)) or f"<i>{NO_ACTION}</i>"
        data.append(
            [
                para(f"<b>{escape(heading)}</b>"
                     + (f"<br/>{meaning}" if meaning else ""), st.cell),
                para(see, st.cell),
                para(todo, st.cell),
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
    if len(signals) < len(everything):
        note = left_out_line(len(everything) - len(signals), "signaal", "signalen", fit.more)
        return _with_note(table, note, st)
    return table


def _with_note(table: Flowable, note: str, st: Styles) -> Flowable:
    holder = Table([[table], [para(note, st.small)]], colWidths=[FRAME_WIDTH], hAlign="LEFT",
                   splitInRow=1)
    holder.setStyle(tstyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return holder


def left_out_line(count: int, one: str, many: str, where: str) -> str:
    """"En nog 4 contacten – zie zorgpaspoort." for a list that was shortened."""
    return f"En nog {count} {one if count == 1 else many} – {where}."


#: Role groups a stranger may need to call; organisations such as the zorgkantoor are not.
CALL_GROUPS = ("familie", "medisch", "therapie", "zorgaanbieder", "vertegenwoordiging")
#: Roles in those groups that a stranger does not call about the child (a supplier).
NOT_CALLED_ROLES = ("leverancier",)
#: Treating doctors come right after the huisarts.
DOCTOR_ROLES = ("kinderarts", "kinderneuroloog", "neuroloog", "avg_arts", "medisch_specialist",
                "revalidatiearts")


def call_order(contact: Contact) -> tuple:
    """Emergency contacts in their order, then the huisarts, treating doctors, the rest."""
    if contact.is_emergency_contact:
        rank = (0, contact.priority == 0, contact.priority)
    elif contact.role == "huisarts":
        rank = (1, False, 0)
    elif contact.role in DOCTOR_ROLES:
        rank = (2, False, DOCTOR_ROLES.index(contact.role))
    else:
        rank = (3, False, CALL_GROUPS.index(role_group(contact.role))
                if role_group(contact.role) in CALL_GROUPS else len(CALL_GROUPS))
    return (*rank, contact_name(contact).casefold(), contact.id)


def call_list(content: DossierContent, on: date) -> list[Contact]:
    """Who to call on `on`, in call_order: only people who hold their role that day, and
    only those a stranger can reach or may need (emergency contacts, representatives, care
    and medical roles)."""
    born = content.child.date_of_birth
    chosen = [
        c for c in content.network
        if c.role_held_on(on)
        and (c.is_emergency_contact or c.representation_on(on, born) == "current"
             or (role_group(c.role) in CALL_GROUPS and c.role not in NOT_CALLED_ROLES))
        and (c.phone.strip() or c.email.strip() or c.is_emergency_contact)
    ]  # fmt: skip
    return sorted(chosen, key=call_order)


def role_with_relationship(contact: Contact) -> str:
    """"Tante (zus van Joost)" for family, "Kinderarts" or "Pgb-zorgverlener (buurvrouw)"."""
    role, relation = role_label(contact.role), contact.relationship.strip()
    if not relation:
        return role
    if role_group(contact.role) == "familie" or not role:
        return relation[:1].upper() + relation[1:]
    return f"{role} ({relation})"


def representative_note(contact: Contact, on: date, born: date | None) -> str:
    """"wettelijk vertegenwoordiger", or for a future one "wordt mentor vanaf mei 2035"."""
    state = contact.representation_on(on, born)
    if state == "current":
        return contact.representative_title()
    if state == "future":
        start = contact.shown_date("legal_start")
        return f"wordt {contact.representative_title()} vanaf {start}"
    return ""


def decides_today(content: DossierContent, on: date) -> tuple[list[Contact], list[Contact]]:
    """(representatives on `on`, representatives that start later), by name."""
    born = content.child.date_of_birth
    reps = sorted((c for c in content.network if c.is_legal_representative),
                  key=lambda c: (contact_name(c).casefold(), c.id))  # fmt: skip
    return ([c for c in reps if c.representation_on(on, born) == "current"],
            [c for c in reps if c.representation_on(on, born) == "future"])


def contacts_table(
    st: Styles,
    content: DossierContent,
    contacts: list[Contact],
    fit: Fit,
    on: date,
    more: str | None = None,
    compact: bool = False,
) -> list[Flowable]:
    """Who to call. `compact` (passport, emergency card): one line per person where possible.

    A shortened list says how many were left out and where they are (`more`)."""
    shown = contacts if fit.list_cap is None else contacts[: fit.list_cap]
    if not shown:
        return []
    born = content.child.date_of_birth
    rows = []
    for c in shown:
        who = contact_name(c)
        if c.is_emergency_contact and c.priority:
            who = f"{c.priority}. {who}"
        role = role_with_relationship(c)
        extra = []
        note = representative_note(c, on, born)
        if note:
            scope = f": {c.legal_scope}" if c.legal_scope and not compact and \
                note == c.representative_title() else ""
            extra.append(note + scope)
        if c.is_emergency_contact and c.priority and not compact:
            extra.append(f"bel als {c.priority}e")
        if extra:
            role = f"{role}, {', '.join(extra)}" if role else ", ".join(extra)
        rows.append([who, role, c.phone or c.email])
    w = FRAME_WIDTH
    out: list[Flowable] = [
        data_table(st, ["Wie", "Rol", "Telefoon"], rows, [w * 0.36, w * 0.42, w * 0.22],
                   bold_first=True)
    ]  # fmt: skip
    left_out = len(contacts) - len(shown)
    if left_out:
        out.append(para(left_out_line(left_out, "contact", "contacten", more or fit.more),
                        st.small))  # fmt: skip
    return out
