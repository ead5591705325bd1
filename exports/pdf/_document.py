"""The PDF document itself: metadata (`DocMeta`), the page frame (header, footer
"pagina x van y"), building a story into pages (`build`, with a first-pages build for the
preview) and fitting an output into a page limit (`Fit`, `fit_build`). The styles, Dutch
formatting and flowables the outputs are made of are in `_base`."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LayoutError,
    PageTemplate,
)

from app.model import DossierContent
from exports.pdf._base import (
    FONT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    oldest_check,
    register_fonts,
    review_line,
    short_date,
)


@dataclass
class DocMeta:
    output_label: str  # "Zorgpaspoort"
    title: str  # "Zorgpaspoort van Noor Bakker"
    subject: str
    child_name: str
    made_on: date
    checked_on: date | None  # "laatst nagekeken op": the oldest check of what is shown
    review_before: date | None = None  # "nakijken vóór": checked_on + the family's period
    recipient: str = ""
    keywords: str = ""

    @classmethod
    def for_output(cls, label: str, subject: str, content: DossierContent, options,
                   records, title_suffix: str = "") -> DocMeta:
        """The usual metadata: "<label> van <naam>", dated by the oldest check of `records`."""
        name = content.child.name or "het kind"
        checked = oldest_check(records)
        return cls(
            output_label=label,
            title=f"{label} van {name}{title_suffix}",
            subject=subject,
            child_name=content.child.name,
            made_on=options.made_on,
            checked_on=checked,
            review_before=content.child.review_before(checked) if checked else None,
            recipient=options.recipient,
            keywords=label.lower(),
        )


@dataclass
class BuildInfo:
    """What happened during a build: pages, where headings and placeholders landed."""

    pages: int = 0
    complete: bool = True  # False: a first-pages build stopped before the end
    anchors: dict[str, int] = field(default_factory=dict)  # key -> page number
    carriers: list[tuple[int, tuple[float, float, float, float], object]] = field(
        default_factory=list
    )  # (page number, (x, y, w, h), payload) for pages pypdf fills afterwards


def _header_footer(canvas: Canvas, meta: DocMeta, page: int, total: int | str) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 11 * mm
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, top, f"{meta.output_label} · {meta.child_name}".strip(" ·"))
    made = f"gemaakt op {short_date(meta.made_on)}"
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, f"{made} · {review_line(meta, short=True)}")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
    bottom = 9 * mm
    canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
    left = "vertrouwelijk"
    if meta.recipient:
        left += f" · voor: {meta.recipient}"
    canvas.drawString(MARGIN_X, bottom, left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, f"pagina {page} van {total}")
    canvas.restoreState()


def _canvas_class(meta: DocMeta) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds pages back until the end so every footer can say 'van <total>'.

        `unfinished`: the first pages of a document still being made say 'van …'."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []
            self.unfinished = False

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            # Read before the held pages' states (which hold the flag too) are put back.
            total = "…" if self.unfinished else len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _header_footer(self, meta, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class _Enough(Exception):
    """A first-pages build has its pages."""


class LazyStory(list):
    """A story made while it is laid out. reportlab's build takes flowables from the front of
    its list and asks len() before each one: the list is topped up from `source` then, so the
    first pages never wait for flowables of the last (the same flowables, in the same order)."""

    def __init__(self, source: Iterable[Flowable], ahead: int = 32) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(source)
        self._ahead = ahead

    def __len__(self) -> int:
        while self._source is not None and list.__len__(self) < self._ahead:
            try:
                self.append(next(self._source))
            except StopIteration:
                self._source = None
        return list.__len__(self)


class _Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, meta: DocMeta, info: BuildInfo,
                 stop_after: int | None = None,
                 on_page: Callable[[int], None] | None = None) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author="Zorgmap",
            subject=meta.subject,
            creator="Zorgmap",
            keywords=meta.keywords,
            lang="nl-NL",
            invariant=1,
            # Otherwise every page starts in Helvetica, a font that is never embedded.
            initialFontName=FONT,
            initialFontSize=10,
        )
        self.info = info
        self.stop_after = stop_after
        self.on_page = on_page
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="main",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def handle_pageBegin(self) -> None:  # noqa: N802 - reportlab API
        if self.stop_after is not None and self.page >= self.stop_after:
            raise _Enough  # before anything of the next page is drawn
        super().handle_pageBegin()
        if self.on_page is not None:
            self.on_page(self.page)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        key = getattr(flowable, "anchor_key", None)
        if key and key not in self.info.anchors:
            self.info.anchors[key] = self.page


class Anchor(Flowable):
    """Zero-size marker: records the page it lands on (for the table of contents)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.anchor_key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Carrier(Flowable):
    """Takes the rest of a page and records its rectangle, for pypdf to fill afterwards."""

    def __init__(self, info: BuildInfo, payload: object, height: float) -> None:
        super().__init__()
        self.info = info
        self.payload = payload
        self.wanted_height = height
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = min(self.wanted_height, available_height - 1)
        return available_width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.info.carriers.append(
            (self.canv.getPageNumber(), (x, y, self.width, self.height), self.payload)
        )


def build(
    meta: DocMeta,
    story_fn: Callable[[BuildInfo], Iterable[Flowable]],
    *,
    stop_after: int | None = None,
    on_page: Callable[[int], None] | None = None,
) -> tuple[bytes, BuildInfo]:
    """Build the PDF in memory from a fresh story (flowables are consumed by a build).

    The story may be a list or an iterable made while it is laid out. `stop_after`: a
    first-pages build for a preview, which stops after that many pages (their footers say
    "van …" and `info.complete` is False; a document that ends within them is built whole,
    byte for byte the full build). `on_page(number)` is called as each page begins."""
    register_fonts()
    info = BuildInfo()
    buffer = io.BytesIO()
    doc = _Doc(buffer, meta, info, stop_after=stop_after, on_page=on_page)
    story = story_fn(info)
    if not isinstance(story, list):
        story = LazyStory(story)
    try:
        doc.build(story, canvasmaker=_canvas_class(meta))
        info.pages = doc.page
    except _Enough:
        doc.canv.unfinished = True
        doc.canv.save()
        info.pages = doc.page
        info.complete = False
    return buffer.getvalue(), info


@dataclass(frozen=True)
class Fit:
    """How hard an output that must fit a page limit squeezes: base size, text and list caps."""

    size: float = 10.0
    text_limit: int | None = None
    list_cap: int | None = None
    shrink: bool = False  # last resort: scale everything into the frame
    step_limit: int | None = None  # emergency protocol steps: only absurd lengths are cut
    tight: bool = False  # tables with less padding
    paired: bool = False  # long medicine lists two to a row (nothing left out)
    more: str = "meer in het dossier"  # where the reader finds what was cut


def fit_build(
    meta: DocMeta,
    story_fn: Callable[[Fit, BuildInfo], list[Flowable]],
    max_pages: int,
    levels: Sequence[Fit],
) -> tuple[bytes, BuildInfo, Fit]:
    """Build at the first level that stays within `max_pages` (the last level must fit)."""
    for i, level in enumerate(levels):
        try:
            pdf, info = build(meta, lambda info, level=level: story_fn(level, info))
        except LayoutError:
            # A block taller than a page at this size: squeeze harder (never on the last level).
            if i == len(levels) - 1:
                raise
            continue
        if info.pages <= max_pages:
            break
    return pdf, info, level
