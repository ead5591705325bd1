"""The kinds of field a form has: the widget for each, putting a value in, reading it back.

`F(path, label, kind)` (ui/forms.py) names the kind: text, long, date, bool, int, lines, enum,
ref (a reference list, open to the family's own values) or table (rows of a sub-list).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.paths import item_type
from ui.i18n import translate
from ui.util import format_date
from ui.widgets import ChoiceBox, DateEdit, SubTable, enum_choices

if TYPE_CHECKING:
    from ui.forms import F


def make_editor(spec: F, session, touch) -> QWidget:
    """The editing widget of one field; every edit calls `touch`."""
    kind = spec.kind
    if kind == "text":
        w = QLineEdit()
        w.textEdited.connect(touch)
    elif kind in ("long", "lines"):
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        line = w.fontMetrics().lineSpacing()
        w.setMinimumHeight(line * 3 + 12)
        w.setMaximumHeight(line * (6 if kind == "long" else 5) + 12)
        w.textChanged.connect(touch)
    elif kind == "date":
        w = DateEdit()
        w.textEdited.connect(touch)
    elif kind == "bool":
        w = QCheckBox(translate("Fields", spec.label))
        w.toggled.connect(touch)
    elif kind == "int":
        w = QSpinBox()
        w.setRange(0, 9999)
        w.valueChanged.connect(touch)
    elif kind == "enum":
        w = ChoiceBox(enum_choices(spec.choices))
        w.currentIndexChanged.connect(touch)
    elif kind == "ref":
        # The family's own entries too (a value typed here before joins the list).
        ref = getattr(session.records.reference(), spec.choices)
        w = ChoiceBox(
            [(item.code, item.label) for item in ref.items], editable=True, empty=True
        )
        w.currentIndexChanged.connect(touch)
        w.editTextChanged.connect(touch)
    elif kind == "table":
        cols = [(a, translate("Fields", h), k) for a, h, k in spec.columns]
        w = SubTable(cols, add_text=translate("Fields", spec.add_text or "Regel toevoegen"))
        w.changed.connect(touch)
    else:  # pragma: no cover - a programming error
        raise ValueError(kind)
    w.setAccessibleName(translate("Fields", spec.label))
    if spec.help:
        w.setToolTip(translate("Fields", spec.help))
    return w


def put_value(spec: F, w: QWidget, value) -> None:
    """Show `value` in the field's widget."""
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


def take_value(spec: F, w: QWidget, record_type: type, current):
    """The value the field's widget holds (`current`: the record's value, kept for table
    rows that the widget does not show every attribute of)."""
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
        cls = item_type(record_type, spec.path)
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
