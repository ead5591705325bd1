"""A seeded random walk over the real main window (a model-based test).

Each step does what a parent might: type into a field (dates valid and not, long text,
unicode, own values in choice boxes followed by Enter, Tab or Escape), switch screens and
records, add, delete, undo, search, lock and unlock, import a small document. After every
step `check()` asserts the promises: nothing in the error log, no unexpected exception, no
message that claims something was saved when it was not, and what the screens show equals
the dossier read through a fresh connection.

Used by tests/ui/test_walk.py (a short walk in `make test`) and tests/ui/soak.py
(`make soak STEPS=N`). Modal dialogs are answered by the walk, never left waiting.
"""

from __future__ import annotations

import contextlib
import random
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QMessageBox,
    QSpinBox,
)

from app.serialize import to_dict

TEXTS = [
    "Lies de Wit", "Zoë Ümit-Çelik", "ĳsbeer en ŉ", "مرحبا يا نور", "日本語のメモ", "😀 blij",
    "O'Brien; DROP TABLE records", "<b>vet</b> & \"quotes\"", "  spaties rond  ", "a",
    "Rolstoel met kantelfunctie", "KDC De Vlinder", "x" * 600,
    "Gebeld met de gemeente over de traplift. " * 40,
]
LONG_TEXTS = [*TEXTS, "regel een\nregel twee\n\nregel vier", "\n\n", "tab\tin tekst"]
DATES = ["01-02-2026", "31-02-2026", "29-02-2024", "1/1/27", "10-11-2026", "abc", "",
         "00-00-0000", "31-12-2199", "15-6-2025", "2026-03-04", "99-99-9999"]
OWN_VALUES = ["Buurvrouw", "Oppas op woensdag", "Tante Lies", "Ergotherapeut (nieuw)", "ē",
              "VG9-achtig", "Gemeente Utrecht, Wmo-loket"]
SEARCHES = ["KDC", "Noor", "rolstoel", "2026", "zzzz", "Wmo", "ë", "\"", "*", "a OR b"]
KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape, None]
PART_COUNT = 9


class WalkFailure(AssertionError):
    pass


class Walk:
    def __init__(self, window, folder: Path, key: bytes, seed: int, *, import_file: Path,
                 log_file: Path) -> None:
        self.window = window
        self.folder = folder
        self.key = key
        self.rng = random.Random(seed)
        self.import_file = import_file
        self.log_file = log_file
        self.log_size = log_file.stat().st_size if log_file.exists() else 0
        self.unexpected: list[str] = []
        self.trace: list[str] = []
        self.steps = 0

    # ----- setup ----------

    @contextlib.contextmanager
    def installed(self):
        """Record unexpected exceptions instead of showing them; answer modal dialogs."""
        old_hook = sys.excepthook
        old_box_exec = QMessageBox.exec
        old_dialog_exec = QDialog.exec
        rng = self.rng

        def hook(exc_type, exc, tb):
            import traceback

            self.unexpected.append("".join(traceback.format_exception(exc_type, exc, tb))[-1500:])

        def box_exec(box):
            accept = [b for b in box.buttons()
                      if box.buttonRole(b) in (QMessageBox.ButtonRole.AcceptRole,
                                               QMessageBox.ButtonRole.YesRole)]
            if accept and rng.random() < 0.85:
                accept[0].click()
            elif box.buttons():
                box.buttons()[-1].click()
            return 0

        def dialog_exec(dialog):
            dialog.reject()
            return 0

        sys.excepthook = hook
        QMessageBox.exec = box_exec
        QDialog.exec = dialog_exec
        try:
            yield self
        finally:
            sys.excepthook = old_hook
            QMessageBox.exec = old_box_exec
            QDialog.exec = old_dialog_exec

    # ----- the walk ----------

    def step(self) -> str:
        self.steps += 1
        actions = [
            (self.switch_part, 10), (self.choose_row, 12), (self.add_new, 6),
            (self.delete, 3), (self.type_into_field, 34), (self.flush, 8), (self.undo, 5),
            (self.undo_delete, 2), (self.search, 3), (self.lock_and_unlock, 2),
            (self.import_document, 2), (self.quick_journal, 2), (self.history, 1),
            (self.about_tab, 3), (self.burst, 6), (self.fail_next_write, 2),
        ]
        funcs, weights = zip(*actions, strict=True)
        action = self.rng.choices(funcs, weights)[0]
        name = action.__name__
        detail = action() or ""
        QApplication.processEvents()
        self.trace.append(f"{self.steps}: {name} {detail}".rstrip())
        return name

    def burst(self):
        """Several actions without waiting for the writer in between: typing on while a
        save or an import is still queued, switching away before it lands."""
        actions = [self.type_into_field, self.type_into_field, self.choose_row, self.add_new,
                   self.switch_part, self.import_document, self.undo, self.delete,
                   self.flush, self.about_tab, self.lock_and_unlock, self.fail_next_write]
        done = []
        for _ in range(self.rng.randint(2, 5)):
            action = self.rng.choice(actions)
            done.append(f"{action.__name__}({action() or ''})")
        return " ".join(done)

    def fail_next_write(self):
        """The next job the writer gets fails as on a full disk: nothing may claim it was
        saved, and the screens must keep what the dossier does not hold as unsaved."""
        session = self.window.session
        if session is None:
            return "-"
        writer = session.writes.writer
        original = writer.submit

        def submit(work, **kw):
            writer.submit = original

            def full_disk(_tx):
                from storage.errors import DiskFull

                raise DiskFull()

            return original(full_disk, **kw)

        writer.submit = submit
        return "armed"

    def _screen(self):
        view = self.window.view
        return view.current_screen() if view is not None else None

    def _list_screens(self):
        from ui.screens.record_list import RecordListScreen

        screen = self._screen()
        if screen is None:
            return []
        found = [screen] if isinstance(screen, RecordListScreen) else []
        found += [s for s in screen.findChildren(RecordListScreen) if s.isVisible()]
        return [s for s in found if s.isVisible()]

    def _forms(self):
        from ui.forms import RecordForm

        screen = self._screen()
        if screen is None:
            return []
        return [f for f in screen.findChildren(RecordForm) if f.isVisible()]

    def switch_part(self):
        if self.window.view is None:
            return "locked"
        row = self.rng.randrange(PART_COUNT)
        self.window.view.sidebar.setCurrentRow(row)
        return str(row)

    def about_tab(self):
        screen = self._screen()
        tabs = getattr(screen, "tabs", None)
        if tabs is None:
            return "-"
        index = self.rng.randrange(tabs.count())
        tabs.setCurrentIndex(index)
        return str(index)

    def choose_row(self):
        screens = self._list_screens()
        if not screens:
            return "-"
        screen = self.rng.choice(screens)
        rows = screen.proxy.rowCount()
        if not rows:
            return "empty"
        row = self.rng.randrange(min(rows, 40))
        screen.table.selectRow(row)
        return str(row)

    def add_new(self):
        screens = [s for s in self._list_screens() if s.new_button.isEnabled()]
        if not screens:
            return "-"
        screen = self.rng.choice(screens)
        QTest.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
        return type(screen).__name__

    def delete(self):
        screens = [s for s in self._list_screens() if s.delete_button.isEnabled()]
        if not screens:
            return "-"
        screen = self.rng.choice(screens)
        answer = self.rng.random() < 0.8
        screen.confirm = lambda *_a: answer
        QTest.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
        return f"{type(screen).__name__} {answer}"

    def undo_delete(self):
        for screen in self._list_screens():
            if screen.undo_bar.isVisible():
                screen.undo_bar.linkActivated.emit("undo")
                return type(screen).__name__
        return "-"

    def type_into_field(self):
        forms = [f for f in self._forms() if f.record is not None and f.body.isEnabled()]
        if not forms:
            return "-"
        form = self.rng.choice(forms)
        specs = [s for s in form.editable() if form.editors[s.path].isEnabled()]
        if not specs:
            return "-"
        spec = self.rng.choice(specs)
        editor = form.editors[spec.path]
        kind = spec.kind
        rng = self.rng
        if kind in ("text", "date"):
            value = rng.choice(DATES if kind == "date" else TEXTS)
            editor.setFocus()
            if len(value) > 80:
                editor.setText(value)
                editor.textEdited.emit(value)
            else:
                editor.selectAll()
                if value:
                    type_text(editor, value)
                else:
                    QTest.keyClick(editor, Qt.Key.Key_Delete)
            key = rng.choice(KEYS)
            if key is not None:
                QTest.keyClick(editor, key)
            return f"{spec.path}={value[:20]!r}"
        if kind in ("long", "lines"):
            value = rng.choice(LONG_TEXTS)
            editor.setPlainText(value)
            return f"{spec.path}={value[:20]!r}"
        if kind == "bool":
            assert isinstance(editor, QCheckBox)
            editor.setChecked(not editor.isChecked())
            return spec.path
        if kind == "int":
            assert isinstance(editor, QSpinBox)
            editor.setValue(rng.choice([0, 1, 2, 3, 99]))
            return spec.path
        if kind in ("enum", "ref"):
            if editor.isEditable() and rng.random() < 0.6:
                value = rng.choice(OWN_VALUES + [""])
                editor.setFocus()
                line = editor.lineEdit()
                line.selectAll()
                if value:
                    type_text(line, value)
                else:
                    QTest.keyClick(line, Qt.Key.Key_Delete)
                key = rng.choice(KEYS)
                if key is not None:
                    QTest.keyClick(line, key)
                return f"{spec.path} own {value!r} {key}"
            if editor.count():
                editor.setCurrentIndex(rng.randrange(editor.count()))
            return f"{spec.path} #{editor.currentIndex()}"
        if kind == "table":
            if rng.random() < 0.5 or not editor.table.rowCount():
                editor.add_row()
                row = editor.table.rowCount() - 1
            else:
                row = rng.randrange(editor.table.rowCount())
            col = rng.randrange(editor.table.columnCount())
            item = editor.table.item(row, col)
            _attr, _h, col_kind = editor.columns[col]
            if isinstance(col_kind, dict):
                box = editor.table.cellWidget(row, col)
                if box is not None and box.count():
                    box.setCurrentIndex(rng.randrange(box.count()))
            elif item is not None or True:
                from PySide6.QtWidgets import QTableWidgetItem

                text = rng.choice(DATES if col_kind == "date" else TEXTS[:8])
                if item is None:
                    editor.table.setItem(row, col, QTableWidgetItem(text))
                else:
                    item.setText(text)
            if rng.random() < 0.15:
                editor.table.setCurrentCell(row, 0)
                editor.remove_row()
            return f"{spec.path}[{row},{col}]"
        return kind

    def flush(self):
        forms = self._forms()
        for form in forms:
            form.flush()
        return str(len(forms))

    def undo(self):
        forms = [f for f in self._forms() if f.record is not None]
        if not forms:
            return "-"
        form = self.rng.choice(forms)
        form.undo()
        return "ok"

    def search(self):
        if self.window.view is None:
            return "-"
        dialog = self.window.show_search()
        text = self.rng.choice(SEARCHES)
        dialog.field.setText(text)
        dialog.run()
        group = dialog.results.topLevelItem(0)
        if group is not None and group.childCount() and self.rng.random() < 0.6:
            dialog._activate(group.child(0))
        dialog.hide()
        return repr(text)

    def lock_and_unlock(self):
        if self.window.session is None:
            self.window._open_with_key(self.folder, self.key)
            return "unlock"
        self.window.lock()
        self.window._open_with_key(self.folder, self.key)
        self._close_profile_question()
        return "ok"

    def _close_profile_question(self):
        from ui.profiles import ProfileDialog

        for dialog in self.window.findChildren(ProfileDialog):
            if dialog.isVisible():
                dialog.skip()

    def import_document(self):
        screen = self._screen()
        if screen is None:
            return "-"
        if hasattr(screen, "attach_files") and getattr(screen.form, "record", None):
            op = screen.attach_files([self.import_file])
            what = "attach"
        else:
            screen = self.window.view.show_part("documents")
            op = screen.add_files([self.import_file])
            what = "add"
        if op is not None and self.rng.random() < 0.2:
            op.cancel()
            what += " cancelled"
        return what

    def quick_journal(self):
        screen = self._screen()
        if not hasattr(screen, "quick_text"):
            return "-"
        screen.quick_who.setText(self.rng.choice(TEXTS[:6]))
        screen.quick_date.setText(self.rng.choice(DATES))
        screen.quick_text.setText(self.rng.choice(TEXTS))
        screen.quick_add()
        return "ok"

    def history(self):
        forms = [f for f in self._forms() if f.record is not None]
        if not forms or self.window.session.read_only:
            return "-"
        form = self.rng.choice(forms)
        dialog = form.show_history()
        if dialog is None:
            return "-"
        self.window.session.settle()
        if dialog.model.rowCount() > 1 and self.rng.random() < 0.5:
            dialog.confirm = lambda *_a: True
            dialog.select_row(self.rng.randrange(1, dialog.model.rowCount()))
            dialog.restore_selected()
        dialog.close()
        return "ok"

    # ----- the promises ----------

    def check(self) -> None:
        window = self.window
        if window.session is not None:
            window.session.settle()
        QApplication.processEvents()
        problems = []
        if self.unexpected:
            problems.append("unexpected exception:\n" + self.unexpected[-1])
            self.unexpected.clear()
        if self.log_file.exists() and self.log_file.stat().st_size != self.log_size:
            self.log_size = self.log_file.stat().st_size
            problems.append("the error log grew")
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                text = box.text()
                claims = ("bewaard" in text or "opgeslagen" in text) and "niet" not in text
                if box.icon() in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical) \
                        and claims:
                    problems.append(f"an error message claims it saved: {text!r}")
                box.close()
        if window.session is not None and window.view is not None:
            problems += self._compare_with_disk()
        if problems:
            raise WalkFailure("\n".join(problems))

    def _fresh_store(self):
        from storage.db import Database
        from storage.records import RecordStore

        class _Reader:
            profile = "walk"

            def __init__(self, db) -> None:
                self.db = db

        db = Database(self.folder / "dossier.db", self.key, read_only=True)
        return RecordStore(_Reader(db)), db

    def _compare_with_disk(self) -> list[str]:
        from ui.models.records import PagedRecordModel

        problems = []
        store, db = self._fresh_store()
        try:
            for form in self._forms():
                record = form.record
                if record is None:
                    continue
                stored = store.find(record.id)
                where = f"{record.KIND} {record.id[:8]}"
                if stored is None:
                    problems.append(f"{where}: the form shows a record the dossier does not hold")
                    continue
                if to_dict(stored) != to_dict(record):
                    problems.append(f"{where}: the form's version differs from the dossier's:"
                                    f" {_diff(to_dict(record), to_dict(stored))}")
                if form._dirty:
                    state = form.state.text()
                    if state.startswith("Opgeslagen"):
                        problems.append(f"{where}: says '{state}' with unsaved input")
                    if not form.timer.isActive() and "Niet opgeslagen" not in state:
                        problems.append(f"{where}: unsaved input without a word: '{state}'")
                    continue
                try:
                    shown = form.collect()
                except Exception as exc:  # the widgets hold something not saved, silently
                    problems.append(f"{where}: the screen shows what cannot be saved ({exc})"
                                    " and the form does not know")
                    continue
                if to_dict(shown) != to_dict(stored):
                    problems.append(f"{where}: the screen shows something else than the "
                                    f"dossier: {_diff(to_dict(shown), to_dict(stored))}")
            for screen in self._list_screens():
                model = screen.model
                kind = screen.kind
                ids = getattr(model, "ids", None)  # a windowed list reads rows by id
                for row, record in enumerate(model.records):
                    if record is None:  # the list names a row it cannot read
                        problems.append(f"list {kind}: row {ids[row][:8]} is not in the dossier")
                        continue
                    stored = store.find(record.id)
                    if stored is None:
                        problems.append(f"list {kind}: row {record.id[:8]} is not in the dossier")
                    elif to_dict(stored) != to_dict(record):
                        problems.append(f"list {kind}: row {record.id[:8]} is out of date: "
                                        f"{_diff(to_dict(record), to_dict(stored))}")
                if not isinstance(model, PagedRecordModel):
                    shown = {r.id for r in model.records}
                    missing = [r.id[:8] for r in store.list(kind) if r.id not in shown]
                    if missing:
                        problems.append(f"list {kind}: the dossier holds rows not shown: "
                                        f"{missing}")
            child = store.singleton("child_profile")
            name = child.name.split()[0] if child and child.name.strip() else ""
            title = self.window.view.sidebar.item(1).text()
            expected = f"Over {name}" if name else "Over mij"
            if title != expected:
                problems.append(f"sidebar says {title!r}, the dossier {expected!r}")
        finally:
            db.close()
        return problems


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, any character (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char == "\n":
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _diff(shown: dict, stored: dict) -> str:
    keys = sorted(k for k in set(shown) | set(stored) if shown.get(k) != stored.get(k))
    return ", ".join(f"{k}: {str(shown.get(k))[:40]!r} vs {str(stored.get(k))[:40]!r}"
                     for k in keys[:4])


def run(walk: Walk, steps: int, *, stop_on_failure: bool = True,
        on_failure=None) -> list[str]:
    """Walk `steps` steps, checking after each. Returns the failures (with the trace)."""
    failures = []
    with walk.installed():
        walk.check()
        for _ in range(steps):
            walk.step()
            try:
                walk.check()
            except WalkFailure as exc:
                report = f"step {walk.steps}: {exc}\n  last steps:\n    " + "\n    ".join(
                    walk.trace[-8:])
                failures.append(report)
                if stop_on_failure:
                    break
                if on_failure is not None:
                    on_failure(walk)
    return failures
