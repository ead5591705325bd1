"""Delen en printen: choose what goes into a PDF output, preview it, save or print it, and
see everything that was shared before ("what did we give the KDC last year?").

The PDF is made on a worker thread with its own connection and kept in memory only: the
preview renders its pages from the bytes (ui.pdfview), printing paints them, and only
"Opslaan als PDF…" writes a file, where the parent chose. Each save or print is written to
the dossier's share log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exports.pdf import OUTPUTS, SECTIONS
from ui.i18n import translate
from ui.missing import MissingPanel
from ui.models.share import (
    OTHER_OUTPUTS,
    OUTPUT_NAMES,
    SECTION_NAMES,
    Index,
    ShareLogFilter,
    ShareLogModel,
    left_out,
    made_on,
    output_label,
    section_label,
)
from ui.pdfview import PdfPreview
from ui.share_log import ShareLogPage
from ui.share_output import ShareOutputMixin, print_document
from ui.share_presets import SharePresetsMixin
from ui.util import format_date, label

__all__ = [
    "OTHER_OUTPUTS", "OUTPUT_NAMES", "SECTION_NAMES", "Choice", "Index", "ShareDialog",
    "ShareLogFilter", "ShareLogModel", "ShareLogPage", "left_out", "made_on", "output_label",
    "print_document", "section_label",
]


# ----- choosing and making --------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """Everything that decides what the PDF holds."""

    output: str
    excluded: frozenset[str]
    request_id: str | None
    recipient: str
    include_bsn: bool


def _error_label(parent: QWidget) -> QLabel:
    error = QLabel(parent)
    error.setWordWrap(True)
    error.setStyleSheet("color: #b3261e;")
    error.hide()
    return error


class ShareDialog(SharePresetsMixin, ShareOutputMixin, QDialog):
    """Non-modal. `run(work, dossier=, on_success=, on_failure=, label=)` starts an Operation
    (the main window's, so locking waits for it); tests and the window inject the choosers."""

    def __init__(self, session, run: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run = run
        self.alive = True
        self.result = None  # exports.pdf.ExportResult of the preview
        self.result_choice: Choice | None = None
        self.rendering = False
        self.builder = None  # ui.pdfprocess.PdfProcess making the PDF now
        self.building_choice: Choice | None = None
        self.spare = None  # the next one, started ahead
        self.last_process = None  # the one that made the PDF shown
        self.provisional = False  # the preview shows first pages of a PDF still being made
        self.swap = False
        self.asked = False  # a preview was asked for and stopped by a change of choice
        self.built_pages = 0
        self.section_boxes: dict[str, QCheckBox] = {}
        self.applying_preset = False
        self.last_saved: Path | None = None
        self.setWindowTitle(translate("Share", "Delen en printen"))
        # Blocking dialogs open only on a click; tests replace these attributes.
        self.choose_pdf_target = lambda name: QFileDialog.getSaveFileName(
            self, translate("Share", "Bewaren als PDF"), str(Path.home() / name), "PDF (*.pdf)"
        )[0]
        self.ask_printer = self._ask_printer

        self.tabs = QTabWidget(self)
        self.make_tab = QWidget(self.tabs)
        self.log_page = ShareLogPage(session, self.tabs)
        self.tabs.addTab(self.make_tab, translate("Share", "Maken"))
        self.tabs.addTab(self.log_page, translate("Share", "Wat hebben we gedeeld?"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.log_page.close_button.clicked.connect(self.close)
        self._build_make_tab()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._fill_presets()
        self._fill_requests()
        self._output_changed()
        self.resize(QSize(1100, 760))
        QTimer.singleShot(0, self.warm)  # after the dialog is shown

    # ----- layout ----------

    def _build_make_tab(self) -> None:
        tab = self.make_tab
        ex = self.fontMetrics().horizontalAdvance("x")

        self.preset = QComboBox(tab)
        self.preset.setAccessibleName(translate("Share", "Vaste keuze"))
        self.preset.activated.connect(self._preset_chosen)
        self.save_preset_button = QPushButton(translate("Share", "Keuze bewaren"), tab)
        self.save_preset_button.setToolTip(
            translate("Share", "Bewaar deze keuze onder de naam bij 'Voor wie'")
        )
        self.save_preset_button.clicked.connect(self.save_preset)
        self.delete_preset_button = QPushButton(translate("Share", "Verwijderen"), tab)
        self.delete_preset_button.clicked.connect(self.delete_preset)

        self.output = QComboBox(tab)
        self.output.setAccessibleName(translate("Share", "Wat wilt u maken"))
        for output in OUTPUTS:
            self.output.addItem(output_label(output), output)
        self.output.currentIndexChanged.connect(self._output_changed)
        self.request = QComboBox(tab)
        self.request.setAccessibleName(translate("Share", "Voor welke aanvraag of welk besluit"))
        self.request.setMinimumContentsLength(24)
        self.request.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.request.currentIndexChanged.connect(self._changed)
        self.request_label = QLabel(translate("Share", "Over:"), tab)
        self.recipient = QLineEdit(tab)
        self.recipient.setPlaceholderText(translate("Share", "bijvoorbeeld Logeerhuis De Vlinder"))
        self.recipient.setAccessibleName(translate("Share", "Voor wie"))
        self.recipient.textChanged.connect(self._changed)
        self.bsn = QCheckBox(translate("Share", "BSN erin zetten"), tab)
        self.bsn.setToolTip(
            translate(
                "Share",
                "Alleen nodig voor een aanvraag of een arts. Standaard staat hij er niet in.",
            )
        )
        self.bsn.toggled.connect(self._changed)

        preset_buttons = QHBoxLayout()
        preset_buttons.addWidget(self.save_preset_button)
        preset_buttons.addWidget(self.delete_preset_button)
        preset_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("Share", "Vaste keuze:"), self.preset)
        form.addRow("", preset_buttons)
        form.addRow(translate("Share", "Wat:"), self.output)
        form.addRow(self.request_label, self.request)
        form.addRow(translate("Share", "Voor wie:"), self.recipient)
        form.addRow("", self.bsn)

        self.sections_box = QGroupBox(translate("Share", "Wat gaat erin"), tab)
        self.sections_layout = QVBoxLayout(self.sections_box)
        hint = QLabel(translate("Share", "Haal het vinkje weg bij wat niet mee moet."),
                      self.sections_box)
        hint.setWordWrap(True)
        self.sections_layout.addWidget(hint)
        self.sections_layout.addStretch(1)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.sections_box)

        self.error = _error_label(tab)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(scroll, 1)
        self.missing = MissingPanel(self.session, tab)  # "Wat ontbreekt nog?" (ui/missing.py)
        left.addWidget(self.missing)
        left.addWidget(self.error)
        left_widget = QWidget(tab)
        left_widget.setLayout(left)
        left_widget.setFixedWidth(ex * 60)

        self.status = QLabel(
            translate("Share", "Kies wat erin gaat en klik op Voorbeeld."), tab
        )
        self.status.setWordWrap(True)
        self.stop_button = QPushButton(translate("Share", "Stoppen"), tab)
        self.stop_button.setToolTip(translate("Share", "Stop met het maken van deze PDF"))
        self.stop_button.clicked.connect(lambda: self.stop_render())
        policy = self.stop_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the preview does not jump when it goes
        self.stop_button.setSizePolicy(policy)
        self.stop_button.hide()
        self.view = PdfPreview(tab)
        self.view.setAccessibleName(translate("Share", "Voorbeeld"))
        self.pdf = self.view.pages
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.stop_button)
        right = QVBoxLayout()
        right.addLayout(status_row)
        right.addWidget(self.view, 1)

        top = QHBoxLayout()
        top.addWidget(left_widget)
        top.addLayout(right, 1)

        self.preview_button = QPushButton(translate("Share", "Voorbeeld"), tab)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(translate("Share", "Opslaan als PDF…"), tab)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(translate("Share", "Printen…"), tab)
        self.print_button.clicked.connect(self.print_pdf)
        close = QPushButton(translate("Share", "Sluiten"), tab)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(tab)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)

    def _fill_requests(self) -> None:
        records = self.session.records
        self.request.clear()
        for aid in records.list("aid_request"):
            self.request.addItem(
                translate("Share", "Hulpmiddel: %1").replace("%1", aid.title or "—"), aid.id
            )
        for decision in records.list("decision"):
            what = decision.subject or decision.reference or label("Indicatie of besluit")
            text = f"{decision.law} · {what}" if decision.law else what
            if decision.decision_date:
                text += f" ({format_date(decision.decision_date)})"
            self.request.addItem(translate("Share", "Besluit: %1").replace("%1", text), decision.id)
        for i in range(self.request.count()):
            self.request.setItemData(i, self.request.itemText(i), Qt.ItemDataRole.ToolTipRole)

    # ----- choices ----------

    def current_output(self) -> str:
        return self.output.currentData()

    def choice(self) -> Choice:
        output = self.current_output()
        excluded = frozenset(sid for sid, box in self.section_boxes.items() if not box.isChecked())
        request = self.request.currentData() if output == "aanvraag" else None
        return Choice(output, excluded, request, self.recipient.text().strip(),
                      self.bsn.isChecked())

    def _output_changed(self, _index: int = 0, excluded: frozenset[str] = frozenset()) -> None:
        output = self.current_output()
        for box in self.section_boxes.values():
            self.sections_layout.removeWidget(box)
            box.hide()  # deleteLater() leaves it on screen until the event loop runs
            box.deleteLater()
        self.section_boxes = {}
        for sid, title in SECTIONS[output]:
            box = QCheckBox(translate("Share", title), self.sections_box)
            box.setChecked(sid not in excluded)
            box.toggled.connect(self._changed)
            # before the stretch that keeps the boxes together at the top
            self.sections_layout.insertWidget(self.sections_layout.count() - 1, box)
            self.section_boxes[sid] = box
        is_request = output == "aanvraag"
        self.request.setVisible(is_request)
        self.request_label.setVisible(is_request)
        self.missing.show_for(output)
        self._changed()
        if getattr(self, "result", None) is not None:
            self._refresh_soon()

    def _refresh_soon(self) -> None:
        """A preview on screen follows a switch to another output (it showed the old one
        until Voorbeeld was pressed). After a short pause, so flicking through is calm."""
        timer = getattr(self, "_refresh_timer", None)
        if timer is None:
            timer = self._refresh_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(300)
            timer.timeout.connect(self._refresh_now)
        timer.start()

    def _refresh_now(self) -> None:
        if not self.alive or self.result_choice == self.choice():
            return
        if self.result is None and not self.asked:
            return
        if self.rendering:
            self._refresh_soon()  # after the one being made
            return
        self.asked = False
        self.preview()

    def _changed(self, *_args) -> None:
        self.show_error("")
        if self.rendering and self.building_choice != self.choice():
            # A PDF of the old choice is of no use: its process ends now, and the preview
            # that was asked for follows the new choice.
            self.stop_render(quiet=True)
            self.asked = True
            self._refresh_soon()
        self._forget_preset_if_changed()
        if self.current_output() == "aanvraag" and self.request.count() == 0:
            self.show_error(
                translate(
                    "Share",
                    "Er staan nog geen aanvragen of besluiten in het dossier. Voeg ze toe "
                    "onder Hulpmiddelen of Indicaties en besluiten.",
                )
            )
        if self.result is not None and self.result_choice != self.choice():
            self.status.setText(
                translate(
                    "Share",
                    "U hebt de keuze veranderd. Klik op Voorbeeld om te zien hoe het nu wordt.",
                )
            )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ----- tabs and closing ----------

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.log_page:
            self.log_page.refresh()

    def show_log(self) -> None:
        self.tabs.setCurrentWidget(self.log_page)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.alive = False
        self.stop_processes()
        self.view.set_pdf(None)
        self.result = None
        super().closeEvent(event)
