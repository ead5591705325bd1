"""What every `zorgmap` subcommand shares: the one-line Dutch error, asking for secrets,
opening a dossier, checking the place of a new dossier, writing an output file safely."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


class CliError(Exception):
    """A one-line Dutch message for the user; exit code 1."""


def _secret(prompt: str = "Wachtwoord of noodsleutel: ", env: str = "ZORGMAP_PASSPHRASE") -> str:
    value = os.environ.get(env)
    if value:
        return _checked_text(value, env)
    try:
        if not sys.stdin or not sys.stdin.isatty():
            # getpass would warn in English; say it in Dutch and read one line from stdin.
            print("Let op: er is geen terminal, dus het wachtwoord wordt niet verborgen.",
                  file=sys.stderr)
            print(prompt, end="", file=sys.stderr, flush=True)
            line = sys.stdin.readline() if sys.stdin else ""
            if not line:
                raise EOFError
            return _checked_text(line.rstrip("\r\n"), "het wachtwoord")
        return _checked_text(getpass.getpass(prompt), "het wachtwoord")
    except (EOFError, KeyboardInterrupt):
        raise CliError("Geen wachtwoord gegeven.") from None


def _checked_text(value: str, where: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are no UTF-8 reach Python as surrogates; no slot was made from those.
        raise CliError(f"{where} bevat tekens die Zorgmap niet kan lezen (geen UTF-8). "
                       "Typ het wachtwoord opnieuw, zonder speciale tekens.") from None
    return value


def _new_passphrase() -> str:
    value = os.environ.get("ZORGMAP_NEW_PASSPHRASE")
    if value:
        return value
    first = _secret("Nieuw wachtwoord: ", env="ZORGMAP__UNUSED")
    second = _secret("Nieuw wachtwoord nog een keer: ", env="ZORGMAP__UNUSED")
    if first != second:
        raise CliError("De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.")
    return first


def _open(path: str, *, read_only: bool = False):
    from storage.dossier import Dossier

    return Dossier.open(Path(path), _secret(), read_only=read_only)


def _print_recovery(code: str) -> None:
    print("Noodsleutel (schrijf op of print, en bewaar op een veilige plek):")
    print(f"    {code}")
    print("Met deze code kan iemand die u vertrouwt het dossier openen als u dat niet meer kunt.")
    sys.stdout.flush()


def _check_new_place(path: Path) -> None:
    """A new dossier goes into a folder that exists or can be made (not under a file)."""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise CliError(f"{parent} is een bestand, geen map. Kies een andere plek.")
            break


def _check_out(path: Path) -> None:
    """Before any work: the target must be a new or regular file in an existing folder."""
    import stat

    if path.is_dir():
        raise CliError(f"{path} is een map. Geef een bestandsnaam op.")
    if os.path.lexists(path):
        mode = os.lstat(path).st_mode
        if not stat.S_ISREG(mode):
            # A FIFO, device or link: replacing it is never what was meant.
            raise CliError(f"{path} is geen gewoon bestand; er is niets overschreven.")
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise CliError(f"{parent} is een bestand, geen map. Kies een andere plek.")
    if not parent.exists():
        raise CliError(f"De map van {path} bestaat niet.")


def _write_out(path: Path, data: bytes) -> None:
    from storage.fsutil import atomic_write

    _check_out(path)
    try:
        atomic_write(path, data)
    except FileNotFoundError:
        raise CliError(f"De map van {path} bestaat niet.") from None
    except PermissionError:
        raise CliError(f"Zorgmap mag niet schrijven in {path}.") from None
