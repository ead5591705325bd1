"""Delen en printen: choose what goes into a PDF output, preview it, save or print it, and
see everything that was shared before ("what did we give the KDC last year?").

The PDF is made on a worker thread with its own connection and kept in memory only: the
preview renders its pages from the bytes (ui.pdfview), printing paints them, and only
"Opslaan als PDF…" writes a file, where the parent chose. Each save or print is written to
the dossier's share log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exports.pdf import OUTPUT_LABELS, OUTPUTS, SECTIONS
from storage.errors import StorageError
from storage.records import ShareEntry
from ui.i18n import translate
from ui.missing import MissingPanel
from ui.models.records import SORT_ROLE
from ui.pdfview import PdfPages, PdfPreview
from ui.util import format_date, label
from ui.writes import failure_text

Index = QModelIndex | QPersistentModelIndex

# The Dutch names in exports.pdf, marked so lupdate finds them (tests/ui/test_share.py checks
# that this list stays complete).
OUTPUT_NAMES = [
    QT_TRANSLATE_NOOP("Share", "Zorgpaspoort"),
    QT_TRANSLATE_NOOP("Share", "Noodkaart"),
    QT_TRANSLATE_NOOP("Share", "Aanvraagdossier"),
    QT_TRANSLATE_NOOP("Share", "Toekomstplan"),
    QT_TRANSLATE_NOOP("Share", "Dossieroverzicht"),
    QT_TRANSLATE_NOOP("Share", "Bezwaarschrift"),
    QT_TRANSLATE_NOOP("Share", "Pro-forma bezwaar"),
]
SECTION_NAMES = [
    QT_TRANSLATE_NOOP("Share", "Foto"),
    QT_TRANSLATE_NOOP("Share", "Wie ik ben"),
    QT_TRANSLATE_NOOP("Share", "Allergieën"),
    QT_TRANSLATE_NOOP("Share", "Als ik een aanval heb"),
    QT_TRANSLATE_NOOP("Share", "Let op"),
    QT_TRANSLATE_NOOP("Share", "Mijn medicijnen"),
    QT_TRANSLATE_NOOP("Share", "Eten en drinken"),
    QT_TRANSLATE_NOOP("Share", "Ademhaling"),
    QT_TRANSLATE_NOOP("Share", "Wie je belt"),
    QT_TRANSLATE_NOOP("Share", "Zo laat ik merken hoe het met me gaat"),
    QT_TRANSLATE_NOOP("Share", "Dagelijkse verzorging"),
    QT_TRANSLATE_NOOP("Share", "Slapen en liggen"),
    QT_TRANSLATE_NOOP("Share", "Wat ik fijn vind en wat niet"),
    QT_TRANSLATE_NOOP("Share", "Zien, horen en voelen"),
    QT_TRANSLATE_NOOP("Share", "Diagnoses"),
    QT_TRANSLATE_NOOP("Share", "Epilepsie en noodmedicatie"),
    QT_TRANSLATE_NOOP("Share", "Medicijnen"),
    QT_TRANSLATE_NOOP("Share", "Voeding"),
    QT_TRANSLATE_NOOP("Share", "Wettelijk vertegenwoordiger"),
    QT_TRANSLATE_NOOP("Share", "Lijkt op een aanval, maar is het niet"),
    QT_TRANSLATE_NOOP("Share", "Eten, drinken en sonde"),
    QT_TRANSLATE_NOOP("Share", "Wie beslist vandaag"),
    QT_TRANSLATE_NOOP("Share", "Lopende indicaties en besluiten"),
    QT_TRANSLATE_NOOP("Share", "Wat ik nodig heb"),
    QT_TRANSLATE_NOOP("Share", "De aanvraag en het verloop"),
    QT_TRANSLATE_NOOP("Share", "Loketten en antwoorden"),
    QT_TRANSLATE_NOOP("Share", "Offertes"),
    QT_TRANSLATE_NOOP("Share", "Besluiten en termijnen"),
    QT_TRANSLATE_NOOP("Share", "Contactlog"),
    QT_TRANSLATE_NOOP("Share", "Bijlagen"),
    QT_TRANSLATE_NOOP("Share", "Als het morgen misgaat"),
    QT_TRANSLATE_NOOP("Share", "Wie neemt welke zorg over"),
    QT_TRANSLATE_NOOP("Share", "Wat je over mij moet weten"),
    QT_TRANSLATE_NOOP("Share", "Juridisch en geld"),
    QT_TRANSLATE_NOOP("Share", "Wonen, wachtlijsten en logeren"),
    QT_TRANSLATE_NOOP("Share", "In onze woorden"),
    QT_TRANSLATE_NOOP("Share", "Wie je kunt bellen"),
    QT_TRANSLATE_NOOP("Share", "Wanneer we dit plan nalopen"),
    QT_TRANSLATE_NOOP("Share", "Over mij"),
    QT_TRANSLATE_NOOP("Share", "Signalen: zo laat ik merken hoe het gaat"),
    QT_TRANSLATE_NOOP("Share", "Allergieën en intoleranties"),
    QT_TRANSLATE_NOOP("Share", "Epilepsie en noodprotocol"),
    QT_TRANSLATE_NOOP("Share", "Netwerk"),
    QT_TRANSLATE_NOOP("Share", "Indicaties en besluiten"),
    QT_TRANSLATE_NOOP("Share", "Hulpmiddelen en aanvragen"),
    QT_TRANSLATE_NOOP("Share", "Zorgplannen"),
    QT_TRANSLATE_NOOP("Share", "Termijnen"),
]


# What else goes into the share log: the copilot's package and answer (ui/copilot.py).
OTHER_OUTPUTS = {
    "copiloot-pakket": QT_TRANSLATE_NOOP("Share", "Pakket voor de copiloot"),
    "copiloot-antwoord": QT_TRANSLATE_NOOP("Share", "Antwoord van de copiloot"),
}


def output_label(output: str) -> str:
    return translate("Share", OUTPUT_LABELS.get(output) or OTHER_OUTPUTS.get(output, output))


def section_label(output: str, section_id: str) -> str:
    return translate("Share", dict(SECTIONS.get(output, [])).get(section_id, section_id))


def made_on(entry: ShareEntry) -> dt.date | None:
    """The local date of a share (the log stores UTC)."""
    try:
        return dt.datetime.fromisoformat(entry.made_at).astimezone().date()
    except ValueError:
        return None


def left_out(entry: ShareEntry) -> list[str]:
    """Section ids of the output that are not in this share, in printed order."""
    return [sid for sid, _t in SECTIONS.get(entry.output, []) if sid not in entry.sections]


# ----- what was shared ------------------------------------------------------------------------


class ShareLogModel(QAbstractTableModel):
    """The share log, newest first: date, output, for whom, sections, pages."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Datum"),
        QT_TRANSLATE_NOOP("Columns", "Wat"),
        QT_TRANSLATE_NOOP("Columns", "Voor wie"),
        QT_TRANSLATE_NOOP("Columns", "Onderdelen"),
        QT_TRANSLATE_NOOP("Columns", "Pagina's"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[ShareEntry] = []

    def set_entries(self, entries: list[ShareEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def sections_text(self, entry: ShareEntry) -> str:
        """What the family chose to leave out; sections that were only empty are not that."""
        if entry.excluded is None:  # logged before choices were kept
            missing = left_out(entry)
        else:
            missing = [sid for sid, _t in SECTIONS.get(entry.output, [])
                       if sid in entry.excluded]
        if not missing:
            return translate("Share", "alles wat ingevuld is")
        names = ", ".join(section_label(entry.output, sid) for sid in missing)
        return translate("Share", "zonder: %1").replace("%1", names)

    @staticmethod
    def how_text(entry: ShareEntry) -> str:
        if entry.via == "print":
            return translate("Share", "geprint")
        if entry.via == "pdf":
            return translate("Share", "als PDF bewaard")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sort = role == SORT_ROLE
            if col == 0:
                return entry.made_at if sort else format_date(made_on(entry))
            if col == 1:
                how = self.how_text(entry)
                return f"{output_label(entry.output)} ({how})" if how else output_label(
                    entry.output)
            if col == 2:
                return entry.recipient.casefold() if sort else entry.recipient
            if col == 3:
                return self.sections_text(entry)
            if col == 4:
                return entry.pages if sort else str(entry.pages)
        if role == Qt.ItemDataRole.ToolTipRole:
            included = ", ".join(section_label(entry.output, s) for s in entry.sections)
            return (
                translate("Share", "Erin: %1").replace("%1", included or "—")
                + "\n"
                + translate("Share", "Vingerafdruk van het bestand (SHA-256): %1").replace(
                    "%1", entry.sha256
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("Columns", self.HEADERS[section])
        return None


class ShareLogFilter(QSortFilterProxyModel):
    """Every typed word must appear somewhere in the row: "kdc 2025" finds the KDC's shares
    of 2025 (dates are shown as dd-mm-jjjj, so a year matches as a word)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self.words:
            return True
        model = self.sourceModel()
        text = " ".join(
            str(model.index(row, col, parent).data() or "") for col in range(model.columnCount())
        ).casefold()
        return all(word in text for word in self.words)


class ShareLogPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = QLabel(
            translate(
                "Share",
                "Alles wat u met Zorgmap hebt bewaard of geprint, met voor wie het was. "
                "Typ bijvoorbeeld 'KDC 2025' om te zien wat het KDC in 2025 kreeg.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Share", "Zoek op naam, jaar of soort…"))
        self.filter.setAccessibleName(translate("Share", "Zoeken in wat we gedeeld hebben"))
        self.filter.setClearButtonEnabled(True)
        self.model = ShareLogModel(self)
        self.proxy = ShareLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("Share", "Wat hebben we gedeeld?"))
        header = self.table.horizontalHeader()
        for col in (0, 1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, self.fontMetrics().horizontalAdvance("x") * 26)
        self.empty = QLabel(
            translate("Share", "Er is nog niets gedeeld of geprint met Zorgmap."), self
        )
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.close_button = QPushButton(translate("Share", "Sluiten"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        entries = self.session.records.shares()
        self.model.set_entries(entries)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not entries)


# ----- choosing and making --------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """Everything that decides what the PDF holds."""

    output: str
    excluded: frozenset[str]
    request_id: str | None
    recipient: str
    include_bsn: bool


class _OnConnection:
    """The dossier as render_output reads it, on a worker thread's own connection."""

    def __init__(self, db) -> None:
        self.db = db

    @property
    def read_only(self) -> bool:
        return self.db.read_only


def _error_label(parent: QWidget) -> QLabel:
    error = QLabel(parent)
    error.setWordWrap(True)
    error.setStyleSheet("color: #b3261e;")
    error.hide()
    return error


class ShareDialog(QDialog):
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
        self.view = PdfPreview(tab)
        self.view.setAccessibleName(translate("Share", "Voorbeeld"))
        self.pdf = self.view.pages
        right = QVBoxLayout()
        right.addWidget(self.status)
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

    def _fill_presets(self, select: str = "") -> None:
        self.preset.blockSignals(True)
        self.preset.clear()
        self.preset.addItem(translate("Share", "(geen vaste keuze)"), "")
        for name in sorted(self.session.records.share_presets(), key=str.casefold):
            self.preset.addItem(name, name)
        index = self.preset.findData(select) if select else 0
        self.preset.setCurrentIndex(max(index, 0))
        self.preset.blockSignals(False)
        self.delete_preset_button.setEnabled(bool(select))
        names = set(self.session.records.share_presets())
        names.update(e.recipient for e in self.session.records.shares() if e.recipient)
        completer = QCompleter(sorted(names, key=str.casefold), self.recipient)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.recipient.setCompleter(completer)

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
        if not self.alive or self.result is None or self.result_choice == self.choice():
            return
        if self.rendering:
            self._refresh_soon()  # after the one being made
            return
        self.preview()

    def _changed(self, *_args) -> None:
        self.show_error("")
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

    # ----- presets ----------

    def _preset_chosen(self, index: int) -> None:
        name = self.preset.itemData(index)
        self.delete_preset_button.setEnabled(bool(name))
        if not name:
            return
        preset = self.session.records.share_presets().get(name)
        if preset is None:
            return
        self.apply_preset(name, preset)

    def apply_preset(self, name: str, preset: dict) -> None:
        output = preset.get("output", "paspoort")
        excluded = frozenset(preset.get("excluded", ()))
        row = self.output.findData(output)
        self.applying_preset = True
        try:
            self.output.blockSignals(True)
            self.output.setCurrentIndex(max(row, 0))
            self.output.blockSignals(False)
            self._output_changed(excluded=excluded)
            self.bsn.setChecked(bool(preset.get("include_bsn", False)))
            self.recipient.setText(name)
        finally:
            self.applying_preset = False
        self._changed()

    def _forget_preset_if_changed(self) -> None:
        """The preset box shows a name only while the choice is still that preset."""
        name = self.preset.currentData()
        if not name or self.applying_preset:
            return
        preset = self.session.records.share_presets().get(name, {})
        choice = self.choice()
        if (
            preset.get("output") != choice.output
            or frozenset(preset.get("excluded", ())) != choice.excluded
            or bool(preset.get("include_bsn")) != choice.include_bsn
            or name != choice.recipient
        ):
            self.preset.setCurrentIndex(0)
            self.delete_preset_button.setEnabled(False)

    def save_preset(self) -> None:
        name = self.recipient.text().strip()
        if not name:
            self.show_error(
                translate(
                    "Share",
                    "Vul eerst bij 'Voor wie' in voor wie deze keuze is, bijvoorbeeld "
                    "'Logeerhuis'.",
                )
            )
            self.recipient.setFocus()
            return
        choice = self.choice()

        def work(tx):
            tx.records.save_share_preset(
                name, choice.output, sorted(choice.excluded), choice.include_bsn
            )
            tx.touched(meta=True)

        def done(_result) -> None:
            self._fill_presets(select=name)
            self.status.setText(
                translate("Share", "Keuze bewaard als '%1'.").replace("%1", name)
            )

        self.session.submit(work, on_success=done,
                            on_failure=lambda exc: self.show_error(failure_text(exc)))

    def delete_preset(self) -> None:
        name = self.preset.currentData()
        if not name:
            return
        def work(tx):
            tx.records.delete_share_preset(name)
            tx.touched(meta=True)

        self.session.submit(work, on_success=lambda _r: self._fill_presets(),
                            on_failure=lambda exc: self.show_error(failure_text(exc)))

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

    # ----- tabs and closing ----------

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.log_page:
            self.log_page.refresh()

    def show_log(self) -> None:
        self.tabs.setCurrentWidget(self.log_page)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.alive = False
        self.view.set_pdf(None)
        self.result = None
        super().closeEvent(event)


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
