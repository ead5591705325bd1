"""Wiring shared by the command line and the desktop app: demo data, content with documents."""

from __future__ import annotations

import datetime as dt
import io

from storage.documents import DocumentStore
from storage.records import RecordStore


def demo_photo_png() -> bytes:
    """A drawn, friendly portrait placeholder: the demo family is fictional, so is its photo."""
    from PIL import Image, ImageDraw

    size = 480
    img = Image.new("RGB", (size, size), (222, 236, 246))
    draw = ImageDraw.Draw(img)
    draw.ellipse((90, 330, 390, 620), fill=(242, 170, 120))  # shoulders / shirt
    draw.ellipse((140, 90, 340, 310), fill=(247, 214, 186))  # face
    draw.pieslice((120, 60, 360, 260), 180, 360, fill=(120, 78, 48))  # hair
    draw.ellipse((190, 180, 212, 202), fill=(60, 50, 50))
    draw.ellipse((268, 180, 290, 202), fill=(60, 50, 50))
    draw.arc((200, 215, 280, 270), 20, 160, fill=(170, 70, 70), width=6)  # smile
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def demo_letter_pdf(title: str, lines: list[str]) -> bytes:
    """A simple fictional letter as PDF, so the demo has real documents to open and merge."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(title)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 770, title)
    pdf.setFont("Helvetica", 11)
    y = 740
    for line in ["VOORBEELD - verzonnen brief voor het demodossier", "", *lines]:
        pdf.drawString(72, y, line)
        y -= 18
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def fill_demo(dossier, years: int = 0, today: dt.date | None = None) -> None:
    """Fill an empty dossier with the fictional demo family.

    With `years`, a large dossier for benchmarks: per year of history about 1,000 log entries,
    15 decisions, 20 aid requests, 3 care plans, 10 medications and 100 documents, one in
    twenty of them a 20 MB "scan" (random bytes, like a compressed image).
    """
    from app import demo

    today = today or dt.date.today()
    records = RecordStore(dossier)
    docs = DocumentStore(dossier.db)
    photo = docs.add_bytes(demo_photo_png(), "foto-noor.png", note="Pasfoto (getekend)")
    if years:
        content = demo.large_demo_content(
            today, years=years, journal_entries=1000 * years, decisions=15 * years,
            aid_requests=20 * years, care_plans=3 * years, medications=10 * years)
        _attach_bulk_documents(docs, content, count=100 * years, scans=max(1, years // 2))
    else:
        content = demo.demo_content(today)
        for decision in content.decisions:
            if not decision.document_ids:
                decision.document_ids.append(_demo_letter(docs, decision).id)
    content.child.photo_document_id = photo.id
    records.replace_content(content)


def _demo_letter(docs: DocumentStore, decision):
    letter = demo_letter_pdf(
        f"Besluit {decision.law} {decision.kind}".strip(),
        [f"Kenmerk: {decision.reference or '-'}", f"Onderwerp: {decision.subject or '-'}",
         f"Datum besluit: {decision.decision_date or '-'}", f"Status: {decision.status.value}"],
    )
    return docs.add_bytes(letter, f"besluit-{decision.reference or decision.id[:8]}.pdf",
                          note=decision.subject)


class _RandomStream:
    """`size` bytes of noise, read in chunks: a generated scan that is never held whole."""

    def __init__(self, size: int, seed: int) -> None:
        import random

        self.left = size
        self.rng = random.Random(seed)

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        return self.rng.randbytes(n)


def _attach_bulk_documents(docs: DocumentStore, content, count: int, scans: int) -> None:
    targets = [*content.decisions, *content.aid_requests] or [None]
    scan_every = max(1, count // max(1, scans))
    for i in range(count):
        target = targets[i % len(targets)]
        if i % scan_every == scan_every - 1:
            info = docs.add_stream(_RandomStream(20 * 1024 * 1024, i), f"scan-{i:04d}.jpg",
                                   mime="image/jpeg", size=20 * 1024 * 1024, note="scan")
        elif target is not None and hasattr(target, "decision_date"):
            info = _demo_letter(docs, target)
        else:
            title = getattr(target, "title", "") or "aanvraag"
            info = docs.add_bytes(demo_letter_pdf(f"Offerte {title}", [f"Offerte nummer {i}"]),
                                  f"offerte-{i:04d}.pdf", note=title)
        if target is not None:
            target.document_ids.append(info.id)


# ----- the open JSON format ----------------------------------------------------------------

def dossier_deadlines(content, today: dt.date):
    from app.deadlines import compute_deadlines
    from app.reference import load_deadline_rules

    return compute_deadlines(content, load_deadline_rules(), today)


def export_json(dossier, *, include_documents: bool = False,
                today: dt.date | None = None) -> dict:
    """The whole dossier in the documented open format (docs/export-format.md)."""
    import base64

    from app.jsonformat import content_to_json

    today = today or dt.date.today()
    content = RecordStore(dossier).content()
    store = DocumentStore(dossier.db)
    documents = []
    for info in store.list():
        meta = info.to_json()
        if include_documents and store.has_content(info.id):
            meta["content_base64"] = base64.b64encode(store.read_bytes(info.id)).decode("ascii")
        documents.append(meta)
    return content_to_json(content, documents, dossier_deadlines(content, today), today)


#: Largest import file: a 20-year dossier with its documents stays well below this.
MAX_IMPORT_BYTES = 1024**3


def read_export_file(path):
    """Read and check an export file: (content, documents). Any problem is a
    ValidationError naming the place; nothing is created. Document contents stay in the
    file and are streamed when stored (ui/jsonstream.py)."""
    from ui.jsonstream import read_export_file as read_streamed

    return read_streamed(path, MAX_IMPORT_BYTES)


def import_json(data: dict, folder, passphrase: str, **create_options):
    """Check everything first; only then create the dossier. Returns (dossier, Noodsleutel)."""
    from app.jsonformat import content_from_json

    content, documents = content_from_json(data)
    return create_from_content(content, documents, folder, passphrase, **create_options)


def create_from_content(content, documents: list[dict], folder, passphrase: str,
                        **create_options):
    """A new dossier holding checked content; on any failure nothing is left behind."""
    import base64

    from storage.documents import DocumentInfo
    from storage.dossier import Dossier

    def fill(dossier) -> None:
        store = DocumentStore(dossier.db)
        with dossier.db.transaction():
            for doc in documents:
                info = DocumentInfo(doc["id"], doc["name"], doc["mime"], doc["size"],
                                    doc["sha256"], doc["added_at"], doc.get("note", ""))
                if "content_stream" in doc:  # streamed from the export file
                    store.add_stream(doc["content_stream"](), info.name, mime=info.mime,
                                     size=info.size, note=info.note, doc_id=info.id,
                                     added_at=info.added_at)
                elif "content_base64" in doc:
                    store.add_stream(io.BytesIO(base64.b64decode(doc["content_base64"])),
                                     info.name, mime=info.mime, size=info.size, note=info.note,
                                     doc_id=info.id, added_at=info.added_at)
                else:
                    store.add_placeholder(info)
            RecordStore(dossier).replace_content(content)

    # Filled before it appears under its name: complete, or not there at all.
    return Dossier.create(folder, passphrase, fill=fill, **create_options)


# ----- PDF outputs -------------------------------------------------------------------------

class DossierDocuments:
    """The documents a PDF may show or append, read into memory (never a plaintext file)."""

    def __init__(self, dossier) -> None:
        self.store = DocumentStore(dossier.db)

    def info(self, doc_id: str) -> tuple[str, str]:
        info = self.store.get(doc_id)
        return info.name, info.mime

    def read(self, doc_id: str) -> bytes:
        return self.store.read_bytes(doc_id)


HISTORY_KINDS = frozenset({"journal_entry", "decision", "aid_request", "care_plan"})


def make_bezwaar(dossier, decision_id: str, *, today: dt.date | None = None,
                 pro_forma: bool = False, docx: bool = False, log: bool = True):
    """The bezwaarschrift against one decision: (letter, pdf bytes, pages, docx bytes or None).

    Raises ValidationError (Dutch) for an unknown decision or one not yet decided."""
    from app.bezwaar import make_letter
    from exports.bezwaar import letter_docx, letter_pdf

    today = today or dt.date.today()
    content = RecordStore(dossier).content(skip_kinds={"journal_entry"})
    letter = make_letter(content, decision_id, today, pro_forma=pro_forma)
    pdf, pages = letter_pdf(letter)
    document = letter_docx(letter) if docx else None
    if log and not dossier.read_only:
        import hashlib

        RecordStore(dossier).log_share("bezwaar_pro_forma" if pro_forma else "bezwaar",
                                       letter.addressee_lines[0], [],
                                       hashlib.sha256(pdf).hexdigest(), pages, excluded=[],
                                       via="pdf")
    return letter, pdf, pages, document


def copilot_bezwaar_draft(workspace, family_id: str, decision_id: str, *,
                          today: dt.date | None = None, pro_forma: bool = False,
                          as_pdf: bool = False, grounds: str = ""):
    """The copilot's draft bezwaarschrift (or pro-forma) against a decision a family shared,
    made by the same letter as 'Bezwaar maken…': a proposal (a .docx to edit, or a PDF) for
    the workspace; `grounds`, if given, are the copilot's words for why the decision is
    wrong (else the family's, if they shared them). Raises ValidationError (Dutch) for a
    decision not in the package."""
    import base64
    import dataclasses
    import re

    from app.bezwaar import make_letter
    from app.copilot import DRAFT_FILE_TYPES, Proposal
    from app.model import Bezwaar
    from exports.bezwaar import letter_docx, letter_pdf

    today = today or dt.date.today()
    content = workspace.content(family_id)
    if grounds.strip():  # only in this letter: the shared records stay as the family sent them
        content.decisions = [
            dataclasses.replace(d, bezwaar=dataclasses.replace(d.bezwaar or Bezwaar(),
                                                               notes=grounds.strip()))
            if d.id == decision_id else d for d in content.decisions]
    letter = make_letter(content, decision_id, today, pro_forma=pro_forma)
    data = letter_pdf(letter)[0] if as_pdf else letter_docx(letter)
    mime = next(m for m, ext in DRAFT_FILE_TYPES.items() if ext == (".pdf" if as_pdf else ".docx"))
    decision = content.find(decision_id)
    title = "Concept pro-forma bezwaar" if pro_forma else "Concept bezwaarschrift"
    reference = re.sub(r"[^\w.-]+", "-", decision.reference).strip("-.") if decision else ""
    name = f"{title} {reference}".strip() + DRAFT_FILE_TYPES[mime]
    return Proposal(kind="draft", title=title, text=letter.plain_text(), target_id=decision_id,
                    file_name=name, mime=mime, data=base64.b64encode(data).decode("ascii"))


def render_output(dossier, output: str, *, today: dt.date | None = None, excluded=(),
                  request_id: str | None = None, recipient: str = "",
                  include_bsn: bool = False, log: bool = True, progressive=None):
    """Make one PDF output and remember in the dossier what was shared with whom.

    `progressive`: exports.pdf.Progressive, the first pages of a long output for a preview."""
    from exports.pdf import ExportOptions, render

    today = today or dt.date.today()
    # The passport, card and future plan never show the history: don't read twenty years of it.
    skip = HISTORY_KINDS if output in ("paspoort", "noodkaart", "toekomstplan") else frozenset()
    content = RecordStore(dossier).content(skip_kinds=skip)
    options = ExportOptions(made_on=today, excluded=frozenset(excluded),
                            include_bsn=include_bsn, recipient=recipient, request_id=request_id)
    deadlines = None if skip else dossier_deadlines(content, today)
    result = render(output, content, options, DossierDocuments(dossier), deadlines,
                    progressive=progressive)
    if log and not dossier.read_only:
        RecordStore(dossier).log_share(output, recipient, result.sections, result.sha256,
                                       result.pages)
    return result
