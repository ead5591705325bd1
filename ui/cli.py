"""The `zorgmap` entry point: the desktop app without arguments, headless subcommands otherwise.

This is the composition root: the only place that wires storage, app and ui together for
the command line. Secrets come from ZORGMAP_PASSPHRASE (and ZORGMAP_NEW_PASSPHRASE when
changing it), else from a prompt without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.errors import ZorgmapError
from storage.errors import StorageError


class CliError(Exception):
    """A one-line Dutch message for the user; exit code 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own text is English; ours is not
        self.exit(2, f"zorgmap: de opdracht klopt niet ({message}). Zie 'zorgmap --help'.\n")


def _secret(prompt: str = "Wachtwoord of noodsleutel: ", env: str = "ZORGMAP_PASSPHRASE") -> str:
    value = os.environ.get(env)
    if value:
        return value
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise CliError("Geen wachtwoord gegeven.") from None


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


# ----- commands ----------------------------------------------------------------------------

def cmd_demo(args) -> int:
    from storage.dossier import Dossier
    from ui.composition import fill_demo

    passphrase = _secret("Wachtwoord voor het demodossier: ")
    dossier, code = Dossier.create(Path(args.path), passphrase)
    with dossier:
        fill_demo(dossier, years=args.years)
    print(f"Demodossier gemaakt in {args.path} (alle gegevens zijn verzonnen).")
    _print_recovery(code)
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
        print(f"Reservekopie in orde: {path}")
        print(f"  gemaakt op {info.created}, schemaversie {info.schema_version}")
        _print_counts(info.counts)
        return 0
    dossier = Dossier.open(path, _secret(), read_only=True, migrate_schema=False)
    with dossier:
        problems = backup.integrity_problems(dossier.db)
        if problems:
            from storage.dossier import damaged_error

            raise damaged_error(path, "Het dossier is beschadigd: de controle vond fouten.")
        counts = backup.table_counts(dossier.db)
        version = dossier.db.user_version
        has_recovery = "recovery" in dossier.keyfile.slots
    print(f"Dossier in orde: {path}")
    print(f"  schemaversie {version}, versleuteling en samenhang gecontroleerd")
    _print_counts(counts)
    if not has_recovery:
        print("  Let op: dit dossier heeft geen noodsleutel (meer). Maak er een met "
              "'zorgmap noodsleutel'.")
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

    info = backup.restore_backup(Path(args.backup), _secret(), Path(args.path))
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
    print("Er is een nieuwe noodsleutel gemaakt en het dossier is opnieuw versleuteld. "
          "De oude noodsleutel werkt niet meer (alleen nog voor oudere reservekopieën).")
    _print_recovery(code)
    return 0


PDF_OUTPUTS = ("paspoort", "noodkaart", "aanvraag", "toekomstplan", "overzicht")


def _write_out(path: Path, data: bytes) -> None:
    from storage.fsutil import atomic_write

    if path.is_dir():
        raise CliError(f"{path} is een map. Geef een bestandsnaam op.")
    try:
        atomic_write(path, data)
    except FileNotFoundError:
        raise CliError(f"De map van {path} bestaat niet.") from None
    except PermissionError:
        raise CliError(f"Zorgmap mag niet schrijven in {path}.") from None


def cmd_export(args) -> int:
    import datetime as dt

    out = Path(args.out)
    today = dt.date.today()
    with _open(args.path, read_only=args.what in ("json", "ics")) as dossier:
        if args.what == "json":
            from app.jsonformat import write_export
            from ui.composition import export_json

            data = export_json(dossier, include_documents=args.with_documents, today=today)
            _write_out(out, write_export(data))
        elif args.what == "ics":
            from exports.ics import deadlines_to_ics
            from storage.records import RecordStore
            from ui.composition import dossier_deadlines

            deadlines = dossier_deadlines(RecordStore(dossier).content(), today)
            _write_out(out, deadlines_to_ics(deadlines, generated_on=today))
        else:
            from ui.composition import render_output

            result = render_output(dossier, args.what, today=today, excluded=args.exclude,
                                   request_id=args.request, recipient=args.voor,
                                   include_bsn=args.met_bsn)
            _write_out(out, result.pdf)
            print("1 pagina." if result.pages == 1 else f"{result.pages} pagina's.")
    print(f"Opgeslagen: {out}")
    return 0


def cmd_import(args) -> int:
    from ui.composition import create_from_content, read_export_file

    # Everything is checked before a passphrase is asked or a file is made.
    content, documents = read_export_file(Path(args.file))
    if Path(args.path).exists():
        raise CliError(f"{args.path} bestaat al. Kies een nieuwe naam; er is niets veranderd.")
    passphrase = os.environ.get("ZORGMAP_PASSPHRASE") or _new_passphrase()
    dossier, code = create_from_content(content, documents, Path(args.path), passphrase)
    dossier.close()
    print(f"Dossier gemaakt in {args.path}.")
    _print_recovery(code)
    return 0


def cmd_screenshots(args) -> int:
    from ui.screenshots import make_screenshots

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print("Schrijf de grootte als BREEDTExHOOGTE, bijvoorbeeld 1366x768.", file=sys.stderr)
        return 1
    for path in make_screenshots(Path(args.dir), font_scale=args.scale, size=(width, height)):
        print(path)
    return 0


def cmd_gui(args) -> int:
    from ui.syscheck import gui_start_problem

    # Qt aborts with an English riddle when a system library is missing: say which, first.
    problem = gui_start_problem()
    if problem:
        raise CliError(problem)
    from ui.app import run

    return run(args)


class _VersionAction(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from ui.appinfo import version_text

        print(version_text())
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="zorgmap", description="Zorgmap: het versleutelde zorgdossier.")
    parser.add_argument("--version", action=_VersionAction,
                        help="toon de versie (en die van SQLCipher en Qt) en stop")
    parser.add_argument("--smoke", action="store_true",
                        help="start het venster, wacht tot het te zien is en stop vanzelf "
                             "(een controle voor installaties)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo", help="maak een verzonnen, gevuld demodossier")
    p.add_argument("path")
    p.add_argument("--years", type=int, default=0,
                   help="maak een groot dossier met zoveel jaren geschiedenis")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("verify", help="controleer een dossier of reservekopie")
    p.add_argument("path")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("backup", help="maak een versleutelde reservekopie")
    p.add_argument("path")
    p.add_argument("out")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="zet een reservekopie terug als nieuw dossier")
    p.add_argument("backup")
    p.add_argument("path")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("passphrase", help="verander het wachtwoord")
    p.add_argument("path")
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("export", help="maak een PDF, JSON- of agendabestand van het dossier")
    p.add_argument("what", choices=("json", "ics", *PDF_OUTPUTS))
    p.add_argument("path")
    p.add_argument("--out", required=True)
    p.add_argument("--request", help="id van de aanvraag of het besluit (bij 'aanvraag')")
    p.add_argument("--exclude", action="append", default=[], metavar="SECTION",
                   help="laat dit onderdeel weg (mag vaker)")
    p.add_argument("--voor", default="", help="voor wie (bijvoorbeeld 'Logeerhuis')")
    p.add_argument("--met-bsn", action="store_true", help="zet het BSN erin")
    p.add_argument("--with-documents", action="store_true",
                   help="bij json: neem de inhoud van documenten mee")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="maak een dossier van een JSON-export")
    p.add_argument("what", choices=("json",))
    p.add_argument("file")
    p.add_argument("path")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("screenshots", help="sla schermafbeeldingen van het demodossier op")
    p.add_argument("dir")
    p.add_argument("--scale", type=float, default=1.0,
                   help="tekstgrootte, bijvoorbeeld 1.5 of 2 (150%% of 200%%)")
    p.add_argument("--size", default="1280x800", help="venstergrootte, bijvoorbeeld 1366x768")
    p.set_defaults(func=cmd_screenshots)

    p = sub.add_parser("noodsleutel", help="maak een nieuwe noodsleutel (de oude vervalt)")
    p.add_argument("path")
    p.set_defaults(func=cmd_noodsleutel)
    return parser


def main(argv: list[str] | None = None) -> int:
    from ui.hardening import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        return int(func(args) or 0)
    except StorageError as exc:
        print(f"zorgmap: {exc.user_text()}", file=sys.stderr)
        return 1
    except ZorgmapError as exc:
        print(f"zorgmap: {exc.message}", file=sys.stderr)
        return 1
    except CliError as exc:
        print(f"zorgmap: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("zorgmap: gestopt.", file=sys.stderr)
        return 130
    except Exception as exc:
        from ui.errorlog import log_unexpected

        where = log_unexpected(exc)
        tail = f" Details (zonder dossiergegevens) staan in {where}." if where else ""
        print(f"zorgmap: er ging iets onverwachts mis ({type(exc).__name__}).{tail}",
              file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
