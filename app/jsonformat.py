"""The open export/import format ("zorgmap-dossier", version 2; version 1 still reads),
documented in docs/export-format.md.

`content_to_json` builds the JSON object (deterministic: lists sorted by a fixed key ending in the
record id); `content_from_json` checks everything before returning anything, so a broken or
hostile file creates nothing, and reports every problem it finds (up to MAX_ERRORS) at once.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from app.deadlines import Deadline
from app.errors import ValidationError, ValidationErrors
from app.model import (
    SIGNAL_CATEGORY_LABELS,
    AidRequest,
    Alert,
    Allergy,
    Breathing,
    CarePlan,
    ChildProfile,
    Contact,
    Decision,
    DossierContent,
    EpilepsyProtocol,
    Feeding,
    FuturePlan,
    JournalEntry,
    Medication,
    Record,
    Signal,
    reconcile_kind_and_status,
)
from app.serialize import ID_RE, MAX_LIST_LENGTH, check_string, from_dict, parse_date, to_dict

FORMAT = "zorgmap-dossier"
VERSION = 2
#: Older versions that still import (upgraded in memory first, see _upgrade_v1).
READABLE_VERSIONS = (1, 2)
#: An import reports at most this many problems at once.
MAX_ERRORS = 50

TOP_LEVEL_KEYS = (
    "format",
    "version",
    "child",
    "network",
    "decisions",
    "aid_requests",
    "care_plans",
    "future_plan",
    "documents",
    "journal",
    "deadlines",
)
CHILD_KEYS = (
    "profile",
    "signals",
    "medications",
    "allergies",
    "epilepsy",
    "feeding",
    "breathing",
    "alerts",
)

#: Largest document content accepted in an import (bytes, after base64 decoding).
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
DOCUMENT_REQUIRED_KEYS = ("id", "name", "mime", "size", "sha256", "added_at")
DOCUMENT_KEYS = (*DOCUMENT_REQUIRED_KEYS, "note", "content_base64")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_TIMESTAMP_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$"
)

_SIGNAL_ORDER = {category: i for i, category in enumerate(SIGNAL_CATEGORY_LABELS)}


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


# Sort keys per list: readable order first, the id last so the order is total.
_SORT_KEYS: dict[str, Callable[[Any], tuple]] = {
    "signals": lambda r: (_SIGNAL_ORDER[r.category], r.id),
    "medications": lambda r: (_d(r.start_date), r.name.casefold(), r.id),
    "allergies": lambda r: (r.substance.casefold(), r.id),
    "alerts": lambda r: (r.title.casefold(), r.id),
    "network": lambda r: (r.name.casefold(), r.organisation.casefold(), r.id),
    "decisions": lambda r: (_d(r.decision_date or r.start_date), r.id),
    "aid_requests": lambda r: (r.title.casefold(), r.id),
    "care_plans": lambda r: (r.provider.casefold(), r.title.casefold(), r.id),
    "journal": lambda r: (_d(r.on), r.id),
}


def _records(name: str, records: Iterable[Record]) -> list[dict[str, Any]]:
    return [to_dict(r) for r in sorted(records, key=_SORT_KEYS[name])]


def _optional(record: Record | None) -> dict[str, Any] | None:
    return None if record is None else to_dict(record)


def content_to_json(
    content: DossierContent,
    documents: list[dict[str, Any]],
    deadlines: list[Deadline],
    generated_on: date,
) -> dict[str, Any]:
    """The whole dossier as a JSON-ready dict in the open format.

    `documents` are the metadata dicts from storage (see DOCUMENT_KEYS); `deadlines` are the
    ones computed for `generated_on`. The result is the same for the same input, whatever the
    order of the lists.
    """
    if isinstance(generated_on, datetime):
        generated_on = generated_on.date()
    docs = [_check_document(doc, f"documents[{i}]") for i, doc in enumerate(documents)]
    docs.sort(key=lambda d: (d["added_at"], d["id"]))
    return {
        "format": FORMAT,
        "version": VERSION,
        "child": {
            "profile": to_dict(content.child),
            "signals": _records("signals", content.signals),
            "medications": _records("medications", content.medications),
            "allergies": _records("allergies", content.allergies),
            "epilepsy": _optional(content.epilepsy),
            "feeding": _optional(content.feeding),
            "breathing": _optional(content.breathing),
            "alerts": _records("alerts", content.alerts),
        },
        "network": _records("network", content.network),
        "decisions": _records("decisions", content.decisions),
        "aid_requests": _records("aid_requests", content.aid_requests),
        "care_plans": _records("care_plans", content.care_plans),
        "future_plan": _optional(content.future_plan),
        "documents": docs,
        "journal": _records("journal", content.journal),
        "deadlines": {
            "computed_on": generated_on.isoformat(),
            "items": [to_dict(d) for d in sorted(deadlines, key=lambda d: (d.due, d.id))],
        },
    }


# --- import ------------------------------------------------------------------------------------


class _Collector:
    """Collects problems instead of stopping at the first one (up to MAX_ERRORS)."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []
        self.more = 0

    def add(self, error: ValidationError) -> None:
        if isinstance(error, ValidationErrors):
            for inner in error.errors:
                self.add(inner)
            self.more += error.more
        elif len(self.errors) < MAX_ERRORS:
            self.errors.append(error)
        else:
            self.more += 1

    def attempt(self, fn: Callable[[], Any], default: Any = None) -> Any:
        try:
            return fn()
        except ValidationError as e:
            self.add(e)
            return default

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors, self.more)


#: Defaults of keys a file may leave out (everything except `format` and `version`).
TOP_LEVEL_DEFAULTS: dict[str, Any] = {
    "child": {}, "network": [], "decisions": [], "aid_requests": [], "care_plans": [],
    "future_plan": None, "documents": [], "journal": [], "deadlines": None,
}  # fmt: skip
CHILD_DEFAULTS: dict[str, Any] = {
    "profile": {}, "signals": [], "medications": [], "allergies": [], "epilepsy": None,
    "feeding": None, "breathing": None, "alerts": [],
}  # fmt: skip


def content_from_json(data: Any) -> tuple[DossierContent, list[dict[str, Any]]]:
    """Check a parsed export file completely and rebuild the dossier and document metadata.

    Raises ValidationError (with the place in the file) on a wrong format or version; for
    everything else (wrong types, unknown keys, texts or lists that are too long, broken dates,
    duplicate ids, references to records or documents that are not in the file) it goes on
    checking and raises one ValidationErrors with every problem found (up to MAX_ERRORS), each
    with its path. Missing keys take the defaults in TOP_LEVEL_DEFAULTS and CHILD_DEFAULTS.
    Deadlines in the file are checked but not returned: they are derived and computed again.
    """
    if not isinstance(data, dict):
        raise ValidationError("dit is geen Zorgmap-exportbestand (verwacht een object {...})")
    if data.get("format") != FORMAT:
        raise ValidationError(f"dit is geen Zorgmap-exportbestand (verwacht '{FORMAT}')", "format")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError("de versie ontbreekt of is geen getal", "version")
    if version > VERSION:
        raise ValidationError(
            f"dit bestand is gemaakt met een nieuwere Zorgmap (versie {version}); "
            "werk Zorgmap bij en probeer het opnieuw",
            "version",
        )
    if version not in READABLE_VERSIONS:
        raise ValidationError(f"versie {version} wordt niet ondersteund", "version")
    if version == 1:
        data = _upgrade_v1(data)
    found = _Collector()
    data = _with_defaults(data, TOP_LEVEL_DEFAULTS, ("format", "version"), "", found)

    child = data["child"]
    if not isinstance(child, dict):
        found.add(ValidationError("verwacht een object {...}", "child"))
        child = {}
    child = _with_defaults(child, CHILD_DEFAULTS, (), "child", found)

    def one(cls: type, value: Any, path: str, default: Any = None) -> Any:
        return found.attempt(lambda: _maybe(cls, value, path), default)

    def many(cls: type, value: Any, path: str) -> list[Any]:
        return _list(cls, value, path, found)

    content = DossierContent(
        child=one(ChildProfile, child["profile"], "child.profile") or ChildProfile(),
        signals=many(Signal, child["signals"], "child.signals"),
        medications=many(Medication, child["medications"], "child.medications"),
        allergies=many(Allergy, child["allergies"], "child.allergies"),
        epilepsy=one(EpilepsyProtocol, child["epilepsy"], "child.epilepsy"),
        feeding=one(Feeding, child["feeding"], "child.feeding"),
        breathing=one(Breathing, child["breathing"], "child.breathing"),
        alerts=many(Alert, child["alerts"], "child.alerts"),
        network=many(Contact, data["network"], "network"),
        decisions=many(Decision, data["decisions"], "decisions"),
        aid_requests=many(AidRequest, data["aid_requests"], "aid_requests"),
        care_plans=many(CarePlan, data["care_plans"], "care_plans"),
        future_plan=one(FuturePlan, data["future_plan"], "future_plan"),
        journal=many(JournalEntry, data["journal"], "journal"),
    )
    raw_docs = data["documents"]
    documents: list[dict[str, Any]] = []
    if not isinstance(raw_docs, list):
        found.add(ValidationError("verwacht een lijst [...]", "documents"))
    elif found.attempt(lambda: _check_length(raw_docs, "documents"), False) is not False:
        for i, doc in enumerate(raw_docs):
            checked = found.attempt(lambda doc=doc, i=i: _check_document(doc, f"documents[{i}]"))
            if checked is not None:
                documents.append(checked)
    if data["deadlines"] is not None:
        found.attempt(lambda: _check_deadlines(data["deadlines"]))
    check_ids_and_references(content, documents, found)
    found.raise_if_any()
    return content, documents


def _upgrade_v1(data: dict[str, Any]) -> dict[str, Any]:
    """A version 1 file in version 2 terms (a copy; the caller's data is not changed).

    Version 1 allowed a decision's kind and status to contradict; they are reconciled the way
    the schema-3 migration does it (app.model.reconcile_kind_and_status).
    """
    data = dict(data)
    decisions = data.get("decisions")
    if isinstance(decisions, list):
        fixed = []
        for item in decisions:
            if isinstance(item, dict) and isinstance(item.get("kind"), str) and isinstance(
                    item.get("status", "aangevraagd"), str):
                kind, status = reconcile_kind_and_status(item["kind"],
                                                         item.get("status", "aangevraagd"))
                item = {**item, "kind": kind, "status": status}
            fixed.append(item)
        data["decisions"] = fixed
    data["version"] = VERSION
    return data


def _with_defaults(data: dict[str, Any], defaults: dict[str, Any], fixed: tuple[str, ...],
                   path: str, found: _Collector) -> dict[str, Any]:
    """`data` with missing keys filled from `defaults`; unknown keys are reported."""
    out = dict(data)
    for key in data:
        if key not in defaults and key not in fixed:
            found.add(ValidationError(f"onbekend veld '{str(key)[:60]}'", path))
            del out[key]
    for key, default in defaults.items():
        out.setdefault(key, copy.deepcopy(default))
    return out


def _check_keys(data: dict[str, Any], expected: tuple[str, ...], path: str) -> None:
    for key in data:
        if key not in expected:
            raise ValidationError(f"onbekend veld '{str(key)[:60]}'", path)
    for key in expected:
        if key not in data:
            raise ValidationError(f"het veld '{key}' ontbreekt", path)


def _check_length(value: list[Any], path: str) -> None:
    if len(value) > MAX_LIST_LENGTH:
        raise ValidationError(f"de lijst is te lang (meer dan {MAX_LIST_LENGTH})", path)


def _list(cls: type, value: Any, path: str, found: _Collector | None = None) -> list[Any]:
    if not isinstance(value, list):
        error = ValidationError("verwacht een lijst [...]", path)
        if found is None:
            raise error
        found.add(error)
        return []
    if found is None:
        _check_length(value, path)
        return [from_dict(cls, item, f"{path}[{i}]") for i, item in enumerate(value)]
    if found.attempt(lambda: _check_length(value, path), False) is False:
        return []
    items = []
    for i, item in enumerate(value):
        decoded = found.attempt(lambda item=item, i=i: from_dict(cls, item, f"{path}[{i}]"))
        if decoded is not None:
            items.append(decoded)
    return items


def _maybe(cls: type, value: Any, path: str) -> Any:
    return None if value is None else from_dict(cls, value, path)


def _check_document(doc: Any, path: str) -> dict[str, Any]:
    """Check one document's metadata; return a copy with keys in DOCUMENT_KEYS order."""
    if not isinstance(doc, dict):
        raise ValidationError("verwacht een object {...}", path)
    for key in doc:
        if key not in DOCUMENT_KEYS:
            raise ValidationError(f"onbekend veld '{str(key)[:60]}'", path)
    for key in DOCUMENT_REQUIRED_KEYS:
        if key not in doc:
            raise ValidationError(f"het veld '{key}' ontbreekt", path)
    doc_id = check_string(doc["id"], f"{path}.id", 128)
    if not ID_RE.match(doc_id):
        raise ValidationError(f"'{doc_id}' is geen geldige id", f"{path}.id")
    name = check_string(doc["name"], f"{path}.name", 1000)
    mime = check_string(doc["mime"], f"{path}.mime", 255)
    size = doc["size"]
    if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= MAX_DOCUMENT_BYTES:
        raise ValidationError(
            f"de grootte moet een geheel getal tussen 0 en {MAX_DOCUMENT_BYTES} zijn",
            f"{path}.size",
        )
    sha256 = check_string(doc["sha256"], f"{path}.sha256", 64)
    if not _SHA256_RE.match(sha256):
        raise ValidationError("verwacht 64 tekens 0-9 en a-f (SHA-256)", f"{path}.sha256")
    added_at = check_string(doc["added_at"], f"{path}.added_at", 40)
    if not _TIMESTAMP_RE.match(added_at):
        raise ValidationError(
            f"'{added_at}' is geen geldige datum (gebruik jjjj-mm-dd of jjjj-mm-ddTuu:mm:ss)",
            f"{path}.added_at",
        )
    try:
        datetime.fromisoformat(added_at.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(f"'{added_at}' is geen geldige datum", f"{path}.added_at") from None
    out: dict[str, Any] = {
        "id": doc_id,
        "name": name,
        "mime": mime,
        "size": size,
        "sha256": sha256,
        "added_at": added_at,
        "note": check_string(doc.get("note", ""), f"{path}.note"),
    }
    if "content_base64" in doc:
        encoded = check_string(
            doc["content_base64"], f"{path}.content_base64", (MAX_DOCUMENT_BYTES // 3 + 1) * 4
        )
        try:
            raw = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(
                "de inhoud is geen geldige base64", f"{path}.content_base64"
            ) from None
        if len(raw) != size:
            raise ValidationError(
                f"de inhoud is {len(raw)} bytes, maar 'size' zegt {size}", f"{path}.content_base64"
            )
        if hashlib.sha256(raw).hexdigest() != sha256:
            raise ValidationError(
                "de inhoud past niet bij de SHA-256 (het bestand is beschadigd of veranderd)",
                f"{path}.content_base64",
            )
        out["content_base64"] = encoded
    return out


def _check_deadlines(value: Any) -> None:
    path = "deadlines"
    if not isinstance(value, dict):
        raise ValidationError("verwacht een object {...}", path)
    _check_keys(value, ("computed_on", "items"), path)
    parse_date(value["computed_on"], f"{path}.computed_on")
    _list(Deadline, value["items"], f"{path}.items")


def _record_paths(content: DossierContent) -> Iterable[tuple[str, Record]]:
    yield "child.profile", content.child
    for name, path in (
        ("signals", "child.signals"),
        ("medications", "child.medications"),
        ("allergies", "child.allergies"),
    ):
        for i, record in enumerate(getattr(content, name)):
            yield f"{path}[{i}]", record
    for name in ("epilepsy", "feeding", "breathing"):
        record = getattr(content, name)
        if record is not None:
            yield f"child.{name}", record
    for i, record in enumerate(content.alerts):
        yield f"child.alerts[{i}]", record
    for name in ("network", "decisions", "aid_requests", "care_plans"):
        for i, record in enumerate(getattr(content, name)):
            yield f"{name}[{i}]", record
    if content.future_plan is not None:
        yield "future_plan", content.future_plan
    for i, record in enumerate(content.journal):
        yield f"journal[{i}]", record


def check_ids_and_references(
    content: DossierContent, documents: list[dict[str, Any]], found: _Collector | None = None
) -> None:
    """Duplicate ids or references to missing records/documents: raise ValidationError, or
    with `found` collect every one of them."""
    seen: dict[str, str] = {}
    report = found.add if found is not None else _raise

    def claim(item_id: str, path: str) -> None:
        if item_id in seen:
            report(ValidationError(
                f"de id '{item_id}' komt twee keer voor (ook bij {seen[item_id]})", path
            ))
            return
        seen[item_id] = path

    records = list(_record_paths(content))
    for path, record in records:
        claim(record.id, f"{path}.id")
    for i, doc in enumerate(documents):
        claim(doc["id"], f"documents[{i}].id")

    contacts = {c.id for c in content.network}
    decisions = {d.id for d in content.decisions}
    medications = {m.id for m in content.medications}
    docs = {d["id"] for d in documents}
    what = {
        "contact": (contacts, "een persoon in het netwerk"),
        "decision": (decisions, "een besluit"),
        "medication": (medications, "een medicijn"),
        "document": (docs, "een document"),
        "any": (seen.keys(), "iets"),
    }

    def ref(target: str, value: str | None, path: str) -> None:
        ids, name = what[target]
        if value is not None and value not in ids:
            report(ValidationError(
                f"verwijst naar {name} met id '{value}', maar dat staat niet in dit bestand", path
            ))

    def refs(target: str, values: list[str], path: str) -> None:
        for i, value in enumerate(values):
            ref(target, value, f"{path}[{i}]")

    ref("document", content.child.photo_document_id, "child.profile.photo_document_id")
    for path, record in records:
        if isinstance(record, Decision):
            refs("document", record.document_ids, f"{path}.document_ids")
            refs("any", record.linked_ids, f"{path}.linked_ids")
        elif isinstance(record, AidRequest):
            refs("contact", record.professionals, f"{path}.professionals")
            refs("decision", record.decision_ids, f"{path}.decision_ids")
            refs("document", record.document_ids, f"{path}.document_ids")
            refs("any", record.linked_ids, f"{path}.linked_ids")
            for j, quote in enumerate(record.quotes):
                ref("document", quote.document_id, f"{path}.quotes[{j}].document_id")
        elif isinstance(record, CarePlan):
            ref("contact", record.provider_contact_id, f"{path}.provider_contact_id")
            refs("document", record.document_ids, f"{path}.document_ids")
        elif isinstance(record, FuturePlan):
            ref(
                "contact",
                record.legal.representative_contact_id,
                f"{path}.legal.representative_contact_id",
            )
        elif isinstance(record, JournalEntry):
            ref("contact", record.contact_id, f"{path}.contact_id")
            refs("any", record.linked_ids, f"{path}.linked_ids")
        elif isinstance(record, EpilepsyProtocol):
            ref("medication", record.rescue_medication_id, f"{path}.rescue_medication_id")


def _raise(error: ValidationError) -> None:
    raise error


def read_export(raw: bytes | str) -> tuple[DossierContent, list[dict[str, Any]]]:
    """Parse the text of an export file and check it (see content_from_json).

    Broken JSON (also invalid UTF-8, or nesting so deep it would exhaust the stack) becomes a
    ValidationError too, so a caller only has to handle one error type.
    """
    from app.safejson import loads

    # The pre-parse layer: duplicate keys, NaN/Infinity, huge numbers and deep nesting are
    # refused here, before the format is looked at.
    data = loads(raw)
    return content_from_json(data)


def write_export(data: dict[str, Any]) -> bytes:
    """The bytes of an export file: UTF-8 JSON, indented, keys in format order."""
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
