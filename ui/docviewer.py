"""Letters, scans and photos shown inside Zorgmap, from memory.

Opening a document in another program needs a decrypted copy on disk, and that program may
remember it; PDFs and images are shown here instead. Anything else (or anything PDFium cannot
read) still goes to another program through the private view folder.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.pdfview import PdfPreview

#: Larger files go to another program: reading them whole into memory is not worth it.
MAX_IN_APP_BYTES = 64 * 1024 * 1024


def can_show(mime: str, size: int) -> bool:
    return size <= MAX_IN_APP_BYTES and (mime == "application/pdf" or mime.startswith("image/"))


def decode_for_viewer(mime: str, data: bytes):
    """The heavy part of showing a document, safe on a worker thread: an image is decoded
    here (QImage works off the GUI thread); a PDF stays bytes (PDFium opens it lazily)."""
    if mime == "application/pdf":
        return data
    image = _decode_releasing_the_gil(data)
    if image is None:  # a format Pillow does not read: Qt's own decoder
        image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("not an image Qt can read")
    return image


def _decode_releasing_the_gil(data: bytes) -> QImage | None:
    """Pillow's decoders release the GIL; `QImage.fromData` holds it for the whole decode,
    which froze the GUI thread for 80-90 ms for an A4 photo at 300 dpi (issue 11 item 3).
    The pixels come out in the screen's own 32-bit layout, so that the viewer's QPixmap on
    the GUI thread shares them instead of converting 35 MB there. Orientation as Qt's own
    decoder gives it (no EXIF rotation). None: Pillow cannot read it."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as picture:
            picture.load()
            alpha = "A" in picture.getbands() or "transparency" in picture.info
            if alpha:  # rare for scans and photos; the pixmap premultiplies (exact values)
                raw = picture.convert("RGBA").tobytes("raw", "BGRA")
                layout = QImage.Format.Format_ARGB32
            else:
                raw = picture.convert("RGB").tobytes("raw", "BGRX")
                layout = QImage.Format.Format_RGB32
            # copy(): the QImage owns its pixels (the bytes object goes away with this frame)
            return QImage(raw, picture.width, picture.height, picture.width * 4, layout).copy()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


class DocumentViewer(QDialog):
    """A non-modal window with one document; its bytes are dropped when it closes.

    `data` is the PDF's bytes, or an image's bytes or QImage (see decode_for_viewer)."""

    def __init__(self, name: str, mime: str, data, parent: QWidget | None = None,
                 open_elsewhere=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf: PdfPreview | None = None
        if mime == "application/pdf":
            self.pdf = PdfPreview(self)
            self.pdf.set_pdf(data)  # raises when PDFium cannot read it: the caller falls back
            body: QWidget = self.pdf
        else:
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            if image.isNull():
                raise ValueError("not an image Qt can read")
            label = QLabel(self)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            body = QScrollArea(self)
            body.setWidget(label)
            body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setAccessibleName(name)
        buttons = QHBoxLayout()
        if open_elsewhere is not None:
            other = QPushButton(translate("Screens", "Openen in een ander programma"), self)
            other.setToolTip(translate(
                "Screens", "Daarvoor komt er even een onversleutelde kopie op deze computer; "
                           "die wordt gewist als u het dossier vergrendelt of sluit."))
            other.clicked.connect(open_elsewhere)
            buttons.addWidget(other)
        buttons.addStretch(1)
        close = QPushButton(translate("Common", "Sluiten"), self)
        close.clicked.connect(self.close)
        close.setDefault(True)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.resize(900, 1000)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.pdf is not None:
            self.pdf.set_pdf(None)
        super().closeEvent(event)
