"""A JSON reader for files from outside: limits before and during parsing, one error type.

Used for import files, key files and backup headers. It refuses what Python's `json` would
accept silently or fail on with an unexpected error: duplicate keys (the last would win),
NaN/Infinity, integers of thousands of digits, nesting deeper than the stack, invalid UTF-8,
and files that are not regular files (a FIFO would hang, /dev/zero would never end).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from app.errors import ValidationError

#: Longest number text accepted (digits); no field needs more than a 13-digit integer.
MAX_NUMBER_CHARS = 40


class _Refused(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"de sleutel '{key[:40]}' komt twee keer voor in hetzelfde object")
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _Refused(f"'{name}' is geen getal dat Zorgmap kent")


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"een getal van {len(text)} cijfers is te lang")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"een getal van {len(text)} tekens is te lang")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused("een getal is te groot")
    return value


def loads(raw: bytes | str) -> Any:
    """Parse JSON strictly; any problem is a ValidationError with a Dutch reason."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes | bytearray) else raw
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant,
                          parse_int=_int, parse_float=_float)
    except UnicodeDecodeError:
        raise ValidationError("het bestand is geen geldige UTF-8-tekst") from None
    except json.JSONDecodeError as e:
        raise ValidationError(
            f"het bestand is geen geldige JSON (regel {e.lineno}, kolom {e.colno})"
        ) from None
    except _Refused as e:
        raise ValidationError(str(e)) from None
    except (RecursionError, MemoryError):
        raise ValidationError("het bestand is te diep genest of te groot") from None
    except ValueError as e:  # Python's own int-digit limit and similar
        raise ValidationError(f"het bestand bevat een ongeldige waarde ({e})"[:200]) from None


def read_regular_file(path: Path, max_bytes: int, what: str = "het bestand") -> bytes:
    """The bytes of a regular file of at most `max_bytes`; ValidationError otherwise.

    Opened without following into a FIFO's wait (O_NONBLOCK) and checked on the open handle,
    so a file swapped for a device in between is caught too.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ValidationError(f"{what} '{path.name}' is niet gevonden") from None
    except IsADirectoryError:
        raise ValidationError(f"'{path.name}' is een map, geen bestand") from None
    except PermissionError:
        raise ValidationError(f"Zorgmap mag {what} '{path.name}' niet lezen") from None
    except OSError as e:
        raise ValidationError(f"{what} '{path.name}' kan niet worden gelezen ({e.strerror})") \
            from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError(f"'{path.name}' is een map, geen bestand")
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(f"'{path.name}' is geen gewoon bestand")
        if info.st_size > max_bytes:
            raise ValidationError(
                f"{what} is te groot (meer dan {_size(max_bytes)})")
        # One buffer of the announced size, filled in place: no second copy while joining.
        buffer = bytearray(info.st_size)
        view = memoryview(buffer)
        total = 0
        with os.fdopen(os.dup(fd), "rb", buffering=0) as fh:
            try:
                while total < len(buffer):
                    n = fh.readinto(view[total:])
                    if not n:
                        break
                    total += n
                if fh.read(1):  # the file grew while we read it
                    raise ValidationError(f"{what} veranderde tijdens het lezen")
            except OSError as e:
                raise ValidationError(f"{what} '{path.name}' kan niet worden gelezen "
                                      f"({e.strerror})") from None
            finally:
                view.release()
        del buffer[total:]
        return bytes(buffer) if len(buffer) < 1 << 20 else buffer
    finally:
        os.close(fd)


def _size(n: int) -> str:
    if n >= 1024**3:
        return f"{n / 1024**3:g} GB"
    if n >= 1024**2:
        return f"{n / 1024**2:g} MB"
    return f"{n / 1024:g} kB"
