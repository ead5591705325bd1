"""The share log as a table: what was shared, when, with whom; and the translated names of
outputs and sections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from exports.pdf import OUTPUT_LABELS, SECTIONS
from storage.records import ShareEntry
from ui.i18n import translate
from ui.models.records import SORT_ROLE
from ui.util import format_date

Index = QModelIndex | QPersistentModelIndex

# The Dutch names in exports.pdf, marked so lupdate finds them (tests/ui/test_share.py checks
# that this list stays complete).
OUTPUT_NAMES = [
    QT_TRANSLATE_NOOP("Share", "Zorgpaspoort"),
    QT_TRANSLATE_NOOP("Share", "Noodkaart"),
    QT_TRANSLATE_NOOP("Share", "Aanvraagdossier"),
    QT_TRANSLATE_NOOP("Share", "Toekomstplan"),
    QT_TRANSLATE_NOOP("Share", "Dossieroverzicht"),
    QT_TRANSLATE_NOOP("Share", "Bezwaarschrift"),
    QT_TRANSLATE_NOOP("Share", "Pro-forma bezwaar"),
]
SECTION_NAMES = [
    QT_TRANSLATE_NOOP("Share", "Foto"),
    QT_TRANSLATE_NOOP("Share", "Wie ik ben"),
    QT_TRANSLATE_NOOP("Share", "Allergieën"),
    QT_TRANSLATE_NOOP("Share", "Als ik een aanval heb"),
    QT_TRANSLATE_NOOP("Share", "Let op"),
    QT_TRANSLATE_NOOP("Share", "Mijn medicijnen"),
    QT_TRANSLATE_NOOP("Share", "Eten en drinken"),
    QT_TRANSLATE_NOOP("Share", "Ademhaling"),
    QT_TRANSLATE_NOOP("Share", "Wie je belt"),
    QT_TRANSLATE_NOOP("Share", "Zo laat ik merken hoe het met me gaat"),
    QT_TRANSLATE_NOOP("Share", "Dagelijkse verzorging"),
    QT_TRANSLATE_NOOP("Share", "Slapen en liggen"),
    QT_TRANSLATE_NOOP("Share", "Wat ik fijn vind en wat niet"),
    QT_TRANSLATE_NOOP("Share", "Zien, horen en voelen"),
    QT_TRANSLATE_NOOP("Share", "Diagnoses"),
    QT_TRANSLATE_NOOP("Share", "Epilepsie en noodmedicatie"),
    QT_TRANSLATE_NOOP("Share", "Medicijnen"),
    QT_TRANSLATE_NOOP("Share", "Voeding"),
    QT_TRANSLATE_NOOP("Share", "Wettelijk vertegenwoordiger"),
    QT_TRANSLATE_NOOP("Share", "Lijkt op een aanval, maar is het niet"),
    QT_TRANSLATE_NOOP("Share", "Eten, drinken en sonde"),
    QT_TRANSLATE_NOOP("Share", "Wie beslist vandaag"),
    QT_TRANSLATE_NOOP("Share", "Lopende indicaties en besluiten"),
    QT_TRANSLATE_NOOP("Share", "Wat ik nodig heb"),
    QT_TRANSLATE_NOOP("Share", "De aanvraag en het verloop"),
    QT_TRANSLATE_NOOP("Share", "Loketten en antwoorden"),
    QT_TRANSLATE_NOOP("Share", "Offertes"),
    QT_TRANSLATE_NOOP("Share", "Besluiten en termijnen"),
    QT_TRANSLATE_NOOP("Share", "Contactlog"),
    QT_TRANSLATE_NOOP("Share", "Bijlagen"),
    QT_TRANSLATE_NOOP("Share", "Als het morgen misgaat"),
    QT_TRANSLATE_NOOP("Share", "Wie neemt welke zorg over"),
    QT_TRANSLATE_NOOP("Share", "Wat je over mij moet weten"),
    QT_TRANSLATE_NOOP("Share", "Juridisch en geld"),
    QT_TRANSLATE_NOOP("Share", "Wonen, wachtlijsten en logeren"),
    QT_TRANSLATE_NOOP("Share", "In onze woorden"),
    QT_TRANSLATE_NOOP("Share", "Wie je kunt bellen"),
    QT_TRANSLATE_NOOP("Share", "Wanneer we dit plan nalopen"),
    QT_TRANSLATE_NOOP("Share", "Over mij"),
    QT_TRANSLATE_NOOP("Share", "Signalen: zo laat ik merken hoe het gaat"),
    QT_TRANSLATE_NOOP("Share", "Allergieën en intoleranties"),
    QT_TRANSLATE_NOOP("Share", "Epilepsie en noodprotocol"),
    QT_TRANSLATE_NOOP("Share", "Netwerk"),
    QT_TRANSLATE_NOOP("Share", "Indicaties en besluiten"),
    QT_TRANSLATE_NOOP("Share", "Hulpmiddelen en aanvragen"),
    QT_TRANSLATE_NOOP("Share", "Zorgplannen"),
    QT_TRANSLATE_NOOP("Share", "Termijnen"),
]


# What else goes into the share log: the copilot's package and answer (ui/copilot.py).
OTHER_OUTPUTS = {
    "copiloot-pakket": QT_TRANSLATE_NOOP("Share", "Pakket voor de copiloot"),
    "copiloot-antwoord": QT_TRANSLATE_NOOP("Share", "Antwoord van de copiloot"),
}


def output_label(output: str) -> str:
    return translate("Share", OUTPUT_LABELS.get(output) or OTHER_OUTPUTS.get(output, output))


def section_label(output: str, section_id: str) -> str:
    return translate("Share", dict(SECTIONS.get(output, [])).get(section_id, section_id))


def made_on(entry: ShareEntry) -> dt.date | None:
    """The local date of a share (the log stores UTC)."""
    try:
        return dt.datetime.fromisoformat(entry.made_at).astimezone().date()
    except ValueError:
        return None


def left_out(entry: ShareEntry) -> list[str]:
    """Section ids of the output that are not in this share, in printed order."""
    return [sid for sid, _t in SECTIONS.get(entry.output, []) if sid not in entry.sections]


# ----- what was shared ------------------------------------------------------------------------


class ShareLogModel(QAbstractTableModel):
    """The share log, newest first: date, output, for whom, sections, pages."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Datum"),
        QT_TRANSLATE_NOOP("Columns", "Wat"),
        QT_TRANSLATE_NOOP("Columns", "Voor wie"),
        QT_TRANSLATE_NOOP("Columns", "Onderdelen"),
        QT_TRANSLATE_NOOP("Columns", "Pagina's"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[ShareEntry] = []

    def set_entries(self, entries: list[ShareEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def sections_text(self, entry: ShareEntry) -> str:
        """What the family chose to leave out; sections that were only empty are not that."""
        if entry.excluded is None:  # logged before choices were kept
            missing = left_out(entry)
        else:
            missing = [sid for sid, _t in SECTIONS.get(entry.output, [])
                       if sid in entry.excluded]
        if not missing:
            return translate("Share", "alles wat ingevuld is")
        names = ", ".join(section_label(entry.output, sid) for sid in missing)
        return translate("Share", "zonder: %1").replace("%1", names)

    @staticmethod
    def how_text(entry: ShareEntry) -> str:
        if entry.via == "print":
            return translate("Share", "geprint")
        if entry.via == "pdf":
            return translate("Share", "als PDF bewaard")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sort = role == SORT_ROLE
            if col == 0:
                return entry.made_at if sort else format_date(made_on(entry))
            if col == 1:
                how = self.how_text(entry)
                return f"{output_label(entry.output)} ({how})" if how else output_label(
                    entry.output)
            if col == 2:
                return entry.recipient.casefold() if sort else entry.recipient
            if col == 3:
                return self.sections_text(entry)
            if col == 4:
                return entry.pages if sort else str(entry.pages)
        if role == Qt.ItemDataRole.ToolTipRole:
            included = ", ".join(section_label(entry.output, s) for s in entry.sections)
            return (
                translate("Share", "Erin: %1").replace("%1", included or "—")
                + "\n"
                + translate("Share", "Vingerafdruk van het bestand (SHA-256): %1").replace(
                    "%1", entry.sha256
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("Columns", self.HEADERS[section])
        return None


class ShareLogFilter(QSortFilterProxyModel):
    """Every typed word must appear somewhere in the row: "kdc 2025" finds the KDC's shares
    of 2025 (dates are shown as dd-mm-jjjj, so a year matches as a word)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self.words:
            return True
        model = self.sourceModel()
        text = " ".join(
            str(model.index(row, col, parent).data() or "") for col in range(model.columnCount())
        ).casefold()
        return all(word in text for word in self.words)
