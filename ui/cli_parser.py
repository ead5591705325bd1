"""The `zorgmap` command line as a person types it: every command and option with its Dutch
help (`build_parser`), argparse's own words in Dutch, and the checked numbers and sizes.

The names, options and help here are an interface others script against: keep them as they
are (tests/test_cli*.py).
"""

from __future__ import annotations

import argparse

from ui.cli_copilot import cmd_package, cmd_workspace
from ui.cli_dossier import (
    cmd_backup,
    cmd_demo,
    cmd_noodsleutel,
    cmd_passphrase,
    cmd_restore,
    cmd_verify,
)
from ui.cli_export import PDF_OUTPUTS, cmd_export, cmd_import, cmd_screenshots
from ui.cli_team import cmd_identity, cmd_sync, cmd_team

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
