"""A family's shared record as the copilot reads it: a read-only page with the forms' own
Dutch labels (`record_html`). Also the translation context (`tr`) and item role the
copilot's desk modules share."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from ui.i18n import translate
from ui.util import format_date, label

ID_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    # lupdate files a plain tr("…") call under the empty context; ask that one.
    return translate("", text)


def _field_labels() -> dict[str, dict[str, tuple[str, str | None]]]:
    """Per record kind, each field path's Dutch label (and reference list, for codes), taken
    from the family's own forms."""
    from ui.forms import F
    from ui.screens import about_sections as about
    from ui.screens import aids, careplans, decisions, future, journal, network

    found: dict[str, dict[str, tuple[str, str | None]]] = {}
    lists = [(about.PROFILE_FIELDS, "child_profile"), (about.EPILEPSY_FIELDS, "epilepsy_protocol"),
             (about.FEEDING_FIELDS, "feeding"), (about.BREATHING_FIELDS, "breathing"),
             (future.FIELDS, "future_plan")]
    for module in (about, aids, careplans, decisions, journal, network):
        for value in vars(module).values():
            if isinstance(value, type) and isinstance(getattr(value, "fields", None), list) \
                    and getattr(value, "kind", None):
                lists.append((value.fields, value.kind))
    for fields, kind in lists:
        for f in fields:
            if isinstance(f, F) and f.kind != "section":
                ref = f.choices if f.kind == "ref" else None
                found.setdefault(kind, {})[f.path] = (translate("Fields", f.label), ref)
    return found


_LABELS: dict[str, dict[str, tuple[str, str | None]]] | None = None


def record_html(record) -> str:
    """A record's filled-in fields as a simple read-only page, with the forms' Dutch labels."""
    import html
    from enum import Enum

    from app.reference import load_reference
    from storage.records import _ENUM_LABELS

    global _LABELS
    if _LABELS is None:
        _LABELS = _field_labels()
    names = {path: name for path, (name, _ref) in _LABELS.get(record.KIND, {}).items()}
    refs = {path: ref for path, (_name, ref) in _LABELS.get(record.KIND, {}).items() if ref}
    reference = load_reference()
    rows = []

    def walk(value, path: str, shown: str) -> None:
        if value in (None, "", [], {}) or path in ("id", "checked_on") or path.endswith(
                ("_id", "_ids", "deadline_overrides")):
            return
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                sub = f"{path}.{f.name}" if path else f.name
                walk(getattr(value, f.name), sub, names.get(sub, f"{shown} – {f.name}"
                                                           if shown else f.name))
        elif isinstance(value, list):
            for i, item in enumerate(value, 1):
                walk(item, path, f"{shown} {i}")
        elif isinstance(value, Enum):
            rows.append((shown, label(_ENUM_LABELS.get(type(value), {}).get(value,
                                                                            str(value.value)))))
        elif isinstance(value, bool):
            rows.append((shown, translate("Common", "Ja") if value else tr("Nee")))
        elif isinstance(value, str) and path in refs:
            rows.append((shown, getattr(reference, refs[path]).label_for(value)))
        else:
            text = format_date(value) if isinstance(value, dt.date) else str(value)
            rows.append((shown, text))

    for f in dataclasses.fields(record):
        walk(getattr(record, f.name), f.name, names.get(f.name, f.name.replace("_", " ")))
    body = "".join(f"<tr><td valign='top'><i>{html.escape(k)}</i></td>"
                   f"<td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>" for k, v in rows)
    return f"<h3>{html.escape(record.label())}</h3><table cellspacing='4'>{body}</table>"


