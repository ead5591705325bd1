"""Search the whole dossier (Ctrl+F): results grouped by part, Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.model import KIND_LABELS
from ui.i18n import translate
from ui.util import label
from ui.widgets import resize_in_text

#: The sidebar part each kind lives in, in sidebar order.
PART_OF_KIND = {
    "child_profile": "about",
    "signal": "about",
    "medication": "about",
    "allergy": "about",
    "epilepsy_protocol": "about",
    "feeding": "about",
    "breathing": "about",
    "alert": "about",
    "contact": "network",
    "decision": "decisions",
    "aid_request": "aids",
    "care_plan": "careplans",
    "future_plan": "future",
    "document": "documents",
    "journal_entry": "journal",
}

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SearchDialog(QDialog):
    open_requested = Signal(str, str)

    def __init__(self, session, part_titles: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.part_titles = part_titles
        self.setWindowTitle(translate("Search", "Zoeken in het dossier"))
        resize_in_text(self, 91, 34)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(translate("Search", "Typ een woord, naam, kenmerk of datum"))
        self.field.setAccessibleName(translate("Search", "Zoeken"))
        self.field.setClearButtonEnabled(True)
        self.results = QTreeWidget(self)
        self.results.setHeaderHidden(True)
        self.results.setAccessibleName(translate("Search", "Zoekresultaten"))
        self.results.itemActivated.connect(self._activate)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self._first)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.info)
        layout.addWidget(self.results, 1)

    def hideEvent(self, event) -> None:  # noqa: N802
        # Closed (also by locking): a search still waiting for the typing to pause must not
        # run later against a closed dossier.
        self.timer.stop()
        super().hideEvent(event)

    def run(self) -> None:
        self.timer.stop()
        self.results.clear()
        text = self.field.text().strip()
        if not text:
            self.info.setText("")
            return
        hits = self.session.records.search(text, limit=200, with_field=False)
        groups: dict[str, QTreeWidgetItem] = {}
        order = list(self.part_titles)
        for hit in sorted(hits, key=lambda h: order.index(PART_OF_KIND.get(h.kind, "overview"))):
            part = PART_OF_KIND.get(hit.kind, "overview")
            group = groups.get(part)
            if group is None:
                group = QTreeWidgetItem([self.part_titles.get(part, part)])
                font = QFont(self.font())
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.results.addTopLevelItem(group)
                groups[part] = group
            snippet = " ".join(hit.snippet.split()).replace("[", "«").replace("]", "»")
            kind = (
                label(KIND_LABELS.get(hit.kind, ""))
                if hit.kind != "document"
                else translate("Search", "Document")
            )
            item = QTreeWidgetItem([f"{hit.label}  ({kind})\n    {snippet}"])
            item.setData(0, KIND_ROLE, hit.kind)
            item.setData(0, ID_ROLE, hit.record_id)
            item.setToolTip(0, snippet)
            group.addChild(item)
        self.results.expandAll()
        if hits:
            self.info.setText(
                translate("Search", "%1 gevonden. Kies een regel en druk op Enter.").replace(
                    "%1", str(len(hits))
                )
            )
        else:
            self.info.setText(
                translate("Search", "Niets gevonden. Probeer een deel van het woord.")
            )

    def _first(self) -> None:
        self.run()
        group = self.results.topLevelItem(0)
        if group is not None and group.childCount():
            self._activate(group.child(0))

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.open_requested.emit(kind, item.data(0, ID_ROLE))
            self.hide()
