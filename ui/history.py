"""Who changed what, when: the history of one record, and the Prullenbak of deleted records.

Both dialogs are non-modal and parented to the main window, so locking closes and deletes them
with every other dialog. Restoring writes, so a read-only dossier shows the lists only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.model import KIND_LABELS, RECORD_TYPES
from app.serialize import from_dict
from storage.errors import StorageError
from storage.records import HistoryEntry
from ui.i18n import translate
from ui.util import confirm, label
from ui.writes import failure_text

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT = 48  # characters of an old or new value shown in a cell; the tooltip has all

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("History", "Aangemaakt"),
    "update": QT_TRANSLATE_NOOP("History", "Gewijzigd"),
    "delete": QT_TRANSLATE_NOOP("History", "Verwijderd"),
    "restore": QT_TRANSLATE_NOOP("History", "Teruggezet"),
    # Two people changed a field at the same time (docs/team.md): the version not shown.
    "conflict": QT_TRANSLATE_NOOP("History", "Tegelijk gewijzigd"),
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def when_text(at: str) -> str:
    """'2026-11-10T21:05:00+00:00' (UTC) as local 'dd-mm-jjjj uu:mm'."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def dutch_dates(text: str) -> str:
    """Record labels carry ISO dates ('Wlz indicatiebesluit 2024-03-01'): show dd-mm-jjjj."""
    return _ISO_IN_TEXT.sub(lambda m: f"{m[3]}-{m[2]}-{m[1]}", text)


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _flatten(data: dict | None, prefix: str = "") -> dict[str, object]:
    """{'bezwaar': {'filed_on': …}} -> {'bezwaar.filed_on': …}; lists stay whole values."""
    flat: dict[str, object] = {}
    for key, value in (data or {}).items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flat.update(_flatten(value, path + "."))
        else:
            flat[path] = value
    return flat


class FieldNames:
    """How a form names and shows the fields of its record (Dutch labels, enum and list labels).

    Built from the form's field specs (ui.forms.F); a field the form does not show keeps its
    name in the record.
    """

    def __init__(self, specs=(), reference=None) -> None:
        self.labels: dict[str, str] = {}
        self.values: dict[str, dict] = {}
        self.order: list[str] = []
        for spec in specs:
            if spec.kind == "section":
                continue
            self.order.append(spec.path)
            self.labels[spec.path] = translate("Fields", spec.label)
            if spec.kind == "enum" and spec.choices:
                self.values[spec.path] = {
                    getattr(v, "value", v): label(text) for v, text in spec.choices.items()
                }
            elif spec.kind == "ref" and reference is not None:
                try:
                    items = getattr(reference, spec.choices).items
                except (AttributeError, KeyError):
                    items = ()
                self.values[spec.path] = {item.code: item.label for item in items}

    def name(self, path: str) -> str:
        if path in self.labels:
            return self.labels[path]
        head = path.split(".")[0]
        return self.labels.get(head, path)

    def show(self, path: str, value) -> str:
        if _empty(value):
            return translate("History", "(leeg)")
        if isinstance(value, bool):
            return translate("Common", "Ja") if value else translate("History", "Nee")
        if isinstance(value, str):
            if _ISO_DATE.match(value):
                year, month, day = value.split("-")
                return f"{day}-{month}-{year}"
            return self.values.get(path, {}).get(value, value)
        if isinstance(value, list):
            if all(isinstance(v, str | int | float) for v in value):
                return ", ".join(str(v) for v in value)
            return translate("History", "%1 regels").replace("%1", str(len(value)))
        return str(value)

    def rank(self, path: str) -> int:
        head = path if path in self.labels else path.split(".")[0]
        return self.order.index(head) if head in self.order else len(self.order)


def changes(entry: HistoryEntry, names: FieldNames) -> list[tuple[str, str, str]]:
    """(field label, old value, new value) for each field the change touched, in form order."""
    before, after = _flatten(entry.before), _flatten(entry.after)
    rows = []
    for path in sorted(set(before) | set(after), key=lambda p: (names.rank(p), p)):
        if path == "id":
            continue
        old, new = before.get(path), after.get(path)
        if old == new or (_empty(old) and _empty(new)):
            continue
        rows.append((path, names.show(path, old), names.show(path, new)))
    return [(names.name(path), old, new) for path, old, new in rows]


# ----- models --------------------------------------------------------------------------------


class _TableModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []  # (cells..., payload)

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shorten(row[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = row[index.column()]
            return text if len(text) > SHORT else None
        if role == ENTRY_ROLE:
            return row[-1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return translate("History", self.headers[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class HistoryModel(_TableModel):
    """The changes of one record, newest first."""

    headers = (
        QT_TRANSLATE_NOOP("History", "Wanneer"),
        QT_TRANSLATE_NOOP("History", "Wie"),
        QT_TRANSLATE_NOOP("History", "Wat"),
        QT_TRANSLATE_NOOP("History", "Welke velden"),
    )

    def set_entries(self, entries: list[HistoryEntry], names: FieldNames) -> None:
        rows = []
        for entry in entries:
            if entry.action in ("create", "delete"):
                fields = ""
            else:
                fields = ", ".join(dict.fromkeys(name for name, _o, _n in changes(entry, names)))
            rows.append((when_text(entry.at), entry.profile,
                         translate("History", ACTION_LABELS.get(entry.action, entry.action)),
                         fields, entry))
        self.set_rows(rows)


class ChangesModel(_TableModel):
    """The fields one change touched: label, old value, new value."""

    headers = (
        QT_TRANSLATE_NOOP("History", "Veld"),
        QT_TRANSLATE_NOOP("History", "Was"),
        QT_TRANSLATE_NOOP("History", "Werd"),
    )

    def set_entry(self, entry: HistoryEntry | None, names: FieldNames) -> None:
        self.set_rows([(*row, None) for row in changes(entry, names)] if entry else [])


def _call_if_alive(callback, *args) -> None:
    """Call a widget's method unless the widget is gone (the window locked meanwhile)."""
    owner = getattr(callback, "__self__", None)
    if callback is not None and (owner is None or not hasattr(owner, "metaObject")
                                 or isValid(owner)):
        callback(*args)


def record_label(kind: str, data: dict | None) -> str:
    """A deleted record's own label ('Wlz indicatiebesluit 2024-03-01'), from its stored data."""
    try:
        return dutch_dates(from_dict(RECORD_TYPES[kind], data or {}).label())
    except Exception:  # an old or damaged version: the list still shows it
        return label(KIND_LABELS.get(kind, kind))


class TrashModel(_TableModel):
    """Deleted records not brought back, newest first."""

    headers = (
        QT_TRANSLATE_NOOP("History", "Soort"),
        QT_TRANSLATE_NOOP("History", "Onderdeel"),
        QT_TRANSLATE_NOOP("History", "Verwijderd op"),
        QT_TRANSLATE_NOOP("History", "Door"),
    )

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows([
            (label(KIND_LABELS.get(e.kind, e.kind)), record_label(e.kind, e.before),
             when_text(e.at), e.profile, e)
            for e in entries
        ])


# ----- dialogs -------------------------------------------------------------------------------


def _table(model: QAbstractTableModel, parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAccessibleName(name)
    return table


def _fit_columns(table: QTableView, widest: int = 260) -> None:
    table.resizeColumnsToContents()
    for col in range(table.model().columnCount() - 1):
        table.setColumnWidth(col, min(table.columnWidth(col) + 12, widest))


def _note(parent: QWidget) -> QLabel:
    note = QLabel(parent)
    note.setWordWrap(True)
    return note


def _select_first(table: QTableView) -> None:
    model = table.model()
    if model.rowCount():
        table.selectionModel().setCurrentIndex(
            model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


class HistoryDialog(QDialog):
    """'Geschiedenis': every change of one record; put back the version of a chosen change."""

    def __init__(self, session, record, specs, parent: QWidget | None = None, *,
                 on_restored: Callable[[object], None] | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.record_id = record.id
        self.kind = record.KIND
        self.on_restored = on_restored
        self.confirm = confirm  # tests replace this
        try:
            reference = session.records.reference()
        except StorageError:
            reference = None
        self.names = FieldNames(specs, reference)
        self.entries: list[HistoryEntry] = []
        self.setWindowTitle(translate("History", "Geschiedenis: %1").replace(
            "%1", shorten(dutch_dates(record.label()), 60)))

        intro = _note(self)
        intro.setText(translate(
            "History",
            "Elke wijziging blijft bewaard: wanneer, door wie en wat er veranderde. Kies een "
            "regel om te zien wat er toen veranderde.",
        ))
        self.model = HistoryModel(self)
        self.table = _table(self.model, self, translate("History", "Wijzigingen"))
        self.changes_model = ChangesModel(self)
        self.changes = _table(self.changes_model, self,
                              translate("History", "Wat er veranderde"))
        self.caption = _note(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.caption)
        lower_layout.addWidget(self.changes, 1)
        self.empty = _note(self)
        self.note = _note(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([220, 200])

        self.restore_button = QPushButton(translate("History", "Deze versie terugzetten"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(translate("History", "Sluiten"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.resize(760, 520)
        self.reload()
        # A save of this record that lands later (it was queued when the dialog opened).
        if hasattr(session, "changes"):
            session.changes.connect(self._changes)

    def _changes(self, changes) -> None:
        if isValid(self) and self.record_id in changes.ids:
            self.reload()

    def reload(self) -> None:
        self.entries = self.session.records.history(self.record_id)
        self.model.set_entries(self.entries, self.names)
        _fit_columns(self.table)
        self.empty.setText(
            translate("History", "Er is nog niets veranderd sinds dit onderdeel er is.")
            if not self.entries else "")
        self.empty.setVisible(not self.entries)
        _select_first(self.table)
        self._selected()

    def selected(self) -> HistoryEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _version_of(self, entry: HistoryEntry) -> str:
        return "before" if entry.action == "delete" else "after"

    def _selected(self) -> None:
        entry = self.selected()
        self.changes_model.set_entry(entry, self.names)
        _fit_columns(self.changes, 220)
        self.caption.setText(self._caption(entry))
        current = bool(self.entries) and entry is self.entries[0] and entry.action != "delete"
        can = entry is not None and not current and not self.session.read_only
        self.restore_button.setEnabled(can)
        if self.session.read_only:
            tip = translate("History", "Alleen lezen: dit dossier is ook ergens anders open.")
        elif current:
            tip = translate("History", "Dit is de versie die nu in het dossier staat.")
        else:
            tip = translate("History", "Zet het onderdeel terug zoals het na deze wijziging was.")
        self.restore_button.setToolTip(tip)

    def _caption(self, entry: HistoryEntry | None) -> str:
        if entry is None:
            return ""
        text = {
            "create": QT_TRANSLATE_NOOP("History", "Op %1 maakte %2 dit onderdeel aan:"),
            "delete": QT_TRANSLATE_NOOP(
                "History", "Op %1 verwijderde %2 dit onderdeel. Zet het terug met de knop "
                "hieronder."),
            "restore": QT_TRANSLATE_NOOP(
                "History", "Op %1 zette %2 een oudere versie terug. Dit veranderde toen:"),
            "conflict": QT_TRANSLATE_NOOP(
                "History", "Op %1: %2. Deze versie is niet getoond; zet haar terug als zij "
                "klopt:"),
        }.get(entry.action, QT_TRANSLATE_NOOP("History", "Op %1 veranderde %2 dit:"))
        return translate("History", text).replace("%1", when_text(entry.at)).replace(
            "%2", entry.profile)

    def restore_selected(self):
        entry = self.selected()
        if entry is None or self.session.read_only:
            return None
        if not self.confirm(
            self,
            translate("History", "Versie terugzetten"),
            translate(
                "History",
                "Het onderdeel terugzetten zoals het was op %1? Wat er nu staat, blijft in de "
                "geschiedenis; u kunt het later ook weer terugzetten.",
            ).replace("%1", when_text(entry.at)),
            translate("History", "Terugzetten"),
        ):
            return None
        on_restored = self.on_restored

        def done(record) -> None:
            # The form learns of it even when this dialog was closed before it landed.
            _call_if_alive(on_restored, record)
            if isValid(self):
                self.reload()
                self.note.setText(translate("History", "Teruggezet en opgeslagen."))

        return self.session.restore(
            entry.id, version=self._version_of(entry), on_restored=done,
            on_failed=lambda exc: isValid(self) and self.note.setText(failure_text(exc)))


class TrashDialog(QDialog):
    """'Prullenbak': deleted records, with who deleted them and when; put one back."""

    def __init__(self, session, parent: QWidget | None = None, *,
                 on_restored: Callable[[object], None] | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.on_restored = on_restored
        self.setWindowTitle(translate("History", "Prullenbak"))
        intro = _note(self)
        intro.setText(translate(
            "History",
            "Wat in het dossier is verwijderd, staat hier. Is het toch nodig? Kies het en "
            "klik op Terugzetten.",
        ))
        self.model = TrashModel(self)
        self.table = _table(self.model, self, translate("History", "Verwijderde onderdelen"))
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = _note(self)
        self.note = _note(self)
        self.restore_button = QPushButton(translate("History", "Terugzetten"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(translate("History", "Sluiten"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.resize(760, 440)
        self.reload()
        if hasattr(session, "changes"):
            session.changes.connect(self._changes)

    def _changes(self, changes) -> None:
        if isValid(self) and changes.kinds:
            self.reload()

    def reload(self) -> None:
        self.model.set_entries(self.session.records.deleted())
        _fit_columns(self.table, 300)
        empty = self.model.rowCount() == 0
        self.empty.setText(translate("History", "De prullenbak is leeg.") if empty else "")
        self.empty.setVisible(empty)
        _select_first(self.table)
        self._selected()

    def selected(self) -> HistoryEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def _selected(self) -> None:
        self.restore_button.setEnabled(
            self.selected() is not None and not self.session.read_only)
        if self.session.read_only:
            self.restore_button.setToolTip(
                translate("History", "Alleen lezen: dit dossier is ook ergens anders open."))

    def restore_selected(self):
        entry = self.selected()
        if entry is None or self.session.read_only:
            return None
        on_restored = self.on_restored

        def done(record) -> None:
            _call_if_alive(on_restored, record)
            if isValid(self):
                self.reload()
                self.note.setText(translate("History", "„%1” staat weer in het dossier.").replace(
                    "%1", shorten(dutch_dates(record.label()), 60)))

        return self.session.restore(
            entry.id, on_restored=done,
            on_failed=lambda exc: isValid(self) and self.note.setText(failure_text(exc)))
