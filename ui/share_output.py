"""Making the PDF of Delen en printen in a child process, showing, saving and printing it,
and writing each to the share log. A mixin of ShareDialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog

from storage.errors import StorageError
from ui.i18n import translate
from ui.models.share import output_label
from ui.pdfview import PdfPages
from ui.util import format_date
from ui.writes import failure_text

#: Pages of a long output shown before the rest is made (the overzicht of twenty years).
FIRST_PAGES = 4


class ShareOutputMixin:
    """The PDF side of ShareDialog; the dialog holds the state and widgets.

    The PDF is built in a child process (ui/pdfprocess.py), started when the dialog opens. A
    long output first shows its first pages, marked as still being made ("pagina 1 van …"),
    then the whole document in their place at the same scroll position. Only the whole one
    is ever saved, printed or logged."""

    # ----- making the PDF ----------

    def preview(self):
        return self._render(self._show)

    def warm(self) -> None:
        """Start the next child process now, so Python and reportlab are loaded by the time
        Voorbeeld is clicked."""
        from ui.pdfprocess import PdfProcess

        if self.alive and (self.spare is None or self.spare.stopped or self.spare.finished):
            self.spare = PdfProcess()

    def _take_process(self):
        from ui.pdfprocess import PdfProcess

        process, self.spare = self.spare, None
        if process is None or process.stopped or process.finished or process.busy:
            if process is not None:
                process.stop()
            process = PdfProcess()
        return process

    def _render(self, then: Callable[[], None]):
        """Make the PDF for the current choice in a child process, then call `then`."""
        choice = self.choice()
        if choice.output == "aanvraag" and not choice.request_id:
            self._changed()
            return None
        if self.rendering:
            return None
        try:
            key = self.session.dossier.data_key()
        except StorageError as exc:
            self.show_error(exc.user_text())
            return None
        self.show_error("")  # a message of an earlier try no longer holds
        process = self._take_process()
        self.builder = process
        self.building_choice = choice
        self.rendering = True
        self.provisional = False
        self.built_pages = 0
        self._busy(True)
        process.first.connect(lambda pdf, pages: self._show_first(process, pdf, pages))
        process.page.connect(lambda number: self._progressed(process, number))
        process.done.connect(lambda result: self._built(process, choice, result, then))
        process.failed.connect(lambda kind, text: self._build_failed(process, kind, text))
        process.submit({
            "folder": str(self.session.dossier.folder), "key": key, "output": choice.output,
            "today": self.session.today(), "excluded": choice.excluded,
            "request_id": choice.request_id, "recipient": choice.recipient,
            "include_bsn": choice.include_bsn, "first_pages": FIRST_PAGES,
        })
        return process

    def _show_first(self, process, pdf: bytes, pages: int) -> None:
        if process is not self.builder or not self.alive:
            return
        self.provisional = True
        self.view.set_pdf(pdf)
        self._progressed(process, pages)

    def _progressed(self, process, number: int) -> None:
        if process is not self.builder or not self.alive:
            return
        self.built_pages = number
        if self.provisional:
            self.status.setText(
                translate("Share", "Voorlopig voorbeeld: de eerste pagina's. De rest wordt "
                                   "nog gemaakt (pagina %1)…").replace("%1", str(number))
            )

    def _finish_build(self) -> None:
        self.builder = None
        self.rendering = False
        self._busy(False)
        QTimer.singleShot(0, self.warm)  # the next one, now that the cores are free

    def _built(self, process, choice, result, then: Callable[[], None]) -> None:
        if process is not self.builder or not self.alive:
            return
        self._finish_build()
        self.last_process = process  # its peak memory, for the benchmark
        self.result = result
        self.result_choice = choice
        self.swap = self.provisional  # the whole document takes the first pages' place
        self.provisional = False
        try:
            then()
        finally:
            self.swap = False

    def _drop_provisional(self) -> None:
        """The first pages of a build that did not finish must not stay on screen as if
        they were a PDF: the last whole one comes back, or nothing."""
        if self.provisional:
            self.provisional = False
            self.view.set_pdf(self.result.pdf if self.result is not None else None)

    def _build_failed(self, process, kind: str, text: str) -> None:
        if process is not self.builder or not self.alive:
            return
        self._finish_build()
        self._drop_provisional()
        if kind in ("storage", "validation"):
            self.show_error(text)
        elif kind == "gone":
            self.show_error(translate(
                "Share", "Het maken van de PDF is onverwacht gestopt. Er is niets veranderd. "
                         "Probeer het opnieuw."))
        else:
            self.show_error(translate(
                "Share", "De PDF kon niet worden gemaakt door een fout in Zorgmap (%1). Er is "
                         "niets veranderd. Probeer het opnieuw.").replace("%1", text))
        self.status.setText(translate("Share", "Er is geen PDF gemaakt."))

    def stop_render(self, *, quiet: bool = False) -> None:
        """Stoppen: end the child process at once; what was shown before comes back."""
        process = self.builder
        if process is None:
            return
        self.builder = None
        process.stop()
        self.rendering = False
        self._busy(False)
        self._drop_provisional()
        if not quiet:
            self.status.setText(translate("Share", "Gestopt. Klik op Voorbeeld om het "
                                                   "opnieuw te proberen."))
            QTimer.singleShot(0, self.warm)

    def stop_processes(self) -> None:
        """When the dialog closes (also when the dossier locks or the app quits)."""
        self.stop_render(quiet=True)
        if self.spare is not None:
            self.spare.stop()
            self.spare = None

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not busy)
        self.stop_button.setVisible(busy)
        if busy:
            self.status.setText(translate("Share", "De PDF wordt gemaakt…"))

    def _show(self) -> None:
        self.view.set_pdf(self.result.pdf, keep_place=self.swap)
        pages = self.result.pages
        choice = self.result_choice
        text = (
            translate("Share", "%1, 1 pagina") if pages == 1
            else translate("Share", "%1, %2 pagina's").replace("%2", str(pages))
        ).replace("%1", output_label(choice.output))
        if choice.recipient:
            text += " · " + translate("Share", "voor %1").replace("%1", choice.recipient)
        if choice.include_bsn:
            text += " · " + translate("Share", "met BSN")
        else:
            text += " · " + translate("Share", "zonder BSN")
        self.status.setText(text)

    def _with_current_pdf(self, then: Callable[[], None]):
        """Use the preview when it matches the choice; otherwise make it (and show it) first."""
        if self.result is not None and self.result_choice == self.choice():
            then()
            return None

        def show_then() -> None:
            self._show()
            then()

        return self._render(show_then)

    def _log(self, via: str) -> None:
        choice, result = self.result_choice, self.result
        if self.session.read_only:
            return

        def work(tx):
            tx.records.log_share(
                choice.output, choice.recipient, result.sections, result.sha256, result.pages,
                excluded=sorted(choice.excluded), via=via,
            )
            tx.touched(meta=True)

        self.session.submit(work, on_success=lambda _r: self.log_page.refresh(),
                            on_failure=lambda exc: self.show_error(failure_text(exc)))

    def save_pdf(self):
        return self._with_current_pdf(self._save_now)

    def _save_now(self) -> None:
        choice = self.result_choice
        name = output_label(choice.output)
        if choice.recipient:
            name += f" voor {choice.recipient}"
        name = "".join(c for c in name if c.isalnum() or c in " -_.,") or "Zorgmap"
        target = self.choose_pdf_target(f"{name} {format_date(self.session.today())}.pdf")
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from storage.errors import StorageError
        from storage.fsutil import atomic_write

        try:
            # Readable by this user only (0600), like every file Zorgmap writes: the paper
            # holds the child's care; whole or not at all.
            atomic_write(path, self.result.pdf)
        except (OSError, StorageError):
            self.show_error(
                translate("Share", "De PDF kon niet worden bewaard in %1. Kies een andere plek.")
                .replace("%1", str(path))
            )
            return
        self.last_saved = path
        self._log("pdf")
        self.status.setText(translate("Share", "Bewaard als %1.").replace("%1", str(path)))

    def print_pdf(self):
        return self._with_current_pdf(self._print_now)

    def _ask_printer(self):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.result.pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:  # only on the parent's click
            return None
        return printer

    def _print_now(self) -> None:
        printer = self.ask_printer()
        if printer is None:
            return
        # From the whole PDF itself, whatever the preview shows at this moment.
        pages = PdfPages()
        pages.load(self.result.pdf)
        try:
            printed = print_document(pages, printer)
        finally:
            pages.close()
        if not printed:
            self.show_error(translate("Share", "De printer kon niet worden gestart."))
            return
        self._log("print")
        self.status.setText(translate("Share", "Naar de printer gestuurd."))


def print_document(pdf: PdfPages, printer) -> bool:
    """Paint each page (or the chosen range) as an image at the printer's resolution."""
    from PySide6.QtPrintSupport import QPrinter

    count = pdf.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), 300)  # sharper adds size, not legibility
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            page = number - 1
            points = pdf.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = pdf.render(page, size)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = area.x() + (area.width() - scaled.width()) // 2
            y = area.y() + (area.height() - scaled.height()) // 2
            painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return True
