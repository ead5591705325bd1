"""Documenten: every letter, scan and photo in the dossier; open, export, add."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.model import KIND_LABELS
from storage.errors import Cancelled, StorageError
from ui.i18n import translate
from ui.models.documents import TYPE_LABELS, DocumentTableModel, doc_type
from ui.models.records import ID_ROLE, RECORD_ROLE, FilterProxy
from ui.screens.base import Screen
from ui.util import label
from ui.workers import run_operation
from ui.writes import ImportOperation, WriteOperation, failure_text

LINK_KINDS = ("decision", "aid_request", "care_plan", "child_profile")


class DocumentsScreen(Screen):
    title = QT_TRANSLATE_NOOP("Screens", "Documenten")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.open_url = QDesktopServices.openUrl  # tests replace these
        self.choose_files = lambda: QFileDialog.getOpenFileNames(
            self, translate("Screens", "Documenten toevoegen")
        )[0]
        self.choose_target = lambda name: QFileDialog.getSaveFileName(
            self, translate("Screens", "Bewaar een kopie"), str(Path.home() / name)
        )[0]
        self.last_operation = None
        # Re-read on a visit only after a change: 2,000 documents and their links take ~60 ms.
        # Any change counts (a linked record's name is shown too).
        self._stale = True
        session.changed.connect(self._went_stale)

        self.model = DocumentTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Screens", "Zoeken op naam"))
        self.filter.setAccessibleName(translate("Screens", "Zoeken op naam"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(translate("Screens", "Alle soorten"), None)
        for code, text in TYPE_LABELS.items():
            self.type_filter.addItem(translate("Documents", text), code)
        self.type_filter.setAccessibleName(translate("Screens", "Filter op soort"))
        self.link_filter = QComboBox(self)
        self.link_filter.addItem(translate("Screens", "Bij alles"), None)
        for kind in LINK_KINDS:
            self.link_filter.addItem(label(KIND_LABELS[kind]), kind)
        self.link_filter.addItem(translate("Screens", "Nergens bij"), "")
        self.link_filter.setAccessibleName(translate("Screens", "Filter op waar het bij hoort"))
        self.type_filter.currentIndexChanged.connect(self._filters)
        self.link_filter.currentIndexChanged.connect(self._filters)

        self.table = QTableView(self)
        # Fitting columns to their contents looks at the first rows only, not 2,000.
        self.table.verticalHeader().setResizeContentsPrecision(60)
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab goes on, not cell by cell
        self.table.setSortingEnabled(True)
        # Newest first as storage gives them; sorting 2,000 rows through Python costs more
        # than the list itself, so the proxy sorts only when a header is clicked.
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(translate("Screens", "Documenten"))
        self.table.doubleClicked.connect(lambda _i: self.view_current())
        self.table.activated.connect(lambda _i: self.view_current())

        self.open_button = QPushButton(translate("Screens", "Openen"), self)
        self.open_button.clicked.connect(self.view_current)
        self.export_button = QPushButton(translate("Screens", "Kopie bewaren…"), self)
        self.export_button.clicked.connect(self.export_current)
        self.add_button = QPushButton(translate("Screens", "Toevoegen…"), self)
        self.add_button.clicked.connect(self._choose_and_add)
        self.add_button.setEnabled(not session.read_only)
        self.delete_button = QPushButton(translate("Screens", "Verwijderen…"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_button.setEnabled(not session.read_only)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.link_filter, 1)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.export_button, self.add_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            self.heading(
                translate("Screens", "Documenten"),
                translate(
                    "Screens",
                    "Brieven, besluiten, offertes en foto's, versleuteld in het dossier. "
                    "Openen maakt een tijdelijke kopie die weer wordt gewist.",
                ),
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # Openen, Kopie bewaren and Verwijderen act on the chosen document: off without one.
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        for signal in (self.proxy.modelReset, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and not self.session.read_only)

    def _filters(self) -> None:
        kind = self.type_filter.currentData()
        link = self.link_filter.currentData()
        if kind is None and link is None:
            self.proxy.set_extra(None)
            return

        def accept(info) -> bool:
            if kind is not None and doc_type(info) != kind:
                return False
            kinds = self._link_kinds.get(info.id, set())
            if link == "":
                return not kinds
            return link is None or link in kinds

        self.proxy.set_extra(accept)

    def _went_stale(self, _kind: str) -> None:
        self._stale = True

    def shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        current = self.current_id()
        links: dict[str, list[str]] = {}
        self._link_kinds: dict[str, set[str]] = {}
        for doc_id, found in self.session.records.document_links().items():
            for kind, _record_id, record_label in found:
                if kind in LINK_KINDS:
                    links.setdefault(doc_id, []).append(record_label)
                    self._link_kinds.setdefault(doc_id, set()).add(kind)
        self.model.set_documents(self.session.documents.list()[::-1], links)
        if not getattr(self, "_sized", False):
            from ui.columns import fit_columns

            fit_columns(self.table)
            self._sized = True
        if current:
            self.select(current)
        self._update_status()

    def _update_status(self) -> None:
        total = sum(d.size for d in self.model.docs)
        from ui.util import human_size

        self.status.setText(
            translate("Screens", "%1 documenten, samen %2.")
            .replace("%1", str(len(self.model.docs)))
            .replace("%2", human_size(total))
        )

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, doc_id: str) -> bool:
        row = self.model.row_of(doc_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            self.type_filter.setCurrentIndex(0)
            self.link_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def open_record(self, kind: str, record_id: str) -> None:
        self.refresh()
        self.select(record_id)

    def view_current(self):
        """PDFs and images inside Zorgmap (nothing decrypted on disk); others elsewhere.

        Reading (up to 64 MB) and decoding an image happen on a worker thread; the viewer
        opens when they are done. Returns the Operation (None when nothing is selected)."""
        from ui.docviewer import can_show

        index = self.table.currentIndex()
        if not index.isValid():
            return None
        info = index.data(RECORD_ROLE)
        if not can_show(info.mime, info.size):
            return self.open_current()

        def work(progress, db):
            from storage.documents import DocumentStore
            from ui.docviewer import decode_for_viewer

            parts, done = [], 0
            for chunk in DocumentStore(db).iter_chunks(info.id):
                parts.append(chunk)
                done += len(chunk)
                if progress(done, info.size) is False:
                    raise Cancelled()
            return decode_for_viewer(info.mime, b"".join(parts))

        def show(content) -> None:
            from ui.docviewer import DocumentViewer

            try:
                viewer = DocumentViewer(info.name, info.mime, content, self.window(),
                                        open_elsewhere=self.open_current)
            except Exception:  # a PDF or image the viewer cannot read: try another program
                self.open_current()
                return
            viewer.show()
            self.viewer = viewer

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StorageError):
                self.status.setText(exc.user_text())
            else:  # unreadable as an image: another program may manage
                self.open_current()

        self.last_operation = run_operation(
            work, parent=self, dossier=self.session.dossier, on_success=show, on_failure=failed,
            label=translate("Screens", "Het document wordt geopend…"),
        )
        return self.last_operation

    def open_current(self):
        """A decrypted copy in the private view folder, written on a worker thread, then
        handed to another program. Returns the Operation (its `result` is the copy's path)."""
        doc_id = self.current_id()
        if doc_id is None:
            return None
        folder = self.session.view_folder

        def work(progress, db):
            from storage.documents import DocumentStore

            return folder.open_copy(DocumentStore(db), doc_id, progress)

        def opened(path: Path) -> None:
            self.open_url(QUrl.fromLocalFile(str(path)))
            self.status.setText(
                translate(
                    "Screens",
                    "Geopend. De tijdelijke kopie wordt gewist als u het dossier vergrendelt of "
                    "sluit.",
                )
            )

        self.last_operation = run_operation(
            work, parent=self, dossier=self.session.dossier, on_success=opened,
            on_failure=self._failed, label=translate("Screens", "Het document wordt geopend…"),
        )
        return self.last_operation

    def export_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        info = index.data(RECORD_ROLE)
        target = self.choose_target(info.name)
        if not target:
            return

        def work(progress, db):
            from storage.documents import DocumentStore

            return DocumentStore(db).export(info.id, Path(target), progress)

        self.last_operation = run_operation(
            work,
            parent=self,
            dossier=self.session.dossier,
            label=translate("Screens", "Kopie wordt bewaard…"),
            on_success=lambda p: self.status.setText(
                translate("Screens", "Kopie bewaard in %1 (niet versleuteld).").replace(
                    "%1", str(p)
                )
            ),
            on_failure=self._failed,
        )

    def _choose_and_add(self) -> None:
        paths = self.choose_files()
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]):
        """Import files through the one writer, one job per file: a save typed meanwhile
        lands between two files, never waits for all of them."""
        ids: list[str] = []
        ops = []

        def one(path):
            def work(tx):
                info = tx.documents.add_file(path, progress=tx.progress)
                tx.touched(documents=True)
                return info.id

            return work

        def added(doc_id):
            ids.append(doc_id)

        def done(_result=None):
            self.refresh()
            if ids:
                self.select(ids[-1])
                self.status.setText(translate("Screens", "Toegevoegd en versleuteld bewaard."))

        for i, path in enumerate(paths):
            last = i == len(paths) - 1
            ops.append(WriteOperation(
                self.session.writes,
                one(path),
                parent=self,
                label=translate("Screens", "Documenten worden versleuteld bewaard…"),
                on_success=(lambda doc_id: (added(doc_id), done())) if last else added,
                on_failure=self._failed,
            ))
        self.last_operation = ImportOperation(ops) if len(ops) != 1 else ops[0]
        return self.last_operation

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(failure_text(exc))

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        info = index.data(RECORD_ROLE)
        linked = self.model.links.get(info.id)
        text = translate(
            "Screens", "„%1” verwijderen? Een document kan niet worden teruggehaald."
        ).replace("%1", info.name)
        if linked:
            text += " " + translate("Screens", "Het hoort bij: %1.").replace(
                "%1", "; ".join(linked)
            )
        if not self.confirm(
            self,
            translate("Screens", "Document verwijderen"),
            text,
            translate("Screens", "Verwijderen"),
        ):
            return
        self.session.delete_document(info.id, on_deleted=lambda _r: self.refresh(),
                                     on_failed=self._failed)
