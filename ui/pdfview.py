"""PDF pages on screen and on paper, rendered in memory with PDFium (pypdfium2).

We do not use QtPdf: its wheel (PySide6-Pdf) exists only for PySide6 6.12.0, whose Python 3.11
build drops a reference to None on every call that returns nothing and so aborts the app
after a few thousand clicks (see docs/app.md). PDFium reads the PDF from bytes: nothing
decrypted is written to a file.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class PdfPages:
    """The subset of QPdfDocument the app uses, over pypdfium2."""

    def __init__(self) -> None:
        self._doc = None

    def load(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        self.close()
        self._doc = pdfium.PdfDocument(bytes(data))

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None

    def pageCount(self) -> int:  # noqa: N802 - mirrors QPdfDocument
        return len(self._doc) if self._doc is not None else 0

    def pagePointSize(self, page: int) -> QSizeF:  # noqa: N802
        width, height = self._doc[page].get_size()
        return QSizeF(width, height)

    def render(self, page: int, size: QSize) -> QImage:
        pdf_page = self._doc[page]
        width, _height = pdf_page.get_size()
        image = pdf_page.render(scale=size.width() / width).to_pil().convert("RGB")
        data = image.tobytes("raw", "RGB")
        return QImage(data, image.width, image.height, image.width * 3,
                      QImage.Format.Format_RGB888).copy()


class PdfPreview(QScrollArea):
    """All pages under each other, fitted to the width, re-rendered after a resize."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PdfPages()
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._inner = QWidget(self)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setSpacing(12)
        self._labels: list[QLabel] = []
        self.setWidget(self._inner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._render)
        self._width = 0

    def set_pdf(self, data: bytes | None) -> None:
        if data is None:
            self.pages.close()
        else:
            self.pages.load(data)
        self._width = 0
        self._render()

    def pageCount(self) -> int:  # noqa: N802
        return self.pages.pageCount()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._timer.start()

    def _render(self) -> None:
        count = self.pages.pageCount()
        width = max(200, self.viewport().width() - 24)
        if count == len(self._labels) and width == self._width:
            return
        self._width = width
        while len(self._labels) > count:
            self._labels.pop().deleteLater()
        while len(self._labels) < count:
            label = QLabel(self._inner)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._layout.addWidget(label)
            self._labels.append(label)
        ratio = self.devicePixelRatioF()
        for number, label in enumerate(self._labels):
            points = self.pages.pagePointSize(number)
            size = QSize(round(width * ratio), round(width * ratio * points.height()
                                                     / points.width()))
            pixmap = QPixmap.fromImage(self.pages.render(number, size))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setAccessibleName(f"{number + 1} / {count}")
