"""Images for the viewer are decoded off the GUI thread by Pillow (whose decoders release the
GIL, unlike `QImage.fromData`), and come out exactly as Qt's own decoder shows them."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from ui.docviewer import decode_for_viewer


def _picture(mode: str, fmt: str) -> bytes:
    picture = Image.new("RGBA", (37, 23), (10, 200, 30, 255))
    for x in range(37):
        for y in range(23):
            picture.putpixel((x, y), (x * 6, y * 11, (x * y) % 256, 255 if x % 3 else 90))
    if mode == "P":
        picture = picture.convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE)
    elif mode != "RGBA":
        picture = picture.convert(mode)
    out = io.BytesIO()
    picture.save(out, fmt)
    return out.getvalue()


def _pixels(image: QImage) -> list[int]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize(("mode", "fmt"), [("RGB", "PNG"), ("RGBA", "PNG"), ("L", "PNG"),
                                           ("P", "PNG"), ("1", "PNG"), ("RGB", "BMP"),
                                           ("RGB", "TIFF"), ("RGB", "JPEG")])
def test_an_image_decodes_to_what_qt_shows(qapp, mode, fmt):
    data = _picture(mode, fmt)
    ours = decode_for_viewer("image/x-test", data)
    assert isinstance(ours, QImage) and not ours.isNull()
    assert (ours.width(), ours.height()) == (37, 23)
    assert _pixels(ours) == _pixels(QImage.fromData(data))


def test_an_unreadable_image_is_refused_and_a_pdf_stays_bytes(qapp):
    with pytest.raises(ValueError):
        decode_for_viewer("image/jpeg", b"dit is geen plaatje")
    assert decode_for_viewer("application/pdf", b"%PDF-1.4") == b"%PDF-1.4"
