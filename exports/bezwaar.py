"""The bezwaarschrift as a PDF to sign and as an editable Word document (.docx).

Both come from the same `app.bezwaar.BezwaarLetter`; nothing is written to disk here (bytes
in memory). The PDF uses the embedded DejaVu font like every other output and is byte-identical
for the same input; the .docx is written with python-docx.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.bezwaar import BezwaarLetter
from exports.pdf._base import FONT, FONT_BOLD, Styles, register_fonts


def letter_pdf(letter: BezwaarLetter) -> tuple[bytes, int]:
    """(PDF bytes, number of pages)."""
    register_fonts()
    st = Styles(10.5)
    body = st.body.clone("letter", leading=14, spaceAfter=6)
    bold = body.clone("letterb", fontName=FONT_BOLD)
    heading = body.clone("letterh", fontName=FONT_BOLD, spaceBefore=6, spaceAfter=3)
    title = "Pro-forma bezwaarschrift" if letter.pro_forma else "Bezwaarschrift"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
        bottomMargin=20 * mm, title=title, author="Zorgmap", subject=letter.subject,
        creator="Zorgmap", lang="nl-NL", invariant=1, initialFontName=FONT, initialFontSize=10,
    )  # fmt: skip

    def lines(values: list[str]) -> Paragraph:
        return Paragraph("<br/>".join(escape(v) for v in values), body)

    story = [
        lines(letter.sender_lines),
        Spacer(1, 8 * mm),
        lines(letter.addressee_lines),
        Spacer(1, 6 * mm),
        Paragraph(escape(letter.place_and_date), body),
        Paragraph(f"<b>Betreft:</b> {escape(letter.subject)}", body),
        Spacer(1, 3 * mm),
        Paragraph(escape(letter.salutation), body),
    ]
    for head, paragraphs in letter.sections:
        story.append(Paragraph(escape(head), heading))
        story += [Paragraph(escape(p), body) for p in paragraphs]
    story += [Spacer(1, 3 * mm), Paragraph(escape(letter.closing), body)]
    for name in letter.signers:
        story += [Spacer(1, 11 * mm), Paragraph("_" * 34, body), Paragraph(escape(name), bold)]
    if letter.enclosures:
        story += [Spacer(1, 6 * mm), Paragraph("<b>Bijlage:</b> " + escape(
            "; ".join(letter.enclosures)), body)]  # fmt: skip
    pages = [0]

    def count(canvas, _doc) -> None:
        pages[0] = canvas.getPageNumber()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, f"pagina {pages[0]}")

    doc.build(story, onFirstPage=count, onLaterPages=count)
    return buffer.getvalue(), pages[0]


def letter_docx(letter: BezwaarLetter) -> bytes:
    """The same letter as an editable .docx."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(10.5)
    props = document.core_properties
    props.title = "Pro-forma bezwaarschrift" if letter.pro_forma else "Bezwaarschrift"
    props.subject = letter.subject
    props.author = "Zorgmap"
    props.language = "nl-NL"

    def block(values: list[str]) -> None:
        paragraph = document.add_paragraph()
        for i, value in enumerate(values):
            run = paragraph.add_run(value)
            if i < len(values) - 1:
                run.add_break()

    block(letter.sender_lines)
    block(letter.addressee_lines)
    document.add_paragraph(letter.place_and_date)
    subject = document.add_paragraph()
    subject.add_run("Betreft: ").bold = True
    subject.add_run(letter.subject)
    document.add_paragraph(letter.salutation)
    for head, paragraphs in letter.sections:
        document.add_paragraph().add_run(head).bold = True
        for text in paragraphs:
            document.add_paragraph(text)
    document.add_paragraph(letter.closing)
    for name in letter.signers:
        document.add_paragraph("\n\n" + "_" * 34)
        document.add_paragraph().add_run(name).bold = True
    if letter.enclosures:
        enclosure = document.add_paragraph()
        enclosure.add_run("Bijlage: ").bold = True
        enclosure.add_run("; ".join(letter.enclosures))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
