"""PDF pages on screen and on paper, rendered in memory with PDFium (pypdfium2).

We do not use QtPdf: its wheel (PySide6-Pdf) exists only for PySide6 6.12.0, whose Python 3.11
build drops a reference to None on every call that returns nothing and so aborts the app
after a few thousand clicks (see docs/app.md). PDFium reads the PDF from bytes: nothing
decrypted is written to a file.

The preview rasterises only the pages in view, one page per turn of the event loop, and keeps
a bounded number of them: a 2,000-page dossieroverzicht costs the memory of a few pages, and a
resize re-renders what is visible, not the whole document.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QScrollArea, QWidget


class PdfPages:
    """The subset of QPdfDocument the app uses, over pypdfium2."""

    def __init__(self) -> None:
        self._doc = None
        self._sizes: list[QSizeF] = []

    def load(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        self.close()
        self._doc = pdfium.PdfDocument(bytes(data))
        # Sizes without loading the pages (PDFium reads them from the page tree).
        self._sizes = [QSizeF(*self._doc.get_page_size(i)) for i in range(len(self._doc))]

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None
        self._sizes = []

    def pageCount(self) -> int:  # noqa: N802 - mirrors QPdfDocument
        return len(self._sizes)

    def pagePointSize(self, page: int) -> QSizeF:  # noqa: N802
        return QSizeF(self._sizes[page])

    def render(self, page: int, size: QSize) -> QImage:
        pdf_page = self._doc[page]
        try:
            bitmap = pdf_page.render(scale=size.width() / self._sizes[page].width(),
                                     prefer_bgrx=True)
            # BGRx in memory is Qt's RGB32 on little- and big-endian alike (32-bit words).
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32 if bitmap.n_channels == 4
                           else QImage.Format.Format_BGR888).copy()
        finally:
            pdf_page.close()
        return image


#: Pages kept rasterised: what fits a tall window twice over, whatever the page count.
CACHE_PAGES = 8
GAP = 12
MARGIN = 12


class _PageStrip(QWidget):
    """All pages under each other at one width; paints what is exposed, asks for the rest."""

    def __init__(self, preview: PdfPreview) -> None:
        super().__init__(preview)
        self.preview = preview
        self.tops: list[int] = []
        self.heights: list[int] = []
        self.page_width = 0

    def layout_pages(self, width: int) -> None:
        pages = self.preview.pages
        self.page_width = width
        self.tops, self.heights = [], []
        y = MARGIN
        for number in range(pages.pageCount()):
            points = pages.pagePointSize(number)
            height = round(width * points.height() / points.width())
            self.tops.append(y)
            self.heights.append(height)
            y += height + GAP
        self.setFixedHeight(y - GAP + MARGIN if self.tops else 0)

    def visible_pages(self, area: QRect) -> range:
        if not self.tops:
            return range(0)
        import bisect

        first = max(0, bisect.bisect_right(self.tops, area.top()) - 1)
        last = max(first, bisect.bisect_right(self.tops, area.bottom()) - 1)
        return range(first, min(last, len(self.tops) - 1) + 1)

    def page_rect(self, number: int) -> QRect:
        x = max(0, (self.width() - self.page_width) // 2)
        return QRect(x, self.tops[number], self.page_width, self.heights[number])

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        for number in self.visible_pages(event.rect()):
            rect = self.page_rect(number)
            pixmap = self.preview.cached(number)
            if pixmap is None and number in self.preview._stale:
                painter.drawPixmap(rect, self.preview._stale[number])
                self.preview.want(number)
            elif pixmap is None:
                painter.fillRect(rect, QColor("white"))
                painter.setPen(QColor("#888888"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{number + 1}")
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
                self.preview.want(number)
            else:
                painter.drawPixmap(rect, pixmap)
        painter.end()


class PdfPreview(QScrollArea):
    """All pages under each other, fitted to the width, rasterised when they come into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PdfPages()
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._strip = _PageStrip(self)
        self.setWidget(self._strip)
        self._cache: OrderedDict[int, QPixmap] = OrderedDict()
        self._wanted: list[int] = []
        self._stale: dict[int, QPixmap] = {}  # old images shown until the new ones are made
        self._renderer = QTimer(self)  # one page per turn: the event loop keeps turning
        self._renderer.setInterval(0)
        self._renderer.timeout.connect(self._render_next)
        self._relayout = QTimer(self)  # a resize settles before pages are re-rendered
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(150)
        self._relayout.timeout.connect(self._layout)
        self.rendered = 0  # pages rasterised since load (tests and the benchmark read it)

    def set_pdf(self, data: bytes | None, *, keep_place: bool = False) -> None:
        """Show `data`. `keep_place`: the same document, now whole (the first pages of a
        long one were shown while it was made): the scroll position stays, and the pages in
        view keep their old image until the new one is rendered (no flash)."""
        bar = self.verticalScrollBar()
        place = bar.value()
        stale = dict(self._cache) if keep_place else {}
        if data is None:
            self.pages.close()
        else:
            self.pages.load(data)
        self.rendered = 0
        self._layout(force=True)
        self._stale = {n: p for n, p in stale.items() if n < self.pages.pageCount()}
        bar.setValue(place if keep_place else 0)
        self._strip.update()

    def pageCount(self) -> int:  # noqa: N802
        return self.pages.pageCount()

    def cached_pages(self) -> list[int]:
        return list(self._cache)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout.start()

    def _layout(self, force: bool = False) -> None:
        width = max(200, self.viewport().width() - 2 * MARGIN)
        if force or width != self._strip.page_width:
            # Keep the place in the document while the pages change height.
            bar = self.verticalScrollBar()
            fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
            self._cache.clear()
            self._stale = {}
            self._wanted.clear()
            self._strip.layout_pages(width)
            bar.setValue(round(fraction * bar.maximum()))
        self._strip.update()

    def cached(self, number: int) -> QPixmap | None:
        pixmap = self._cache.get(number)
        if pixmap is not None:
            self._cache.move_to_end(number)
        return pixmap

    def want(self, number: int) -> None:
        if number not in self._wanted:
            self._wanted.append(number)
        if not self._renderer.isActive():
            self._renderer.start()

    def _visible_area(self) -> QRect:
        top = self.verticalScrollBar().value()
        return QRect(0, top, self._strip.width(), self.viewport().height())

    def _render_next(self) -> None:
        visible = self._strip.visible_pages(self._visible_area())
        # Pages scrolled past before their turn are not rendered at all.
        self._wanted = [n for n in self._wanted if n in visible and n not in self._cache]
        if not self._wanted or not self.pages.pageCount():
            self._renderer.stop()
            return
        number = self._wanted.pop(0)
        ratio = self.devicePixelRatioF()
        width = self._strip.page_width
        points = self.pages.pagePointSize(number)
        size = QSize(round(width * ratio), round(width * ratio * points.height()
                                                 / points.width()))
        pixmap = QPixmap.fromImage(self.pages.render(number, size))
        pixmap.setDevicePixelRatio(ratio)
        self._cache[number] = pixmap
        self._stale.pop(number, None)
        self.rendered += 1
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        self._strip.update(self._strip.page_rect(number))
