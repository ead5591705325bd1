"""Over [naam]: who the child is, how it communicates, the medical essentials and daily care."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as N
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
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
from ui.forms import F, RecordForm
from ui.i18n import tr
from ui.models.records import Column
from ui.screens.base import RecordListScreen, Screen
from ui.util import label
from ui.workers import run_operation

PROFILE_FIELDS = [
    F("name", N("Fields", "Naam")),
    F("date_of_birth", N("Fields", "Geboortedatum"), "date"),
    F("diagnoses", N("Fields", "Diagnoses (één per regel)"), "lines"),
    F("about_me", N("Fields", "Wie ik ben"), "long",
      help=N("Fields", "Een paar zinnen voor iemand die mij nog niet kent.")),
    F("happy_with", N("Fields", "Hier word ik blij van"), "long"),
    F("dislikes", N("Fields", "Hier houd ik niet van"), "long"),
    F("sensory_profile", N("Fields", "Zien, horen, voelen"), "long"),
    F("", N("Fields", "Dagelijkse zorg"), "section"),
    F("daily_rhythm", N("Fields", "Mijn dag"), "long"),
    F("sleep", N("Fields", "Slapen"), "long"),
    F("positioning", N("Fields", "Liggen, zitten en verplaatsen"), "long"),
    F("personal_care", N("Fields", "Verzorging"), "long"),
    F("bsn", N("Fields", "BSN"), help=N("Fields", "Alleen nodig voor aanvragen. 9 cijfers.")),
    F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
]


class SignalsList(RecordListScreen):
    kind = "signal"
    title = N("Screens", "Signalen")
    new_text = N("Screens", "Nieuw signaal")
    columns = [
        Column(N("Columns", "Soort"), lambda s: label(SIGNAL_CATEGORY_LABELS[s.category])),
        Column(N("Columns", "Wat u ziet of hoort"), lambda s: s.what_you_see),
        Column(N("Columns", "Wat het betekent"), lambda s: s.meaning),
    ]
    fields = [
        F("category", N("Fields", "Soort"), "enum", SIGNAL_CATEGORY_LABELS),
        F("what_you_see", N("Fields", "Wat u ziet of hoort"), "long"),
        F("meaning", N("Fields", "Wat het betekent"), "long"),
        F("what_to_do", N("Fields", "Wat u dan doet"), "long"),
        F("channel", N("Fields", "Waaraan te zien"),
          help=N("Fields", "Geluid, gezicht, spierspanning, ademhaling, beweging…")),
        F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
    ]


class MedicationList(RecordListScreen):
    kind = "medication"
    title = N("Screens", "Medicijnen")
    new_text = N("Screens", "Nieuw medicijn")
    columns = [
        Column(N("Columns", "Medicijn"), lambda m: m.name),
        Column(N("Columns", "Dosis"), lambda m: m.dose),
        Column(N("Columns", "Tijden"), lambda m: ", ".join(m.times)),
        Column(N("Columns", "Gestopt"), lambda m: m.stop_date),
        Column(N("Columns", "Noodmedicatie"), lambda m: m.is_rescue, bold=lambda m: m.is_rescue),
    ]
    fields = [
        F("name", N("Fields", "Naam")),
        F("dose", N("Fields", "Dosis")),
        F("form_route", N("Fields", "Hoe toe te dienen")),
        F("times", N("Fields", "Tijden (uu:mm, één per regel)"), "lines"),
        F("purpose", N("Fields", "Waarvoor")),
        F("prescriber", N("Fields", "Voorgeschreven door")),
        F("start_date", N("Fields", "Begonnen op"), "date"),
        F("stop_date", N("Fields", "Gestopt op"), "date"),
        F("is_rescue", N("Fields", "Noodmedicatie"), "bool"),
        F("notes", N("Fields", "Notities"), "long"),
        F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
    ]


class AllergyList(RecordListScreen):
    kind = "allergy"
    title = N("Screens", "Allergieën")
    new_text = N("Screens", "Nieuwe allergie")
    columns = [
        Column(N("Columns", "Stof"), lambda a: a.substance),
        Column(N("Columns", "Reactie"), lambda a: a.reaction),
        Column(N("Columns", "Ernst"), lambda a: a.severity),
    ]
    fields = [
        F("substance", N("Fields", "Stof")),
        F("reaction", N("Fields", "Reactie"), "long"),
        F("severity", N("Fields", "Ernst")),
        F("is_intolerance", N("Fields", "Intolerantie (geen allergie)"), "bool"),
        F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
    ]


class AlertList(RecordListScreen):
    kind = "alert"
    title = N("Screens", "Let op")
    new_text = N("Screens", "Nieuw aandachtspunt")
    columns = [Column(N("Columns", "Let op"), lambda a: a.title),
               Column(N("Columns", "Uitleg"), lambda a: a.details)]
    fields = [
        F("title", N("Fields", "Let op")),
        F("details", N("Fields", "Uitleg"), "long"),
        F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
    ]


EPILEPSY_FIELDS = [
    F("seizure_types", N("Fields", "Soorten aanvallen"), "table",
      columns=[("name", N("Fields", "Naam"), "text"),
               ("what_it_looks_like", N("Fields", "Hoe het eruitziet"), "text"),
               ("usual_duration", N("Fields", "Hoe lang"), "text"),
               ("what_to_do", N("Fields", "Wat te doen"), "text")],
      add_text=N("Fields", "Soort aanval toevoegen")),
    F("rescue_medication", N("Fields", "Noodmedicatie"), "text"),
    F("rescue_medication_when", N("Fields", "Wanneer noodmedicatie geven"), "long"),
    F("call_112_when", N("Fields", "Wanneer 112 bellen"), "long"),
    F("after_seizure", N("Fields", "Na de aanval"), "long"),
    F("notes", N("Fields", "Notities"), "long"),
    F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
]

FEEDING_FIELDS = [
    F("", N("Fields", "Eten en drinken"), "section"),
    F("method", N("Fields", "Hoe"), "enum", FEEDING_METHOD_LABELS),
    F("product", N("Fields", "Voeding"), "text"),
    F("schedule", N("Fields", "Schema"), "long"),
    F("pump_rate", N("Fields", "Pompsnelheid")),
    F("swallowing_risks", N("Fields", "Slikken: waar op te letten"), "long"),
    F("drinking", N("Fields", "Drinken"), "long"),
    F("notes", N("Fields", "Notities"), "long"),
    F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
]

BREATHING_FIELDS = [
    F("", N("Fields", "Ademhaling"), "section"),
    F("oxygen", N("Fields", "Zuurstof"), "long"),
    F("suction", N("Fields", "Uitzuigen"), "long"),
    F("notes", N("Fields", "Notities"), "long"),
    F("checked_on", N("Fields", "Laatst nagekeken"), "date"),
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
        if session.read_only:
            self.form.set_read_only(True)

    def refresh(self) -> None:
        self.form.flush()
        record = self.session.records.singleton(self.kind) or RECORD_TYPES[self.kind]()
        if self.form.record is None or self.form.record.id != record.id or \
                not self.form._dirty:
            self.form.set_record(record)


class AboutScreen(Screen):
    title = N("Screens", "Over")

    TABS = ("profile", "signals", "medication", "allergies", "epilepsy", "feeding", "alerts")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.choose_file = lambda: QFileDialog.getOpenFileName(
            self, tr("Screens", "Foto kiezen"), "",
            tr("Screens", "Afbeeldingen (*.png *.jpg *.jpeg)"))[0]
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
        self.photo.setAccessibleName(tr("Screens", "Foto"))
        self.photo_button = QPushButton(tr("Screens", "Foto kiezen…"), profile_tab)
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_button.setEnabled(not session.read_only)
        photo_box.addWidget(self.photo)
        photo_box.addWidget(self.photo_button)
        photo_box.addStretch(1)
        row.addLayout(photo_box)
        row.addWidget(self.profile, 1)
        self.tabs.addTab(profile_tab, tr("Screens", "Profiel en dagelijkse zorg"))

        self.signals = SignalsList(session, self, embedded=True)
        self.tabs.addTab(self.signals, tr("Screens", "Signalen"))
        self.medication = MedicationList(session, self, embedded=True)
        self.tabs.addTab(self.medication, tr("Screens", "Medicijnen"))
        self.allergies = AllergyList(session, self, embedded=True)
        self.tabs.addTab(self.allergies, tr("Screens", "Allergieën"))
        self.epilepsy = SingletonPanel(session, "epilepsy_protocol", EPILEPSY_FIELDS, self)
        self.tabs.addTab(self.epilepsy, tr("Screens", "Epilepsie"))
        feeding_tab = QWidget(self)
        feed_row = QHBoxLayout(feeding_tab)
        feed_row.setContentsMargins(0, 0, 0, 0)
        self.feeding = SingletonPanel(session, "feeding", FEEDING_FIELDS, feeding_tab)
        self.breathing = SingletonPanel(session, "breathing", BREATHING_FIELDS, feeding_tab)
        feed_row.addWidget(self.feeding, 1)
        feed_row.addWidget(self.breathing, 1)
        self.tabs.addTab(feeding_tab, tr("Screens", "Voeding en ademhaling"))
        self.alerts = AlertList(session, self, embedded=True)
        self.tabs.addTab(self.alerts, tr("Screens", "Let op"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        self.title_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        self._heading = self.heading(tr("Screens", "Over"),
                                     tr("Screens", "Wie ik ben, hoe ik laat merken wat ik voel, "
                                                   "en wat iedereen moet weten over mijn zorg."))
        layout.addWidget(self._heading)
        layout.addWidget(self.tabs, 1)

    def _panels(self):
        return [self.profile, self.signals, self.medication, self.allergies, self.epilepsy,
                self.feeding, self.breathing, self.alerts]

    def refresh(self) -> None:
        self._update_heading()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        index = self.tabs.currentIndex()
        panels = [[self.profile], [self.signals], [self.medication], [self.allergies],
                  [self.epilepsy], [self.feeding, self.breathing], [self.alerts]][index]
        for panel in panels:
            panel.refresh()
        if index == 0:
            self._show_photo()

    def _update_heading(self) -> None:
        name = self.session.child_name()
        title = self._heading.findChild(QLabel, "screenTitle")
        title.setText(tr("Screens", "Over %1").replace("%1", name) if name
                      else tr("Screens", "Over mij"))
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
            self.photo.setText(tr("Screens", "Nog geen foto"))
        else:
            self.photo.setPixmap(pixmap.scaled(self.photo.size(),
                                               Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

    def _choose_photo(self) -> None:
        path = self.choose_file()
        if not path:
            return
        self.profile.form.flush()

        def work(progress, db):
            from storage.documents import DocumentStore

            return DocumentStore(db).add_file(Path(path), note=tr("Screens", "Foto"),
                                              progress=progress).id

        def done(doc_id):
            child = self.session.records.singleton("child_profile") or \
                RECORD_TYPES["child_profile"]()
            child.photo_document_id = doc_id
            self.session.save(child)
            self.session.document_changed()
            self.profile.form.record = None
            self.profile.refresh()
            self._show_photo()

        run_operation(work, parent=self, dossier=self.session.dossier,
                      label=tr("Screens", "De foto wordt bewaard…"), on_success=done)

    def open_record(self, kind: str, record_id: str) -> None:
        target = {"child_profile": 0, "signal": 1, "medication": 2, "allergy": 3,
                  "epilepsy_protocol": 4, "feeding": 5, "breathing": 5, "alert": 6}.get(kind, 0)
        self.tabs.setCurrentIndex(target)
        self._refresh_tab()
        panel = {1: self.signals, 2: self.medication, 3: self.allergies, 6: self.alerts}.get(target)
        if panel is not None:
            panel.select(record_id)

    def flush(self) -> bool:
        return all(p.form.flush() for p in self._panels())
