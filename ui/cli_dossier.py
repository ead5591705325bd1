"""`zorgmap demo`, `verify`, `backup`, `restore`, `passphrase` and `noodsleutel`: making a
dossier, checking it, keeping a copy and changing its keys."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ui.cli_common import (
    CliError,
    _check_new_place,
    _new_passphrase,
    _open,
    _print_recovery,
    _secret,
)


def cmd_demo(args) -> int:
    from storage.dossier import Dossier
    from ui.composition import fill_demo

    _check_new_place(Path(args.path))
    passphrase = _secret("Wachtwoord voor het demodossier: ")
    # Filled before it appears under its name: a killed run leaves no empty dossier.
    dossier, code = Dossier.create(Path(args.path), passphrase,
                                   fill=lambda new: fill_demo(new, years=args.years),
                                   announce=_print_recovery)
    dossier.close()
    print(f"Demodossier gemaakt in {args.path} (alle gegevens zijn verzonnen).")
    return 0


def cmd_verify(args) -> int:
    from storage import backup
    from storage.dossier import BACKUP_SUFFIX, Dossier

    path = Path(args.path)
    if path.is_file():
        with open(path, "rb") as fh:
            magic = fh.read(len(backup.MAGIC))
        if path.suffix != BACKUP_SUFFIX and magic != backup.MAGIC:
            raise CliError("Dit bestand is geen Zorgmap-reservekopie of -dossier.")
        info = backup.verify_backup(path, _secret())
        from ui.backup_check import describe

        print("\n".join(describe(info)))
        return 0
    dossier = Dossier.open(path, _secret(), read_only=True, migrate_schema=False)
    with dossier:
        problems = backup.integrity_problems(dossier.db)
        if problems:
            from storage.dossier import damaged_error

            raise damaged_error(path, "Het dossier is beschadigd: de controle vond fouten.")
        counts = backup.table_counts(dossier.db)
        version = dossier.db.user_version
        key_problems = dossier.key_problems()
        key_notes = dossier.key_notes()
    if key_problems:
        # Every slot we can check: a damaged one means that secret would fail.
        for line in key_problems[1:]:
            print(f"  {line}", file=sys.stderr)
        raise CliError(f"Het dossier opent, maar: {key_problems[0]}")
    print(f"Dossier in orde: {path}")
    print(f"  schemaversie {version}, versleuteling, sleutels en samenhang gecontroleerd")
    _print_counts(counts)
    for note in key_notes:
        print(f"  Let op: {note}")
    return 0


_COUNT_LABELS = {
    "records": "onderdelen (zoals besluiten, contacten, logboek)",
    "documents": "documenten",
    "history": "wijzigingen in de geschiedenis",
    "shares": "keren iets gedeeld of geprint",
}


def _print_counts(counts: dict[str, int]) -> None:
    for name, label in _COUNT_LABELS.items():
        if name in counts:
            print(f"  {label}: {counts[name]}")


def cmd_backup(args) -> int:
    from storage import backup

    out = Path(args.out)
    if out.exists():
        raise CliError(f"{out} bestaat al. Kies een andere naam; er is niets overschreven.")
    with _open(args.path) as dossier:
        backup.write_backup(dossier, out)
    print(f"Reservekopie gemaakt: {out}")
    return 0


def cmd_restore(args) -> int:
    from storage import backup

    source = Path(args.backup)
    if not source.is_file():
        if not os.path.lexists(source):
            raise CliError(f"De reservekopie {source} is niet gevonden.")
        raise CliError(f"{source} is geen gewoon bestand (een map of een apparaat).")
    _check_new_place(Path(args.path))
    info = backup.restore_backup(source, _secret(), Path(args.path))
    print(f"Reservekopie van {info.created} teruggezet in {args.path}.")
    return 0


def cmd_passphrase(args) -> int:
    from storage.dossier import Dossier

    current = _secret("Huidig wachtwoord of noodsleutel: ")
    with Dossier.open(Path(args.path), current) as dossier:
        new = _new_passphrase()
        dossier.change_passphrase(current, new)
    print("Het wachtwoord is veranderd. De noodsleutel blijft werken.")
    return 0


def cmd_noodsleutel(args) -> int:
    from storage import keychain
    from storage.dossier import Dossier

    current = _secret("Wachtwoord (niet de oude noodsleutel): ")
    with Dossier.open(Path(args.path), current) as dossier:
        code = dossier.new_recovery_code(current)
        if keychain.recall(dossier.dossier_id) is not None:
            keychain.remember(dossier.dossier_id, dossier.data_key())
        # Two phases: the old code keeps working until the new one has been shown.
        print("Er is een nieuwe noodsleutel gemaakt en het dossier is opnieuw versleuteld.")
        _print_recovery(code)
        dossier.confirm_recovery_code()
    print("De oude noodsleutel werkt niet meer (alleen nog voor oudere reservekopieën).")
    return 0
