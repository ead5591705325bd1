"""The PDF preview rasterises only what is in view, keeps a bounded cache, and a resize
re-renders the visible pages, not the whole document."""

from __future__ import annotations

import io

import pytest


def _pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for number in range(pages):
        canvas.drawString(72, 720, f"Pagina {number + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def preview(qtbot):
    from ui.pdfview import PdfPreview

    view = PdfPreview()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_only_pages_in_view_are_rasterised(preview, qtbot):
    preview.set_pdf(_pdf(200))
    assert preview.pageCount() == 200
    qtbot.waitUntil(lambda: preview.cached_pages() != [])
    qtbot.waitUntil(lambda: not preview._renderer.isActive())
    # A 400-pixel window shows one A4 page at 476 pixels wide, perhaps the top of the next.
    assert preview.rendered <= 2
    assert set(preview.cached_pages()) <= {0, 1}


def test_scrolling_through_keeps_the_cache_bounded(preview, qtbot):
    from ui.pdfview import CACHE_PAGES

    preview.set_pdf(_pdf(60))
    bar = preview.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 40)):
        bar.setValue(value)
        qtbot.waitUntil(lambda: not preview._renderer.isActive())
    assert len(preview.cached_pages()) <= CACHE_PAGES
    assert preview.rendered < 60  # pages scrolled past quickly were never rasterised


def test_a_resize_renders_the_visible_pages_again_not_all(preview, qtbot):
    preview.set_pdf(_pdf(300))
    qtbot.waitUntil(lambda: preview.cached_pages() != [])
    qtbot.waitUntil(lambda: not preview._renderer.isActive())
    before = preview.rendered
    preview.resize(700, 500)
    qtbot.waitUntil(lambda: preview._strip.page_width == preview.viewport().width() - 24)
    qtbot.waitUntil(lambda: preview.cached_pages() != [])
    qtbot.waitUntil(lambda: not preview._renderer.isActive())
    assert preview.rendered - before <= 2


def test_the_event_loop_keeps_turning_while_pages_render(preview, qtbot):
    """Each page is its own turn of the loop: the watch ticks between renders."""
    from ui.eventloop import LoopWatch

    watch = LoopWatch().start()
    preview.resize(500, 2400)  # several pages in view at once
    preview.set_pdf(_pdf(20))
    qtbot.waitUntil(lambda: len(preview.cached_pages()) >= 4)
    qtbot.waitUntil(lambda: not preview._renderer.isActive())
    watch.stop()
    assert watch.ticks > preview.rendered  # the loop turned between the pages
