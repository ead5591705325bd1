"""Overzicht: what needs attention now. Every line opens its record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP as N
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.deadlines import compute_deadlines
from app.model import AID_STAGE_LABELS, KIND_LABELS, AidStage, DossierContent
from ui.i18n import tr
from ui.screens.base import Screen
from ui.util import format_date, label

KIND_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11

HORIZON_DAYS = 8 * 7
STALE_DAYS = 365
#: Parts that should be checked now and then: a wrong medication list is dangerous.
STALE_KINDS = ("child_profile", "medication", "allergy", "epilepsy_protocol", "feeding",
               "signal", "contact", "future_plan")
URGENT_RULES = ("bezwaar_deadline", "beroep_deadline")


class ItemList(QListWidget):
    """A list that is exactly as tall as its lines, so the page scrolls rather than the list."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit(self) -> None:
        height = sum(max(self.sizeHintForRow(i), 18) for i in range(self.count()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)


class OverviewScreen(Screen):
    title = N("Screens", "Overzicht")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.greeting = self.heading(tr("Screens", "Overzicht"),
                                     tr("Screens", "Wat nu aandacht vraagt. Klik op een regel om "
                                                   "hem te openen."))
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lists: dict[str, ItemList] = {}
        self.empty: dict[str, QLabel] = {}
        specs = [
            ("deadlines", tr("Screens", "Termijnen in de komende 8 weken"), 0, 0, 2),
            ("aids", tr("Screens", "Lopende aanvragen voor hulpmiddelen"), 0, 1, 1),
            ("stale", tr("Screens", "Lang niet nagekeken"), 1, 1, 1),
            ("journal", tr("Screens", "Laatst in het logboek"), 2, 0, 1),
        ]
        for key, title, row, col, span in specs:
            box = QGroupBox(title, page)
            inner = QVBoxLayout(box)
            items = ItemList(title, box)
            items.itemActivated.connect(self._open)
            items.itemClicked.connect(self._open)
            empty = QLabel(box)
            empty.setWordWrap(True)
            empty.setEnabled(False)
            inner.addWidget(items)
            inner.addWidget(empty)
            inner.addStretch(1)
            self.lists[key] = items
            self.empty[key] = empty
            if key == "deadlines":
                grid.addWidget(box, row, col, span, 1)
            elif key == "journal":
                grid.addWidget(box, row, col, 1, 2)
            else:
                grid.addWidget(box, row, col)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(3, 1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(area, 1)

    def _add(self, key: str, text: str, kind: str, record_id: str, *, bold: bool = False,
             tip: str = "") -> None:
        item = QListWidgetItem(text)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, record_id)
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        item.setToolTip(f"{text}\n{tip}" if tip else text)
        self.lists[key].addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(KIND_ROLE), item.data(ID_ROLE))

    def refresh(self) -> None:
        for items in self.lists.values():
            items.clear()
        today = self.session.today()
        records = self.session.records
        name = self.session.child_name()
        title = self.greeting.findChild(QLabel, "screenTitle")
        title.setText(tr("Screens", "Overzicht voor %1").replace("%1", name) if name
                      else tr("Screens", "Overzicht"))

        # Deadlines: everything but the contact log is small; only log lines with a
        # follow-up date can make a deadline, so the 20,000-line log is not loaded whole.
        content = DossierContent(
            child=records.singleton("child_profile") or DossierContent().child,
            decisions=records.list("decision"), care_plans=records.list("care_plan"),
            future_plan=records.singleton("future_plan"),
            journal=self._journal_with_follow_up())
        horizon = today + dt.timedelta(days=HORIZON_DAYS)
        for d in compute_deadlines(content, today=today):
            if d.due > horizon:
                continue
            days = (d.due - today).days
            if days < 0:
                when = tr("Screens", "te laat")
            elif days == 0:
                when = tr("Screens", "vandaag")
            elif days == 1:
                when = tr("Screens", "morgen")
            else:
                when = tr("Screens", "over %1 dagen").replace("%1", str(days))
            self._add("deadlines", f"{format_date(d.due)} ({when})  {d.title}", d.record_kind,
                      d.record_id, bold=d.rule_id in URGENT_RULES or days < 0, tip=d.source)

        for aid in records.list("aid_request"):
            if aid.stage == AidStage.IN_USE:
                continue
            since = aid.stage_since()
            text = f"{aid.title or tr('Screens', 'Aanvraag')}: {label(AID_STAGE_LABELS[aid.stage])}"
            if since:
                text += " " + tr("Screens", "(sinds %1)").replace("%1", format_date(since))
            self._add("aids", text, aid.KIND, aid.id)

        for kind, record, checked in self._stale(today):
            what = label(KIND_LABELS[kind])
            if checked is None:
                text = tr("Screens", "%1: %2, nog nooit nagekeken")
            else:
                text = tr("Screens", "%1: %2, laatst nagekeken %3").replace(
                    "%3", format_date(checked))
            self._add("stale", text.replace("%1", what).replace("%2", record.label()), kind,
                      record.id)

        for entry in records.list("journal_entry", limit=5):
            summary = " ".join(entry.summary.split())
            if len(summary) > 90:
                summary = summary[:89] + "…"
            who = f" {entry.who}" if entry.who else ""
            self._add("journal", f"{format_date(entry.on)}{who}: {summary}", entry.KIND, entry.id)

        texts = {
            "deadlines": tr("Screens", "Geen termijnen in de komende weken."),
            "aids": tr("Screens", "Geen lopende aanvragen."),
            "stale": tr("Screens", "Alles is het afgelopen jaar nagekeken."),
            "journal": tr("Screens", "Het logboek is nog leeg. Noteer daar elk telefoontje "
                                     "en elke brief."),
        }
        for key, items in self.lists.items():
            items.fit()
            items.setVisible(items.count() > 0)
            self.empty[key].setText(texts[key] if items.count() == 0 else "")
            self.empty[key].setVisible(items.count() == 0)

    def _journal_with_follow_up(self):
        records = self.session.records
        found, offset, page = [], 0, 2000
        while True:
            batch = records.list("journal_entry", limit=page, offset=offset)
            found += [e for e in batch if e.follow_up_on and not e.follow_up_done]
            if len(batch) < page:
                return found
            offset += page

    def _stale(self, today: dt.date):
        limit = today - dt.timedelta(days=STALE_DAYS)
        found = []
        for kind in STALE_KINDS:
            items = self.session.records.list(kind)
            old = [r for r in items if r.checked_on is None or r.checked_on < limit]
            if not old:
                continue
            old.sort(key=lambda r: r.checked_on or dt.date.min)
            found.append((kind, old[0], old[0].checked_on))
        return found[:8]
