"""Saving a form: autosave after a pause in typing, what a save that fails says, Ctrl+Z.

`AutosaveMixin` is part of `RecordForm` (ui/forms.py). Edits go to the one writer; the state
line says "Opgeslagen" only after the writer committed them. A field with a problem is left
out and marked, and the rest is saved. Undo saves the previous version again.
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import partial

import app.model as model
from app.errors import ValidationError
from app.paths import field_of_error, get_path, set_path
from app.serialize import from_dict, to_dict
from ui.i18n import translate
from ui.util import DateProblem
from ui.writes import failure_text


class AutosaveMixin:
    """Saving for `RecordForm`: needs its `session`, `record`, `timer`, `editors` and
    `errors`, `_load`, `_take`, `_show_problem`, `_show_error` and `_set_state`."""

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
