"""Over [naam]: who the child is, how it communicates, the medical essentials and daily care.

The screen: its sections (what they ask is in ui/screens/about_sections.py), the heading
with the child's name, and the photo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import RECORD_TYPES
from ui.i18n import translate
from ui.screens.about_sections import (
    BREATHING_FIELDS,
    EPILEPSY_FIELDS,
    FEEDING_FIELDS,
    PROFILE_FIELDS,
    AlertList,
    AllergyList,
    MedicationList,
    SignalsList,
)
from ui.screens.base import Screen
from ui.screens.single_record import SingletonPanel
from ui.section_tabs import SectionTabs
from ui.writes import WriteOperation, failure_text


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
        # All sections stay in sight: at large text they wrap onto rows (ui/section_tabs.py).
        self.sections = SectionTabs(self)
        self.tabs = self.sections.tabs

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
        layout.addWidget(self.sections, 1)

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
