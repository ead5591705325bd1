"""Dataclass <-> JSON-safe dict, driven by the type hints of app.model.

`to_dict` writes every field in declaration order (dates as "YYYY-MM-DD", enums as their value,
nested dataclasses as dicts); `from_dict` is strict and reverses it exactly. Hostile input (wrong
types, unknown keys, huge strings or lists, broken dates) raises ValidationError with a path.
Missing keys take the field's default, so older or hand-written files stay readable.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from app.dates import MAX_YEAR, MIN_YEAR, in_range
from app.errors import ValidationError

#: Longest accepted text in one field (characters).
MAX_STRING_LENGTH = 100_000
#: Longest accepted list (a 20-year journal holds ~20,000 entries).
MAX_LIST_LENGTH = 200_000
#: Most keys accepted in a free dict (deadline_overrides).
MAX_DICT_LENGTH = 200
#: Integers beyond this are refused (no field needs more).
MAX_INT = 10**12

#: Ids: letters, digits and `_ . : -`, at most 128 characters (uuid4 hex in practice).
# \Z, not $: "$" also matches before a trailing newline ("abc\n" would pass).
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}\Z")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

T = TypeVar("T")


def is_id_field(name: str) -> bool:
    """Fields holding record or document ids, checked against ID_RE: `id`, `*_id`, `*_ids`."""
    return name == "id" or name.endswith("_id") or name.endswith("_ids")


# --- to_dict -----------------------------------------------------------------------------------


def to_dict(obj: Any) -> dict[str, Any]:
    """A dataclass instance as a JSON-safe dict (all fields, in declaration order)."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"to_dict expects a dataclass instance, not {type(obj).__name__}")
    return {f.name: _encode(getattr(obj, f.name)) for f in _fields(type(obj))}


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        if isinstance(value, Enum):
            return value.value
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value):
        return to_dict(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


# --- from_dict ---------------------------------------------------------------------------------


@cache
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[T], data: Any, path: str = "") -> T:
    """Build a `cls` instance from `data` (as made by to_dict), strictly.

    Raises ValidationError naming the place (prefixed with `path`) on anything unexpected, and
    on a broken domain rule (the record's own ``validate()``).
    """
    return _decode_dataclass(cls, data, path)


def _decode_dataclass(cls: type[T], data: Any, path: str) -> T:
    if not isinstance(data, dict):
        raise ValidationError(f"verwacht een object {{...}}, maar vond {_describe(data)}", path)
    hints = _hints(cls)
    fields = _fields(cls)
    known = {f.name for f in fields}
    for key in data:
        if key not in known:
            shown = key if isinstance(key, str) else repr(key)
            raise ValidationError(f"onbekend veld '{_clip(shown)}'", path)
    kwargs: dict[str, Any] = {}
    for f in fields:
        if f.name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValidationError(f"het veld '{f.name}' ontbreekt", path)
            continue
        field_path = f"{path}.{f.name}" if path else f.name
        value = _decode(hints[f.name], data[f.name], field_path)
        if is_id_field(f.name):
            _check_ids(value, field_path)
        kwargs[f.name] = value
    obj = cls(**kwargs)
    validate = getattr(obj, "validate", None)
    if validate is not None:
        try:
            validate()
        except ValidationError as e:
            raise e.within(path) from None
    return obj


def _decode(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin is types.UnionType or origin is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        if len(args) != 1:  # pragma: no cover - the model only uses `X | None`
            raise TypeError(f"unsupported union {tp}")
        return _decode(args[0], value, path)
    if value is None:
        raise ValidationError("mag niet leeg (null) zijn", path)
    if tp is str:
        return check_string(value, path)
    if tp is bool:
        if not isinstance(value, bool):
            raise ValidationError(f"verwacht true of false, maar vond {_describe(value)}", path)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"verwacht een geheel getal, maar vond {_describe(value)}", path)
        if abs(value) > MAX_INT:
            raise ValidationError("dit getal is te groot", path)
        return value
    if tp is date:
        return parse_date(value, path)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except (ValueError, TypeError):
            allowed = ", ".join(str(m.value) for m in tp)
            raise ValidationError(
                f"{_clip(repr(value))} is geen geldige keuze (kies uit: {allowed})", path
            ) from None
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise ValidationError(f"verwacht een lijst [...], maar vond {_describe(value)}", path)
        if len(value) > MAX_LIST_LENGTH:
            raise ValidationError(f"de lijst is te lang (meer dan {MAX_LIST_LENGTH})", path)
        return [_decode(item_tp, item, f"{path}[{i}]") for i, item in enumerate(value)]
    if origin is dict:
        key_tp, item_tp = typing.get_args(tp)
        if not isinstance(value, dict):
            raise ValidationError(
                f"verwacht een object {{...}}, maar vond {_describe(value)}", path
            )
        if len(value) > MAX_DICT_LENGTH:
            raise ValidationError(f"te veel onderdelen (meer dan {MAX_DICT_LENGTH})", path)
        out = {}
        for key, item in value.items():
            key = _decode(key_tp, key, path)
            out[key] = _decode(item_tp, item, f"{path}[{_clip(repr(key))}]")
        return out
    if dataclasses.is_dataclass(tp):
        return _decode_dataclass(tp, value, path)
    raise TypeError(f"unsupported type {tp!r} at {path}")  # pragma: no cover - a model bug


def check_string(value: Any, path: str, max_length: int = MAX_STRING_LENGTH) -> str:
    """`value` if it is an acceptable text; otherwise ValidationError."""
    if not isinstance(value, str):
        raise ValidationError(f"verwacht tekst, maar vond {_describe(value)}", path)
    if len(value) > max_length:
        raise ValidationError(
            f"de tekst is te lang ({len(value)} tekens, hoogstens {max_length})", path
        )
    if "\x00" in value:
        raise ValidationError("de tekst bevat een ongeldig teken (NUL)", path)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            "de tekst bevat ongeldige tekens (geen geldige UTF-8)", path
        ) from None
    return value


def parse_date(value: Any, path: str) -> date:
    """A date from its "YYYY-MM-DD" text; ValidationError otherwise."""
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if in_range(day):
                return day
            raise ValidationError(
                f"'{value}' ligt buiten {MIN_YEAR}-{MAX_YEAR}; is het jaartal goed?", path)
    shown = _clip(value if isinstance(value, str) else repr(value), 40)
    raise ValidationError(f"'{shown}' is geen geldige datum (gebruik jjjj-mm-dd)", path)


def _check_ids(value: Any, path: str) -> None:
    if value is None:
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            _check_ids(item, f"{path}[{i}]")
        return
    if not ID_RE.match(value):
        raise ValidationError(
            f"'{_clip(value, 40)}' is geen geldige id (letters, cijfers en _ . : -, "
            "hoogstens 128 tekens)",
            path,
        )


def _describe(value: Any) -> str:
    if value is None:
        return "niets (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "een getal"
    if isinstance(value, str):
        return f"de tekst '{_clip(value, 40)}'"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een object"
    return type(value).__name__


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- from_stored: the fast path for data this app wrote itself --------------------------------


def from_stored(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record that storage saved (checked by `validate` when it was saved).

    No checks, so about five times faster than from_dict: for reading twenty years of dossier.
    Anything from outside (an import, a file) goes through from_dict instead.
    """
    return _converter(cls)(data)


def _identity(value: Any) -> Any:
    return value


@cache
def _converter(tp: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(tp)
    if origin is types.UnionType or origin is typing.Union:
        (inner_tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _converter(inner_tp)
        if inner is _identity:
            return _identity
        return lambda v: None if v is None else inner(v)
    if tp in (str, bool, int):
        return _identity
    if tp is date:
        return date.fromisoformat
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        item = _converter(item_tp)
        if item is _identity:
            return list
        return lambda v: [item(x) for x in v]
    if origin is dict:
        key_tp, item_tp = typing.get_args(tp)
        key, item = _converter(key_tp), _converter(item_tp)
        return lambda v: {key(k): item(x) for k, x in v.items()}
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        plan = [(f.name, _converter(hints[f.name])) for f in _fields(tp)]

        def build(value: dict[str, Any]) -> Any:
            return tp(**{name: conv(value[name]) for name, conv in plan if name in value})

        return build
    raise TypeError(f"unsupported type {tp!r}")  # pragma: no cover - a model bug
