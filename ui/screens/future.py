"""Wat als…: the future plan, section by section, with why each part matters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.model import FuturePlan
from ui.forms import F
from ui.i18n import translate
from ui.screens.base import Screen
from ui.screens.single_record import SingletonPanel
from ui.util import format_date

FIELDS = [
    F(
        "emergency_plan",
        QT_TRANSLATE_NOOP("Fields", "Noodplan"),
        "section",
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Als u morgen uitvalt, moet iemand direct weten wat te doen. Dit is het "
            "belangrijkste deel: begin hier.",
        ),
    ),
    F("emergency_plan.who_comes", QT_TRANSLATE_NOOP("Fields", "Wie komt er dan"), "long"),
    F("emergency_plan.who_to_call", QT_TRANSLATE_NOOP("Fields", "Wie moet gebeld worden"), "long"),
    F(
        "emergency_plan.where_child_can_stay",
        QT_TRANSLATE_NOOP("Fields", "Waar kan ons kind terecht"),
        "long",
    ),
    F("emergency_plan.first_24_hours", QT_TRANSLATE_NOOP("Fields", "De eerste 24 uur"), "long"),
    F(
        "care_tasks",
        QT_TRANSLATE_NOOP("Fields", "Wie neemt welke zorg over"),
        "section",
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Zorg is veel losse taken. Per taak één iemand, en iemand als reserve. "
            "Zo hoeft niemand alles tegelijk over te nemen.",
        ),
    ),
    F(
        "care_tasks",
        QT_TRANSLATE_NOOP("Fields", "Zorgtaken"),
        "table",
        columns=[
            ("task", QT_TRANSLATE_NOOP("Fields", "Taak"), "text"),
            ("who_takes_over", QT_TRANSLATE_NOOP("Fields", "Wie neemt het over"), "text"),
            ("backup", QT_TRANSLATE_NOOP("Fields", "Reserve"), "text"),
            ("what_they_must_know", QT_TRANSLATE_NOOP("Fields", "Wat moet die weten"), "text"),
        ],
        add_text=QT_TRANSLATE_NOOP("Fields", "Taak toevoegen"),
    ),
    F(
        "legal",
        QT_TRANSLATE_NOOP("Fields", "Juridisch en geld"),
        "section",
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Vanaf 18 jaar beslist u niet meer vanzelf mee. Mentorschap, curatele of "
            "bewind regelt wie dan mag beslissen over zorg en geld.",
        ),
    ),
    F("legal.representation", QT_TRANSLATE_NOOP("Fields", "Mentorschap, curatele, bewind"), "long"),
    F("legal.will", QT_TRANSLATE_NOOP("Fields", "Testament"), "long"),
    F("legal.pgb_budget_holder", QT_TRANSLATE_NOOP("Fields", "Wie beheert het pgb"), "text"),
    F("legal.notes", QT_TRANSLATE_NOOP("Fields", "Verder over geld en regelingen"), "long"),
    F(
        "housing",
        QT_TRANSLATE_NOOP("Fields", "Wonen"),
        "section",
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Een goede woonplek heeft vaak een lange wachtlijst. Logeren en deeltijd "
            "wonen helpen ons kind en u om er stap voor stap aan te wennen.",
        ),
    ),
    F("housing.wishes", QT_TRANSLATE_NOOP("Fields", "Wensen voor later wonen"), "long"),
    F(
        "housing.waiting_lists",
        QT_TRANSLATE_NOOP("Fields", "Wachtlijsten"),
        "table",
        columns=[
            ("where", QT_TRANSLATE_NOOP("Fields", "Waar"), "text"),
            ("registered_on", QT_TRANSLATE_NOOP("Fields", "Ingeschreven op"), "date"),
            ("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "text"),
        ],
        add_text=QT_TRANSLATE_NOOP("Fields", "Wachtlijst toevoegen"),
    ),
    F("housing.respite", QT_TRANSLATE_NOOP("Fields", "Logeren en deeltijd wonen"), "long"),
    F(
        "parents_words",
        QT_TRANSLATE_NOOP("Fields", "In onze woorden"),
        "section",
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Wat alleen u weet: hoe ons kind troost vindt, wat pijn doet, wat een "
            "goede dag is. Schrijf het op zoals u het zou vertellen.",
        ),
    ),
    F("parents_words", QT_TRANSLATE_NOOP("Fields", "Wat iedereen moet weten"), "long"),
    F(
        "review_date",
        QT_TRANSLATE_NOOP("Fields", "Nalopen"),
        "section",
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Loop het plan elk jaar na, en bij grote veranderingen: 18 jaar, verhuizen, ziekte.",
        ),
    ),
    F("review_date", QT_TRANSLATE_NOOP("Fields", "Volgende keer nalopen op"), "date"),
]


class FutureScreen(Screen):
    title = QT_TRANSLATE_NOOP("Screens", "Wat als…")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.panel = SingletonPanel(session, "future_plan", FIELDS, self)
        self.form = self.panel.form
        self.form.saved.connect(lambda _r: self._update_progress())

        self.sections = QListWidget(self)
        self.sections.setAccessibleName(translate("Screens", "Delen van het plan"))
        # Long names ("Wie neemt welke zorg over") wrap instead of being cut, at any text size.
        self.sections.setWordWrap(True)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sections.setFixedWidth(self.fontMetrics().averageCharWidth() * 30)
        self.sections.currentRowChanged.connect(self._jump)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(FuturePlan.SECTIONS))
        self.progress.setFormat(translate("Screens", "%v van %m delen ingevuld"))
        self.progress.setAccessibleName(translate("Screens", "Hoe compleet het plan is"))
        # The words above the bar, not on it: drawn across the filled part they are cut in two
        # colours ("3 van 6 del|en ingevuld").
        self.progress.setTextVisible(False)
        self.progress_text = QLabel(self)
        self.reviewed = QLabel(self)
        self.reviewed.setWordWrap(True)
        self.reviewed_button = QPushButton(translate("Screens", "Vandaag nagelopen"), self)
        self.reviewed_button.setToolTip(translate("Screens", "Zet de datum van nalopen op vandaag"))
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.reviewed_button.setEnabled(not session.read_only)

        side = QVBoxLayout()
        side.addWidget(self.progress_text)
        side.addWidget(self.progress)
        side.addWidget(self.sections, 1)
        side.addWidget(self.reviewed)
        side.addWidget(self.reviewed_button)
        from ui.copilot_share import share_button

        side.addWidget(share_button(self, "future_plan", lambda: None))
        row = QHBoxLayout()
        row.addLayout(side)
        row.addWidget(self.panel, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            self.heading(
                translate("Screens", "Wat als ik het niet meer kan?"),
                translate(
                    "Screens",
                    "Niemand kent uw kind zoals u. Dit plan helpt wie het van u overneemt, "
                    "als u ziek wordt, even niet kunt of er niet meer bent. Vul in wat u "
                    "kunt; het hoeft niet in één keer.",
                ),
            )
        )
        layout.addLayout(row, 1)

    def refresh(self) -> None:
        self.panel.refresh()
        self._update_progress()

    def _plan(self) -> FuturePlan:
        return self.form.record or FuturePlan()

    def _update_progress(self) -> None:
        plan = self._plan()
        missing = set(plan.sections_missing())
        current = self.sections.currentRow()
        self.sections.blockSignals(True)
        self.sections.clear()
        for key, name in FuturePlan.SECTIONS.items():
            mark = "○" if key in missing else "✓"
            self.sections.addItem(f"{mark}  {translate('Labels', name)}")
        self.sections.setCurrentRow(current)
        self.sections.blockSignals(False)
        self.progress.setValue(len(FuturePlan.SECTIONS) - len(missing))
        self.progress_text.setText(self.progress.text())
        if plan.checked_on:
            text = translate("Screens", "Laatst nagelopen: %1").replace(
                "%1", format_date(plan.checked_on)
            )
        else:
            text = translate("Screens", "Nog niet nagelopen.")
        if plan.review_date:
            text += " " + translate("Screens", "Volgende keer: %1").replace(
                "%1", format_date(plan.review_date)
            )
        self.reviewed.setText(text)

    def _jump(self, row: int) -> None:
        if row < 0:
            return
        key = list(FuturePlan.SECTIONS)[row]
        title = self.form.section_titles.get(key)
        if title is not None and self.form.scroll_area is not None:
            bar = self.form.scroll_area.verticalScrollBar()
            bar.setValue(title.pos().y())

    def mark_reviewed(self) -> None:
        self.form.flush()
        plan = self._plan()
        plan.checked_on = self.session.today()
        if plan.review_date is None or plan.review_date <= self.session.today():
            plan.review_date = self.session.today() + dt.timedelta(days=365)
        self.session.save(plan, on_saved=self.form._landed,
                          on_failed=self.form.write_failed_for(self.form.record or plan))
        self.form.set_record(plan)
        self.form._in_flight += 1
        self.form._set_state(translate("Forms", "Wijziging wordt opgeslagen…"))
        self._update_progress()

    def open_record(self, kind: str, record_id: str) -> None:
        self.refresh()

    def flush(self) -> bool:
        return self.form.flush()
