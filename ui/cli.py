"""The `zorgmap` entry point: the desktop app without arguments, headless subcommands otherwise.

This is the composition root: the only place that wires storage, app and ui together for
the command line. Secrets come from ZORGMAP_PASSPHRASE (and ZORGMAP_NEW_PASSPHRASE when
changing it), else from a prompt without echo.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.errors import ZorgmapError
from storage.errors import StorageError
from ui.cli_common import (
    CliError,
    _check_out,
    _checked_text,
    _new_passphrase,
    _open,
    _print_recovery,
    _secret,
    _write_out,
)
from ui.cli_copilot import cmd_package, cmd_workspace
from ui.cli_team import _local_time, _print_report, cmd_identity, cmd_sync, cmd_team

__all__ = [
    "CliError", "_check_out", "_checked_text", "_local_time", "_new_passphrase", "_open",
    "_print_recovery", "_print_report", "_secret", "_write_out", "build_parser", "cmd_identity",
    "cmd_package", "cmd_sync", "cmd_team", "cmd_workspace", "main",
]


# argparse's own words (usage, help, errors) are English; it looks them up through gettext.
_ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "wat u opgeeft",
    "options": "keuzes",
    "show this help message and exit": "toon deze uitleg en stop",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekend: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "%(value)r kan niet; kies uit %(choices)s",
    "invalid %(type)s value: %(value)r": "%(value)r is geen geldige waarde",
    "expected one argument": "hier hoort een waarde bij",
    "expected at most one argument": "hier hoort hooguit een waarde bij",
    "expected at least one argument": "hier hoort minstens een waarde bij",
    "ambiguous option: %(option)s could match %(matches)s":
        "%(option)s is niet duidelijk: bedoelt u %(matches)s?",
    "unexpected option string: %s": "onverwacht: %s",
    "one of the arguments %s is required": "een van deze is nodig: %s",
    "not allowed with argument %s": "mag niet samen met %s",
    "ignored explicit argument %r": "%r hoort hier niet bij",
}


def _dutch_argparse_text(message: str) -> str:
    return _ARGPARSE_DUTCH.get(message, message)


argparse._ = _dutch_argparse_text  # type: ignore[attr-defined]  # the CLI's composition root


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        self.exit(2, f"zorgmap: de opdracht klopt niet ({message}). Zie 'zorgmap --help'.\n")


# ----- commands ----------------------------------------------------------------------------

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


def _check_new_place(path: Path) -> None:
    """A new dossier goes into a folder that exists or can be made (not under a file)."""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise CliError(f"{parent} is een bestand, geen map. Kies een andere plek.")
            break


PDF_OUTPUTS = ("paspoort", "noodkaart", "aanvraag", "toekomstplan", "overzicht")


def cmd_export(args) -> int:
    import datetime as dt

    from storage.errors import DossierBusy

    out = Path(args.out)
    _check_out(out)
    today = dt.date.today()
    try:
        dossier = _open(args.path, read_only=args.what in ("json", "ics"))
    except DossierBusy:
        # Open elsewhere, or on a write-protected stick: a PDF can still be made from a
        # read-only dossier (only the note of what was shared is not kept).
        dossier = _open(args.path, read_only=True)
    with dossier:
        if args.what == "json":
            from ui.jsonstream import write_export_file

            if out.is_dir():
                raise CliError(f"{out} is een map. Geef een bestandsnaam op.")
            try:  # documents streamed: memory stays flat whatever their size
                write_export_file(dossier, out, include_documents=args.with_documents,
                                  today=today)
            except FileNotFoundError:
                raise CliError(f"De map van {out} bestaat niet.") from None
            except PermissionError:
                raise CliError(f"Zorgmap mag niet schrijven in {out}.") from None
        elif args.what == "ics":
            from exports.ics import deadlines_to_ics
            from storage.records import RecordStore
            from ui.composition import dossier_deadlines

            deadlines = dossier_deadlines(RecordStore(dossier).content(), today)
            _write_out(out, deadlines_to_ics(deadlines, generated_on=today))
        elif args.what == "bezwaar":
            from app.bezwaar import deadline_line
            from ui.composition import make_bezwaar

            if not args.decision:
                raise CliError("Geef het besluit op met --decision ID.")
            letter, pdf, pages, document = make_bezwaar(
                dossier, args.decision, today=today, pro_forma=args.pro_forma,
                docx=bool(args.docx))
            _write_out(out, pdf)
            if document is not None:
                _write_out(Path(args.docx), document)
                print(f"Opgeslagen: {args.docx}")
            print("1 pagina." if pages == 1 else f"{pages} pagina's.")
            print(deadline_line(letter, today))
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

    if args.merge:
        return _import_merge(args)

    # Everything is checked before a passphrase is asked or a file is made.
    content, documents = read_export_file(Path(args.file))
    if os.path.lexists(args.path):
        raise CliError(f"{args.path} bestaat al. Kies een nieuwe naam; er is niets veranderd.")
    _check_new_place(Path(args.path))
    passphrase = os.environ.get("ZORGMAP_PASSPHRASE") or _new_passphrase()
    # The code is shown before the dossier appears under its name (see Dossier.create).
    dossier, code = create_from_content(content, documents, Path(args.path), passphrase,
                                        announce=_print_recovery)
    dossier.close()
    print(f"Dossier gemaakt in {args.path}.")
    return 0


def _import_merge(args) -> int:
    from storage.merge import merge_content
    from ui.composition import read_export_file

    content, documents = read_export_file(Path(args.file))
    with _open(args.path) as dossier:
        result = merge_content(dossier, content, documents)
    print(f"Samengevoegd in {args.path}: {result.added} nieuw, {result.changed} gewijzigd, "
          f"{result.unchanged} ongewijzigd, {result.documents} documenten toegevoegd.")
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


def _number_in(low: float, high: float, kind=int):
    """An argparse type: a number from `low` to `high` (a huge one overflowed, NaN hung)."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not (low <= value <= high):  # also refuses NaN
            def dutch(number: float) -> str:
                return f"{number:g}".replace(".", ",")

            raise argparse.ArgumentTypeError(
                f"kies een getal van {dutch(low)} tot en met {dutch(high)}")
        return value
    return parse


def _window_size(text: str) -> str:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        width = height = 0
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(
            "schrijf BREEDTExHOOGTE, bijvoorbeeld 1366x768 (van 320x240 tot 7680x4320)")
    return text


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
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")

    p = sub.add_parser("demo", help="maak een verzonnen, gevuld demodossier")
    p.add_argument("path", metavar="DOSSIER")
    p.add_argument("--years", type=_number_in(0, 100), default=0, metavar="JAREN",
                   help="maak een groot dossier met zoveel jaren geschiedenis")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("verify", help="controleer een dossier of reservekopie")
    p.add_argument("path", metavar="DOSSIER")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("backup", help="maak een versleutelde reservekopie")
    p.add_argument("path", metavar="DOSSIER")
    p.add_argument("out", metavar="BESTAND")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="zet een reservekopie terug als nieuw dossier")
    p.add_argument("backup", metavar="RESERVEKOPIE")
    p.add_argument("path", metavar="DOSSIER")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("passphrase", help="verander het wachtwoord")
    p.add_argument("path", metavar="DOSSIER")
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("export", help="maak een PDF, JSON- of agendabestand van het dossier")
    p.add_argument("what", choices=("json", "ics", *PDF_OUTPUTS, "bezwaar"), metavar="SOORT",
                   help="json, ics, " + ", ".join(PDF_OUTPUTS) + ", bezwaar")
    p.add_argument("path", metavar="DOSSIER")
    p.add_argument("--out", required=True, metavar="BESTAND",
                   help="het bestand dat wordt gemaakt")
    p.add_argument("--request", metavar="ID",
                   help="id van de aanvraag of het besluit (bij 'aanvraag')")
    p.add_argument("--exclude", action="append", default=[], metavar="ONDERDEEL",
                   help="laat dit onderdeel weg (mag vaker)")
    p.add_argument("--voor", default="", metavar="NAAM",
                   help="voor wie (bijvoorbeeld 'Logeerhuis')")
    p.add_argument("--met-bsn", action="store_true", help="zet het BSN erin")
    p.add_argument("--with-documents", action="store_true",
                   help="bij json: neem de inhoud van documenten mee")
    p.add_argument("--decision", help="bij bezwaar: id van het besluit")
    p.add_argument("--pro-forma", action="store_true",
                   help="bij bezwaar: pro-forma (de gronden volgen later)")
    p.add_argument("--docx", metavar="F.docx", help="bij bezwaar: ook als Word-bestand")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="maak een dossier van een JSON-export")
    p.add_argument("what", choices=("json",), metavar="SOORT", help="json")
    p.add_argument("file", metavar="BESTAND")
    p.add_argument("path", metavar="DOSSIER")
    p.add_argument("--merge", action="store_true",
                   help="voeg de onderdelen toe aan een bestaand dossier (op id)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("screenshots", help="sla schermafbeeldingen van het demodossier op")
    p.add_argument("dir", metavar="MAP")
    p.add_argument("--scale", type=_number_in(0.5, 4.0, float), default=1.0, metavar="FACTOR",
                   help="tekstgrootte, bijvoorbeeld 1.5 of 2 (150%% of 200%%)")
    p.add_argument("--size", type=_window_size, default="1280x800", metavar="BxH",
                   help="venstergrootte, bijvoorbeeld 1366x768")
    p.set_defaults(func=cmd_screenshots)

    p = sub.add_parser("noodsleutel", help="maak een nieuwe noodsleutel (de oude vervalt)")
    p.add_argument("path", metavar="DOSSIER")
    p.set_defaults(func=cmd_noodsleutel)

    p = sub.add_parser("identity", help="uw identiteit voor het delen met het gezin")
    isub = p.add_subparsers(dest="action", required=True, metavar="ACTIE")
    q = isub.add_parser("new", help="maak uw identiteit (eenmalig)")
    q.add_argument("--name", metavar="NAAM",
                   help="uw naam, zoals anderen die zien (bijvoorbeeld Mama)")
    q.set_defaults(func=cmd_identity)
    q = isub.add_parser("show", help="toon uw code en vingerafdruk")
    q.set_defaults(func=cmd_identity)

    p = sub.add_parser("team", help="deel het dossier met het gezin via een gedeelde map")
    tsub = p.add_subparsers(dest="action", required=True, metavar="ACTIE")
    q = tsub.add_parser("share", help="begin met delen via een map")
    q.add_argument("path", metavar="DOSSIER")
    q.add_argument("--folder", required=True, metavar="MAP",
                   help="de gedeelde map (Syncthing, Nextcloud, ...)")
    q.set_defaults(func=cmd_team)
    q = tsub.add_parser("add", help="voeg iemand toe met hun code")
    q.add_argument("path", metavar="DOSSIER")
    q.add_argument("code", metavar="CODE")
    q.add_argument("--name", required=True, metavar="NAAM")
    q.add_argument("--role", required=True, choices=("ouder", "lezer"), metavar="ROL",
                   help="ouder of lezer")
    q.set_defaults(func=cmd_team)
    q = tsub.add_parser("remove", help="verwijder iemand")
    q.add_argument("path", metavar="DOSSIER")
    q.add_argument("name", metavar="NAAM")
    q.set_defaults(func=cmd_team)
    q = tsub.add_parser("join", help="open een gedeeld dossier als nieuw dossier hier")
    q.add_argument("dir", metavar="MAP")
    q.add_argument("newpath", metavar="NIEUW-DOSSIER")
    q.set_defaults(func=cmd_team)
    q = tsub.add_parser("list", help="wie doet mee, met rol en laatste activiteit")
    q.add_argument("path", metavar="DOSSIER")
    q.set_defaults(func=cmd_team)

    p = sub.add_parser("sync", help="wissel nu wijzigingen uit met de gedeelde map")
    p.add_argument("path", metavar="DOSSIER")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("package", help="deel met uw copiloot, of maak of verwerk een antwoord")
    psub = p.add_subparsers(dest="action", required=True)
    q = psub.add_parser("make", help="maak een pakket voor uw copiloot")
    q.add_argument("path")
    q.add_argument("--to", required=True,
                   help="de code van de copiloot (ZM1-…), of 'eenmalig' voor een eenmalige code")
    what = q.add_mutually_exclusive_group(required=True)
    what.add_argument("--request", help="id van de hulpmiddel-aanvraag")
    what.add_argument("--decision", help="id van het besluit")
    what.add_argument("--future-plan", action="store_true", help="het toekomstplan (Wat als…)")
    q.add_argument("--out", required=True)
    q.add_argument("--until", help="einddatum: daarna sluit het pakket zichzelf")
    q.add_argument("--name", help="naam van de copiloot voor het deellogboek")
    q.add_argument("--add", action="append", default=[], metavar="rec:ID|doc:ID",
                   help="neem dit onderdeel ook mee (mag vaker)")
    q.add_argument("--leave-out", action="append", default=[], metavar="rec:ID|doc:ID",
                   help="laat dit voorgeselecteerde onderdeel weg (mag vaker)")
    q.set_defaults(func=cmd_package)
    q = psub.add_parser("reply", help="maak een antwoord voor een gezin (copiloot)")
    q.add_argument("ws")
    q.add_argument("family")
    q.add_argument("--notes", help="tekstbestand: wordt een notitie die het gezin kan overnemen")
    q.add_argument("--draft", help="tekstbestand: een conceptbrief")
    q.add_argument("--task", help="een taak voor het gezin")
    q.add_argument("--due", help="datum van de taak")
    q.add_argument("--stage",
                   help="stel een andere fase voor (bijvoorbeeld bezwaar of bezwaar_filed)")
    q.add_argument("--about", help="id van de aanvraag voor --stage")
    q.add_argument("--bezwaar", metavar="ID",
                   help="een concept-bezwaarschrift (Word) tegen dit gedeelde besluit")
    q.add_argument("--pro-forma", action="store_true",
                   help="bij --bezwaar: pro-forma (de gronden volgen later)")
    q.add_argument("--pdf", action="store_true", help="bij --bezwaar: als PDF in plaats van Word")
    q.add_argument("--out", required=True)
    q.set_defaults(func=cmd_package)
    q = psub.add_parser("accept", help="bekijk de voorstellen van de copiloot en neem ze over")
    q.add_argument("path")
    q.add_argument("reply")
    q.add_argument("--all", action="store_true", help="neem alle voorstellen over")
    q.add_argument("--accept", metavar="1,3", help="neem deze nummers over, de rest niet")
    q.set_defaults(func=cmd_package)

    p = sub.add_parser("workspace", help="de werkplek van de copiloot")
    wsub = p.add_subparsers(dest="action", required=True)
    q = wsub.add_parser("open", help="open een pakket in uw werkplek (maakt die zo nodig)")
    q.add_argument("file")
    q.add_argument("ws")
    q.add_argument("--code", help="de eenmalige code (of ZORGMAP_CODE)")
    q.set_defaults(func=cmd_workspace)
    q = wsub.add_parser("list", help="de gezinnen, één per regel, id eerst")
    q.add_argument("ws")
    q.set_defaults(func=cmd_workspace)
    q = wsub.add_parser("deadlines", help="alle termijnen van alle gezinnen, eerstvolgende eerst")
    q.add_argument("ws")
    q.set_defaults(func=cmd_workspace)
    q = wsub.add_parser("show", help="open het venster van de werkplek")
    q.add_argument("ws")
    q.set_defaults(func=cmd_workspace)
    return parser


def main(argv: list[str] | None = None) -> int:
    from ui.hardening import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        if func is not cmd_gui:
            _tidy_after_killed_runs(args)
        return int(func(args) or 0)
    except StorageError as exc:
        print(f"zorgmap: {_one_line(exc.user_text())}", file=sys.stderr)
        return 1
    except ZorgmapError as exc:
        print(f"zorgmap: {_one_line(exc.message)}", file=sys.stderr)
        return 1
    except CliError as exc:
        print(f"zorgmap: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("zorgmap: gestopt.", file=sys.stderr)
        return 130
    except OSError as exc:
        # The file system said no (full, read-only, no access, not a folder): no bug of ours.
        print(f"zorgmap: {_os_error_text(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        from ui.errorlog import log_unexpected

        where = log_unexpected(exc)
        tail = f" Details (zonder dossiergegevens) staan in {where}." if where else ""
        print(f"zorgmap: er ging iets onverwachts mis ({type(exc).__name__}).{tail}",
              file=sys.stderr)
        return 3


def _one_line(text: str) -> str:
    """A message quoting hostile input (an id ending in a newline) stays one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _tidy_after_killed_runs(args) -> None:
    """Every command starts by removing what a killed run left: decrypted view copies, and
    half-made dossiers (import, demo, restore) beside the one named."""
    import contextlib

    from storage.documents import wipe_all_view_folders
    from storage.dossier import remove_stale_partials

    wipe_all_view_folders()
    path = getattr(args, "path", None)
    if path:
        with contextlib.suppress(OSError):
            remove_stale_partials(Path(path).parent)


def _os_error_text(exc: OSError) -> str:
    import errno

    where = f" ({exc.filename})" if exc.filename else ""
    texts = {
        errno.ENOSPC: "De schijf is vol. Maak ruimte vrij en probeer het opnieuw.",
        errno.EROFS: "Deze plek kan alleen worden gelezen (bijvoorbeeld een beveiligde "
                     "USB-stick). Kies een andere plek.",
        errno.EACCES: "Zorgmap heeft geen toegang tot deze plek.",
        errno.EPERM: "Zorgmap heeft geen toegang tot deze plek.",
        errno.ENOTDIR: "Een deel van het pad is een bestand, geen map.",
        errno.EISDIR: "Hier staat een map waar een bestand werd verwacht.",
        errno.ENOENT: "Dit bestand of deze map is niet gevonden.",
        errno.EEXIST: "Hier staat al iets. Kies een andere naam; er is niets overschreven.",
        errno.ENAMETOOLONG: "De naam is te lang.",
        errno.ENOTEMPTY: "Hier staat al een map met inhoud. Kies een andere naam; er is niets "
                         "overschreven.",
        errno.ELOOP: "Het pad verwijst in een kring naar zichzelf (symbolische koppelingen).",
        errno.EIO: "De schijf gaf een leesfout of schrijffout. Controleer de schijf of "
                   "USB-stick.",
        errno.EFBIG: "Het bestand is te groot voor deze schijf.",
        getattr(errno, "EDQUOT", -1): "U heeft op deze schijf geen ruimte meer (quotum vol).",
        errno.EBUSY: "Het bestand of de map is in gebruik.",
        errno.EXDEV: "Dit kan niet tussen twee schijven. Kies een plek op dezelfde schijf.",
    }
    # The OS's own text (strerror) is English: name the error code instead.
    code = errno.errorcode.get(exc.errno, type(exc).__name__)
    text = texts.get(exc.errno, f"Het bestand kon niet worden gelezen of geschreven "
                                f"(foutcode {code}).")
    return text + where


if __name__ == "__main__":
    sys.exit(main())
