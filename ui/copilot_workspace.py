"""The copilot's window: all families, the deadlines across them, per family the shared
records (read-only) and the copilot's own notes, tasks and drafts, and the reply."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.copilot import PROPOSAL_KINDS, Proposal
from app.model import AID_STAGE_LABELS, KIND_LABELS, AidStage
from storage import copilot as cp
from storage.errors import StorageError
from ui.i18n import translate
from ui.util import format_date, label
from ui.widgets import DateEdit, action_row

ID_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return translate("CopilotDesk", text)


class WorkspaceWindow(QMainWindow):
    """One window over the workspace; `today` and `ask_code` are injectable for tests."""

    def __init__(self, workspace, *, today: dt.date | None = None,
                 ask_code: Callable[[], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._today = today
        self.ask_code = ask_code or self._ask_code
        self.setWindowTitle(tr("Werkplek van copiloot %1").replace("%1", workspace.identity.name))
        self.resize(1100, 700)

        self.families = QListWidget(self)
        self.families.setAccessibleName(tr("Gezinnen"))
        self.families.setSpacing(4)
        self.families.setWordWrap(True)
        self.families.currentRowChanged.connect(self._family_chosen)
        open_button = QPushButton(tr("Pakket openen…"), self)
        open_button.clicked.connect(self._choose_package)
        code_button = QPushButton(tr("Mijn code voor gezinnen…"), self)
        code_button.clicked.connect(self.show_code)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel("<b>" + tr("Gezinnen") + "</b>", left))
        left_layout.addWidget(self.families, 1)
        left_layout.addWidget(open_button)
        left_layout.addWidget(code_button)
        self.message = QLabel(left)
        self.message.setWordWrap(True)
        left_layout.addWidget(self.message)

        self.tabs = QTabWidget(self)
        self.deadlines = QTableWidget(0, 3, self)
        self.deadlines.setHorizontalHeaderLabels([tr("Datum"), tr("Gezin"), tr("Wat")])
        self.deadlines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.deadlines.verticalHeader().hide()
        self.deadlines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.deadlines.setAccessibleName(tr("Termijnen van alle gezinnen"))
        self.deadlines.cellDoubleClicked.connect(self._deadline_chosen)
        self.tabs.addTab(self.deadlines, tr("Termijnen van alle gezinnen"))
        self.family_tab = self._build_family_tab()
        self.tabs.addTab(self.family_tab, tr("Gezin"))

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 820])
        self.setCentralWidget(split)
        self.refresh()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def closeEvent(self, event) -> None:  # noqa: N802
        if getattr(self, "close_workspace", False):
            self.ws.close()  # drops the key and the lock
        super().closeEvent(event)

    # ----- building ----------

    def _build_family_tab(self) -> QWidget:
        tab = QWidget(self)
        self.family_head = QLabel(tab)
        self.family_head.setWordWrap(True)
        self.records = QTreeWidget(tab)
        self.records.setHeaderHidden(True)
        self.records.setAccessibleName(tr("Gedeelde onderdelen (alleen lezen)"))
        self.records.currentItemChanged.connect(self._record_chosen)
        self.detail = QTextBrowser(tab)
        self.detail.setAccessibleName(tr("Wat er staat"))
        self.docs = QListWidget(tab)
        self.docs.setMaximumHeight(80)
        self.docs.setAccessibleName(tr("Gedeelde documenten"))
        self.docs.itemActivated.connect(self._save_document)
        shared = QWidget(tab)
        shared_layout = QVBoxLayout(shared)
        shared_layout.setContentsMargins(0, 0, 0, 0)
        shared_layout.addWidget(QLabel(tr("Gedeeld door het gezin (alleen lezen):"), shared))
        inner = QSplitter(Qt.Orientation.Horizontal, shared)
        inner.addWidget(self.records)
        inner.addWidget(self.detail)
        inner.setSizes([320, 380])
        shared_layout.addWidget(inner, 1)
        shared_layout.addWidget(QLabel(tr("Documenten (dubbelklik om een kopie te bewaren):"),
                                       shared))
        shared_layout.addWidget(self.docs)

        own = QWidget(tab)
        own_layout = QVBoxLayout(own)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_layout.addWidget(QLabel(tr("Uw eigen notities, taken en concepten:"), own))
        self.items = QListWidget(own)
        self.items.setWordWrap(True)
        self.items.setAccessibleName(tr("Eigen notities, taken en concepten"))
        own_layout.addWidget(self.items, 1)
        self.kind = QComboBox(own)
        for key, text in PROPOSAL_KINDS.items():
            self.kind.addItem(label(text), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.title = QLineEdit(own)
        self.text = QPlainTextEdit(own)
        self.text.setAccessibleName(tr("Tekst"))
        self.text.setMaximumHeight(120)
        self.due = DateEdit(own)
        self.stage = QComboBox(own)
        for stage in AidStage:
            self.stage.addItem(label(AID_STAGE_LABELS[stage]), stage.value)
        form = QFormLayout()
        form.addRow(tr("Soort:"), self.kind)
        form.addRow(tr("Titel:"), self.title)
        form.addRow(tr("Tekst:"), self.text)
        form.addRow(tr("Vóór:"), self.due)
        form.addRow(tr("Fase:"), self.stage)
        own_layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Toevoegen"), own)
        self.add_button.clicked.connect(self.add_item)
        self.reply_button = QPushButton(tr("Antwoord maken…"), own)
        self.reply_button.setToolTip(tr("Alles wat nog niet verstuurd is, in één versleuteld "
                                        "bestand voor het gezin"))
        self.reply_button.clicked.connect(self._choose_reply_file)
        self.bezwaar_button = QPushButton(tr("Bezwaarschrift maken"), own)
        self.bezwaar_button.setToolTip(tr("Een concept-bezwaarschrift tegen het gekozen besluit, "
                                          "met wat het gezin deelde; wat onder Tekst staat, "
                                          "wordt de gronden"))
        bezwaar_menu = QMenu(self.bezwaar_button)
        bezwaar_menu.addAction(tr("Bezwaarschrift (Word)"), lambda: self.draft_bezwaar())
        bezwaar_menu.addAction(tr("Pro-forma bezwaar (Word)"),
                               lambda: self.draft_bezwaar(pro_forma=True))
        bezwaar_menu.addAction(tr("Bezwaarschrift (PDF)"), lambda: self.draft_bezwaar(as_pdf=True))
        self.bezwaar_button.setMenu(bezwaar_menu)
        row.addWidget(self.add_button)
        row.addWidget(self.bezwaar_button)
        row.addStretch(1)
        row.addWidget(self.reply_button)
        own_layout.addLayout(row)
        self.own_status = QLabel(own)
        self.own_status.setWordWrap(True)
        own_layout.addWidget(self.own_status)
        self._kind_changed()

        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(shared)
        split.addWidget(own)
        split.setSizes([420, 330])
        layout = QVBoxLayout(tab)
        layout.addWidget(self.family_head)
        layout.addWidget(split, 1)
        return tab

    # ----- families and deadlines ----------

    def refresh(self) -> None:
        current = self.current_family()
        self.families.blockSignals(True)
        self.families.clear()
        for family in self.ws.families(self.today()):
            text = f"{family.name}\n{family.purpose.get('label', '')}"
            if family.closed:
                text += "\n" + tr("gesloten: %1").replace("%1", family.closed_why)
            elif family.expires:
                text += "\n" + tr("tot en met %1").replace("%1", format_date(family.expires))
            item = QListWidgetItem(text, self.families)
            item.setData(ID_ROLE, family.id)
            if family.closed:
                item.setForeground(Qt.GlobalColor.gray)
        self.families.blockSignals(False)
        rows = self.ws.deadlines(self.today())
        self.deadlines.setRowCount(len(rows))
        for i, row in enumerate(rows):
            when = QTableWidgetItem(format_date(row.deadline.due))
            if row.deadline.due < self.today():
                when.setForeground(Qt.GlobalColor.darkRed)
            family = QTableWidgetItem(row.family_name)
            family.setData(ID_ROLE, row.family_id)
            self.deadlines.setItem(i, 0, when)
            self.deadlines.setItem(i, 1, family)
            self.deadlines.setItem(i, 2, QTableWidgetItem(row.deadline.title))
        self.deadlines.resizeColumnToContents(0)
        self.deadlines.resizeColumnToContents(1)
        self.select_family(current or "")
        if self.families.currentRow() < 0 and self.families.count():
            self.families.setCurrentRow(0)

    def current_family(self) -> str | None:
        item = self.families.currentItem()
        return item.data(ID_ROLE) if item else None

    def select_family(self, family_id: str) -> None:
        for i in range(self.families.count()):
            if self.families.item(i).data(ID_ROLE) == family_id:
                self.families.setCurrentRow(i)
                return

    def _deadline_chosen(self, row: int, _column: int) -> None:
        self.select_family(self.deadlines.item(row, 1).data(ID_ROLE))
        self.tabs.setCurrentWidget(self.family_tab)

    def _family_chosen(self, _row: int) -> None:
        family_id = self.current_family()
        self.records.clear()
        self.detail.clear()
        self.docs.clear()
        self.items.clear()
        if family_id is None:
            self.family_head.setText(tr("Open een pakket van een gezin om te beginnen."))
            return
        family = self.ws.family(family_id, self.today())
        head = f"<b>{family.name}</b> – {family.purpose.get('label', '')}"
        if family.closed:
            head += "<br>" + tr("Dit pakket is gesloten (%1). Vraag het gezin om een nieuw "
                                "pakket.").replace("%1", family.closed_why)
        self.family_head.setText(head)
        content = self.ws.content(family.id)
        groups: dict[str, QTreeWidgetItem] = {}
        for record in content.records():
            if record.KIND == "child_profile" and not record.name:
                continue
            group = groups.get(record.KIND)
            if group is None:
                group = groups[record.KIND] = QTreeWidgetItem(
                    self.records, [label(KIND_LABELS.get(record.KIND, record.KIND))])
                group.setExpanded(True)
            item = QTreeWidgetItem(group, [record.label()])
            item.setData(0, ID_ROLE, record)
        for doc in self.ws.documents(family.id):
            item = QListWidgetItem(doc["name"], self.docs)
            item.setData(ID_ROLE, doc["id"])
        for proposal in self.ws.items(family.id):
            sent = proposal.id not in {p.id for p in self.ws.items(family.id, unsent=True)}
            text = proposal.describe() + ("  [" + tr("verstuurd") + "]" if sent else "")
            QListWidgetItem(text, self.items)
        writable = not family.closed
        self.add_button.setEnabled(writable)
        self.bezwaar_button.setEnabled(writable and bool(content.decisions))
        self.reply_button.setEnabled(writable)

    def _bezwaar_decision(self, family_id: str) -> str | None:
        """The decision to object to: the one chosen in the list, else the package's purpose."""
        item = self.records.currentItem()
        record = item.data(0, ID_ROLE) if item is not None else None
        if record is not None and record.KIND == "decision":
            return record.id
        purpose = self.ws.family(family_id).purpose
        return purpose.get("id") if purpose.get("kind") == "decision" else None

    def draft_bezwaar(self, *, pro_forma: bool = False, as_pdf: bool = False) -> Proposal | None:
        """Make the bezwaarschrift against the chosen decision as a draft for the family."""
        from app.errors import ValidationError
        from ui.composition import copilot_bezwaar_draft

        family_id = self.current_family()
        if family_id is None:
            return None
        decision_id = self._bezwaar_decision(family_id)
        if decision_id is None:
            self.own_status.setText(tr("Kies eerst links het besluit waartegen het gezin "
                                       "bezwaar maakt."))
            return None
        try:
            # What the copilot typed under Tekst becomes the letter's grounds.
            proposal = copilot_bezwaar_draft(self.ws, family_id, decision_id, today=self.today(),
                                             pro_forma=pro_forma, as_pdf=as_pdf,
                                             grounds=self.text.toPlainText())
            self.ws.add_item(family_id, proposal)
        except (StorageError, ValidationError) as exc:
            self.own_status.setText(exc.user_text() if isinstance(exc, StorageError)
                                    else exc.message[0].upper() + exc.message[1:] + ".")
            return None
        self.text.clear()
        self.own_status.setText(tr("Concept gemaakt: %1. Het gezin leest het, past het aan en "
                                   "ondertekent het zelf.").replace("%1", proposal.file_name))
        self._family_chosen(self.families.currentRow())
        self._show_record(decision_id)
        return proposal

    def _show_record(self, record_id: str) -> None:
        for g in range(self.records.topLevelItemCount()):
            group = self.records.topLevelItem(g)
            for i in range(group.childCount()):
                record = group.child(i).data(0, ID_ROLE)
                if record is not None and record.id == record_id:
                    self.records.setCurrentItem(group.child(i))
                    return

    def _record_chosen(self, item, _previous=None) -> None:
        record = item.data(0, ID_ROLE) if item is not None else None
        if record is None:
            self.detail.clear()
            return
        self.detail.setHtml(record_html(record))

    def show_code(self) -> QDialog:
        """The code a family pastes into "Delen met mijn copiloot", and the fingerprint."""
        public = self.ws.identity.public
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Mijn code voor gezinnen"))
        text = QLabel(tr("Stuur deze code aan het gezin (geheim is hij niet). Vergelijk daarna "
                         "samen de vingerafdruk, bijvoorbeeld aan de telefoon: %1")
                      .replace("%1", public.fingerprint()), dialog)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code = QPlainTextEdit(public.code(), dialog)
        code.setReadOnly(True)
        code.setAccessibleName(tr("Uw code"))
        code.setFixedHeight(code.fontMetrics().lineSpacing() * 4 + 12)
        close = QPushButton(translate("Common", "Sluiten"), dialog)
        close.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(code)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dialog.resize(560, 220)
        self.code_dialog = dialog
        dialog.show()
        return dialog

    # ----- packages in ----------

    def _ask_code(self) -> str | None:
        code, ok = QInputDialog.getText(self, tr("Eenmalige code"), tr(
            "Dit pakket is met een eenmalige code versleuteld. Welke code las het gezin "
            "voor?"))
        return code if ok and code.strip() else None

    def _choose_package(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Pakket van een gezin openen"),
                                              str(Path.home()),
                                              tr("Zorgmap-pakket (*.zmpakket);;Alle bestanden "
                                                 "(*)"))
        if name:
            self.open_package(Path(name))

    def open_package(self, path: Path) -> bool:
        try:
            data = cp.read_file(path, "package")
            code = None
            if cp.is_onetime(data):
                code = self.ask_code()
                if code is None:
                    return False
            family = self.ws.add_package(data, code=code, today=self.today())
        except StorageError as exc:
            self.message.setText(exc.user_text())
            return False
        self.message.setText(tr("Pakket van %1 geopend. Vingerafdruk van het gezin: %2")
                             .replace("%1", family.name)
                             .replace("%2", family.signer.fingerprint()))
        self.refresh()
        self.select_family(family.id)
        return True

    # ----- own items and the reply ----------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.due.setEnabled(kind == "task")
        self.stage.setEnabled(kind == "stage")
        self.title.setEnabled(kind != "stage")

    def add_item(self) -> Proposal | None:
        family_id = self.current_family()
        if family_id is None:
            return None
        kind = self.kind.currentData()
        proposal = Proposal(kind=kind, title=self.title.text().strip(),
                            text=self.text.toPlainText().strip(),
                            due=self.due.date() if kind == "task" else None,
                            stage=self.stage.currentData() if kind == "stage" else "")
        if kind == "stage":
            purpose = self.ws.family(family_id).purpose
            if purpose.get("kind") != "aid_request":
                self.own_status.setText(tr("Een andere fase voorstellen kan alleen bij een "
                                           "pakket over een hulpmiddel-aanvraag."))
                return None
        try:
            self.ws.add_item(family_id, proposal)
        except (StorageError, Exception) as exc:  # ValidationError too: say it, keep the text
            text = exc.user_text() if isinstance(exc, StorageError) else getattr(
                exc, "message", str(exc))
            self.own_status.setText(text)
            return None
        self.title.clear()
        self.text.clear()
        self.own_status.setText(tr("Toegevoegd. Het gezin ziet het pas als u een antwoord "
                                   "maakt."))
        self._family_chosen(self.families.currentRow())
        return proposal

    def _choose_reply_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Antwoord bewaren"),
                                              str(Path.home() / "antwoord.zmantwoord"),
                                              tr("Antwoord van de copiloot (*.zmantwoord)"))
        if name:
            self.make_reply(Path(name))

    def make_reply(self, path: Path) -> bool:
        from storage.fsutil import atomic_write

        family_id = self.current_family()
        if family_id is None:
            return False
        try:
            data = self.ws.make_reply(family_id)
            atomic_write(path, data)
        except StorageError as exc:
            self.own_status.setText(exc.user_text())
            return False
        self.own_status.setText(tr("Antwoord bewaard in %1. Alleen het gezin kan het openen; "
                                   "het ziet elk voorstel apart en kiest zelf.")
                                .replace("%1", str(path)))
        self._family_chosen(self.families.currentRow())
        return True

    def _save_document(self, item: QListWidgetItem) -> None:
        from storage.fsutil import atomic_write

        name, _ = QFileDialog.getSaveFileName(self, tr("Kopie bewaren"),
                                              str(Path.home() / item.text()))
        if name:
            atomic_write(Path(name), self.ws.document_bytes(self.current_family(),
                                                            item.data(ID_ROLE)))


def _field_labels() -> dict[str, dict[str, tuple[str, str | None]]]:
    """Per record kind, each field path's Dutch label (and reference list, for codes), taken
    from the family's own forms."""
    from ui.forms import F
    from ui.screens import about_sections as about
    from ui.screens import aids, careplans, decisions, future, journal, network

    found: dict[str, dict[str, tuple[str, str | None]]] = {}
    lists = [(about.PROFILE_FIELDS, "child_profile"), (about.EPILEPSY_FIELDS, "epilepsy_protocol"),
             (about.FEEDING_FIELDS, "feeding"), (about.BREATHING_FIELDS, "breathing"),
             (future.FIELDS, "future_plan")]
    for module in (about, aids, careplans, decisions, journal, network):
        for value in vars(module).values():
            if isinstance(value, type) and isinstance(getattr(value, "fields", None), list) \
                    and getattr(value, "kind", None):
                lists.append((value.fields, value.kind))
    for fields, kind in lists:
        for f in fields:
            if isinstance(f, F) and f.kind != "section":
                ref = f.choices if f.kind == "ref" else None
                found.setdefault(kind, {})[f.path] = (translate("Fields", f.label), ref)
    return found


_LABELS: dict[str, dict[str, tuple[str, str | None]]] | None = None


def record_html(record) -> str:
    """A record's filled-in fields as a simple read-only page, with the forms' Dutch labels."""
    import html
    from enum import Enum

    from app.reference import load_reference
    from storage.records import _ENUM_LABELS

    global _LABELS
    if _LABELS is None:
        _LABELS = _field_labels()
    names = {path: name for path, (name, _ref) in _LABELS.get(record.KIND, {}).items()}
    refs = {path: ref for path, (_name, ref) in _LABELS.get(record.KIND, {}).items() if ref}
    reference = load_reference()
    rows = []

    def walk(value, path: str, shown: str) -> None:
        if value in (None, "", [], {}) or path in ("id", "checked_on") or path.endswith(
                ("_id", "_ids", "deadline_overrides")):
            return
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                sub = f"{path}.{f.name}" if path else f.name
                walk(getattr(value, f.name), sub, names.get(sub, f"{shown} – {f.name}"
                                                           if shown else f.name))
        elif isinstance(value, list):
            for i, item in enumerate(value, 1):
                walk(item, path, f"{shown} {i}")
        elif isinstance(value, Enum):
            rows.append((shown, label(_ENUM_LABELS.get(type(value), {}).get(value,
                                                                            str(value.value)))))
        elif isinstance(value, bool):
            rows.append((shown, translate("Common", "Ja") if value else tr("Nee")))
        elif isinstance(value, str) and path in refs:
            rows.append((shown, getattr(reference, refs[path]).label_for(value)))
        else:
            text = format_date(value) if isinstance(value, dt.date) else str(value)
            rows.append((shown, text))

    for f in dataclasses.fields(record):
        walk(getattr(record, f.name), f.name, names.get(f.name, f.name.replace("_", " ")))
    body = "".join(f"<tr><td valign='top'><i>{html.escape(k)}</i></td>"
                   f"<td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>" for k, v in rows)
    return f"<h3>{html.escape(record.label())}</h3><table cellspacing='4'>{body}</table>"


# ----- opening the workspace from the welcome page ---------------------------------------------

class OpenWorkspaceDialog(QDialog):
    """Werkplek van de copiloot: open an existing workspace, or make one (with the copilot's
    identity, which it keeps inside so working needs only the workspace's passphrase)."""

    def __init__(self, window, default_folder: Path) -> None:
        super().__init__(window)
        self.window_ = window
        self.desk: WorkspaceWindow | None = None
        self.setWindowTitle(tr("Werkplek van de copiloot"))
        intro = QLabel(tr("Voor copiloten en cliëntondersteuners: één versleutelde werkplek "
                          "met de pakketten van al uw gezinnen. Kies een bestaande werkplek, "
                          "of een nieuwe naam om er een te maken."), self)
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(default_folder), self)
        self.folder.setAccessibleName(tr("Map van de werkplek"))
        self.folder.textChanged.connect(self._update)
        choose = QPushButton(tr("Kiezen…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        from storage import identity as idmod
        from ui.passphrase import SecretField

        self.passphrase = SecretField(tr("Wachtwoord van de werkplek"), self)
        self.identity_passphrase = SecretField(tr("Wachtwoord van uw identiteit"), self)
        # Without an identity yet, the copilot makes one here (as joining a family team does).
        self.has_identity = idmod.identity_path().exists()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(tr("Uw naam"))
        self.name.setPlaceholderText(tr("Bijvoorbeeld Mirjam Hoekstra"))
        self.form = QFormLayout()
        self.form.addRow(tr("Werkplek:"), row)
        self.form.addRow(tr("Wachtwoord van de werkplek:"), self.passphrase)
        if not self.has_identity:
            self.form.addRow(tr("Uw naam (zoals gezinnen die zien):"), self.name)
        self.form.addRow(tr("Wachtwoord van uw identiteit:") if self.has_identity
                         else tr("Kies een wachtwoord voor uw identiteit:"),
                         self.identity_passphrase)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.open_button, buttons = action_row(self, "", self.open_workspace, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._update()

    def _is_new(self) -> bool:
        from storage.dossier import is_dossier_folder

        text = self.folder.text().strip()
        return not text or not is_dossier_folder(Path(text).expanduser())

    def _update(self) -> None:
        new = self._is_new()
        self.identity_passphrase.setEnabled(new)
        self.form.labelForField(self.identity_passphrase).setEnabled(new)
        self.open_button.setText(tr("Nieuwe werkplek maken") if new else tr("Openen"))

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Werkplek kiezen"), self.folder.text())
        if name:
            self.folder.setText(name)

    def open_workspace(self) -> WorkspaceWindow | None:
        from storage import identity as idmod
        from storage.keys import DEFAULT_KDF, require_strong
        from storage.workspace import Workspace

        path = Path(self.folder.text().strip()).expanduser()
        secret = self.passphrase.text()
        if not self.folder.text().strip() or not secret:
            self.problem.setText(tr("Vul de map en het wachtwoord in."))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._is_new():
                require_strong(secret)
                kdf = getattr(getattr(self.window_, "options", None), "kdf", None) or DEFAULT_KDF
                if self.has_identity:
                    identity = idmod.unlock(self.identity_passphrase.text())
                else:
                    name = " ".join(self.name.text().split())
                    if not name:
                        raise StorageError(tr("Vul uw naam in."))
                    require_strong(self.identity_passphrase.text())
                    identity = idmod.create(name, self.identity_passphrase.text(), kdf=kdf)
                    self.has_identity = True
                ws = Workspace.create(path, secret, identity, kdf=kdf)
            else:
                ws = Workspace.open(path, secret)
        except StorageError as exc:
            self.problem.setText(exc.user_text())
            return None
        finally:
            QApplication.restoreOverrideCursor()
        today = getattr(getattr(self.window_, "options", None), "today", None)
        desk = self.desk = WorkspaceWindow(ws, today=today)
        desk.close_workspace = True  # this window owns the workspace: closing it closes both
        desk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_.workspace_window = desk
        desk.show()
        self.passphrase.clear()
        self.identity_passphrase.clear()
        self.accept()
        return desk


def install_workspace_entry(window) -> None:
    """"Werkplek van de copiloot…" on the welcome page of `window` (a MainWindow)."""
    button = QPushButton(tr("Werkplek van de copiloot…"), window.welcome.column)
    button.setMinimumHeight(button.sizeHint().height() + 10)
    button.setToolTip(tr("Voor copiloten: de pakketten van al uw gezinnen"))
    default = (getattr(window.options, "default_folder", None) or Path.home() / "Zorgmap")

    def show() -> OpenWorkspaceDialog:
        dialog = OpenWorkspaceDialog(window, default / "Werkplek copiloot")
        window.workspace_dialog = dialog
        dialog.show()
        return dialog

    button.clicked.connect(show)
    window.show_workspace_entry = show
    body = window.welcome.body
    body.insertWidget(body.indexOf(window.welcome.demo_button), button)
    window.welcome.workspace_button = button
