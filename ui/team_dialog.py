"""The "Delen met het gezin" dialog (`TeamDialog`): start sharing through a folder, or see
who is in, add and remove people, exchange now, and the fields changed at the same time to
look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.errors import StorageError
from ui.i18n import translate
from ui.models.team import PeopleModel
from ui.passphrase import SecretField
from ui.team_add_person import AddPersonDialog
from ui.widgets import resize_in_text, wrapped_label


def _field_names(kind: str):
    """The form's Dutch field labels for a record kind ("phone" -> "Telefoon")."""
    from ui.field_names import FieldNames
    from ui.screens import about_sections as about
    from ui.screens import aids, careplans, decisions, future, journal, network

    singles = {"child_profile": about.PROFILE_FIELDS, "epilepsy_protocol": about.EPILEPSY_FIELDS,
               "feeding": about.FEEDING_FIELDS, "breathing": about.BREATHING_FIELDS,
               "future_plan": future.FIELDS}
    screens = (about.SignalsList, about.MedicationList, about.AllergyList, about.AlertList,
               aids.AidsScreen, careplans.CarePlansScreen, decisions.DecisionsScreen,
               journal.JournalScreen, network.NetworkScreen)
    specs = singles.get(kind) or next((s.fields for s in screens if s.kind == kind), [])
    return FieldNames(specs)


class TeamDialog(QDialog):
    """"Delen met het gezin": start sharing, or see who is in, add, remove, exchange now."""

    def __init__(self, window, session) -> None:
        super().__init__(window)
        from ui.util import confirm

        self.window = window
        self.session = session
        self.confirm = confirm  # tests replace it
        self.setWindowTitle(translate("Team", "Delen met het gezin"))
        resize_in_text(self, 109, 37)
        self.layout_ = QVBoxLayout(self)
        self.choose_folder = lambda: QFileDialog.getExistingDirectory(
            self, translate("Team", "Kies de gedeelde map (bijvoorbeeld in Syncthing, "
                                    "Nextcloud of OneDrive)"))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")
        self.content = QWidget(self)
        self.layout_.addWidget(self.content)
        self.layout_.addWidget(self.error)
        self.build()

    def _clear(self) -> None:
        old = self.content
        self.layout_.removeWidget(old)
        old.hide()
        old.deleteLater()
        self.content = QWidget(self)
        self.layout_.insertWidget(0, self.content)

    def build(self) -> None:
        from storage.team import Team

        if Team.shared(self.session.dossier):
            self._build_team()
        else:
            self._build_start()

    # --- not shared yet ---

    def _build_start(self) -> None:
        from storage import identity as idmod

        box = QVBoxLayout(self.content)
        box.addWidget(wrapped_label(translate("Team",
            "Met delen houdt u samen één dossier bij, ieder op de eigen computer. Kies een map "
            "die uw gezin al deelt (Syncthing, Nextcloud, OneDrive, Dropbox of een USB-stick). "
            "Daar komen alleen versleutelde bestanden; het dossier zelf blijft op deze "
            "computer."), self.content))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        box.addLayout(form)
        self.has_identity = idmod.identity_path().exists()
        self.name = QLineEdit(self.content)
        if self.has_identity:
            name, _public = idmod.load_public()
            self.name.setText(name)
            self.name.setEnabled(False)
        form.addRow(translate("Team", "Uw naam (zoals anderen die zien)"), self.name)
        label = (translate("Team", "Wachtwoord van uw identiteit") if self.has_identity
                 else translate("Team", "Kies een wachtwoord voor uw identiteit"))
        self.passphrase = SecretField(label, self.content)
        form.addRow(label, self.passphrase)
        self.folder = QLineEdit(self.content)
        self.folder.setReadOnly(True)
        # A path needs room: when the row cannot give it, the field goes under its label.
        self.folder.setMinimumWidth(self.folder.fontMetrics().horizontalAdvance("x") * 24)
        pick = QPushButton(translate("Team", "Map kiezen…"), self.content)
        pick.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(pick)
        form.addRow(translate("Team", "Gedeelde map"), row)
        self.share_button = QPushButton(translate("Team", "Delen"), self.content)
        self.share_button.clicked.connect(self.share)
        box.addWidget(self.share_button)
        box.addStretch(1)

    def _pick(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder.setText(chosen)

    def share(self) -> None:
        from storage import identity as idmod
        from storage.keys import DEFAULT_KDF, require_strong
        from storage.team import Team

        self.error.setText("")
        try:
            if not self.folder.text():
                raise StorageError(translate("Team", "Kies eerst de gedeelde map."))
            if self.has_identity:
                identity = idmod.unlock(self.passphrase.text())
            else:
                name = " ".join(self.name.text().split())
                if not name:
                    raise StorageError(translate("Team", "Vul uw naam in, bijvoorbeeld Mama."))
                require_strong(self.passphrase.text())
                identity = idmod.create(name, self.passphrase.text(),
                                        kdf=self.window.options.kdf or DEFAULT_KDF)
            Team.share(self.session.dossier, identity, Path(self.folder.text()))
        except StorageError as exc:
            self.error.setText(exc.user_text())
            return
        self.passphrase.clear()
        self.window.team_started()
        self._clear()
        self.build()

    # --- shared ---

    def _build_team(self) -> None:
        from storage.team import Team

        team = Team(self.session.dossier)
        box = QVBoxLayout(self.content)
        me = team.identity.public
        box.addWidget(wrapped_label(
            translate("Team", "Gedeeld via %1.").replace("%1", str(team.folder)), self.content))
        box.addWidget(wrapped_label(translate("Team", "Uw vingerafdruk: %1")
                                    .replace("%1", me.fingerprint()), self.content))
        self.people_model = PeopleModel(self)
        self.table = QTableView(self.content)
        self.table.setModel(self.people_model)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        box.addWidget(self.table, 3)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Team", "Iemand toevoegen…"), self.content)
        self.remove_button = QPushButton(translate("Team", "Verwijderen…"), self.content)
        self.sync_button = QPushButton(translate("Team", "Nu bijwerken"), self.content)
        self.copy_button = QPushButton(translate("Team", "Mijn code kopiëren"), self.content)
        for button in (self.add_button, self.remove_button, self.sync_button, self.copy_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.sync_button.clicked.connect(self.sync_now)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(me.code()))
        self.conflict_label = QLabel(translate("Team", "Kijk even na (tegelijk gewijzigd):"),
                                     self.content)
        box.addWidget(self.conflict_label)
        self.conflict_list = QListWidget(self.content)
        self.conflict_list.itemActivated.connect(self._open_conflict)
        box.addWidget(self.conflict_list, 1)
        self.status = QLabel("", self.content)
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        from storage.team import Team, conflict_text, conflicts

        if not hasattr(self, "people_model") or self.session.dossier.db is None:
            return
        team = Team(self.session.dossier)
        self.people_model.set_people(team.people())
        self.table.resizeColumnsToContents()
        me = team.me()
        ouder = me is not None and me.active and me.role == "ouder"
        self.add_button.setEnabled(ouder and not self.session.read_only)
        self.remove_button.setEnabled(ouder and not self.session.read_only)
        self.conflict_list.clear()
        for record_id, fields in conflicts(self.session.dossier.db).items():
            record = self.session.records.find(record_id)
            label = record.label() if record else record_id
            names = _field_names(record.KIND if record else "")
            for name, entries in fields.items():
                item = QListWidgetItem(f"{label} – {names.name(name)}: {conflict_text(entries)}")
                item.setData(Qt.ItemDataRole.UserRole, (record.KIND if record else "", record_id))
                self.conflict_list.addItem(item)
        has_conflicts = self.conflict_list.count() > 0
        self.conflict_label.setVisible(has_conflicts)
        self.conflict_list.setVisible(has_conflicts)
        sync = getattr(self.window, "team_sync", None)
        if sync is not None and sync.last_at is not None:
            text = translate("Team", "Laatst bijgewerkt om %1.").replace(
                "%1", sync.last_at.strftime("%H:%M"))
            report = sync.last_report
            if report.ignored:
                # The reasons are shown once (here), so say them rather than point elsewhere.
                reasons = "; ".join(dict.fromkeys(reason for _rel, reason in report.ignored))
                text += " " + translate(
                    "Team", "Niet overgenomen: %1 bestanden (%2)."
                ).replace("%1", str(len(report.ignored))).replace("%2", reasons)
            if report.removed:
                text += " " + translate("Team", "U bent uit dit gedeelde dossier verwijderd.")
            self.status.setText(text)

    def _open_conflict(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        if kind and self.window.view is not None:
            self.window.view.open_record(kind, record_id)

    def sync_now(self) -> None:
        sync = getattr(self.window, "team_sync", None)
        if sync is not None:
            sync.sync_now()

    def add_person(self):
        dialog = AddPersonDialog(self)
        dialog.added.connect(lambda _m: self.refresh())
        dialog.show()
        return dialog

    def selected_person(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people_model.people[rows[0].row()] if rows else None

    def remove_selected(self) -> bool:
        from storage.team import Team

        person = self.selected_person()
        if person is None or not person["active"]:
            self.error.setText(translate("Team", "Kies eerst iemand in de lijst."))
            return False
        name = person["name"]
        ok = self.confirm(self, translate("Team", "Iemand verwijderen"), translate("Team",
            "%1 verwijderen uit het gedeelde dossier? Nieuwe wijzigingen worden dan niet meer "
            "voor %1 versleuteld en wat %1 daarna verandert, wordt geweigerd.\n\nWat %1 al "
            "gezien heeft (ook een eigen kopie van het dossier) kan niet worden teruggenomen."
        ).replace("%1", name), translate("Team", "Verwijderen"))
        if not ok:
            return False
        try:
            Team(self.session.dossier).remove(name)
        except StorageError as exc:
            self.error.setText(exc.user_text())
            return False
        self.refresh()
        return True
