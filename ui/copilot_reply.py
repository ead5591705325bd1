"""What the copilot writes back to a family: own notes, tasks, a stage to propose, a draft
bezwaarschrift, and the reply file that carries them (`ReplyMixin` of `WorkspaceWindow`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.copilot import PROPOSAL_KINDS, Proposal
from app.model import AID_STAGE_LABELS, AidStage
from storage.errors import StorageError
from ui.copilot_record import ID_ROLE, tr
from ui.util import label
from ui.widgets import DateEdit


class ReplyMixin:
    """The lower half of the family tab, and what its buttons do."""

    def _build_own(self, tab: QWidget) -> QWidget:
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
        return own

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
