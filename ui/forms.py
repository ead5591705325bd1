"""A record form: fields described once, autosave with a visible state, inline errors, undo.

A form edits one record (a dataclass from app.model) through dotted attribute paths
("emergency_plan.who_comes", "bezwaar.filed_on"). Every change starts a short timer; when it
fires the record is checked and saved. Problems show in Dutch beside the field and nothing is
saved until they are fixed. Ctrl+Z (or the button) goes back to the previous saved version.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import app.model as model
from app.errors import ValidationError
from app.serialize import from_dict, to_dict
from storage.errors import StorageError
from ui.i18n import translate
from ui.util import DateProblem, format_date, notify
from ui.widgets import ChoiceBox, DateEdit, SubTable, enum_choices

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


# ----- dotted paths on dataclasses ---------------------------------------------------------


def _hint(cls: type, name: str):
    hints = typing.get_type_hints(cls, vars(model))
    tp = hints[name]
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        tp = args[0]
    return tp


def get_path(obj, path: str):
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def set_path(obj, path: str, value) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        inner = getattr(obj, part)
        if inner is None:
            inner = _hint(type(obj), part)()
            setattr(obj, part, inner)
        obj = inner
    setattr(obj, parts[-1], value)


def item_type(record_type: type, path: str) -> type:
    """The dataclass of the items of the list at `path` (e.g. Goal for care_plan.goals)."""
    cls = record_type
    parts = path.split(".")
    for part in parts[:-1]:
        cls = _hint(cls, part)
    return typing.get_args(_hint(cls, parts[-1]))[0]


def field_of_error(path: str) -> str:
    """'bezwaar.decided_on' -> itself; 'goals[2].text' -> 'goals'; 'times[0]' -> 'times'."""
    return path.split("[")[0]


# ----- the form ------------------------------------------------------------------------------


class RecordForm(QWidget):
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
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self.section_titles: dict[str, QLabel] = {}
        self.scroll_area: QScrollArea | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)

        self.state = QLabel(self)
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

    # ----- building ----------

    def _editor(self, spec: F) -> QWidget:
        kind = spec.kind
        if kind == "text":
            w = QLineEdit()
            w.textEdited.connect(self.touch)
        elif kind in ("long", "lines"):
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            line = w.fontMetrics().lineSpacing()
            w.setMinimumHeight(line * 3 + 12)
            w.setMaximumHeight(line * (6 if kind == "long" else 5) + 12)
            w.textChanged.connect(self.touch)
        elif kind == "date":
            w = DateEdit()
            w.textEdited.connect(self.touch)
        elif kind == "bool":
            w = QCheckBox(translate("Fields", spec.label))
            w.toggled.connect(self.touch)
        elif kind == "int":
            w = QSpinBox()
            w.setRange(0, 9999)
            w.valueChanged.connect(self.touch)
        elif kind == "enum":
            w = ChoiceBox(enum_choices(spec.choices))
            w.currentIndexChanged.connect(self.touch)
        elif kind == "ref":
            # The family's own entries too (a value typed here before joins the list).
            ref = getattr(self.session.records.reference(), spec.choices)
            w = ChoiceBox(
                [(item.code, item.label) for item in ref.items], editable=True, empty=True
            )
            w.currentIndexChanged.connect(self.touch)
            w.editTextChanged.connect(self.touch)
        elif kind == "table":
            cols = [(a, translate("Fields", h), k) for a, h, k in spec.columns]
            w = SubTable(cols, add_text=translate("Fields", spec.add_text or "Regel toevoegen"))
            w.changed.connect(self.touch)
        else:  # pragma: no cover - a programming error
            raise ValueError(kind)
        w.setAccessibleName(translate("Fields", spec.label))
        if spec.help:
            w.setToolTip(translate("Fields", spec.help))
        return w

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
        editor = self._editor(spec)
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
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        """In a shared dossier: a note at each field two people changed at the same time."""
        db = getattr(getattr(self.session, "dossier", None), "db", None)
        if self.record is None or db is None:
            return
        from storage.team import conflict_text, conflicts

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
                self._put(spec, value)
                self._show_error(spec.path, "")
            # What the widgets hold now, to tell later which fields the parent changed.
            try:
                self._shown = self._widget_record() if self.record is not None else None
            except ValidationError:
                self._shown = None  # a stored value the form cannot show: save as before
        finally:
            self._loading = False
        self._dirty = False

    def _put(self, spec: F, value) -> None:
        w = self.editors[spec.path]
        kind = spec.kind
        if kind in ("text",):
            w.setText(value or "")
            w.setCursorPosition(0)  # a long text shows its start, not its end
        elif kind == "long":
            w.setPlainText(value or "")
        elif kind == "lines":
            w.setPlainText("\n".join(value or []))
        elif kind == "date":
            w.setText(format_date(value))
        elif kind == "bool":
            w.setChecked(bool(value))
        elif kind == "int":
            w.setValue(int(value or 0))
        elif kind in ("enum", "ref"):
            w.setValue(value)
        elif kind == "table":
            rows = [{a: getattr(item, a) for a, _h, _k in spec.columns} for item in value or []]
            w.set_rows(rows)

    def _take(self, spec: F, current):
        w = self.editors[spec.path]
        kind = spec.kind
        if kind == "text":
            return w.text().strip()
        if kind == "long":
            return w.toPlainText().strip()
        if kind == "lines":
            return [line.strip() for line in w.toPlainText().splitlines() if line.strip()]
        if kind == "date":
            return w.date()
        if kind == "bool":
            return w.isChecked()
        if kind == "int":
            return w.value()
        if kind == "enum":
            return w.value()
        if kind == "ref":
            return w.value() or ""
        if kind == "table":
            cls = item_type(type(self.record), spec.path)
            old = list(current or [])
            items = []
            for i, values in enumerate(w.rows()):
                if not any(v not in (None, "") for v in values.values()):
                    continue
                item = copy.deepcopy(old[i]) if i < len(old) else cls()
                for attr, value in values.items():
                    setattr(item, attr, value)
                items.append(item)
            return items
        raise ValueError(kind)

    def _widget_record(self) -> model.Record:
        record = copy.deepcopy(self.record)
        for spec in self.editable():
            try:
                value = self._take(spec, get_path(record, spec.path))
            except DateProblem as exc:
                raise ValidationError(str(exc), spec.path) from None
            set_path(record, spec.path, value)
        return record

    def collect(self) -> model.Record:
        """The record with the widgets' values; raises ValidationError (path) on a problem."""
        record = self._widget_record()
        record.validate()
        return record

    def _onto_stored(self, record: model.Record) -> model.Record | None:
        """`record` (the form's edits) on top of the stored version, when that changed
        meanwhile (an exchange with the family, another window): only the fields the parent
        edited here are taken from the form, so another person's edit is not put back.
        None when the stored version is the one the form shows."""
        stored = self.session.records.find(self.record.id)
        shown = getattr(self, "_shown", None)
        if stored is None or shown is None or to_dict(stored) == to_dict(self.record):
            return None
        merged = copy.deepcopy(stored)
        for spec in self.editable():
            mine = get_path(record, spec.path)
            if mine != get_path(shown, spec.path):
                set_path(merged, spec.path, mine)
        merged.validate()
        return merged

    # ----- saving ----------

    def touch(self, *_args) -> None:
        if self._loading or self.record is None:
            return
        self._dirty = True
        self._set_state(translate("Forms", "Wijziging wordt opgeslagen…"))
        self.timer.start()

    def flush(self) -> bool:
        """Save pending edits now. Returns False when a field still has a problem."""
        self.timer.stop()
        if not self._dirty or self.record is None:
            return True
        for spec in self.editable():
            self._show_error(spec.path, "")
        try:
            record = self.collect()
        except ValidationError as exc:
            self._show_problem(exc)
            self._save_valid_part(exc)
            return False
        before = to_dict(self.record)
        try:
            merged = self._onto_stored(record)
            stored = self.session.save(merged or record)
        except ValidationError as exc:
            self._show_problem(exc)
            return False
        except StorageError as exc:
            self._set_state(translate("Forms", "Niet opgeslagen: ") + exc.user_text(), problem=True)
            return False
        if to_dict(stored) != before:
            self._undo.append(before)
        self.record = copy.deepcopy(stored)
        if merged is not None:
            self._load()  # show what someone else changed meanwhile
        self._show_conflicts()  # editing a field settles its conflict; others stay marked
        self._dirty = False
        self.undo_button.setEnabled(bool(self._undo))
        self._set_state(
            translate("Forms", "Opgeslagen om %1").replace(
                "%1", dt.datetime.now().strftime("%H:%M")
            )
        )
        self.saved.emit(copy.deepcopy(stored))
        return True

    def _save_valid_part(self, exc: ValidationError) -> None:
        """Save every field but the ones with a problem: one mistyped date must not cost a
        parent the rest of what they typed (the problem fields stay on screen, marked)."""
        specs = self.editable()
        bad = {field_of_error(exc.path)}
        candidate = None
        for _attempt in range(len(specs) + 1):
            candidate = copy.deepcopy(self.record)
            for spec in specs:
                if spec.path in bad:
                    continue
                try:
                    set_path(candidate, spec.path,
                             self._take(spec, get_path(candidate, spec.path)))
                except (DateProblem, ValidationError):
                    bad.add(spec.path)
            try:
                candidate.validate()
                break
            except ValidationError as again:
                field = field_of_error(again.path)
                if field in bad or field not in self.errors:
                    return
                bad.add(field)
        else:
            return
        labels = [translate("Fields", spec.label) for spec in specs if spec.path in bad]
        self._last_problem = translate(
            "Forms", "Dit is niet bewaard: %1. De rest is wel opgeslagen.").replace(
                "%1", ", ".join(labels))
        before = to_dict(self.record)
        if to_dict(candidate) == before:
            return
        try:
            stored = self.session.save(candidate)
        except (ValidationError, StorageError):
            return
        self._undo.append(before)
        self.record = copy.deepcopy(stored)
        self.undo_button.setEnabled(True)
        self.saved.emit(copy.deepcopy(stored))

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

    def undo(self) -> None:
        """Go back to the version before the last saved change (and save that)."""
        self.timer.stop()
        if self._dirty:
            # Unsaved typing: drop it and show the stored version again.
            self._load()
            self._set_state(translate("Forms", "Opgeslagen"))
            return
        if not self._undo or self.record is None:
            return
        previous = from_dict(type(self.record), self._undo.pop())
        try:
            stored = self.session.save(previous)
        except (StorageError, ValidationError) as exc:
            self._set_state(translate("Forms", "Niet opgeslagen: ") + str(exc), problem=True)
            return
        self.record = copy.deepcopy(stored)
        self._load()
        self.undo_button.setEnabled(bool(self._undo))
        self._set_state(translate("Forms", "Vorige versie teruggezet en opgeslagen"))
        self.saved.emit(copy.deepcopy(stored))

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
