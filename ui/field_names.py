"""A record's fields as its form shows them: `FieldNames` (the form's Dutch labels, choice
labels, dd-mm-jjjj) and `changes`, one change of the history as (label, was, werd) rows.

Used by the Geschiedenis dialog (ui/history.py) and the team's conflict list (ui/team_dialog.py).
"""

from __future__ import annotations

import re

from app.history import changed_fields, is_empty
from storage.records import HistoryEntry
from ui.i18n import translate
from ui.util import label

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
        if is_empty(value):
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
    return [(names.name(path), names.show(path, old), names.show(path, new))
            for path, old, new in changed_fields(entry.before, entry.after, names.rank)]
