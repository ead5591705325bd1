"""Plain text for long lists (the contact log of the dossieroverzicht): blocks that split
between lines, without Paragraph's markup parsing (twenty years of entries)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable


class PlainText(Flowable):
    """Unformatted text in one style, wrapped at words and split between lines.

    Skips Paragraph's markup parser and fragment machinery: the contact log of twenty years is
    tens of thousands of such blocks (see docs/benchmarks.md).
    """

    def __init__(self, value: str, style: ParagraphStyle,
                 lines: list[str] | None = None) -> None:
        super().__init__()
        self.value = value
        self.style = style
        self._lines = lines
        self._width = None

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def _wrapped(self, width: float) -> list[str]:
        if self._lines is None or self._width != width:
            from reportlab.lib.utils import simpleSplit

            self._lines = simpleSplit(self.value, self.style.fontName, self.style.fontSize,
                                      width) or [""]
            self._width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self._wrapped(avail_width)) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._wrapped(avail_width)
        fit = int(avail_height // self.style.leading)
        if fit < 2 or len(lines) - fit < 1:
            return []  # never one line alone at a page end
        first = PlainText(self.value, self.style, lines[:fit])
        rest_style = ParagraphStyle(f"{self.style.name}-rest", parent=self.style, spaceBefore=0)
        rest = PlainText(self.value, rest_style, lines[fit:])
        first._width = rest._width = avail_width
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        text_object = canvas.beginText(0, self.height - style.fontSize)
        text_object.setFont(style.fontName, style.fontSize, style.leading)
        for line in self._lines or []:
            text_object.textLine(line)
        canvas.drawText(text_object)


class HeadedText(Flowable):
    """A one-line heading and its text that never part with the heading alone at a page end.

    Cheaper than KeepTogether (which copies its content to measure it), for the thousands of
    entries of a long contact log.
    """

    def __init__(self, head: Flowable, body: Flowable) -> None:
        super().__init__()
        self.head, self.body = head, body

    def getSpaceBefore(self) -> float:
        return self.head.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.body.getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._head_h = self.head.wrap(avail_width, avail_height)
        _, self._body_h = self.body.wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = self._head_h + self._body_h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _, head_h = self.head.wrap(avail_width, avail_height)
        room = avail_height - head_h
        if room < 2 * self.body.style.leading:
            return []  # the heading and two lines don't fit: all of it to the next page
        parts = self.body.split(avail_width, room)
        if not parts:
            return []
        return [HeadedText(self.head, parts[0]), *parts[1:]]

    def draw(self) -> None:
        self.body.drawOn(self.canv, 0, 0)
        self.head.drawOn(self.canv, 0, self._body_h)
