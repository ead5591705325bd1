"""The copilot's window: all families, the deadlines across them, per family the shared
records (read-only, `ui/copilot_record.py`), the copilot's own part (`ui/copilot_reply.py`),
packages in, and the copilot's code for families."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
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

from app.model import KIND_LABELS
from storage import copilot as cp
from storage.errors import StorageError
from ui.copilot_record import ID_ROLE, record_html, tr
from ui.copilot_reply import ReplyMixin
from ui.i18n import translate
from ui.util import format_date, label
from ui.widgets import resize_in_text


class WorkspaceWindow(ReplyMixin, QMainWindow):
    """One window over the workspace; `today` and `ask_code` are injectable for tests."""

    def __init__(self, workspace, *, today: dt.date | None = None,
                 ask_code: Callable[[], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._today = today
        self.ask_code = ask_code or self._ask_code
        self.setWindowTitle(tr("Werkplek van copiloot %1").replace("%1", workspace.identity.name))
        resize_in_text(self, 157, 50)

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

        own = self._build_own(tab)

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

    def _save_document(self, item: QListWidgetItem) -> None:
        from storage.fsutil import atomic_write

        name, _ = QFileDialog.getSaveFileName(self, tr("Kopie bewaren"),
                                              str(Path.home() / item.text()))
        if name:
            atomic_write(Path(name), self.ws.document_bytes(self.current_family(),
                                                            item.data(ID_ROLE)))

