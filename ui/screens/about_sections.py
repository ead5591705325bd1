"""What the sections of "Over [naam]" ask: the profile, the epilepsy protocol, feeding and
breathing (fields of a record the dossier has once), and the lists Signalen, Medicijnen,
Allergieën and Let op. The screen that holds them is ui/screens/about.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox

from app.model import FEEDING_METHOD_LABELS, SIGNAL_CATEGORY_LABELS
from ui.forms import F
from ui.i18n import translate
from ui.models.records import Column
from ui.screens.record_list import RecordListScreen
from ui.util import label

PROFILE_FIELDS = [
    F("name", QT_TRANSLATE_NOOP("Fields", "Naam")),
    F("date_of_birth", QT_TRANSLATE_NOOP("Fields", "Geboortedatum"), "date"),
    F("address", QT_TRANSLATE_NOOP("Fields", "Adres"), "long"),
    F("no_known_allergies", QT_TRANSLATE_NOOP("Fields", "Allergieën"), "enum",
      {None: "Niet ingevuld", True: "Geen bekende allergieën", False: "Zie de lijst Allergieën"}),
    F("diagnoses", QT_TRANSLATE_NOOP("Fields", "Diagnoses (één per regel)"), "lines"),
    F(
        "about_me",
        QT_TRANSLATE_NOOP("Fields", "Wie ik ben"),
        "long",
        help=QT_TRANSLATE_NOOP("Fields", "Een paar zinnen voor iemand die mij nog niet kent."),
    ),
    F("happy_with", QT_TRANSLATE_NOOP("Fields", "Hier word ik blij van"), "long"),
    F("dislikes", QT_TRANSLATE_NOOP("Fields", "Hier houd ik niet van"), "long"),
    F("sensory_profile", QT_TRANSLATE_NOOP("Fields", "Zien, horen, voelen"), "long"),
    F("", QT_TRANSLATE_NOOP("Fields", "Dagelijkse zorg"), "section"),
    F("daily_rhythm", QT_TRANSLATE_NOOP("Fields", "Mijn dag"), "long"),
    F("sleep", QT_TRANSLATE_NOOP("Fields", "Slapen"), "long"),
    F("positioning", QT_TRANSLATE_NOOP("Fields", "Liggen, zitten en verplaatsen"), "long"),
    F("personal_care", QT_TRANSLATE_NOOP("Fields", "Verzorging"), "long"),
    F(
        "bsn",
        QT_TRANSLATE_NOOP("Fields", "BSN"),
        help=QT_TRANSLATE_NOOP("Fields", "Alleen nodig voor aanvragen. 9 cijfers."),
    ),
    F("review_months", QT_TRANSLATE_NOOP("Fields", "Nakijken na (maanden)"), "int",
      help=QT_TRANSLATE_NOOP("Fields", "Op de papieren staat 'nakijken vóór': zoveel maanden "
                             "na de laatste keer nakijken. Meestal 6.")),
    F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
]


class SignalsList(RecordListScreen):
    kind = "signal"
    title = QT_TRANSLATE_NOOP("Screens", "Signalen")
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuw signaal")
    columns = [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Soort"),
            lambda s: label(SIGNAL_CATEGORY_LABELS[s.category]),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Wat u ziet of hoort"), lambda s: s.what_you_see),
        Column(QT_TRANSLATE_NOOP("Columns", "Wat het betekent"), lambda s: s.meaning),
    ]
    fields = [
        F("category", QT_TRANSLATE_NOOP("Fields", "Soort"), "enum", SIGNAL_CATEGORY_LABELS),
        F("what_you_see", QT_TRANSLATE_NOOP("Fields", "Wat u ziet of hoort"), "long"),
        F("meaning", QT_TRANSLATE_NOOP("Fields", "Wat het betekent"), "long"),
        F("what_to_do", QT_TRANSLATE_NOOP("Fields", "Wat u dan doet"), "long"),
        F(
            "channel",
            QT_TRANSLATE_NOOP("Fields", "Waaraan te zien"),
            help=QT_TRANSLATE_NOOP(
                "Fields", "Geluid, gezicht, spierspanning, ademhaling, beweging…"
            ),
        ),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]


class MedicationList(RecordListScreen):
    kind = "medication"
    title = QT_TRANSLATE_NOOP("Screens", "Medicijnen")
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuw medicijn")
    columns = [
        Column(QT_TRANSLATE_NOOP("Columns", "Medicijn"), lambda m: m.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Dosis"), lambda m: m.dose),
        Column(QT_TRANSLATE_NOOP("Columns", "Tijden"), lambda m: ", ".join(m.times)),
        Column(QT_TRANSLATE_NOOP("Columns", "Gestopt"), lambda m: m.stop_date),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Noodmedicatie"),
            lambda m: m.is_rescue,
            bold=lambda m: m.is_rescue,
        ),
    ]
    fields = [
        F("name", QT_TRANSLATE_NOOP("Fields", "Naam")),
        F("dose", QT_TRANSLATE_NOOP("Fields", "Dosis")),
        F("form_route", QT_TRANSLATE_NOOP("Fields", "Hoe toe te dienen")),
        F("times", QT_TRANSLATE_NOOP("Fields", "Tijden (uu:mm, één per regel)"), "lines"),
        F("purpose", QT_TRANSLATE_NOOP("Fields", "Waarvoor")),
        F("prescriber", QT_TRANSLATE_NOOP("Fields", "Voorgeschreven door")),
        F("start_date", QT_TRANSLATE_NOOP("Fields", "Begonnen op"), "date"),
        F("stop_date", QT_TRANSLATE_NOOP("Fields", "Gestopt op"), "date"),
        F("is_rescue", QT_TRANSLATE_NOOP("Fields", "Noodmedicatie"), "bool"),
        F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]

    def extend_detail(self, layout) -> None:
        layout.addWidget(self.form, 1)
        # "Begonnen in mei 2021": parents often know the month, not the day.
        self.month_only = QCheckBox(
            translate("Screens", "Van 'Begonnen op' weet ik alleen de maand"), self)
        self.month_only.toggled.connect(self._month_only_toggled)
        layout.addWidget(self.month_only)

    def record_changed(self, record) -> None:
        self.month_only.blockSignals(True)
        self.month_only.setChecked(record is not None and "start_date" in record.month_only_dates)
        self.month_only.setEnabled(record is not None and not self.session.read_only)
        self.month_only.blockSignals(False)

    def _month_only_toggled(self, on: bool) -> None:
        record = self.form.record
        if record is None or not self.form.flush():
            return
        current = self.session.records.get(record.id)
        dates = [d for d in current.month_only_dates if d != "start_date"]
        if on:
            dates.append("start_date")
            if current.start_date is not None:
                current.start_date = current.start_date.replace(day=1)
        current.month_only_dates = dates
        stored = self.session.save(current)
        self.form.set_record(stored)
        self.model.upsert(stored)


class AllergyList(RecordListScreen):
    kind = "allergy"
    title = QT_TRANSLATE_NOOP("Screens", "Allergieën")
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuwe allergie")
    columns = [
        Column(QT_TRANSLATE_NOOP("Columns", "Stof"), lambda a: a.substance),
        Column(QT_TRANSLATE_NOOP("Columns", "Reactie"), lambda a: a.reaction),
        Column(QT_TRANSLATE_NOOP("Columns", "Ernst"), lambda a: a.severity),
    ]
    fields = [
        F("substance", QT_TRANSLATE_NOOP("Fields", "Stof")),
        F("reaction", QT_TRANSLATE_NOOP("Fields", "Reactie"), "long"),
        F("severity", QT_TRANSLATE_NOOP("Fields", "Ernst")),
        F("is_intolerance", QT_TRANSLATE_NOOP("Fields", "Intolerantie (geen allergie)"), "bool"),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]


class AlertList(RecordListScreen):
    kind = "alert"
    title = QT_TRANSLATE_NOOP("Screens", "Let op")
    new_text = QT_TRANSLATE_NOOP("Screens", "Nieuw aandachtspunt")
    columns = [
        Column(QT_TRANSLATE_NOOP("Columns", "Let op"), lambda a: a.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Uitleg"), lambda a: a.details),
    ]
    fields = [
        F("title", QT_TRANSLATE_NOOP("Fields", "Let op")),
        F("details", QT_TRANSLATE_NOOP("Fields", "Uitleg"), "long"),
        F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
    ]


EPILEPSY_FIELDS = [
    F(
        "seizure_types",
        QT_TRANSLATE_NOOP("Fields", "Soorten aanvallen"),
        "table",
        columns=[
            ("name", QT_TRANSLATE_NOOP("Fields", "Naam"), "text"),
            ("what_it_looks_like", QT_TRANSLATE_NOOP("Fields", "Hoe het eruitziet"), "text"),
            ("usual_duration", QT_TRANSLATE_NOOP("Fields", "Hoe lang"), "text"),
            ("frequency", QT_TRANSLATE_NOOP("Fields", "Hoe vaak"), "text"),
            ("what_to_do", QT_TRANSLATE_NOOP("Fields", "Wat te doen"), "text"),
        ],
        add_text=QT_TRANSLATE_NOOP("Fields", "Soort aanval toevoegen"),
    ),
    F(
        "rescue_medication",
        QT_TRANSLATE_NOOP("Fields", "Noodmedicatie (oude notitie)"),
        "text",
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Laat leeg: het protocol toont het medicijn dat bij Medicijnen als noodmedicatie "
            "is aangevinkt, zodat het maar op één plek staat.",
        ),
    ),
    F("rescue_medication_when", QT_TRANSLATE_NOOP("Fields", "Wanneer noodmedicatie geven"), "long"),
    F("call_112_when", QT_TRANSLATE_NOOP("Fields", "Wanneer 112 bellen"), "long"),
    F("after_seizure", QT_TRANSLATE_NOOP("Fields", "Na de aanval"), "long"),
    F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
    F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
]

FEEDING_FIELDS = [
    F("", QT_TRANSLATE_NOOP("Fields", "Eten en drinken"), "section"),
    F("method", QT_TRANSLATE_NOOP("Fields", "Hoe"), "enum",
      {None: "Niet ingevuld", **FEEDING_METHOD_LABELS}),
    F("nothing_by_mouth", QT_TRANSLATE_NOOP("Fields", "Niets via de mond"), "enum",
      {None: "Niet ingevuld", True: "Ja: niets via de mond", False: "Nee"}),
    F("product", QT_TRANSLATE_NOOP("Fields", "Voeding"), "text"),
    F("schedule", QT_TRANSLATE_NOOP("Fields", "Schema"), "long"),
    F("pump_rate", QT_TRANSLATE_NOOP("Fields", "Pompsnelheid")),
    F("position", QT_TRANSLATE_NOOP("Fields", "Houding bij en na het eten"), "long"),
    F("flushing", QT_TRANSLATE_NOOP("Fields", "Sonde doorspoelen"), "long"),
    F("swallowing_risks", QT_TRANSLATE_NOOP("Fields", "Slikken: waar op te letten"), "long"),
    F("drinking", QT_TRANSLATE_NOOP("Fields", "Drinken"), "long"),
    F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
    F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
]

BREATHING_FIELDS = [
    F("", QT_TRANSLATE_NOOP("Fields", "Ademhaling"), "section"),
    F("oxygen", QT_TRANSLATE_NOOP("Fields", "Zuurstof"), "long"),
    F("suction", QT_TRANSLATE_NOOP("Fields", "Uitzuigen"), "long"),
    F("notes", QT_TRANSLATE_NOOP("Fields", "Notities"), "long"),
    F("checked_on", QT_TRANSLATE_NOOP("Fields", "Laatst nagekeken"), "date"),
]
