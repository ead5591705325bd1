"""Aanvraagdossier: one aid request or decision with everything a copilot needs to submit or
defend it, and the linked documents appended.

Page numbering covers the merged result: every appended PDF page gets its own page in the
reportlab build (a caption and an empty "carrier" area); after the build pypdf places the
original page, scaled, inside that area. So reportlab numbers every page, appendices included,
and the table of contents (built in repeated passes until the page numbers settle) lists each
appendix with its page range.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Table

from app.errors import ValidationError
from app.model import (
    AID_STAGE_LABELS,
    DECIDED_STATUSES,
    DECISION_STATUS_LABELS,
    FEEDING_METHOD_LABELS,
    GRANTED_STATUSES,
    JOURNAL_CHANNEL_LABELS,
    AidRequest,
    Decision,
    DossierContent,
)
from exports.pdf import ExportOptions, included, section_title
from exports.pdf._base import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MUST,
    MUST_SOFT,
    PAGE_HEIGHT,
    RULE,
    Styles,
    box,
    contact_name,
    data_table,
    euro,
    field_rows,
    gap,
    nl_date,
    para,
    ref_label,
    role_label,
    section,
    short_date,
    text,
    tstyle,
)
from exports.pdf._document import (
    Anchor,
    BuildInfo,
    Carrier,
    DocMeta,
    build,
)

W = FRAME_WIDTH
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
MAX_PASSES = 5
PDF_MIME = "application/pdf"
IMAGE_MIMES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff")


@dataclass
class Appendix:
    number: int  # 0 when not appended
    doc_id: str
    name: str
    mime: str
    kind: str  # "pdf", "image" or "none"
    data: bytes = b""
    page_sizes: tuple[tuple[float, float], ...] = ()
    reason: str = ""  # why it is not appended


@dataclass
class Scope:
    """What this file is about: the requests and decisions, and what hangs off them."""

    title: str
    requests: list[AidRequest]
    decisions: list[Decision]


def make(content: DossierContent, options: ExportOptions, documents, deadlines):
    scope = _scope(content, options.request_id)
    wanted = included("aanvraag", options)
    ids = {r.id for r in scope.requests} | {d.id for d in scope.decisions}
    journal = sorted(
        (j for j in content.journal if ids & set(j.linked_ids)),
        key=lambda j: (j.on is None, j.on or options.made_on),
    )
    if deadlines is None:
        from app.deadlines import compute_deadlines

        deadlines = compute_deadlines(content, today=options.made_on)
    journal_ids = {j.id for j in journal}
    related_deadlines = [d for d in deadlines if d.record_id in ids | journal_ids]
    appendices = _appendices(scope, documents) if "bijlagen" in wanted else []

    name = content.child.name or "het kind"
    records = [content.child, *scope.requests, *scope.decisions]
    if "contactlog" in wanted:
        records += journal
    meta = DocMeta.for_output(
        "Aanvraagdossier",
        f"Aanvraag en onderbouwing voor {name}",
        content,
        options,
        records,
        title_suffix=f": {scope.title}",
    )
    shown: list[str] = []
    previous: dict[str, int] = {}
    pdf = b""
    info = BuildInfo()
    for _ in range(MAX_PASSES):
        pages_seen = dict(previous)

        def story(info: BuildInfo, pages_seen=pages_seen) -> list[Flowable]:
            shown.clear()
            return _story(
                content, options, scope, journal, related_deadlines, appendices, wanted, shown,
                pages_seen, info,
            )  # fmt: skip

        pdf, info = build(meta, story)
        current = dict(info.anchors)
        current["__total__"] = info.pages
        if current == previous:
            break
        previous = current
    if info.carriers:
        pdf = _merge(pdf, info, appendices, meta)
    return pdf, info.pages, [s for s in wanted if s in shown]


def _scope(content: DossierContent, request_id: str | None) -> Scope:
    if not request_id:
        raise ValidationError(
            "kies voor een aanvraagdossier de aanvraag of het besluit waar het om gaat", "request"
        )
    record = content.find(request_id)
    if isinstance(record, AidRequest):
        decisions = [d for d in content.decisions if d.id in record.decision_ids]
        decisions += [
            d for d in content.decisions if d.id in record.linked_ids and d not in decisions
        ]
        return Scope(title=record.title or "Aanvraag", requests=[record], decisions=decisions)
    if isinstance(record, Decision):
        requests = [
            r
            for r in content.aid_requests
            if record.id in r.decision_ids or record.id in r.linked_ids
        ]
        return Scope(title=record.subject or record.label(), requests=requests, decisions=[record])
    raise ValidationError(
        f"er is geen aanvraag of besluit met id '{request_id[:40]}' in dit dossier", "request"
    )


def _appendices(scope: Scope, documents) -> list[Appendix]:
    doc_ids: list[str] = []
    for r in scope.requests:
        doc_ids += r.document_ids
        doc_ids += [q.document_id for q in r.quotes if q.document_id]
    for d in scope.decisions:
        doc_ids += d.document_ids
    out: list[Appendix] = []
    number = 0
    for doc_id in dict.fromkeys(doc_ids):  # keep order, drop doubles
        if documents is None:
            out.append(Appendix(0, doc_id, "document", "", "none", reason="niet beschikbaar"))
            continue
        try:
            name, mime = documents.info(doc_id)
        except Exception:
            out.append(Appendix(0, doc_id, "onbekend document", "", "none",
                                reason="niet gevonden in het dossier"))  # fmt: skip
            continue
        item = Appendix(0, doc_id, name, mime, "none")
        if mime == PDF_MIME or mime in IMAGE_MIMES:
            try:
                item.data = documents.read(doc_id)
                if mime == PDF_MIME:
                    reader = PdfReader(io.BytesIO(item.data))
                    if reader.is_encrypted and not reader.decrypt(""):
                        raise ValueError("encrypted")
                    sizes = []
                    for page in reader.pages:
                        box_ = page.mediabox
                        w, h = float(box_.width), float(box_.height)
                        if (page.get("/Rotate") or 0) % 180:
                            w, h = h, w
                        sizes.append((w, h))
                    if not sizes:
                        raise ValueError("no pages")
                    item.page_sizes = tuple(sizes)
                    item.kind = "pdf"
                else:
                    with PILImage.open(io.BytesIO(item.data)) as img:
                        item.page_sizes = (img.size,)
                    item.kind = "image"
            except Exception:
                item.kind = "none"
                item.data = b""
                item.reason = "niet bijgevoegd: het bestand kan niet gelezen worden"
        else:
            item.reason = "niet bijgevoegd (alleen pdf en afbeeldingen worden bijgevoegd)"
        if item.kind != "none":
            number += 1
            item.number = number
        out.append(item)
    return out


def _page_ref(pages: dict[str, int], key: str, end_key: str | None = None) -> str:
    start = pages.get(key)
    if start is None:
        return "…"
    end = pages.get(end_key) if end_key else None
    return f"{start}–{end}" if end and end != start else str(start)


def _story(
    content, options, scope, journal, deadlines, appendices, wanted, shown, pages, info
) -> list[Flowable]:
    st = Styles(9.5)
    child = content.child
    story: list[Flowable] = [
        para("AANVRAAGDOSSIER", st.label),
        para(escape(scope.title), st.title),
        para(
            escape(
                f"voor {child.name or 'het kind'}"
                + (f", geboren {nl_date(child.date_of_birth)}" if child.date_of_birth else "")
            ),
            st.subtitle,
        ),
    ]
    facts = []
    if options.include_bsn and child.bsn:
        facts.append(("BSN", child.bsn))
    if options.recipient:
        facts.append(("Voor", options.recipient))
    table = field_rows(st, facts, 30 * mm)
    if table is not None:
        story += [gap(4), table]

    blocks = _blocks(st, content, options, scope, journal, deadlines, appendices)
    present = [sid for sid in wanted if blocks.get(sid)]

    # --- table of contents ---------------------------------------------------------------------
    toc_rows = [[section_title("aanvraag", sid), _page_ref(pages, sid)] for sid in present]
    for a in appendices:
        if a.number:
            toc_rows.append(
                [f"    Bijlage {a.number}: {a.name}",
                 _page_ref(pages, f"bijlage-{a.number}", f"bijlage-{a.number}-end")]
            )  # fmt: skip
    if toc_rows:
        toc = Table(
            [[para(text(t), st.body), para(p, st.body.clone("r", alignment=2))]
             for t, p in toc_rows],
            colWidths=[W - 30 * mm, 30 * mm], hAlign="LEFT",
        )  # fmt: skip
        toc.setStyle(tstyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        story += [gap(10), para("Inhoud", st.h2), toc]

    for sid in present:
        shown.append(sid)
        heading = para(escape(section_title("aanvraag", sid)), st.h1)
        heading.anchor_key = sid
        story += section(heading, blocks[sid])

    # --- appended documents, each page on its own page -----------------------------------------
    caption_style = st.label
    for a in appendices:
        if not a.number:
            continue
        for i, (w, h) in enumerate(a.page_sizes):
            caption = para(
                escape(f"Bijlage {a.number}: {a.name}")
                + (f" · blad {i + 1} van {len(a.page_sizes)}" if a.kind == "pdf" else ""),
                caption_style,
            )
            if i == 0:
                caption.anchor_key = f"bijlage-{a.number}"
            story += [PageBreak(), caption, gap(4)]
            room_h = FRAME_HEIGHT - 8 * mm
            if a.kind == "image":
                scale = min(W / w, room_h / h)
                story.append(Image(io.BytesIO(a.data), width=w * scale, height=h * scale))
            else:
                story.append(_PageCarrier(info, (a.number, i), (w, h), room_h))
            if i == len(a.page_sizes) - 1:
                story.append(Anchor(f"bijlage-{a.number}-end"))
    return story


class _PageCarrier(Carrier):
    """Reserves the area where pypdf will place one page of an appended PDF, with a thin
    border around where the page will land."""

    def __init__(self, info, payload, size, height) -> None:
        super().__init__(info, payload, height)
        self.size = size

    def draw(self) -> None:
        w, h = self.size
        scale = min(self.width / w, self.height / h)
        x = (self.width - w * scale) / 2
        y = self.height - h * scale
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(x, y, w * scale, h * scale)
        self.canv.restoreState()
        super().draw()


def _merge(pdf: bytes, info: BuildInfo, appendices: list[Appendix], meta: DocMeta) -> bytes:
    """Place each appended PDF page into its carrier area of the built document."""
    sources: dict[int, PdfWriter] = {}
    for a in appendices:
        if a.kind == "pdf":
            reader = PdfReader(io.BytesIO(a.data))
            if reader.is_encrypted:
                reader.decrypt("")
            # pypdf only transforms pages that belong to a writer.
            sources[a.number] = PdfWriter(clone_from=reader)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page_number, (x, y, width, height), payload in info.carriers:
        number, index = payload
        source = sources[number].pages[index]
        if source.rotation % 360:
            source.transfer_rotation_to_content()
        box_ = source.mediabox
        w, h = float(box_.width), float(box_.height)
        scale = min(width / w, height / h)
        dx = x + (width - w * scale) / 2
        dy = y + height - h * scale
        transform = (
            Transformation()
            .translate(-float(box_.left), -float(box_.bottom))
            .scale(scale)
            .translate(dx, dy)
        )
        writer.pages[page_number - 1].merge_transformed_page(source, transform)
    writer.add_metadata(
        {
            "/Title": meta.title,
            "/Author": "Zorgmap",
            "/Subject": meta.subject,
            "/Creator": "Zorgmap",
            "/Producer": "Zorgmap (reportlab, pypdf)",
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blocks(st, content, options, scope, journal, deadlines, appendices) -> dict:
    child = content.child
    out: dict[str, list[Flowable]] = {}

    # --- behoefte: who the child is and what the request must solve ----------------------------
    need: list[Flowable] = []
    for r in scope.requests:
        if r.why.strip():
            title = "Waarom dit nodig is" if len(scope.requests) == 1 else f"Waarom: {r.title}"
            need += [para(escape(title), st.h3), para(text(r.why), st.body), gap(4)]
    ep = content.epilepsy
    rows = [
        ("Diagnoses", "\n".join(child.diagnoses)),
        ("Over mij", child.about_me),
        ("Zitten en liggen", child.positioning),
        ("Verzorging", child.personal_care),
        ("Eten en drinken", FEEDING_METHOD_LABELS.get(content.feeding.method, "niet ingevuld")
         + (f". {content.feeding.swallowing_risks}" if content.feeding.swallowing_risks else "")
         if content.feeding else ""),
        ("Epilepsie", ", ".join(s.name for s in ep.seizure_types if s.name) if ep else ""),
        ("Ademhaling", content.breathing.notes if content.breathing else ""),
        ("Zien, horen, voelen", child.sensory_profile),
    ]  # fmt: skip
    table = field_rows(st, rows)
    if table is not None:
        need += [para("Wat mijn beperkingen zijn", st.h3), table]
    pros = [
        content.contact(pid)
        for r in scope.requests
        for pid in r.professionals
        if content.contact(pid) is not None
    ]
    if pros:
        need += [
            para("Deskundigen die mij kennen", st.h3),
            data_table(st, ["Wie", "Rol", "Telefoon"],
                       [[contact_name(p), role_label(p.role), p.phone] for p in pros],
                       [W * 0.45, W * 0.3, W * 0.25]),
        ]  # fmt: skip
    out["behoefte"] = need

    # --- aanvraag: the request and its history -------------------------------------------------
    req: list[Flowable] = []
    for r in scope.requests:
        if len(scope.requests) > 1:
            req.append(para(escape(r.title or "Aanvraag"), st.h2))
        rows = [
            ("Wat", r.title),
            ("Soort", ref_label("aid_categories", r.category)),
            ("Fase nu", AID_STAGE_LABELS[r.stage]
             + (f" (sinds {nl_date(r.stage_since())})" if r.stage_since() else "")),
            ("Notities", r.notes),
        ]  # fmt: skip
        if r.delivery_check is not None:
            dc = r.delivery_check
            verdict = {True: "klopt", False: "klopt niet", None: "nog niet bekeken"}
            when = short_date(dc.checked_on, "?")
            rows.append(("Controle na levering", f"{verdict[dc.is_correct]} ({when}) {dc.issues}"))
        table = field_rows(st, rows)
        if table is not None:
            req.append(table)
        if r.transitions:
            req += [
                para("Verloop", st.h3),
                data_table(st, ["Datum", "Fase", "Toelichting"],
                           [[short_date(t.on, "?"), AID_STAGE_LABELS[t.stage], t.note]
                            for t in r.transitions],
                           [W * 0.15, W * 0.22, W * 0.63]),
            ]  # fmt: skip
    out["aanvraag"] = req

    counters = [(r, a) for r in scope.requests for a in r.counters]
    if counters:
        out["loketten"] = [
            data_table(st, ["Datum", "Loket", "Wet", "Antwoord"],
                       [[short_date(a.on, "?"), a.counter, a.law, a.answer]
                        for _, a in counters],
                       [W * 0.13, W * 0.27, W * 0.1, W * 0.5])
        ]  # fmt: skip

    numbers = {a.doc_id: a.number for a in appendices if a.number}
    quotes = [q for r in scope.requests for q in r.quotes]
    if quotes:
        out["offertes"] = [
            data_table(st, ["Leverancier", "Bedrag", "Datum", "Document"],
                       [[q.supplier, euro(q.amount_cents), short_date(q.on, "?"),
                         f"bijlage {numbers[q.document_id]}" if q.document_id in numbers else ""]
                        for q in quotes],
                       [W * 0.4, W * 0.2, W * 0.15, W * 0.25])
        ]  # fmt: skip

    # --- decisions and deadlines ---------------------------------------------------------------
    dec: list[Flowable] = []
    # Only the term to file a bezwaar goes into the red box; "beslissing verwacht" is a date
    # to wait for (it is in the table of deadlines below).
    bezwaar = [d for d in deadlines if d.rule_id == "bezwaar_deadline"]
    for dl in bezwaar:
        late = dl.due < options.made_on
        lead = (
            f"De bezwaartermijn is verlopen op {nl_date(dl.due)}."
            if late
            else f"Bezwaar maken kan tot en met {nl_date(dl.due)}."
        )
        msg = f"<b>{lead}</b> {escape(dl.title)}"
        dec += [box([para(msg, st.body)], MUST_SOFT, MUST), gap(4)]
    for d in scope.decisions:
        rows = [
            ("Onderwerp", d.subject),
            ("Wet en financier", " · ".join(x for x in (
                ref_label("laws", d.law), ref_label("financiers", d.financier)) if x)),
            ("Soort", ref_label("decision_kinds", d.kind)),
            ("Kenmerk", d.reference),
            ("Besluit", DECISION_STATUS_LABELS[d.status]
             + (f" op {nl_date(d.decision_date)}" if d.decision_date else "")),
            ("Geldig", f"{short_date(d.start_date, '?')} tot "
             f"{short_date(d.end_date, 'geen einddatum')}" if d.start_date or d.end_date else ""),
            ("Notities", d.notes),
        ]  # fmt: skip
        if d.bezwaar is not None:
            b = d.bezwaar
            rows.append(("Bezwaar", "; ".join(x for x in (
                f"ingediend op {short_date(b.filed_on)}" if b.filed_on else "in voorbereiding",
                f"beslissing verwacht vóór {short_date(b.decision_expected_on)}"
                if b.decision_expected_on else "",
                b.notes) if x)))  # fmt: skip
        elif d.status in DECIDED_STATUSES and any(x.record_id == d.id for x in bezwaar):
            rows.append(("Bezwaar", "nog niet ingediend"))  # and the term is still open
        name = " ".join(x for x in (ref_label("decision_kinds", d.kind), d.law) if x)
        when = f" van {nl_date(d.decision_date)}" if d.decision_date else ""
        dec += [para(escape((name or "Besluit") + when), st.h3), field_rows(st, rows)]
    if deadlines:
        dec += [
            para("Termijnen", st.h3),
            data_table(st, ["Datum", "Wat"],
                       [[short_date(d.due) + (" (verlopen)" if d.due < options.made_on else ""),
                         d.title] for d in deadlines],
                       [W * 0.22, W * 0.78]),
        ]  # fmt: skip
    out["besluiten"] = [f for f in dec if f is not None]

    # --- the child's current indications: what a copilot checks first ------------------------
    current = current_indications(content, options.made_on)
    if current:
        out["indicaties"] = [
            para("Alle besluiten die nu gelden (toegekend of deels toegekend, niet verlopen).",
                 st.small),
            gap(2),
            data_table(st, ["Wet en soort", "Waarover", "Kenmerk", "Geldig"],
                       [[" ".join(x for x in (d.law, ref_label("decision_kinds", d.kind),
                                              d.zorgprofiel) if x),
                         d.subject, d.reference, _valid(d)] for d in current],
                       [W * 0.22, W * 0.32, W * 0.25, W * 0.21], bold_first=True),
        ]  # fmt: skip

    if journal:
        rows = []
        for j in journal:
            follow = j.follow_up
            if follow and j.follow_up_on:
                follow += f"\nvóór {short_date(j.follow_up_on)}"
            rows.append([short_date(j.on, "?"), f"{j.who}\n{JOURNAL_CHANNEL_LABELS[j.channel]}",
                         j.summary, follow])  # fmt: skip
        out["contactlog"] = [
            data_table(st, ["Datum", "Wie en hoe", "Wat er gezegd is", "Vervolg"], rows,
                       [W * 0.13, W * 0.22, W * 0.45, W * 0.2])
        ]  # fmt: skip

    if appendices:
        rows = []
        for a in appendices:
            rows.append([
                f"Bijlage {a.number}" if a.number else "–",
                a.name,
                (f"{len(a.page_sizes)} blad" if a.kind == "pdf" else "afbeelding")
                if a.number else a.reason,
            ])  # fmt: skip
        out["bijlagen"] = [
            para("De bijlagen staan achter in dit dossier, elk blad op een eigen pagina.",
                 st.body),
            gap(3),
            data_table(st, ["Nr.", "Document", "Bijgevoegd"], rows,
                       [W * 0.14, W * 0.46, W * 0.4]),
        ]  # fmt: skip
    return out


def current_indications(content: DossierContent, on) -> list[Decision]:
    """Granted (or partly granted) decisions in force on `on`, by law then start date."""
    return sorted(
        (d for d in content.decisions
         if d.status in GRANTED_STATUSES
         and (d.start_date is None or d.start_date <= on)
         and (d.end_date is None or d.end_date >= on)),
        key=lambda d: (d.law, d.start_date or d.decision_date or on, d.id),
    )  # fmt: skip


def _valid(d: Decision) -> str:
    """"01-11-2026 – 26-11-2027", "vanaf 26-09-2023" (no end date) or "tot 31-12-2026"."""
    if d.start_date and d.end_date:
        return f"{short_date(d.start_date)} – {short_date(d.end_date)}"
    if d.start_date:
        return f"vanaf {short_date(d.start_date)}"
    return f"tot {short_date(d.end_date)}" if d.end_date else ""
