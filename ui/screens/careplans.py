"""Zorgplannen: per provider the goals, agreements, evaluation dates and preparation notes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.model import GOAL_STATUS_LABELS
from ui.forms import F
from ui.models.records import Column
from ui.screens.record_list import RecordListScreen


def _next_evaluation(plan):
    planned = sorted(
        e.planned_on for e in plan.evaluation_dates if e.planned_on and e.held_on is None
    )
    return planned[0] if planned else None


class CarePlansScreen(RecordListScreen):
    kind = "care_plan"
    title = QT_TRANSLATE_NOOP("Screens", "Zorgplannen")
    intro = QT_TRANSLATE_NOOP(
        "Screens",
        "Het zorgplan van elke zorgaanbieder: doelen, afspraken en wanneer het "
        "plan besproken wordt. Schrijf hier ook op wat u de volgende keer wilt "
        "bespreken.",
    )
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuw zorgplan")
    columns = [
        Column(QT_TRANSLATE_NOOP("Columns", "Zorgaanbieder"), lambda p: p.provider),
        Column(QT_TRANSLATE_NOOP("Columns", "Plan"), lambda p: p.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Geldig tot"), lambda p: p.valid_until),
        Column(QT_TRANSLATE_NOOP("Columns", "Volgende bespreking"), _next_evaluation),
    ]
    fields = [
        F("provider", QT_TRANSLATE_NOOP("Fields", "Zorgaanbieder")),
        F("title", QT_TRANSLATE_NOOP("Fields", "Naam van het plan")),
        F("valid_from", QT_TRANSLATE_NOOP("Fields", "Geldig vanaf"), "date"),
        F("valid_until", QT_TRANSLATE_NOOP("Fields", "Geldig tot"), "date"),
        F(
            "goals",
            QT_TRANSLATE_NOOP("Fields", "Doelen"),
            "table",
            columns=[
                ("text", QT_TRANSLATE_NOOP("Fields", "Doel"), "text"),
                ("status", QT_TRANSLATE_NOOP("Fields", "Stand"), GOAL_STATUS_LABELS),
            ],
            add_text=QT_TRANSLATE_NOOP("Fields", "Doel toevoegen"),
        ),
        F(
            "agreements",
            QT_TRANSLATE_NOOP("Fields", "Afspraken"),
            "table",
            columns=[
                ("what", QT_TRANSLATE_NOOP("Fields", "Wat"), "text"),
                ("who", QT_TRANSLATE_NOOP("Fields", "Wie"), "text"),
                ("when", QT_TRANSLATE_NOOP("Fields", "Wanneer"), "text"),
            ],
            add_text=QT_TRANSLATE_NOOP("Fields", "Afspraak toevoegen"),
        ),
        F(
            "evaluation_dates",
            QT_TRANSLATE_NOOP("Fields", "Besprekingen"),
            "table",
            columns=[
                ("planned_on", QT_TRANSLATE_NOOP("Fields", "Gepland op"), "date"),
                ("held_on", QT_TRANSLATE_NOOP("Fields", "Gehouden op"), "date"),
                ("outcome", QT_TRANSLATE_NOOP("Fields", "Uitkomst"), "text"),
            ],
            add_text=QT_TRANSLATE_NOOP("Fields", "Bespreking toevoegen"),
        ),
        F(
            "next_meeting_prep",
            QT_TRANSLATE_NOOP("Fields", "Voor de volgende bespreking"),
            "long",
            help=QT_TRANSLATE_NOOP(
                "Fields", "Wat wilt u vragen of veranderen? Schrijf het op als het in u opkomt."
            ),
        ),
        F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]
