"""Shared PDF machinery: fonts, colours, styles, Dutch formatting and the flowables every
output is made of. The document itself (page frame, "pagina x van y", building and fitting)
is in `_document`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.model import Contact, DossierContent, Record

if TYPE_CHECKING:
    from exports.pdf._document import DocMeta

FONT = "ZorgmapSans"
FONT_BOLD = "ZorgmapSans-Bold"
FONT_ITALIC = "ZorgmapSans-Oblique"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# A calm palette; the three tiers follow the red/amber/green of hospital passports.
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D9")
SOFT = colors.HexColor("#F2F5F8")
ACCENT = colors.HexColor("#1D5C87")
MUST = colors.HexColor("#A4262C")
MUST_SOFT = colors.HexColor("#FBEDEE")
IMPORTANT = colors.HexColor("#9A5B00")
IMPORTANT_SOFT = colors.HexColor("#FFF5E5")
GOOD = colors.HexColor("#2F6B3A")
GOOD_SOFT = colors.HexColor("#EEF6EF")
SEIZURE = colors.HexColor("#C0392B")
SEIZURE_SOFT = colors.HexColor("#FDEDEA")

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


@cache
def register_fonts() -> None:
    """Register the shipped DejaVu TTFs (embedded as subsets in every PDF)."""
    folder = resources.files("resources") / "fonts"
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


# --- formatting ---------------------------------------------------------------------------------


def nl_date(day: date | None, empty: str = "onbekend") -> str:
    """'3 maart 2026'."""
    if day is None:
        return empty
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None, empty: str = "") -> str:
    """'03-03-2026' for tables."""
    return day.strftime("%d-%m-%Y") if day is not None else empty


def euro(cents: int | None) -> str:
    if cents is None:
        return "onbekend"
    whole, rest = divmod(cents, 100)
    return f"€ {whole:,}".replace(",", ".") + f",{rest:02d}"


def text(value: str) -> str:
    """User text as Paragraph markup: escaped, newlines kept."""
    value = value.strip()
    return "<br/>".join(escape(line) for line in value.splitlines())


def trim(value: str, limit: int | None, more: str) -> str:
    """`value` cut to about `limit` characters at a word, with a pointer to where the rest is."""
    value = value.strip()
    if limit is None or len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0] if " " in value[:limit] else value[:limit]
    return f"{cut.rstrip(' ,.;:')}… ({more})"


def role_label(code: str) -> str:
    if not code:
        return ""
    try:
        from app.reference import load_reference

        return load_reference().contact_roles.label_for(code)
    except Exception:  # reference data is optional for printing; show the code readably
        return code.replace("_", " ").capitalize()


def ref_label(list_name: str, code: str) -> str:
    if not code:
        return ""
    try:
        from app.reference import load_reference

        return getattr(load_reference(), list_name).label_for(code)
    except Exception:
        return code.replace("_", " ")


def contact_name(contact: Contact) -> str:
    if contact.name and contact.organisation:
        return f"{contact.name} ({contact.organisation})"
    return contact.name or contact.organisation or "Contact"


def latest_check(records: Iterable[Record | None]) -> date | None:
    dates = [r.checked_on for r in records if r is not None and r.checked_on is not None]
    return max(dates) if dates else None


def oldest_check(records: Iterable[Record | None]) -> date | None:
    """The day by which everything shown had been checked: the oldest check among them."""
    dates = [r.checked_on for r in records if r is not None and r.checked_on is not None]
    return min(dates) if dates else None


def review_line(meta: DocMeta, short: bool = False) -> str:
    """"nagekeken op 5 november 2026 · nakijken vóór 5 mei 2027" (no warning colours: a
    stranger must not read fresh data as "do not trust this")."""
    if meta.checked_on is None:
        return "nog niet nagekeken"
    day = short_date if short else nl_date
    line = f"nagekeken op {day(meta.checked_on)}"
    if meta.review_before is not None:
        line += f" · nakijken vóór {day(meta.review_before)}"
    return line


def first_name(content: DossierContent) -> str:
    name = content.child.name.strip()
    return name.split()[0] if name else "het kind"


# --- styles -------------------------------------------------------------------------------------


@dataclass
class Styles:
    """Paragraph styles at one base size (outputs that must fit shrink the base size)."""

    size: float = 10.0

    def __post_init__(self) -> None:
        register_fonts()
        s = self.size
        lead = s * 1.35
        self.body = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=s,
            leading=lead,
            textColor=INK,
            alignment=TA_LEFT,
            bulletFontName=FONT,
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=s * 0.85, leading=s * 0.85 * 1.3, textColor=MUTED
        )
        self.cell = ParagraphStyle(
            "cell", parent=self.body, fontSize=s * 0.92, leading=s * 0.92 * 1.28
        )
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=FONT_BOLD)
        self.head_cell = ParagraphStyle(
            "headcell", parent=self.cell, fontName=FONT_BOLD, textColor=colors.white
        )
        self.label = ParagraphStyle(
            "label",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=s * 0.92,
            leading=s * 0.92 * 1.3,
            textColor=MUTED,
        )
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=s * 2.2,
            leading=s * 2.6,
            textColor=INK,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.body, fontSize=s * 1.15, leading=s * 1.5, textColor=MUTED
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=s * 1.5,
            leading=s * 1.85,
            spaceBefore=s * 1.1,
            spaceAfter=s * 0.45,
            textColor=ACCENT,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=s * 1.15,
            leading=s * 1.45,
            spaceBefore=s * 0.8,
            spaceAfter=s * 0.25,
            textColor=INK,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=s,
            leading=lead,
            spaceBefore=s * 0.4,
            spaceAfter=s * 0.1,
        )
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=s * 1.2,
                                     bulletIndent=s * 0.3, spaceAfter=s * 0.15)  # fmt: skip


# --- flowable helpers ---------------------------------------------------------------------------


def tstyle(commands: list) -> TableStyle:
    """A TableStyle in our font (reportlab's default cell font, Helvetica, is never embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def field_rows(
    st: Styles, rows: Sequence[tuple[str, str]], label_width: float = 36 * mm
) -> Table | None:
    """A two-column 'label: value' block; rows with an empty value are left out."""
    kept = [(k, v) for k, v in rows if v.strip()]
    if not kept:
        return None
    data = [[para(escape(k), st.label), para(text(v), st.cell)] for k, v in kept]
    # Wide enough for the longest single word of a label: "Vertegenwoordiging" must not
    # break in the middle (labels may still wrap between words).
    widest = max(pdfmetrics.stringWidth(word, st.label.fontName, st.label.fontSize)
                 for k, _v in kept for word in (k.split() or [""]))
    label_width = max(label_width, min(widest + 8, 60 * mm))
    table = Table(data, colWidths=[label_width, None], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        tstyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def data_table(
    st: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float | None],
    head_color: colors.Color = ACCENT,
    bold_first: bool = False,
    tight: bool = False,
    bold_columns: Sequence[int] = (),
) -> Table:
    """A table with a coloured header row repeated on every page; cells wrap.

    `tight`: less padding, for long lists that must fit a page limit."""
    data: list[list[Paragraph]] = [[para(escape(h), st.head_cell) for h in header]]
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            bold = (bold_first and i == 0) or i in bold_columns
            style = st.cell_bold if bold else st.cell
            cells.append(para(text(value), style))
        data.append(cells)
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), head_color),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1 if tight else 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if tight else 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 if tight else 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 if tight else 4),
    ]
    for r in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), SOFT))
    table.setStyle(tstyle(style))
    return table


def box(
    flowables: list[Flowable],
    background: colors.Color,
    border: colors.Color,
    width: float = FRAME_WIDTH,
    title: Paragraph | None = None,
    padding: float = 7,
) -> Table:
    """A coloured box with a thick left border (and an optional title band)."""
    rows: list[list[object]] = []
    if title is not None:
        rows.append([title])
    rows.extend([[f] for f in flowables])
    table = Table(rows, colWidths=[width], hAlign="LEFT", splitInRow=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 4, border),
        ("LEFTPADDING", (0, 0), (-1, -1), padding + 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), padding * 0.7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), padding * 0.8),
    ]
    if title is not None:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), border),
            ("BOTTOMPADDING", (0, 0), (-1, 0), padding * 0.6),
            ("TOPPADDING", (0, 1), (-1, 1), padding * 0.6),
        ]
    table.setStyle(tstyle(style))
    return table


def section(heading: Flowable | list[Flowable], body: Sequence[Flowable | None]) -> list[Flowable]:
    """A heading with its body, never a heading alone at the bottom of a page.

    A short section is kept whole on one page. A long one starts only when a good part of a
    page is left, and then flows (tables repeat their header row), so no page is left half
    empty just because a long table did not fit.
    """
    blocks = [b for b in body if b is not None]
    # A body that starts with a sub-section: hold the heading to the sub-section's first part.
    while blocks and isinstance(blocks[0], CondPageBreak):
        blocks.pop(0)
    if blocks and isinstance(blocks[0], KeepTogether):
        blocks[:1] = list(blocks[0]._content)
    if not blocks:
        return []
    head = list(heading) if isinstance(heading, list) else [heading]
    if _height([*head, *blocks]) <= FRAME_HEIGHT * 0.4:
        return [CondPageBreak(30 * mm), KeepTogether([*head, *blocks])]
    first = _height([*head, blocks[0]])
    if first <= FRAME_HEIGHT * 0.3:
        return [CondPageBreak(30 * mm), KeepTogether([*head, blocks[0]]), *blocks[1:]]
    return [CondPageBreak(max(45 * mm, _height(head) + 25 * mm)), *head, *blocks]


def section_stream(heading: Flowable | list[Flowable],
                   body: Iterable[Flowable | None]) -> Iterator[Flowable]:
    """section() for a long body that is made while it is laid out (the contact log of twenty
    years). section() looks at no more than a page of its body, so it gets a page and a bit;
    the rest follows unchanged: the same flowables as section(heading, list(body))."""
    items = iter(body)
    start: list[Flowable] = []
    total = 0.0
    for block in items:
        if block is None:
            continue
        start.append(block)
        total += _height([block])
        if total > FRAME_HEIGHT:
            break
    yield from section(heading, start)
    if start:
        yield from (b for b in items if b is not None)


def _height(flowables: Sequence[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        if isinstance(f, CondPageBreak):
            continue
        if isinstance(f, KeepTogether):
            total += _height(f._content)
            continue
        _, h = f.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
        if total > FRAME_HEIGHT:
            break  # heights past a page don't change any choice made with them
    return total


def gap(points: float) -> Spacer:
    return Spacer(1, points)


def role_group(code: str) -> str:
    try:
        from app.reference import load_reference

        item = load_reference().contact_roles.get(code)
    except Exception:
        return ""
    return str(item.extra.get("group", "")) if item else ""
