"""A record form: fields described once, autosave with a visible state, inline errors, undo.

A form edits one record (a dataclass from app.model) through dotted attribute paths
("emergency_plan.who_comes", "bezwaar.filed_on", app/paths.py); ui/form_fields.py makes the
widget of each kind of field, ui/autosave.py saves. Every change starts a short timer; when it
fires the record is checked and saved. Problems show in Dutch beside the field and nothing is
saved until they are fixed. Ctrl+Z (or the button) goes back to the previous saved version.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import app.model as model
from app.errors import ValidationError
from app.paths import field_of_error, get_path, set_path
from app.serialize import to_dict
from ui.autosave import AutosaveMixin
from ui.flow import WrappingLabel
from ui.form_fields import make_editor, put_value, take_value
from ui.i18n import translate
from ui.util import DateProblem, notify

AUTOSAVE_MS = 700


@dataclass
class F:
    """One field of a form. `label` and `help` are Dutch source strings (context "Fields")."""

    path: str
    label: str
    kind: str = "text"  # text, long, date, bool, int, lines, enum, ref, table, section
    choices: object = None  # enum label dict (enum), reference list name (ref)
    columns: list = field(default_factory=list)  # table: (attr, header, kind)
    add_text: str = ""  # table: button text
    help: str = ""


# ----- the form ------------------------------------------------------------------------------


class RecordForm(AutosaveMixin, QWidget):
    saved = Signal(object)  # the record as stored
    state_changed = Signal(str)

    def __init__(
        self, session, fields: list[F], *, parent: QWidget | None = None, scroll: bool = True
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.fields = fields
        self.record: model.Record | None = None
        self._loading = False
        self._dirty = False
        self._last_problem = ""  # what the last save had to leave out, in Dutch
        self._undo: list[dict] = []
        self._in_flight = 0  # saves handed to the writer and not yet committed
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self.section_titles: dict[str, QLabel] = {}
        self.scroll_area: QScrollArea | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)

        self.state = WrappingLabel("", self)  # a long message wraps, not widens the window
        self.state.setObjectName("saveState")
        self.state.setAccessibleName(translate("Forms", "Opslagstatus"))
        self.undo_button = QPushButton(translate("Forms", "Ongedaan maken"), self)
        self.undo_button.setToolTip(translate("Forms", "Zet de vorige versie terug (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo)

        self.history_button = QPushButton(translate("Forms", "Geschiedenis…"), self)
        self.history_button.setToolTip(
            translate("Forms", "Wie wat heeft veranderd, en een oudere versie terugzetten")
        )
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(self.show_history)
        self.history_dialog = None

        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.history_button)
        top.addWidget(self.undo_button)

        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        self.form = QFormLayout()
        body_layout.addLayout(self.form)
        body_layout.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in fields:
            self._add_row(spec)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(self.body)
            self.scroll_area = area
            layout.addWidget(area, 1)
        else:
            layout.addWidget(self.body, 1)
        self.setEnabled(False)
        self._set_state("")

    def _add_row(self, spec: F) -> None:
        if spec.kind == "section":
            title = QLabel(translate("Fields", spec.label))
            font = title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            title.setFont(font)
            title.setContentsMargins(0, 10, 0, 2)
            self.form.addRow(title)
            self.section_titles[spec.path or spec.label] = title
            if spec.help:
                hint = QLabel(translate("Fields", spec.help))
                hint.setWordWrap(True)
                self.form.addRow(hint)
            return
        editor = make_editor(spec, self.session, self.touch)
        error = QLabel()
        error.setWordWrap(True)
        error.setObjectName("fieldError")
        error.setStyleSheet("color: #b3261e;")  # readable red on light and dark
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        if spec.help and spec.kind in ("long", "table"):
            hint = QLabel(translate("Fields", spec.help))
            hint.setWordWrap(True)
            hint.setEnabled(False)
            box.addWidget(hint)
        box.addWidget(error)
        if spec.kind == "bool":
            self.form.addRow("", holder)
        else:
            label = QLabel(translate("Fields", spec.label))
            label.setBuddy(editor)
            label.setWordWrap(True)
            self.form.addRow(label, holder)
        self.editors[spec.path] = editor
        self.errors[spec.path] = error
        self.rows[spec.path] = holder

    # ----- loading and reading ----------

    def editable(self) -> list[F]:
        return [spec for spec in self.fields if spec.kind != "section"]

    def set_record(self, record: model.Record | None) -> None:
        """Show `record` (saving pending edits of the previous one first)."""
        if not self.flush() and self._last_problem:
            # Everything valid was saved; say plainly what was not, before it disappears.
            notify(self.window(), translate("Forms", "Niet alles is opgeslagen"),
                   self._last_problem)
        self.record = copy.deepcopy(record) if record is not None else None
        self._undo.clear()
        self.undo_button.setEnabled(False)
        self._load()
        self.setEnabled(record is not None)
        self.history_button.setEnabled(record is not None)
        self._set_state(translate("Forms", "Opgeslagen") if record is not None else "")
        self._last_problem = ""
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        """In a shared dossier: a note at each field two people changed at the same time."""
        from storage.errors import StorageError
        from storage.team import conflict_text, conflicts

        db = getattr(getattr(self.session, "dossier", None), "db", None)
        if self.record is None or db is None:
            return
        try:
            found = conflicts(db).get(self.record.id, {})
        except StorageError:
            return
        for name, entries in found.items():
            if name in self.errors:
                text = conflict_text(entries)
                self._show_error(name, text[:1].upper() + text[1:] + " " + translate(
                    "Forms", "(de andere waarde staat in Geschiedenis)"))

    def _load(self) -> None:
        self._loading = True
        try:
            for spec in self.editable():
                value = get_path(self.record, spec.path) if self.record is not None else None
                put_value(spec, self.editors[spec.path], value)
                self._show_error(spec.path, "")
        finally:
            self._loading = False
        self._dirty = False
        # The version the widgets show: the base of the next save (see show_stored).
        self._base = to_dict(self.record) if self.record is not None else None

    def collect(self) -> model.Record:
        """The record with the widgets' values; raises ValidationError (path) on a problem."""
        record = copy.deepcopy(self.record)
        for spec in self.editable():
            try:
                value = self._take(spec, get_path(record, spec.path))
            except DateProblem as exc:
                raise ValidationError(str(exc), spec.path) from None
            set_path(record, spec.path, value)
        record.validate()
        return record

    def _show_problem(self, exc: ValidationError) -> None:
        target = field_of_error(exc.path)
        reason = getattr(exc, "reason", exc.message)
        reason = reason[:1].upper() + reason[1:]
        if target in self.errors:
            self._show_error(target, reason)
            self._set_state(
                translate("Forms", "Niet opgeslagen: kijk naar het veld met de melding."),
                problem=True,
            )
        else:
            self._set_state(translate("Forms", "Niet opgeslagen: ") + reason, problem=True)

    def _show_error(self, path: str, text: str) -> None:
        label = self.errors.get(path)
        if label is None:
            return
        label.setText(text)
        label.setVisible(bool(text))
        editor = self.editors[path]
        editor.setAccessibleDescription(text)

    def _set_state(self, text: str, problem: bool = False) -> None:
        self.state.setText(text)
        self.state.setStyleSheet("color: #b3261e;" if problem else "")
        self.state_changed.emit(text)

    def _take(self, spec: F, current):
        return take_value(spec, self.editors[spec.path], type(self.record), current)

    def set_read_only(self, read_only: bool) -> None:
        self.body.setEnabled(not read_only)

    # ----- history ----------

    def show_history(self):
        """The non-modal history of the shown record (ui.history), one per form."""
        from shiboken6 import isValid

        from ui.history import HistoryDialog

        if self.record is None:
            return None
        self.flush()  # pending typing belongs in the history too
        dialog = self.history_dialog
        if dialog is not None and isValid(dialog) and dialog.record_id == self.record.id:
            dialog.reload()
        else:
            if dialog is not None and isValid(dialog):
                dialog.close()
            dialog = HistoryDialog(self.session, self.record, self.fields, self.window(),
                                   on_restored=self.show_restored)
            self.history_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_restored(self, stored: model.Record) -> None:
        """A version was put back from the history: show it (Ctrl+Z goes to what was there)."""
        if self.record is not None and self.record.id == stored.id:
            self.timer.stop()
            before = to_dict(self.record)
            self.record = copy.deepcopy(stored)
            self._load()
            if to_dict(stored) != before:
                self._undo.append(before)
            self.undo_button.setEnabled(bool(self._undo))
            self._set_state(translate("Forms", "Oudere versie teruggezet en opgeslagen"))
        self.saved.emit(copy.deepcopy(stored))


def replace(record, **changes):
    return dataclasses.replace(record, **changes)
