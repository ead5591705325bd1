"""Making the PDF of Delen en printen on a worker, showing, saving and printing it, and
writing each to the share log. A mixin of ShareDialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog

from storage.errors import StorageError
from ui.i18n import translate
from ui.models.share import output_label
from ui.pdfview import PdfPages
from ui.util import format_date
from ui.writes import failure_text


class _OnConnection:
    """The dossier as render_output reads it, on a worker thread's own connection."""

    def __init__(self, db) -> None:
        self.db = db

    @property
    def read_only(self) -> bool:
        return self.db.read_only


class ShareOutputMixin:
    """The PDF side of ShareDialog; the dialog holds the state and widgets."""

    # ----- making the PDF ----------

    def preview(self):
        return self._render(self._show)

    def _render(self, then: Callable[[], None]):
        """Make the PDF for the current choice on a worker thread, then call `then`."""
        choice = self.choice()
        if choice.output == "aanvraag" and not choice.request_id:
            self._changed()
            return None
        if self.rendering:
            return None
        self.rendering = True
        self._busy(True)
        today = self.session.today()

        def work(_progress, db):
            from ui.composition import render_output

            return render_output(
                _OnConnection(db), choice.output, today=today, excluded=choice.excluded,
                request_id=choice.request_id, recipient=choice.recipient,
                include_bsn=choice.include_bsn, log=False,
            )

        def done(result) -> None:
            if not self.alive:
                return
            self.rendering = False
            self._busy(False)
            self.result = result
            self.result_choice = choice
            then()

        def failed(exc: BaseException) -> None:
            if not self.alive:
                return
            self.rendering = False
            self._busy(False)
            from app.errors import ValidationError

            if isinstance(exc, StorageError):
                self.show_error(exc.user_text())
            elif isinstance(exc, ValidationError):
                self.show_error(str(exc))
            else:
                raise exc

        return self.run(
            work,
            dossier=self.session.dossier,
            on_success=done,
            on_failure=failed,
            label=translate("Share", "De PDF wordt gemaakt…"),
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not busy)
        if busy:
            self.status.setText(translate("Share", "De PDF wordt gemaakt…"))

    def _show(self) -> None:
        self.view.set_pdf(self.result.pdf)
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
        try:
            path.write_bytes(self.result.pdf)
        except OSError:
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
        dialog.setMinMax(1, max(1, self.pdf.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:  # only on the parent's click
            return None
        return printer

    def _print_now(self) -> None:
        printer = self.ask_printer()
        if printer is None:
            return
        if not print_document(self.pdf, printer):
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
