"""The family team in the app: share through a folder, add and remove people, open a shared
dossier, and take in changes while the app runs (docs/team.md).

`install_team(window)` is the one hook into the main window: a toolbar action, a button on
the welcome page, and a `TeamSync` that starts on unlock and stops on lock.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.errors import StorageError
from ui.i18n import translate
from ui.passphrase import SecretField

SYNC_EVERY_MS = 60_000
ROLE_TEXT = {
    "ouder": QT_TRANSLATE_NOOP("Team", "ouder (mag alles lezen en veranderen)"),
    "lezer": QT_TRANSLATE_NOOP("Team", "lezer (mag alles lezen, niets veranderen)"),
}
# Roles as the person list shows them (the roster keeps the Dutch word).
ROLES = (QT_TRANSLATE_NOOP("Team", "ouder"), QT_TRANSLATE_NOOP("Team", "lezer"))


def _when(at: str) -> str:
    if not at:
        return translate("Team", "nog niets")
    try:
        moment = dt.datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    return moment.strftime("%d-%m-%Y %H:%M")


def _wrap(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# ----- keeping up while the app runs -----------------------------------------------------------

class TeamSync(QObject):
    """Exchanges with the shared folder on unlock, when the folder changes, and every minute.

    The work runs on a worker thread with its own connection (window._run); the screens of
    the kinds that changed are told through the session's `changed` signal.
    """

    finished = Signal(object)  # SyncReport

    def __init__(self, window, session) -> None:
        super().__init__(session)
        self.window = window
        self.session = session
        self.running = False
        self.again = False
        self.last_report = None
        self.last_at: dt.datetime | None = None
        self.told_lezer = False
        self.known_conflicts = 0
        from storage.team import Team

        folder = Team(session.dossier).folder
        self.watcher = QFileSystemWatcher(self)
        for sub in ("", "roster", "changes", "snapshots"):
            path = folder / sub
            if path.is_dir():
                self.watcher.addPath(str(path))
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()

    def _folder_changed(self, path: str) -> None:
        # New device folders appear inside the kind folders: watch them too.
        for child in Path(path).iterdir() if Path(path).is_dir() else []:
            if child.is_dir() and str(child) not in self.watcher.directories():
                self.watcher.addPath(str(child))
        self.sync_now()

    def sync_now(self):
        if self.session.dossier.db is None or self.session.read_only:
            return None
        if self.running:
            self.again = True
            return None
        self.running = True

        def work(tx):
            # A job for the one writer (storage/writer.py): the exchange writes records.
            from storage.team import Team

            report = Team(self.session.dossier, db=tx.db).sync()
            tx.touched(kinds=report.kinds - {"document"},
                       documents="document" in report.kinds)
            return report

        return self.session.submit(work, on_success=self._done, on_failure=self._failed)

    def _done(self, report) -> None:
        self.running = False
        if self.session.dossier.db is None:
            return  # locked while the exchange ran: nothing to show
        self.last_report = report
        self.last_at = dt.datetime.now()  # (screens heard of report.kinds from the writer)
        conflicts = self._conflict_count()
        if report.role == "lezer" and not self.told_lezer:
            self.told_lezer = True
            self.window.statusBar().showMessage(translate(
                "Team", "U bent lezer in dit gedeelde dossier: wat u hier verandert, wordt "
                "niet gedeeld."), 15_000)
        elif report.removed:
            # Without this the window looks as if edits still go to the family.
            self.window.statusBar().showMessage(translate(
                "Team", "U bent uit dit gedeelde dossier verwijderd: wat u hier verandert, "
                "wordt niet meer gedeeld."))
        elif conflicts > self.known_conflicts:
            # A merge that kept this device's value changes no record, yet needs a look.
            text = (translate("Team", "Kijk even na: 1 veld is tegelijk gewijzigd (zie Delen "
                                      "met het gezin).") if conflicts == 1 else
                    translate("Team", "Kijk even na: %1 velden zijn tegelijk gewijzigd (zie "
                                      "Delen met het gezin).").replace("%1", str(conflicts)))
            self.window.statusBar().showMessage(text, 30_000)
        elif report.records:
            self.window.statusBar().showMessage(
                translate("Team", "Bijgewerkt vanuit de gedeelde map: %1 onderdelen.").replace(
                    "%1", str(report.records)), 10_000)
        self.known_conflicts = conflicts
        self.finished.emit(report)
        if self.again:
            self.again = False
            self.sync_now()

    def _conflict_count(self) -> int:
        from storage.team import conflicts

        return sum(len(fields) for fields in conflicts(self.session.dossier.db).values())

    def _failed(self, exc) -> None:
        self.running = False
        message = exc.user_text() if isinstance(exc, StorageError) else str(exc)
        self.window.statusBar().showMessage(
            translate("Team", "Bijwerken vanuit de gedeelde map lukte niet: %1")
            .replace("%1", message), 10_000)

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.directoryChanged.disconnect(self._folder_changed)


def _field_names(kind: str):
    """The form's Dutch field labels for a record kind ("phone" -> "Telefoon")."""
    from ui.field_names import FieldNames
    from ui.screens import about, aids, careplans, decisions, future, journal, network

    singles = {"child_profile": about.PROFILE_FIELDS, "epilepsy_protocol": about.EPILEPSY_FIELDS,
               "feeding": about.FEEDING_FIELDS, "breathing": about.BREATHING_FIELDS,
               "future_plan": future.FIELDS}
    screens = (about.SignalsList, about.MedicationList, about.AllergyList, about.AlertList,
               aids.AidsScreen, careplans.CarePlansScreen, decisions.DecisionsScreen,
               journal.JournalScreen, network.NetworkScreen)
    specs = singles.get(kind) or next((s.fields for s in screens if s.kind == kind), [])
    return FieldNames(specs)


# ----- the person list -------------------------------------------------------------------------

class PeopleModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("Team", "Naam"), QT_TRANSLATE_NOOP("Team", "Rol"),
               QT_TRANSLATE_NOOP("Team", "Laatst actief"),
               QT_TRANSLATE_NOOP("Team", "Vingerafdruk"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[dict] = []

    def set_people(self, people: list[dict]) -> None:
        self.beginResetModel()
        self.people = sorted(people, key=lambda p: (not p["active"], p["name"].casefold()))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Team", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.people[index.row()]
        if index.column() == 0:
            name = person["name"] + (translate("Team", " (u)") if person["me"] else "")
            return name if person["active"] else name + translate("Team", " (verwijderd)")
        if index.column() == 1:
            return translate("Team", person["role"])
        if index.column() == 2:
            return _when(person["last"])
        return person["fingerprint"]


class TeamDialog(QDialog):
    """"Delen met het gezin": start sharing, or see who is in, add, remove, exchange now."""

    def __init__(self, window, session) -> None:
        super().__init__(window)
        from ui.util import confirm

        self.window = window
        self.session = session
        self.confirm = confirm  # tests replace it
        self.setWindowTitle(translate("Team", "Delen met het gezin"))
        self.resize(760, 520)
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
        box.addWidget(_wrap(translate("Team",
            "Met delen houdt u samen één dossier bij, ieder op de eigen computer. Kies een map "
            "die uw gezin al deelt (Syncthing, Nextcloud, OneDrive, Dropbox of een USB-stick). "
            "Daar komen alleen versleutelde bestanden; het dossier zelf blijft op deze "
            "computer."), self.content))
        form = QFormLayout()
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
        box.addWidget(_wrap(translate("Team", "Gedeeld via %1.").replace("%1", str(team.folder)),
                            self.content))
        box.addWidget(_wrap(translate("Team", "Uw vingerafdruk: %1")
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


class AddPersonDialog(QDialog):
    """Paste the code, compare the fingerprint together, pick a name and a role."""

    added = Signal(object)

    def __init__(self, parent: TeamDialog) -> None:
        super().__init__(parent)
        self.team_dialog = parent
        self.public = None
        self.setWindowTitle(translate("Team", "Iemand toevoegen"))
        self.resize(560, 420)
        box = QVBoxLayout(self)
        box.addWidget(_wrap(translate("Team",
            "Vraag de ander om de code (zorgmap identity show, of 'Mijn code kopiëren') en "
            "plak die hier."), self))
        self.code = QPlainTextEdit(self)
        self.code.setPlaceholderText("ZM1-…")
        self.code.setFixedHeight(70)
        self.code.textChanged.connect(self._code_changed)
        box.addWidget(self.code)
        self.fingerprint = _wrap("", self)
        box.addWidget(self.fingerprint)
        self.same = QCheckBox(translate(
            "Team", "Wij hebben de vingerafdruk samen vergeleken: die is gelijk"), self)
        self.same.setEnabled(False)
        box.addWidget(self.same)
        form = QFormLayout()
        self.name = QLineEdit(self)
        form.addRow(translate("Team", "Naam"), self.name)
        self.role = QComboBox(self)
        for role, text in ROLE_TEXT.items():
            self.role.addItem(translate("Team", text), role)
        form.addRow(translate("Team", "Rol"), self.role)
        box.addLayout(form)
        box.addWidget(_wrap(translate("Team",
            "Wie u toevoegt, kan daarna alles lezen wat in het dossier staat, ook wat er al in "
            "stond. Dat kan niet worden teruggedraaid."), self))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        box.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(translate("Team", "Toevoegen"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("Team", "Annuleren"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        for signal in (self.same.toggled, self.name.textChanged):
            signal.connect(self._update)
        self._update()

    def _code_changed(self) -> None:
        from storage.identity import PublicIdentity

        text = self.code.toPlainText().strip()
        try:
            self.public = PublicIdentity.from_code(text) if text else None
        except StorageError as exc:
            self.public = None
            self.fingerprint.setText(exc.user_text())
        else:
            self.fingerprint.setText(translate("Team",
                "Vingerafdruk: %1\nLees die samen hardop voor, of leg de schermen naast "
                "elkaar.").replace("%1", self.public.fingerprint()) if self.public else "")
        self.same.setEnabled(self.public is not None)
        if self.public is None:
            self.same.setChecked(False)
        self._update()

    def _update(self) -> None:
        self.add_button.setEnabled(self.public is not None and self.same.isChecked()
                                   and bool(self.name.text().strip()))

    def add(self):
        from storage.team import Team

        try:
            member = Team(self.team_dialog.session.dossier).add(
                self.code.toPlainText(), self.name.text(), self.role.currentData())
        except StorageError as exc:
            self.error.setText(exc.user_text())
            return None
        self.added.emit(member)
        self.accept()
        return member


class JoinDialog(QDialog):
    """"Een gedeeld dossier openen": make this device's copy from a folder we were added to."""

    def __init__(self, window) -> None:
        super().__init__(window)
        from storage import identity as idmod

        self.window = window
        self.setWindowTitle(translate("Team", "Een gedeeld dossier openen"))
        self.resize(620, 420)
        box = QVBoxLayout(self)
        self.has_identity = idmod.identity_path().exists()
        self.choose_folder = lambda: QFileDialog.getExistingDirectory(
            self, translate("Team", "Kies de gedeelde map"))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.passphrase = SecretField(
            translate("Team", "Uw wachtwoord (ook voor het nieuwe dossier)"), self)
        self.code_view = QPlainTextEdit(self)
        self.code_view.setReadOnly(True)
        self.code_view.setFixedHeight(70)
        if self.has_identity:
            name, public = idmod.load_public()
            self.name.setText(name)
            self.name.setEnabled(False)
            self.code_view.setPlainText(public.code())
            intro = translate(
                "Team", "Een ouder moet u eerst toevoegen met uw code (hieronder). Vergelijk "
                "samen de vingerafdruk: %1. Kies daarna de gedeelde map.").replace(
                "%1", public.fingerprint())
        else:
            intro = translate(
                "Team", "Maak eerst uw identiteit: uw naam en een wachtwoord. U krijgt dan een "
                "code; stuur die aan een ouder, die u toevoegt.")
        box.addWidget(_wrap(intro, self))
        form.addRow(translate("Team", "Uw naam"), self.name)
        form.addRow(translate("Team", "Uw wachtwoord (ook voor het nieuwe dossier)"),
                    self.passphrase)
        form.addRow(translate("Team", "Uw code"), self.code_view)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        pick = QPushButton(translate("Team", "Map kiezen…"), self)
        pick.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(pick)
        form.addRow(translate("Team", "Gedeelde map"), row)
        self.target = QLineEdit(str(window.default_folder / "Gedeeld.zorgmap"), self)
        form.addRow(translate("Team", "Nieuw dossier op deze computer"), self.target)
        box.addLayout(form)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        box.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        first = (QT_TRANSLATE_NOOP("Team", "Identiteit maken") if not self.has_identity
                 else QT_TRANSLATE_NOOP("Team", "Openen"))
        self.make_button = buttons.addButton(translate("Team", first),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Team", "Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.go)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _pick(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder.setText(chosen)

    def go(self):
        from storage import identity as idmod
        from storage.keys import DEFAULT_KDF, require_strong
        from storage.team import Team

        self.error.setText("")
        kdf = self.window.options.kdf or DEFAULT_KDF
        try:
            if not self.has_identity:
                name = " ".join(self.name.text().split())
                if not name:
                    raise StorageError(translate("Team", "Vul uw naam in."))
                require_strong(self.passphrase.text())
                identity = idmod.create(name, self.passphrase.text(), kdf=kdf)
                self.has_identity = True
                self.name.setEnabled(False)
                self.code_view.setPlainText(identity.public.code())
                self.make_button.setText(translate("Team", "Openen"))
                self.error.setText(translate("Team",
                    "Uw identiteit is gemaakt. Stuur de code aan een ouder en vergelijk samen "
                    "de vingerafdruk: %1. Als u bent toegevoegd, kiest u de map en 'Openen'."
                ).replace("%1", identity.public.fingerprint()))
                return None
            if not self.folder.text():
                raise StorageError(translate("Team", "Kies eerst de gedeelde map."))
            identity = idmod.unlock(self.passphrase.text())
            target = Path(self.target.text())
            dossier, code, _report = Team.join(Path(self.folder.text()), identity, target,
                                               self.passphrase.text(), kdf=kdf)
        except StorageError as exc:
            self.error.setText(exc.user_text())
            return None
        key = dossier.data_key()
        dossier.close()
        self.passphrase.clear()
        self.accept()
        # The same path as a new dossier: show the Noodsleutel once, then open.
        self.window.pending_key = key
        self.window.pending_code = (code, target, "")
        self.window.recovery_page.show_code(code)
        self.window.show_page(self.window.recovery_page)
        return target


# ----- the hook into the main window --------------------------------------------------------

def install_team(window) -> None:
    """Add the team's entry points to `window` (a MainWindow)."""
    window.team_sync = None
    window.team_dialog = None
    action = QAction(translate("Team", "Delen met het gezin…"), window)
    action.setToolTip(translate("Team", "Het dossier samen bijhouden, ieder op de eigen computer"))
    action.setEnabled(False)
    window.team_action = action

    def show_team():
        if window.session is None:
            return None
        dialog = window.team_dialog
        if dialog is None or dialog.session is not window.session:
            dialog = window.team_dialog = TeamDialog(window, window.session)
        else:
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def team_started():
        from storage.team import Team

        session = window.session
        if session is None or session.demo or not Team.shared(session.dossier):
            return
        window.team_sync = TeamSync(window, session)
        window.team_sync.finished.connect(
            lambda _r: window.team_dialog.refresh() if window.team_dialog else None)
        window.team_sync.sync_now()

    def unlocked():
        action.setEnabled(window.session is not None and not window.session.demo)
        team_started()

    def locked():
        action.setEnabled(False)
        if window.team_sync is not None:
            window.team_sync.stop()
            window.team_sync = None
        if window.team_dialog is not None:
            window.team_dialog.close()
            window.team_dialog.deleteLater()
            window.team_dialog = None

    def show_join():
        dialog = JoinDialog(window)
        window.join_dialog = dialog
        dialog.show()
        return dialog

    window.show_team = show_team
    window.show_join = show_join
    window.team_started = team_started
    action.triggered.connect(show_team)
    window.toolbar.insertAction(window.trash_action, action)
    for menu in window.menuBar().findChildren(QMenu):
        actions = menu.actions()
        if window.share_action in actions and actions[-1] is not window.share_action:
            menu.insertAction(actions[actions.index(window.share_action) + 1], action)
            break
    window.unlocked.connect(unlocked)
    window.locked.connect(locked)
    join = QPushButton(translate("Team", "Een gedeeld dossier openen…"), window.welcome.column)
    join.setMinimumHeight(join.sizeHint().height() + 10)
    join.clicked.connect(show_join)
    body = window.welcome.body
    body.insertWidget(body.indexOf(window.welcome.restore_button) + 1, join)
    window.welcome.join_button = join
