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
from functools import partial

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
from ui.i18n import translate
from ui.util import DateProblem, format_date, notify
from ui.widgets import ChoiceBox, DateEdit, SubTable, enum_choices
from ui.writes import failure_text

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
            if value in (None, "", [], False):
                return  # an empty field of a part that is not there: leave it out
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
                self._put(spec, value)
                self._show_error(spec.path, "")
        finally:
            self._loading = False
        self._dirty = False
        # The version the widgets show: the base of the next save (see show_stored).
        self._base = to_dict(self.record) if self.record is not None else None

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

    # ----- saving ----------

    def touch(self, *_args) -> None:
        if self._loading or self.record is None:
            return
        self._dirty = True
        self._set_state(translate("Forms", "Wijziging wordt opgeslagen…"))
        self.timer.start()

    def flush(self) -> bool:
        """Hand pending edits to the writer now. Returns False when a field still has a
        problem (or the edits could not even be read). The state says "Opgeslagen" only once
        the writer committed them."""
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
        except Exception as exc:  # a bug reading a widget: keep the text, say so, log it
            self._set_state(translate("Forms", "Niet opgeslagen: ") + failure_text(exc),
                            problem=True)
            return False
        self._last_problem = ""
        return self._submit(record)

    def _submit(self, record: model.Record) -> bool:
        """Queue `record` (this form's record, edited); the form shows it as the current
        version at once, the state follows the writer."""
        before = to_dict(self.record)
        if to_dict(record) == before:
            self._dirty = False
            if not self._in_flight:
                self._set_state(translate("Forms", "Opgeslagen"))
            return True
        base = getattr(self, "_base", None) or before
        try:
            self.session.save(record, base=base, on_saved=self._landed, on_failed=partial(
                self._not_landed, record.id, before, record.label()))
        except ValidationError as exc:
            self._show_problem(exc)
            return False
        self._undo.append(before)
        self.record = copy.deepcopy(record)
        self._base = to_dict(record)
        self._dirty = False
        self._in_flight += 1
        self.undo_button.setEnabled(True)
        self._set_state(translate("Forms", "Wijziging wordt opgeslagen…"))
        return True

    def show_queued(self, record: model.Record) -> None:
        """A screen handed a new version of the shown record to the writer (a stage move):
        show it; undo starts from here. Pair with `_landed` / `write_failed_for`."""
        self.timer.stop()
        self.record = copy.deepcopy(record)
        self._load()
        self._undo.clear()
        self.undo_button.setEnabled(False)
        self._in_flight += 1
        self._set_state(translate("Forms", "Wijziging wordt opgeslagen…"))

    def show_stored(self, stored: model.Record) -> None:
        """A write elsewhere changed the shown record: show it, unless the parent is typing
        or a save of the form is still on its way (that one merges, see Session.save)."""
        if self.record is None or self.record.id != stored.id or self._in_flight \
                or to_dict(stored) == to_dict(self.record):
            return
        self.record = copy.deepcopy(stored)
        if not self._dirty:
            self._load()
        # else: the widgets keep the typing; the next save starts from this version, but
        # its base stays the version the widgets were loaded from (self._base): with
        # `stored` as the base every untouched widget, still showing the old value, looked
        # like an edit and put another person's change back (parentqa walk).

    def write_failed_for(self, record: model.Record):
        """The failure callback for a save of `record` that a screen queued itself."""
        return partial(self._not_landed, record.id, to_dict(record), record.label())

    def _offer_own_values(self, stored: model.Record) -> None:
        """A value the parent typed into an open list joined the family's own list when it
        was saved: offer it in this form's choice box from now on."""
        for spec in self.editable():
            if spec.kind != "ref":
                continue
            value = get_path(stored, spec.path)
            box = self.editors[spec.path]
            if value and box._index_of(value) < 0:
                box._add(value, str(value))

    def _landed(self, stored: model.Record) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        self._offer_own_values(stored)
        if self.record is not None and self.record.id == stored.id \
                and not self._in_flight and to_dict(stored) != to_dict(self.record):
            # The writer merged this edit with one that landed meanwhile (a linked letter).
            self.record = copy.deepcopy(stored)
            if not self._dirty:
                self._load()
        if self.record is not None and self.record.id == stored.id and not self._dirty:
            self._show_conflicts()  # editing a field settles its conflict; others stay marked
        if self.record is not None and self.record.id == stored.id and not self._dirty \
                and not self._in_flight and not self._last_problem:
            self._set_state(
                translate("Forms", "Opgeslagen om %1").replace(
                    "%1", dt.datetime.now().strftime("%H:%M")))
        self.saved.emit(copy.deepcopy(stored))

    def _not_landed(self, record_id: str, before: dict, label_text: str,
                    exc: BaseException) -> None:
        """The writer could not store an edit: say so; what is on screen stays there."""
        self._in_flight = max(0, self._in_flight - 1)
        why = failure_text(exc)
        if self.record is not None and self.record.id == record_id:
            # The stored version is still `before`; the widgets keep the parent's text and
            # the next flush tries again.
            if self._undo and self._undo[-1] == before:
                self._undo.pop()
            self.record = from_dict(type(self.record), before)
            self._base = before  # the widgets' typing is an edit of that version again
            self._dirty = True
            self.undo_button.setEnabled(bool(self._undo))
            self._set_state(translate("Forms", "Niet opgeslagen: ") + why, problem=True)
        else:
            from app.history import dutch_dates, shorten

            self._set_state(translate("Forms", "Niet opgeslagen (%1): ").replace(
                "%1", shorten(dutch_dates(label_text), 60)) + why, problem=True)

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
            "Forms", "Dit is niet bewaard: %1. De rest wordt wel opgeslagen.").replace(
                "%1", ", ".join(labels))
        dirty = self._dirty
        if self._submit(candidate):
            self._dirty = dirty  # the fields with a problem still wait to be saved
            self._show_problem(exc)

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
            self._last_problem = ""
            for spec in self.editable():
                self._show_error(spec.path, "")
            self._set_state(translate("Forms", "Wijziging wordt opgeslagen…")
                            if self._in_flight else translate("Forms", "Opgeslagen"))
            return
        if not self._undo or self.record is None:
            return
        previous_data = self._undo.pop()
        if previous_data.get("id") != self.record.id:  # never another record's version
            self._undo.clear()
            self.undo_button.setEnabled(False)
            return
        previous = from_dict(type(self.record), previous_data)
        current = to_dict(self.record)
        try:
            self.session.save(previous, base=current, on_saved=self._undo_landed,
                              on_failed=partial(
                self._not_landed, previous.id, current, previous.label()))
        except ValidationError as exc:
            self._set_state(translate("Forms", "Niet opgeslagen: ") + exc.reason, problem=True)
            return
        self._in_flight += 1
        self.record = copy.deepcopy(previous)
        self._load()
        self.undo_button.setEnabled(bool(self._undo))
        self._set_state(translate("Forms", "Wijziging wordt opgeslagen…"))

    def _undo_landed(self, stored: model.Record) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if self.record is not None and self.record.id == stored.id and not self._dirty \
                and not self._in_flight:
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
