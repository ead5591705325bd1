"""Overzicht: what needs attention now. Every line opens its record."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.deadlines import compute_deadlines
from app.model import AID_STAGE_LABELS, KIND_LABELS
from ui.bezwaar import OFFER_WITHIN_DAYS
from ui.i18n import translate
from ui.screens.base import Screen
from ui.util import format_date, label

HORIZON_DAYS = 8 * 7
STALE_DAYS = 365
#: Parts that should be checked now and then: a wrong medication list is dangerous.
STALE_KINDS = (
    "child_profile",
    "medication",
    "allergy",
    "epilepsy_protocol",
    "feeding",
    "signal",
    "contact",
    "future_plan",
)
URGENT_RULES = ("bezwaar_deadline", "beroep_deadline")


def stale_subject(kind: str, record, child_name: str = "") -> str:
    """What a 'Lang niet nagekeken' line is about, said once: "Over Sem", "Allergie:
    Penicilline" (the record's label already names its kind), "Medicijn: Keppra"."""
    if kind == "child_profile":
        # The sidebar's name for this part.
        return (translate("Main", "Over %1").replace("%1", child_name) if child_name
                else translate("Parts", "Over mij"))
    what = label(KIND_LABELS[kind])
    own = record.label()
    head, sep, rest = own.partition(": ")
    if sep and head in ("Allergie", "Intolerantie", KIND_LABELS[kind]):
        return f"{label(head)}: {rest}"  # already says what it is
    return f"{what}: {own}"


class LinkLabel(QLabel):
    """One line that opens a record: one Tab stop, Enter or Space opens it.

    A QLabel with keyboard-accessible links takes two Tab stops (the label, then its link,
    with nothing visible on the first); this one takes the focus itself and shows the ring.
    """

    chosen = Signal()

    def __init__(self, html_text: str, record_id: str, parent=None) -> None:
        super().__init__(html_text, parent)
        self.record_id = record_id
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.linkActivated.connect(lambda _link: self.chosen.emit())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit()
            return
        super().keyPressEvent(event)


class LinkList(QWidget):
    """Lines that wrap and each open a record: links, reachable with Tab and Enter."""

    activated = Signal(str, str)  # kind, record id

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(4)
        self.items: list[tuple[str, str, str]] = []  # text, kind, id

    def clear(self) -> None:
        """Start a new set of lines; `finish()` shows them (the labels are reused)."""
        self._pending: list[tuple] = []

    def add(
        self,
        text: str,
        kind: str,
        record_id: str,
        *,
        bold: bool = False,
        tip: str = "",
        prefix: str = "",
    ) -> None:
        if not hasattr(self, "_pending"):
            self._pending = []
        self._pending.append((text, kind, record_id, bold, tip, prefix))

    def finish(self) -> None:
        """Show the lines added since `clear()`. Word-wrapped rich-text labels cost a text
        layout each, so a label whose line did not change is left alone, and labels are
        reused rather than made again (a revisit of the Overzicht changes nothing)."""
        pending, self._pending = getattr(self, "_pending", []), []
        shown = getattr(self, "_shown", [])
        for index, spec in enumerate(pending):
            if index < len(shown) and shown[index] == spec:
                continue
            label = self.box.itemAt(index).widget() if index < self.box.count() else None
            text, _kind, record_id, bold, tip, prefix = spec
            if label is None:
                label = LinkLabel("", record_id, self)
                label.chosen.connect(lambda i=index: self.activate(i))
                self.box.addWidget(label)
            label.record_id = record_id
            body = html.escape(text)
            if bold:
                body = f"<b>{body}</b>"
            pre = f"{html.escape(prefix)}&nbsp; " if prefix else ""
            label.setText(f"{pre}<a href='{index}' style='text-decoration:none'>{body}</a>")
            label.setToolTip(tip)
            label.setAccessibleName(f"{prefix} {text}".strip())
        while self.box.count() > len(pending):
            widget = self.box.takeAt(self.box.count() - 1).widget()
            if widget is not None:
                widget.deleteLater()
        self._shown = pending
        self.items = [(text, kind, record_id) for text, kind, record_id, *_ in pending]

    def count(self) -> int:
        return len(self.items)

    def texts(self) -> list[str]:
        return [text for text, _kind, _id in self.items]

    def activate(self, index: int) -> None:
        _text, kind, record_id = self.items[index]
        self.activated.emit(kind, record_id)


class OverviewScreen(Screen):
    title = QT_TRANSLATE_NOOP("Screens", "Overzicht")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.greeting = self.heading(
            translate("Screens", "Overzicht"),
            translate("Screens", "Wat nu aandacht vraagt. Klik op een regel om hem te openen."),
        )
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self.lists: dict[str, LinkList] = {}
        self.empty: dict[str, QLabel] = {}
        specs = [
            ("deadlines", translate("Screens", "Termijnen in de komende 8 weken")),
            ("aids", translate("Screens", "Lopende aanvragen voor hulpmiddelen")),
            ("stale", translate("Screens", "Lang niet nagekeken")),
            ("journal", translate("Screens", "Laatst in het logboek")),
        ]
        for key, title in specs:
            box = QGroupBox(title, page)
            inner = QVBoxLayout(box)
            items = LinkList(title, box)
            items.activated.connect(self.open_requested)
            empty = QLabel(box)
            empty.setWordWrap(True)
            inner.addWidget(items)
            inner.addWidget(empty)
            if key == "deadlines":
                # "Bezwaar maken" right under the deadline it is about (14 days or less left).
                self.bezwaar_offers = QWidget(box)
                self.bezwaar_layout = QVBoxLayout(self.bezwaar_offers)
                self.bezwaar_layout.setContentsMargins(0, 4, 0, 0)
                inner.addWidget(self.bezwaar_offers)
            self.lists[key] = items
            self.empty[key] = empty
            column.addWidget(box)
        column.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        from ui.backup_notice import BackupNotice

        # The one-time question for a second backup place, later the 30-day reminder.
        self.backup_notice = BackupNotice(session, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.backup_notice)
        layout.addWidget(area, 1)

    def _add(
        self,
        key: str,
        text: str,
        kind: str,
        record_id: str,
        *,
        bold: bool = False,
        tip: str = "",
        prefix: str = "",
    ) -> None:
        self.lists[key].add(text, kind, record_id, bold=bold, tip=tip, prefix=prefix)

    def refresh(self) -> None:
        self.backup_notice.refresh()
        for items in self.lists.values():
            items.clear()
        today = self.session.today()
        records = self.session.records
        name = self.session.child_name()
        title = self.greeting.findChild(QLabel, "screenTitle")
        title.setText(
            translate("Screens", "Overzicht voor %1").replace("%1", name)
            if name
            else translate("Screens", "Overzicht")
        )

        # Storage reads only the part of twenty years of history that can still matter now.
        content, recent = records.overview_content(today, recent=5)
        horizon = today + dt.timedelta(days=HORIZON_DAYS)
        found = compute_deadlines(content, today=today)
        self._offer_bezwaar([d for d in found if d.rule_id == "bezwaar_deadline"
                             and 0 <= (d.due - today).days <= OFFER_WITHIN_DAYS])
        for d in found:
            if d.due > horizon:
                continue
            days = (d.due - today).days
            if days < 0:
                when = translate("Screens", "te laat")
            elif days == 0:
                when = translate("Screens", "vandaag")
            elif days == 1:
                when = translate("Screens", "morgen")
            else:
                when = translate("Screens", "over %1 dagen").replace("%1", str(days))
            self._add(
                "deadlines",
                d.title,
                d.record_kind,
                d.record_id,
                bold=d.rule_id in URGENT_RULES or days < 0,
                tip=d.source,
                prefix=f"{format_date(d.due)} ({when})",
            )

        for aid in content.aid_requests:
            since = aid.stage_since()
            title = aid.title or translate("Screens", "Aanvraag")
            text = f"{title}: {label(AID_STAGE_LABELS[aid.stage])}"
            if since:
                text += " " + translate("Screens", "(sinds %1)").replace("%1", format_date(since))
            self._add("aids", text, aid.KIND, aid.id)

        for kind, record, checked in self._stale(today):
            if checked is None:
                text = translate("Screens", "%1, nog nooit nagekeken")
            else:
                text = translate("Screens", "%1, laatst nagekeken %2").replace(
                    "%2", format_date(checked)
                )
            self._add("stale", text.replace("%1", stale_subject(kind, record, name)), kind,
                      record.id)

        for entry in recent:
            summary = " ".join(entry.summary.split())
            if len(summary) > 90:
                summary = summary[:89] + "…"
            who = f" {entry.who}" if entry.who else ""
            self._add(
                "journal",
                f"{who.strip()}: {summary}" if who else summary,
                entry.KIND,
                entry.id,
                prefix=format_date(entry.on),
            )

        texts = {
            "deadlines": translate("Screens", "Geen termijnen in de komende weken."),
            "aids": translate("Screens", "Geen lopende aanvragen."),
            "stale": translate("Screens", "Alles is het afgelopen jaar nagekeken."),
            "journal": translate(
                "Screens", "Het logboek is nog leeg. Noteer daar elk telefoontje en elke brief."
            ),
        }
        for key, items in self.lists.items():
            items.finish()
            items.setVisible(items.count() > 0)
            self.empty[key].setText(texts[key] if items.count() == 0 else "")
            self.empty[key].setVisible(items.count() == 0)

    def _offer_bezwaar(self, deadlines) -> None:
        while self.bezwaar_layout.count():
            widget = self.bezwaar_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.bezwaar_buttons = []
        for d in deadlines:
            text = translate("Screens", "Bezwaar maken (uiterlijk %1)…").replace(
                "%1", format_date(d.due))
            button = QPushButton(text, self.bezwaar_offers)
            button.setToolTip(d.title)
            button.setAccessibleName(f"{text} {d.title}")
            button.clicked.connect(lambda _=False, rid=d.record_id: self.make_bezwaar(rid))
            self.bezwaar_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.bezwaar_buttons.append(button)
        self.bezwaar_offers.setVisible(bool(deadlines))

    def make_bezwaar(self, decision_id: str):
        from ui.bezwaar import BezwaarDialog

        dialog = BezwaarDialog(self.session, decision_id, self)
        dialog.open()
        return dialog

    def _stale(self, today: dt.date):
        limit = today - dt.timedelta(days=STALE_DAYS)
        found = []
        for kind in STALE_KINDS:
            oldest = self.session.records.stalest(kind, limit)
            if oldest is not None:
                found.append((kind, oldest, oldest.checked_on))
        return found[:8]
