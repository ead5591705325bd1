"""Indicaties en besluiten: by law and status, end dates and bezwaar deadlines visible.

The letter is attached by dragging the file onto the screen (or with the button).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.deadlines import compute_deadlines
from app.model import DECIDED_STATUSES, DECISION_STATUS_LABELS, DossierContent
from app.reference import load_reference
from ui.flow import FlowLayout
from ui.forms import F
from ui.i18n import translate
from ui.models.records import Column
from ui.screens.record_list import RecordListScreen
from ui.util import format_date, label
from ui.writes import WriteOperation, failure_text


def _ref(list_name: str, code: str) -> str:
    return getattr(load_reference(), list_name).label_for(code) if code else ""


class DecisionsScreen(RecordListScreen):
    kind = "decision"
    title = QT_TRANSLATE_NOOP("Screens", "Indicaties en besluiten")
    intro = QT_TRANSLATE_NOOP(
        "Screens",
        "Alle besluiten van CIZ, zorgkantoor, gemeente en zorgverzekeraar. "
        "Sleep de brief op dit scherm om hem bij het besluit te bewaren.",
    )
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuw besluit")
    list_share = 0.55
    fields = [
        F("law", QT_TRANSLATE_NOOP("Fields", "Wet"), "ref", "laws"),
        F("financier", QT_TRANSLATE_NOOP("Fields", "Wie besliste"), "ref", "financiers"),
        F("kind", QT_TRANSLATE_NOOP("Fields", "Soort besluit"), "ref", "decision_kinds"),
        F("subject", QT_TRANSLATE_NOOP("Fields", "Waarover"), "text"),
        F("reference", QT_TRANSLATE_NOOP("Fields", "Kenmerk of besluitnummer")),
        F("status", QT_TRANSLATE_NOOP("Fields", "Status"), "enum", DECISION_STATUS_LABELS),
        F("decision_date", QT_TRANSLATE_NOOP("Fields", "Datum van het besluit"), "date"),
        F("start_date", QT_TRANSLATE_NOOP("Fields", "Geldig vanaf"), "date"),
        F("end_date", QT_TRANSLATE_NOOP("Fields", "Geldig tot"), "date"),
        F("zorgprofiel", QT_TRANSLATE_NOOP("Fields", "Zorgprofiel"), "ref", "zorgprofielen"),
        F("leveringsvorm", QT_TRANSLATE_NOOP("Fields", "Leveringsvorm"), "ref", "leveringsvormen"),
        F("bezwaar.filed_on", QT_TRANSLATE_NOOP("Fields", "Bezwaar ingediend op"), "date"),
        F(
            "bezwaar.decision_expected_on",
            QT_TRANSLATE_NOOP("Fields", "Beslissing op bezwaar verwacht"),
            "date",
        ),
        F("bezwaar.notes", QT_TRANSLATE_NOOP("Fields", "Over het bezwaar"), "long"),
        F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]

    def __init__(self, session, parent=None, **kw) -> None:
        self._bezwaar_until: dict[str, object] = {}
        super().__init__(session, parent, **kw)
        self.setAcceptDrops(True)
        self.choose_file = lambda: QFileDialog.getOpenFileName(
            self, translate("Screens", "Brief kiezen")
        )[0]

    def make_model(self):
        # What a parent looks for first: which law, about what, until when, and the last day
        # for bezwaar; status, kind and decision date come after.
        self.columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "Wet"), lambda d: d.law),
            Column(QT_TRANSLATE_NOOP("Columns", "Waarover"), lambda d: d.subject),
            Column(QT_TRANSLATE_NOOP("Columns", "Geldig tot"), lambda d: d.end_date),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Bezwaar kan tot"),
                lambda d: self._bezwaar_until.get(d.id),
                bold=lambda d: d.id in self._bezwaar_until,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda d: label(DECISION_STATUS_LABELS[d.status]),
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Soort"), lambda d: _ref("decision_kinds", d.kind)),
            Column(QT_TRANSLATE_NOOP("Columns", "Besluitdatum"), lambda d: d.decision_date),
        ]
        return super().make_model()

    def add_above_list(self, layout) -> None:
        row = FlowLayout()
        self.law_filter = QComboBox(self)
        self.law_filter.addItem(translate("Screens", "Alle wetten"), None)
        for item in load_reference().laws.items:
            self.law_filter.addItem(item.label, item.code)
        self.law_filter.setAccessibleName(translate("Screens", "Filter op wet"))
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(translate("Screens", "Alle statussen"), None)
        for status, text in DECISION_STATUS_LABELS.items():
            self.status_filter.addItem(label(text), status)
        self.status_filter.setAccessibleName(translate("Screens", "Filter op status"))
        self.law_filter.currentIndexChanged.connect(self._filters)
        self.status_filter.currentIndexChanged.connect(self._filters)
        # Each filter beside its label; at large text the second goes to a row of its own.
        for text, box in ((translate("Screens", "Wet:"), self.law_filter),
                          (translate("Screens", "Status:"), self.status_filter)):
            pair = QWidget(self)
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.addWidget(QLabel(text, pair))
            pair_row.addWidget(box)
            row.addWidget(pair)
        layout.addLayout(row)

    def _filters(self) -> None:
        law = self.law_filter.currentData()
        status = self.status_filter.currentData()
        if law is None and status is None:
            self.proxy.set_extra(None)
            return
        self.proxy.set_extra(
            lambda d: (law is None or d.law == law) and (status is None or d.status == status)
        )

    def load(self):
        decisions = self.session.records.list(self.kind)
        self._update_bezwaar(decisions)
        return decisions

    def _update_bezwaar(self, decisions) -> None:
        found = compute_deadlines(DossierContent(decisions=decisions), today=self.session.today())
        self._bezwaar_until = {
            d.record_id: d.due
            for d in found
            if d.rule_id in ("bezwaar_deadline", "beroep_deadline")
        }

    def _saved(self, record) -> None:
        self._update_bezwaar(
            [r if r.id != record.id else record for r in self.model.records]
            + ([] if self.model.row_of(record.id) >= 0 else [record])
        )
        super()._saved(record)

    # ----- the letter ----------

    def extend_detail(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.form, 1)
        box = QWidget(self)
        docs = QVBoxLayout(box)
        docs.setContentsMargins(0, 0, 0, 0)
        docs.addWidget(QLabel(translate("Screens", "Brieven en documenten bij dit besluit:"), box))
        self.doc_list = QListWidget(box)
        self.doc_list.setMaximumHeight(90)
        self.doc_list.setAccessibleName(translate("Screens", "Documenten bij dit besluit"))
        self.doc_list.itemActivated.connect(
            lambda item: self.open_requested.emit("document", item.data(256))
        )
        docs.addWidget(self.doc_list)
        row = FlowLayout()  # wraps at large text instead of widening the window
        self.attach_button = QPushButton(translate("Screens", "Brief toevoegen…"), box)
        self.attach_button.clicked.connect(self._choose_letter)
        row.addWidget(self.attach_button)
        hint = QLabel(translate("Screens", "of sleep een bestand hierheen"), box)
        hint.setEnabled(False)
        row.addWidget(hint)
        self.bezwaar_button = QPushButton(translate("Screens", "Bezwaar maken…"), box)
        self.bezwaar_button.setToolTip(translate(
            "Screens", "Een bezwaarschrift (of pro-forma bezwaar) bij dit besluit, als PDF en "
            "Word"))
        self.bezwaar_button.clicked.connect(self.make_bezwaar)
        row.addWidget(self.bezwaar_button)
        from ui.copilot_share import share_button

        self.copilot_button = share_button(self, self.kind,
                                           lambda: getattr(self.form.record, "id", None))
        row.addWidget(self.copilot_button)
        docs.addLayout(row)
        layout.addWidget(box)

    def record_changed(self, record) -> None:
        self.doc_list.clear()
        self.attach_button.setEnabled(record is not None and not self.session.read_only)
        self.bezwaar_button.setEnabled(record is not None and record.status in DECIDED_STATUSES)
        self.copilot_button.setEnabled(record is not None)
        if record is None:
            return
        for doc_id in record.document_ids:
            try:
                info = self.session.documents.get(doc_id)
            except Exception:
                continue
            item = QListWidgetItem(f"{info.name}  ({format_date_iso(info.added_at)})")
            item.setData(256, doc_id)
            self.doc_list.addItem(item)

    def make_bezwaar(self):
        """'Bezwaar maken' for the shown decision (saved first, so the letter is current)."""
        from ui.bezwaar import BezwaarDialog

        record = self.form.record
        if record is None:
            return None
        self.form.flush()
        dialog = BezwaarDialog(self.session, record.id, self)
        dialog.open()
        return dialog

    def _choose_letter(self) -> None:
        path = self.choose_file()
        if path:
            self.attach_files([Path(path)])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if (
            event.mimeData().hasUrls()
            and self.form.record is not None
            and not self.session.read_only
        ):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.attach_files(paths)
            event.acceptProposedAction()

    def attach_files(self, paths: list[Path]):
        """Import files off the GUI thread and link them to the shown decision."""
        record = self.form.record
        if record is None:
            return None
        self.form.flush()
        decision_id = record.id

        def work(tx):
            # One job: the letters and the link from the decision land together.
            ids = [tx.documents.add_file(p, progress=tx.progress).id for p in paths]
            decision = tx.records.get(decision_id)
            decision.document_ids.extend(i for i in ids if i not in decision.document_ids)
            tx.records.save(decision)
            tx.touched(decision, documents=True)
            return decision

        def done(stored):
            if self.form.record is not None and self.form.record.id == decision_id:
                if self.form._dirty or self.form._in_flight:
                    self.form.record.document_ids = list(stored.document_ids)
                else:
                    self.form.record = stored
            self.model.upsert(stored)
            if self.current_id() == decision_id:
                self.record_changed(self.form.record)

        return WriteOperation(
            self.session.writes,
            work,
            parent=self,
            label=translate("Screens", "De brief wordt versleuteld bewaard…"),
            on_success=done,
            on_failure=lambda exc: self.form._set_state(
                translate("Forms", "Niet opgeslagen: ") + failure_text(exc), problem=True),
        )


def format_date_iso(text: str) -> str:
    import datetime as dt

    try:
        return format_date(dt.datetime.fromisoformat(text).date())
    except ValueError:
        return text
