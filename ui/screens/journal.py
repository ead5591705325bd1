"""Logboek: the contact log. Quick entry on top (date defaults to today), 20,000 lines below."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import JOURNAL_CHANNEL_LABELS, JournalEntry
from ui.forms import F
from ui.i18n import translate
from ui.models.records import Column
from ui.models.windowed import PassThroughProxy, WindowedRecordModel
from ui.screens.record_list import RecordListScreen
from ui.util import DateProblem, label, parse_date
from ui.widgets import ChoiceBox, DateEdit, enum_choices


class QuickRow(QWidget):
    """The quick entry: date, how, with whom, what was said and Toevoegen on one line, or on
    two lines when one would squeeze "Met wie" and "Wat is er gezegd" (large text, narrow
    window)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.lines = (QHBoxLayout(), QHBoxLayout())
        for line in self.lines:
            outer.addLayout(line)
        self.fixed: list[QWidget] = []
        self.who: QWidget | None = None
        self.text: QWidget | None = None
        self.button: QWidget | None = None
        self.two_lines: bool | None = None

    def set_widgets(self, fixed: list[QWidget], who: QWidget, text: QWidget,
                    button: QWidget) -> None:
        self.fixed, self.who, self.text, self.button = fixed, who, text, button
        self.arrange(self.width())

    def needed(self) -> int:
        chars = self.fontMetrics().averageCharWidth()
        spacing = self.lines[0].spacing() * (len(self.fixed) + 2)
        return (sum(w.sizeHint().width() for w in self.fixed) + chars * 16 + chars * 32
                + self.button.sizeHint().width() + spacing)

    def arrange(self, width: int) -> None:
        if self.button is None:
            return
        two = width < self.needed()
        if two == self.two_lines:
            return
        self.two_lines = two
        first, second = self.lines
        for line in self.lines:
            while line.count():
                line.takeAt(0)
        for widget in self.fixed:
            first.addWidget(widget)
        first.addWidget(self.who, 1)
        (second if two else first).addWidget(self.text, 3)
        (second if two else first).addWidget(self.button)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.arrange(event.size().width())
        super().resizeEvent(event)


class JournalScreen(RecordListScreen):
    kind = "journal_entry"
    title = QT_TRANSLATE_NOOP("Screens", "Logboek")
    intro = QT_TRANSLATE_NOOP(
        "Screens",
        "Elk telefoontje, elke brief en elk gesprek: wie zei wat en wanneer. "
        "Zo weet u het later nog precies.",
    )
    new_text = QT_TRANSLATE_NOOP("Screens", "Uitgebreid invullen")
    orientation = Qt.Orientation.Vertical
    list_share = 0.55
    filter_text = QT_TRANSLATE_NOOP("Screens", "Zoeken in het hele logboek (Ctrl+F zoekt overal)")
    columns = [
        Column(QT_TRANSLATE_NOOP("Columns", "Datum"), lambda e: e.on),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Hoe"), lambda e: label(JOURNAL_CHANNEL_LABELS[e.channel])
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Met wie"), lambda e: e.who),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Wat is er gezegd"),
            lambda e: " ".join(e.summary.split())[:200],
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Actie"),
            lambda e: "" if e.follow_up_done or not e.follow_up else e.follow_up_on or "✓",
        ),
    ]
    fields = [
        F("on", QT_TRANSLATE_NOOP("Fields", "Datum"), "date"),
        F("channel", QT_TRANSLATE_NOOP("Fields", "Hoe"), "enum", JOURNAL_CHANNEL_LABELS),
        F("who", QT_TRANSLATE_NOOP("Fields", "Met wie")),
        F("summary", QT_TRANSLATE_NOOP("Fields", "Wat is er gezegd"), "long"),
        F("follow_up", QT_TRANSLATE_NOOP("Fields", "Wat moet er nog gebeuren")),
        F("follow_up_on", QT_TRANSLATE_NOOP("Fields", "Voor wanneer"), "date"),
        F("follow_up_done", QT_TRANSLATE_NOOP("Fields", "Gedaan"), "bool"),
    ]

    #: per column, the field SQLite sorts on (None: the date, over the list index)
    sort_fields = [None, "channel", "who", "summary", "follow_up_on"]

    def make_model(self):
        records = self.session.records

        def query(field, descending, text):
            return records.ordered_ids(self.kind, field=field, descending=descending, text=text)

        model = WindowedRecordModel(self.columns, self.sort_fields, query, records.get_many,
                                    self._run_query, self)
        model.loaded.connect(self._reselect)
        return model

    def make_proxy(self):
        return PassThroughProxy(self)

    def _reader(self):
        if getattr(self, "reader", None) is None:
            from ui.reader import Reader

            self.reader = Reader(self.session.dossier, self)
            self.session.on_close(self.reader.stop)
        return self.reader

    def _run_query(self, field, descending, text, done) -> None:
        """Sort or filter twenty years on the reader thread (ui/reader.py): its own
        connection, whose page cache stays warm between sorts; a newer query interrupts an
        older one. The sort is an index scan (schema 4: an index per list column)."""
        from types import SimpleNamespace

        from storage.records import RecordStore

        def work(db):
            store = RecordStore(SimpleNamespace(db=db))
            return store.ordered_ids(self.kind, field=field, descending=descending, text=text)

        # Should the reader fail (the dossier going away), ask the GUI's own connection.
        self._reader().submit(work, done, lambda _exc: self.model.reload())

    def _reselect(self) -> None:
        record = self.form.record
        if record is not None and self.model.row_of(record.id) >= 0:
            self.select(record.id)

    def refresh(self) -> None:
        current = self.current_id()
        self.form.flush()
        self.model.reload()
        if not getattr(self, "_sized", 0):
            # Sized to the first rows (the header's resize precision), capped in characters:
            # a larger text size keeps dates and names whole.
            from ui.columns import fit_columns

            fit_columns(self.table)
            self._sized = 1
        if not (current and self.select(current)) and self.proxy.rowCount():
            self.table.selectRow(0)

    def new_record(self):
        return JournalEntry(on=self.session.today())

    def add_above_list(self, layout) -> None:
        box = QuickRow(self)
        self.quick_date = DateEdit(box)
        self.quick_date.setDate(self.session.today())
        self.quick_date.setAccessibleName(translate("Screens", "Datum"))
        self.quick_channel = ChoiceBox(enum_choices(JOURNAL_CHANNEL_LABELS), parent=box)
        self.quick_channel.setAccessibleName(translate("Screens", "Hoe"))
        self.quick_who = QLineEdit(box)
        self.quick_who.setPlaceholderText(translate("Screens", "Met wie"))
        self.quick_who.setAccessibleName(translate("Screens", "Met wie"))
        self.quick_text = QLineEdit(box)
        self.quick_text.setPlaceholderText(
            translate("Screens", "Wat is er gezegd? (Enter bewaart)")
        )
        self.quick_text.setAccessibleName(translate("Screens", "Wat is er gezegd"))
        self.quick_text.returnPressed.connect(self.quick_add)
        self.quick_who.returnPressed.connect(self.quick_add)
        self.quick_button = QPushButton(translate("Screens", "Toevoegen"), box)
        self.quick_button.clicked.connect(self.quick_add)
        self.quick_error = QLabel(box)
        self.quick_error.setStyleSheet("color: #b3261e;")
        self.quick_error.hide()
        box.set_widgets([self.quick_date, self.quick_channel], self.quick_who, self.quick_text,
                        self.quick_button)
        self.quick_row = box
        # The quick row is made after the search and the list: without this, Tab after
        # Toevoegen left the screen for the toolbar.
        chain = [self.quick_date, self.quick_channel, self.quick_who, self.quick_text,
                 self.quick_button, self.filter]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        layout.addWidget(box)
        layout.addWidget(self.quick_error)
        if self.session.read_only:
            box.setEnabled(False)

    def quick_add(self) -> None:
        text = self.quick_text.text().strip()
        if not text:
            self.quick_text.setFocus()
            return
        try:
            on = parse_date(self.quick_date.text()) or self.session.today()
        except DateProblem as exc:
            self.quick_error.setText(str(exc))
            self.quick_error.show()
            return
        self.quick_error.hide()
        entry = JournalEntry(
            on=on,
            channel=self.quick_channel.value(),
            who=self.quick_who.text().strip(),
            summary=text,
        )
        self.session.save(entry, on_failed=lambda exc: self._quick_failed(entry, exc))
        self.filter.clear()
        self.model.upsert(entry)
        self.select(entry.id)
        self.quick_text.clear()
        self.quick_who.clear()
        self.quick_date.setDate(self.session.today())
        self.quick_text.setFocus()

    def _quick_failed(self, entry, exc: BaseException) -> None:
        from ui.writes import failure_text

        self.model.remove(entry.id)
        self.quick_error.setText(translate("Forms", "Niet opgeslagen: ") + failure_text(exc))
        self.quick_error.show()
