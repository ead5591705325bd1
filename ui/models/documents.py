"""The documents in the dossier as a table, with what each one belongs to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from storage.documents import DocumentInfo
from ui.i18n import translate
from ui.models.records import ID_ROLE, RECORD_ROLE, SORT_ROLE
from ui.util import format_date, human_size

Index = QModelIndex | QPersistentModelIndex

TYPE_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("Documents", "PDF"),
    "image": QT_TRANSLATE_NOOP("Documents", "Afbeelding"),
    "text": QT_TRANSLATE_NOOP("Documents", "Tekst"),
    "other": QT_TRANSLATE_NOOP("Documents", "Ander bestand"),
}


def doc_type(info: DocumentInfo) -> str:
    if info.mime == "application/pdf":
        return "pdf"
    if info.mime.startswith("image/"):
        return "image"
    if info.mime.startswith("text/") or "word" in info.mime or "opendocument" in info.mime:
        return "text"
    return "other"


def _added(info: DocumentInfo) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(info.added_at).date()
    except ValueError:
        return None


class DocumentTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Naam"),
        QT_TRANSLATE_NOOP("Columns", "Soort"),
        QT_TRANSLATE_NOOP("Columns", "Grootte"),
        QT_TRANSLATE_NOOP("Columns", "Toegevoegd"),
        QT_TRANSLATE_NOOP("Columns", "Hoort bij"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.docs: list[DocumentInfo] = []
        self.links: dict[str, list[str]] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.docs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.docs):
            return None
        info = self.docs[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return info.id
        if role == RECORD_ROLE:
            return info
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sort = role == SORT_ROLE
            if col == 0:
                return info.name.casefold() if sort else info.name
            if col == 1:
                return translate("Documents", TYPE_LABELS[doc_type(info)])
            if col == 2:
                return info.size if sort else human_size(info.size)
            if col == 3:
                return info.added_at if sort else format_date(_added(info))
            if col == 4:
                return "; ".join(self.links.get(info.id, []))
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 4):
            return info.note or None if col == 0 else "; ".join(self.links.get(info.id, []))
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return translate("Columns", self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def set_documents(self, docs: list[DocumentInfo], links: dict[str, list[str]]) -> None:
        self.beginResetModel()
        self.docs = list(docs)
        self.links = links
        self.endResetModel()

    def row_of(self, doc_id: str) -> int:
        return next((i for i, d in enumerate(self.docs) if d.id == doc_id), -1)
