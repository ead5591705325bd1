"""Over [naam]: who the child is, how it communicates, the medical essentials and daily care."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import (
    FEEDING_METHOD_LABELS,
    RECORD_TYPES,
    SIGNAL_CATEGORY_LABELS,
)
from ui.checked import checked_button, mark_checked
from ui.forms import F, RecordForm
from ui.i18n import translate
from ui.models.records import Column
from ui.screens.base import Screen
from ui.screens.record_list import RecordListScreen
from ui.util import label
from ui.writes import WriteOperation, failure_text

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


class SingletonPanel(QWidget):
    """The form of a record a dossier has once (profile, epilepsy protocol, feeding...)."""

    def __init__(self, session, kind: str, fields: list[F], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.form = RecordForm(session, fields, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.checked_button = checked_button(self)
        self.checked_button.clicked.connect(self.mark_checked)
        row.addWidget(self.checked_button)
        layout.addLayout(row)
        if session.read_only:
            self.form.set_read_only(True)
            self.checked_button.setEnabled(False)
        if hasattr(session, "changes"):
            session.changes.connect(self._changes)

    def mark_checked(self) -> bool:
        return mark_checked(self.session, self.form)

    def _changes(self, changes) -> None:
        record = self.form.record
        if record is not None and record.id in changes.ids:
            fresh = self.session.records.find(record.id)
            if fresh is not None:
                self.form.show_stored(fresh)

    def refresh(self) -> None:
        self.form.flush()
        if self.form.record is not None and (self.form._in_flight or self.form._dirty):
            return  # the form holds a newer version than storage has committed yet
        record = self.session.records.singleton(self.kind) or RECORD_TYPES[self.kind]()
        if self.form.record is None or self.form.record.id != record.id or not self.form._dirty:
            self.form.set_record(record)


class AboutScreen(Screen):
    title = QT_TRANSLATE_NOOP("Screens", "Over")

    TABS = ("profile", "signals", "medication", "allergies", "epilepsy", "feeding", "alerts")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.choose_file = lambda: QFileDialog.getOpenFileName(
            self,
            translate("Screens", "Foto kiezen"),
            "",
            translate("Screens", "Afbeeldingen (*.png *.jpg *.jpeg)"),
        )[0]
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        # Profile + photo
        self.profile = SingletonPanel(session, "child_profile", PROFILE_FIELDS, self)
        self.profile.form.saved.connect(lambda _r: self._update_heading())
        profile_tab = QWidget(self)
        row = QHBoxLayout(profile_tab)
        photo_box = QVBoxLayout()
        self.photo = QLabel(profile_tab)
        self.photo.setFixedSize(180, 180)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QLabel.Shape.StyledPanel)
        self.photo.setAccessibleName(translate("Screens", "Foto"))
        self.photo_button = QPushButton(translate("Screens", "Foto kiezen…"), profile_tab)
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_button.setEnabled(not session.read_only)
        photo_box.addWidget(self.photo)
        photo_box.addWidget(self.photo_button)
        photo_box.addStretch(1)
        row.addLayout(photo_box)
        row.addWidget(self.profile, 1)
        self.tabs.addTab(profile_tab, translate("Screens", "Profiel en dagelijkse zorg"))

        self.signals = SignalsList(session, self, embedded=True)
        self.tabs.addTab(self.signals, translate("Screens", "Signalen"))
        self.medication = MedicationList(session, self, embedded=True)
        self.tabs.addTab(self.medication, translate("Screens", "Medicijnen"))
        self.allergies = AllergyList(session, self, embedded=True)
        self.tabs.addTab(self.allergies, translate("Screens", "Allergieën"))
        self.epilepsy = SingletonPanel(session, "epilepsy_protocol", EPILEPSY_FIELDS, self)
        self.tabs.addTab(self.epilepsy, translate("Screens", "Epilepsie"))
        feeding_tab = QWidget(self)
        feed_row = QHBoxLayout(feeding_tab)
        feed_row.setContentsMargins(0, 0, 0, 0)
        self.feeding = SingletonPanel(session, "feeding", FEEDING_FIELDS, feeding_tab)
        self.breathing = SingletonPanel(session, "breathing", BREATHING_FIELDS, feeding_tab)
        feed_row.addWidget(self.feeding, 1)
        feed_row.addWidget(self.breathing, 1)
        self.tabs.addTab(feeding_tab, translate("Screens", "Voeding en ademhaling"))
        self.alerts = AlertList(session, self, embedded=True)
        self.tabs.addTab(self.alerts, translate("Screens", "Let op"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        self.title_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        self._heading = self.heading(
            translate("Screens", "Over"),
            translate(
                "Screens",
                "Wie ik ben, hoe ik laat merken wat ik voel, "
                "en wat iedereen moet weten over mijn zorg.",
            ),
        )
        layout.addWidget(self._heading)
        layout.addWidget(self.tabs, 1)

    def _panels(self):
        return [
            self.profile,
            self.signals,
            self.medication,
            self.allergies,
            self.epilepsy,
            self.feeding,
            self.breathing,
            self.alerts,
        ]

    def refresh(self) -> None:
        self._update_heading()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        index = self.tabs.currentIndex()
        panels = [
            [self.profile],
            [self.signals],
            [self.medication],
            [self.allergies],
            [self.epilepsy],
            [self.feeding, self.breathing],
            [self.alerts],
        ][index]
        for panel in panels:
            panel.refresh()
        if index == 0:
            self._show_photo()

    def _update_heading(self) -> None:
        name = self.session.child_name()
        title = self._heading.findChild(QLabel, "screenTitle")
        title.setText(
            translate("Screens", "Over %1").replace("%1", name)
            if name
            else translate("Screens", "Over mij")
        )
        self._show_photo()

    def _show_photo(self) -> None:
        child = self.session.records.singleton("child_profile")
        pixmap = QPixmap()
        if child and child.photo_document_id:
            try:
                pixmap.loadFromData(self.session.documents.read_bytes(child.photo_document_id))
            except Exception:
                pixmap = QPixmap()
        if pixmap.isNull():
            self.photo.setPixmap(QPixmap())
            self.photo.setText(translate("Screens", "Nog geen foto"))
        else:
            self.photo.setPixmap(
                pixmap.scaled(
                    self.photo.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _choose_photo(self) -> None:
        path = self.choose_file()
        if not path:
            return
        self.profile.form.flush()

        def work(tx):
            # One job: the photo and the link to it land together, or neither does.
            doc = tx.documents.add_file(
                Path(path), note=translate("Screens", "Foto"), progress=tx.progress)
            child = tx.records.singleton("child_profile") or RECORD_TYPES["child_profile"]()
            child.photo_document_id = doc.id
            tx.records.save(child)
            tx.touched(child, documents=True)
            return child

        def done(child):
            self.profile.form.record = None
            self.profile.refresh()
            self._show_photo()

        return WriteOperation(
            self.session.writes,
            work,
            parent=self,
            label=translate("Screens", "De foto wordt bewaard…"),
            on_success=done,
            on_failure=lambda exc: self.profile.form._set_state(
                translate("Forms", "Niet opgeslagen: ") + failure_text(exc), problem=True),
        )

    def open_record(self, kind: str, record_id: str) -> None:
        target = {
            "child_profile": 0,
            "signal": 1,
            "medication": 2,
            "allergy": 3,
            "epilepsy_protocol": 4,
            "feeding": 5,
            "breathing": 5,
            "alert": 6,
        }.get(kind, 0)
        self.tabs.setCurrentIndex(target)
        self._refresh_tab()
        panel = {1: self.signals, 2: self.medication, 3: self.allergies, 6: self.alerts}.get(target)
        if panel is not None:
            panel.select(record_id)

    def flush(self) -> bool:
        return all(p.form.flush() for p in self._panels())
