"""Zorgplannen: per provider the goals, agreements, evaluation dates and preparation notes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N

from app.model import GOAL_STATUS_LABELS
from ui.forms import F
from ui.models.records import Column
from ui.screens.base import RecordListScreen


def _next_evaluation(plan):
    planned = sorted(e.planned_on for e in plan.evaluation_dates
                     if e.planned_on and e.held_on is None)
    return planned[0] if planned else None


class CarePlansScreen(RecordListScreen):
    kind = "care_plan"
    title = N("Screens", "Zorgplannen")
    intro = N("Screens", "Het zorgplan van elke zorgaanbieder: doelen, afspraken en wanneer het "
                         "plan besproken wordt. Schrijf hier ook op wat u de volgende keer wilt "
                         "bespreken.")
    new_text = N("Screens", "Nieuw zorgplan")
    columns = [
        Column(N("Columns", "Zorgaanbieder"), lambda p: p.provider),
        Column(N("Columns", "Plan"), lambda p: p.title),
        Column(N("Columns", "Geldig tot"), lambda p: p.valid_until),
        Column(N("Columns", "Volgende bespreking"), _next_evaluation),
    ]
    fields = [
        F("provider", N("Fields", "Zorgaanbieder")),
        F("title", N("Fields", "Naam van het plan")),
        F("valid_from", N("Fields", "Geldig vanaf"), "date"),
        F("valid_until", N("Fields", "Geldig tot"), "date"),
        F("goals", N("Fields", "Doelen"), "table",
          columns=[("text", N("Fields", "Doel"), "text"),
                   ("status", N("Fields", "Stand"), GOAL_STATUS_LABELS)],
          add_text=N("Fields", "Doel toevoegen")),
        F("agreements", N("Fields", "Afspraken"), "table",
          columns=[("what", N("Fields", "Wat"), "text"), ("who", N("Fields", "Wie"), "text"),
                   ("when", N("Fields", "Wanneer"), "text")],
          add_text=N("Fields", "Afspraak toevoegen")),
        F("evaluation_dates", N("Fields", "Besprekingen"), "table",
          columns=[("planned_on", N("Fields", "Gepland op"), "date"),
                   ("held_on", N("Fields", "Gehouden op"), "date"),
                   ("outcome", N("Fields", "Uitkomst"), "text")],
          add_text=N("Fields", "Bespreking toevoegen")),
        F("next_meeting_prep", N("Fields", "Voor de volgende bespreking"), "long",
          help=N("Fields", "Wat wilt u vragen of veranderen? Schrijf het op als het in u "
                           "opkomt.")),
        F("notes", N("Fields", "Notities"), "long"),
        F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
    ]
