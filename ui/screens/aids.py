"""Hulpmiddelen: aid requests with their stage; moving on records the date and what happened."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.model import AID_STAGE_LABELS, AID_STAGE_ORDER, AidStage
from app.reference import load_reference
from app.usecases import move_to_stage
from ui.flow import FlowLayout, WrappingLabel
from ui.forms import F
from ui.i18n import translate
from ui.models.records import Column
from ui.screens.record_list import RecordListScreen
from ui.util import DateProblem, format_date, label, parse_date
from ui.widgets import DateEdit

STAGES = list(AidStage)


def next_stage(stage: AidStage) -> AidStage | None:
    """The usual next step (a bezwaar is a choice, not the usual step after a decision)."""
    order = [s for s in STAGES if s not in (AidStage.BEZWAAR, AidStage.BEZWAAR_FILED)]
    if stage == AidStage.BEZWAAR:  # prepared -> sent
        return AidStage.BEZWAAR_FILED
    if stage == AidStage.BEZWAAR_FILED:  # sent -> the decision on the bezwaar
        return AidStage.DECISION
    i = order.index(stage)
    return order[i + 1] if i + 1 < len(order) else None


class StageDialog(QDialog):
    """Asks the date and what happened. Shown with open(): never blocks."""

    chosen = Signal(object, object, str)  # stage, date, note

    def __init__(self, title: str, stage: AidStage, today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Screens", "Naar een volgende fase"))
        self.stage_box = QComboBox(self)
        for s in STAGES:
            self.stage_box.addItem(label(AID_STAGE_LABELS[s]), s)
        self.stage_box.setCurrentIndex(STAGES.index(stage))
        self.stage_box.setAccessibleName(translate("Screens", "Fase"))
        self.date = DateEdit(self)
        self.date.setDate(today)
        self.date.setAccessibleName(translate("Screens", "Datum"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            translate(
                "Screens",
                "Bijvoorbeeld: aanvraag per post verstuurd, ontvangstbevestiging gekregen.",
            )
        )
        self.note.setAccessibleName(translate("Screens", "Wat is er gebeurd?"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Screens", "Aanvraag:"), QLabel(title, self))
        form.addRow(translate("Screens", "Nieuwe fase:"), self.stage_box)
        form.addRow(translate("Screens", "Datum:"), self.date)
        form.addRow(translate("Screens", "Wat is er gebeurd?"), self.note)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            translate("Screens", "Vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(translate("Common", "Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()

    def show_problem(self, text: str) -> None:
        self.error.setText(text[:1].upper() + text[1:])
        self.error.show()

    def _accept(self) -> None:
        try:
            on = parse_date(self.date.text())
        except DateProblem as exc:
            self.show_problem(str(exc))
            return
        if on is None:
            self.show_problem(translate("Screens", "Vul een datum in."))
            return
        self.chosen.emit(self.stage_box.currentData(), on, self.note.toPlainText().strip())


class AidsScreen(RecordListScreen):
    kind = "aid_request"
    title = QT_TRANSLATE_NOOP("Screens", "Hulpmiddelen")
    intro = QT_TRANSLATE_NOOP(
        "Screens",
        "Aanvragen voor hulpmiddelen, woningaanpassing en vervoer, met de fase "
        "waarin ze zijn. Zet een aanvraag door naar de volgende fase zodra er "
        "iets gebeurt.",
    )
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuwe aanvraag")
    columns = [
        Column(QT_TRANSLATE_NOOP("Columns", "Aanvraag"), lambda a: a.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Fase"), lambda a: label(AID_STAGE_LABELS[a.stage])),
        Column(QT_TRANSLATE_NOOP("Columns", "Sinds"), lambda a: a.stage_since()),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Soort"),
            lambda a: load_reference().aid_categories.label_for(a.category) if a.category else "",
        ),
    ]
    fields = [
        F("title", QT_TRANSLATE_NOOP("Fields", "Wat is er nodig")),
        F("category", QT_TRANSLATE_NOOP("Fields", "Soort"), "ref", "aid_categories"),
        F("why", QT_TRANSLATE_NOOP("Fields", "Waarom"), "long"),
        F(
            "counters",
            QT_TRANSLATE_NOOP("Fields", "Loketten"),
            "table",
            columns=[
                ("counter", QT_TRANSLATE_NOOP("Fields", "Loket"), "text"),
                ("law", QT_TRANSLATE_NOOP("Fields", "Wet"), "text"),
                ("on", QT_TRANSLATE_NOOP("Fields", "Datum"), "date"),
                ("answer", QT_TRANSLATE_NOOP("Fields", "Antwoord"), "text"),
            ],
            add_text=QT_TRANSLATE_NOOP("Fields", "Loket toevoegen"),
            help=QT_TRANSLATE_NOOP("Fields", "Welk loket u probeerde en wat ze zeiden."),
        ),
        F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]

    dialog: StageDialog | None = None

    def add_above_list(self, layout) -> None:
        row = QHBoxLayout()
        self.stage_filter = QComboBox(self)
        self.stage_filter.addItem(translate("Screens", "Alle fasen"), None)
        self.stage_filter.addItem(translate("Screens", "Lopend (nog niet in gebruik)"), "open")
        for stage in STAGES:
            self.stage_filter.addItem(label(AID_STAGE_LABELS[stage]), stage)
        self.stage_filter.setAccessibleName(translate("Screens", "Filter op fase"))
        self.stage_filter.currentIndexChanged.connect(self._filter_stage)
        row.addWidget(QLabel(translate("Screens", "Fase:"), self))
        row.addWidget(self.stage_filter)
        row.addStretch(1)
        layout.addLayout(row)

    def _filter_stage(self) -> None:
        stage = self.stage_filter.currentData()
        if stage is None:
            self.proxy.set_extra(None)
        elif stage == "open":
            self.proxy.set_extra(lambda a: a.stage != AidStage.IN_USE)
        else:
            self.proxy.set_extra(lambda a: a.stage == stage)

    def load(self):
        requests = self.session.records.list(self.kind)
        return sorted(
            requests, key=lambda a: (a.stage == AidStage.IN_USE, AID_STAGE_ORDER[a.stage])
        )

    def extend_detail(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(translate("Screens", "Fase"), self)
        inner = QVBoxLayout(box)
        self.stage_label = WrappingLabel("", box)
        font = self.stage_label.font()
        font.setBold(True)
        self.stage_label.setFont(font)
        inner.addWidget(self.stage_label)
        # The stages as a row of steps: where it is now and what came before.
        self.steps = WrappingLabel("", box)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(self.steps)
        buttons = FlowLayout()  # wraps at large text instead of widening the window
        self.next_button = QPushButton(box)
        self.next_button.clicked.connect(lambda: self.ask_stage(next_only=True))
        self.other_button = QPushButton(translate("Screens", "Andere fase…"), box)
        self.other_button.clicked.connect(lambda: self.ask_stage(next_only=False))
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.other_button)
        from ui.copilot_share import share_button

        self.copilot_button = share_button(self, self.kind,
                                           lambda: getattr(self.form.record, "id", None))
        buttons.addWidget(self.copilot_button)
        inner.addLayout(buttons)
        self.history = QListWidget(box)
        self.history.setMaximumHeight(self.history.fontMetrics().lineSpacing() * 4 + 8)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(translate("Screens", "Geschiedenis van de fasen"))
        inner.addWidget(self.history)
        layout.addWidget(box)
        # The decisions this request depends on (a Wmo rejection "voorliggende voorziening
        # Wlz" needs the Wlz indication beside it): they go into the aanvraagdossier.
        links = QGroupBox(translate("Screens", "Besluiten waar deze aanvraag van afhangt"), self)
        column = QVBoxLayout(links)
        self.decision_links = QListWidget(links)
        self.decision_links.setFixedHeight(
            self.decision_links.fontMetrics().lineSpacing() * 6 + 12)
        self.decision_links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.decision_links.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.decision_links.setAccessibleName(
            translate("Screens", "Besluiten waar deze aanvraag van afhangt"))
        self.decision_links.itemChanged.connect(self._link_changed)
        column.addWidget(self.decision_links)
        layout.addWidget(links)
        layout.addWidget(self.form, 1)

    def _fill_links(self, record, writable: bool) -> None:
        self.decision_links.blockSignals(True)
        self.decision_links.clear()
        if record is not None:
            for decision in self.session.records.list("decision"):
                item = QListWidgetItem(decision.label())
                item.setToolTip(decision.label())
                item.setData(Qt.ItemDataRole.UserRole, decision.id)
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags if writable else flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if decision.id in record.decision_ids
                                   else Qt.CheckState.Unchecked)
                self.decision_links.addItem(item)
        self.decision_links.blockSignals(False)

    def _link_changed(self, _item) -> None:
        record = self.form.record
        if record is None or not self.form.flush():
            return
        chosen = [
            self.decision_links.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.decision_links.count())
            if self.decision_links.item(i).checkState() == Qt.CheckState.Checked
        ]
        current = self.session.records.get(record.id)
        current.decision_ids = chosen
        stored = self.session.save(current)
        self.form.record = stored
        self.model.upsert(stored)

    def record_changed(self, record) -> None:
        has = record is not None
        writable = has and not self.session.read_only
        self._fill_links(record, writable)
        self.history.clear()
        self.copilot_button.setEnabled(has)
        if not has:
            self.stage_label.setText(translate("Screens", "Kies links een aanvraag."))
            self.steps.setText("")
            self.next_button.hide()
            self.other_button.setEnabled(False)
            return
        since = record.stage_since()
        text = translate("Screens", "Nu: %1").replace("%1", label(AID_STAGE_LABELS[record.stage]))
        if since:
            text += translate("Screens", " (sinds %1)").replace("%1", format_date(since))
        self.stage_label.setText(text)
        done = {t.stage for t in record.transitions} | {record.stage}
        parts = []
        for stage in STAGES:
            name = label(AID_STAGE_LABELS[stage])
            if stage == record.stage:
                parts.append(f"<b>▶ {name}</b>")
            elif stage in done:
                parts.append(f"✓ {name}")
            else:
                parts.append(f"<span style='color:gray'>{name}</span>")
        self.steps.setText(" → ".join(parts))
        nxt = next_stage(record.stage)
        self.next_button.setVisible(nxt is not None)
        if nxt is not None:
            self.next_button.setText(
                translate("Screens", "Naar „%1”…").replace("%1", label(AID_STAGE_LABELS[nxt]))
            )
        self.next_button.setEnabled(writable)
        self.other_button.setEnabled(writable)
        for t in reversed(record.transitions):
            line = f"{format_date(t.on)}  {label(AID_STAGE_LABELS[t.stage])}"
            if t.note:
                line += f": {t.note}"
            self.history.addItem(line)

    def ask_stage(self, next_only: bool = True) -> StageDialog | None:
        record = self.form.record
        if record is None or not self.form.flush():
            return None
        target = next_stage(record.stage) if next_only else record.stage
        self.dialog = StageDialog(
            record.title or record.label(), target or record.stage, self.session.today(), self
        )
        self.dialog.chosen.connect(self._move)
        self.dialog.open()
        return self.dialog

    def _move(self, stage, on, note) -> None:
        record = self.form.record
        try:
            moved = move_to_stage(record, stage, on, note)
            self.session.save(moved, on_saved=self.form._landed,
                              on_failed=self.form.write_failed_for(record))
        except ValidationError as exc:
            self.dialog.show_problem(exc.reason)
            return
        self.dialog.accept()
        self.dialog.deleteLater()
        self.dialog = None
        self.form.show_queued(moved)
        self.model.upsert(moved)
        self.record_changed(moved)
