"""The "Wat hebben we gedeeld?" tab of Delen en printen: the share log, filterable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.models.share import ShareLogFilter, ShareLogModel


class ShareLogPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = QLabel(
            translate(
                "Share",
                "Alles wat u met Zorgmap hebt bewaard of geprint, met voor wie het was. "
                "Typ bijvoorbeeld 'KDC 2025' om te zien wat het KDC in 2025 kreeg.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Share", "Zoek op naam, jaar of soort…"))
        self.filter.setAccessibleName(translate("Share", "Zoeken in wat we gedeeld hebben"))
        self.filter.setClearButtonEnabled(True)
        self.model = ShareLogModel(self)
        self.proxy = ShareLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("Share", "Wat hebben we gedeeld?"))
        header = self.table.horizontalHeader()
        for col in (0, 1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, self.fontMetrics().horizontalAdvance("x") * 26)
        self.empty = QLabel(
            translate("Share", "Er is nog niets gedeeld of geprint met Zorgmap."), self
        )
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.close_button = QPushButton(translate("Share", "Sluiten"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        entries = self.session.records.shares()
        self.model.set_entries(entries)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not entries)
