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
        from ui.backups import describe

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


# ----- the family team (docs/team.md) ------------------------------------------------------

def _identity_passphrase() -> str:
    return _secret("Wachtwoord van uw identiteit: ")


def cmd_identity(args) -> int:
    from storage import identity as idmod

    path = idmod.identity_path()
    if args.action == "new":
        from storage.keys import require_strong

        if path.exists():
            raise CliError(f"Er is al een identiteit in {path}. Er is niets veranderd.")
        name = " ".join((args.name or "").split())
        if not name:
            raise CliError("Geef uw naam mee, bijvoorbeeld --name Mama.")
        passphrase = os.environ.get("ZORGMAP_PASSPHRASE") or _new_passphrase()
        require_strong(passphrase)
        made = idmod.create(name, passphrase, path)
        public = made.public
        print(f"Identiteit gemaakt voor {name} in {path}.")
    else:
        name, public = idmod.load_public(path)
        print(f"Identiteit van {name} ({path}).")
    print(f"Vingerafdruk (vergelijk die samen, hardop of naast elkaar): {public.fingerprint()}")
    print("Uw code (geef die aan wie u toevoegt; geheim is hij niet):")
    print(public.code())
    return 0


def _team(dossier):
    from storage.team import Team

    return Team(dossier)


def _print_report(report) -> None:
    for rel in report.published:
        print(f"verstuurd: {rel}")
    for line in report.applied:
        print(f"toegepast: {line}")
    for rel, reason in report.ignored:
        print(f"genegeerd: {rel}: {reason}")
    if report.not_for_me:
        files = "bestand" if report.not_for_me == 1 else "bestanden"
        print(f"overgeslagen: {report.not_for_me} {files} van vóór uw toetreding of niet "
              "voor u (een momentopname bevat wat u nodig hebt)")
    print(f"{report.records} onderdelen bijgewerkt.")
    if report.removed:
        print("Let op: u bent uit dit gedeelde dossier verwijderd. Uw kopie blijft hier, maar "
              "u krijgt geen nieuwe wijzigingen meer en uw wijzigingen worden niet meer "
              "overgenomen.")


def _local_time(at: str) -> str:
    """'2026-11-26T14:19:32+00:00' as the parent's clock shows it: '26-11-2026 15:19'."""
    import datetime as dt

    if not at:
        return "nog niets"
    try:
        return dt.datetime.fromisoformat(at).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return at


def cmd_team(args) -> int:
    from storage import identity as idmod
    from storage.team import Team

    if args.action == "join":
        identity = idmod.unlock(_identity_passphrase())
        if Path(args.newpath).exists():
            raise CliError(f"{args.newpath} bestaat al. Kies een nieuwe naam; er is niets "
                           "veranderd.")
        passphrase = os.environ.get("ZORGMAP_PASSPHRASE") or _new_passphrase()
        dossier, code, report = Team.join(Path(args.dir), identity, Path(args.newpath),
                                          passphrase)
        with dossier:
            _print_report(report)
            people = Team(dossier).people()
        print(f"Gedeeld dossier geopend in {args.newpath}. Leden:")
        for person in people:
            if person["active"]:
                print(f"  {person['name']} ({person['role']}), vingerafdruk "
                      f"{person['fingerprint']}")
        print("Vergelijk samen met de ouder die u heeft toegevoegd de vingerafdrukken "
              "hierboven: die moeten op beide schermen hetzelfde zijn.")
        _print_recovery(code)
        return 0
    with _open(args.path) as dossier:
        if args.action == "share":
            identity = idmod.unlock(_identity_passphrase())
            Team.share(dossier, identity, Path(args.folder))
            print(f"Het dossier wordt gedeeld via {args.folder}. Alleen versleutelde "
                  "bestanden komen daar; het dossier zelf blijft op deze computer.")
            print("Voeg iemand toe met 'zorgmap team add'.")
        elif args.action == "add":
            member = _team(dossier).add(args.code, args.name, args.role)
            print(f"{member.name} is toegevoegd als {member.role}.")
            print(f"Vergelijk samen de vingerafdruk: {member.public.fingerprint()}")
            print(f"{member.name} kan nu alles lezen wat in het dossier staat, ook wat er al "
                  "in stond. Dat kan niet worden teruggedraaid.")
        elif args.action == "remove":
            member = _team(dossier).remove(args.name)
            print(f"{member.name} is verwijderd. Nieuwe wijzigingen worden niet meer voor "
                  f"{member.name} versleuteld, en wat {member.name} nu nog verandert wordt "
                  "geweigerd.")
            print(f"Wat {member.name} al gezien heeft (ook een eigen kopie van het dossier) "
                  "kan niet worden teruggenomen.")
        elif args.action == "list":
            for person in _team(dossier).people():
                state = "" if person["active"] else " (verwijderd)"
                me = " (u)" if person["me"] else ""
                last = _local_time(person["last"])
                print(f"{person['name']}{me}: {person['role']}{state}, laatst actief "
                      f"{last}, vingerafdruk {person['fingerprint']}")
    return 0


def cmd_sync(args) -> int:
    with _open(args.path) as dossier:
        _print_report(_team(dossier).sync())
    return 0


# ----- the copilot (docs/copilot.md) -------------------------------------------------------

def _cli_date(text: str):
    import datetime as dt

    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CliError(f"'{text}' is geen datum. Schrijf bijvoorbeeld 31-01-2027.")


def _new_output(path: str) -> Path:
    out = Path(path)
    if out.exists():
        raise CliError(f"{out} bestaat al. Kies een andere naam; er is niets overschreven.")
    return out


def cmd_package(args) -> int:
    if args.action == "make":
        return _package_make(args)
    if args.action == "reply":
        return _package_reply(args)
    return _package_accept(args)


def _package_make(args) -> int:
    from storage import copilot as cp
    from storage import identity as idmod

    out = _new_output(args.out)
    kind, record_id = (("aid_request", args.request) if args.request else
                       ("decision", args.decision) if args.decision else ("future_plan", None))
    to = None
    if args.to.strip().lower() != cp.ONETIME:
        to = idmod.PublicIdentity.from_code(args.to)
    expires = _cli_date(args.until) if args.until else None
    with _open(args.path) as dossier:
        identity = cp.dossier_identity(dossier) or idmod.unlock(_identity_passphrase())
        selected = None
        if args.add or args.leave_out:
            choices = cp.selection(dossier, kind, record_id)
            selected = {c.key for c in choices if c.selected}
            selected |= set(args.add)
            selected -= set(args.leave_out)
        package = cp.make_package(dossier, identity, purpose_kind=kind, purpose_id=record_id,
                                  to=to, to_name=args.name or "", selected=selected,
                                  expires=expires)
    _write_out(out, package.data)
    print(f"Pakket gemaakt: {out} ({len(package.records)} onderdelen, "
          f"{len(package.documents)} documenten). Het staat in het deellogboek.")
    if to is not None:
        print(f"Alleen de copiloot met vingerafdruk {to.fingerprint()} kan het openen.")
    else:
        print("Eenmalige code (lees die voor aan de telefoon, stuur hem niet mee met het "
              "bestand):")
        print(package.onetime_code)
    return 0


def _workspace(path: str):
    from storage.workspace import Workspace

    return Workspace.open(Path(path), _secret("Wachtwoord van de werkplek: "))


def cmd_workspace(args) -> int:
    if args.action == "open":
        return _workspace_open(args)
    if args.action == "show":
        return _workspace_show(args)
    with _workspace(args.ws) as ws:
        if args.action == "list":
            families = ws.families()
            if not families:
                print("Nog geen gezinnen. Open een pakket met 'zorgmap workspace open'.")
            for family in families:
                print(family.line())
        else:
            found = ws.deadlines()
            if not found:
                print("Geen termijnen.")
            for item in found:
                print(f"{item.deadline.due.strftime('%d-%m-%Y')}  {item.family_id}  "
                      f"{item.family_name}: {item.deadline.title}")
    return 0


def _workspace_show(args) -> int:
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    from storage.workspace import Workspace
    from ui import i18n
    from ui.copilot_workspace import WorkspaceWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app)
    secret = os.environ.get("ZORGMAP_PASSPHRASE")
    if not secret:
        secret, ok = QInputDialog.getText(None, "Zorgmap", i18n.translate(
            "CopilotDesk", "Wachtwoord van de werkplek:"), QLineEdit.EchoMode.Password)
        if not ok:
            return 1
    with Workspace.open(Path(args.ws), secret) as ws:
        window = WorkspaceWindow(ws)
        window.show()
        return app.exec()


def _workspace_open(args) -> int:
    from storage import copilot as cp
    from storage import identity as idmod
    from storage.workspace import Workspace

    data = cp.read_file(Path(args.file), "package")
    code = args.code or os.environ.get("ZORGMAP_CODE")
    if cp.is_onetime(data) and not code:
        code = _secret("Eenmalige code van het gezin: ", env="ZORGMAP__UNUSED")
    ws_path = Path(args.ws)
    if ws_path.exists():
        ws = _workspace(args.ws)
    else:
        identity = idmod.unlock(_identity_passphrase())
        passphrase = os.environ.get("ZORGMAP_PASSPHRASE") or _new_passphrase()
        ws = Workspace.create(ws_path, passphrase, identity)
        print(f"Nieuwe werkplek gemaakt in {ws_path}.")
    with ws:
        family = ws.add_package(data, code=code)
    print(f"Pakket geopend: {family.line()}")
    print(f"Ondertekend door het gezin met vingerafdruk {family.signer.fingerprint()}.")
    return 0


def _package_reply(args) -> int:
    from app.copilot import Proposal

    out = _new_output(args.out)
    proposals = []
    try:
        if args.notes:
            text = Path(args.notes).read_text("utf-8")
            if not text.strip():
                raise CliError(f"{args.notes} is leeg. Er is niets gemaakt.")
            proposals.append(Proposal(kind="note", text=text))
        if args.draft:
            proposals.append(Proposal(kind="draft", title=Path(args.draft).stem,
                                      text=Path(args.draft).read_text("utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"Het bestand kan niet worden gelezen ({exc.__class__.__name__}).") from None
    if args.task:
        proposals.append(Proposal(kind="task", title=args.task,
                                  due=_cli_date(args.due) if args.due else None))
    if args.stage:
        proposals.append(Proposal(kind="stage", stage=args.stage, target_id=args.about))
    with _workspace(args.ws) as ws:
        family = ws.family(args.family)
        if args.bezwaar:
            from ui.composition import copilot_bezwaar_draft

            proposals.append(copilot_bezwaar_draft(ws, family.id, args.bezwaar,
                                                   pro_forma=args.pro_forma, as_pdf=args.pdf))
        for proposal in proposals:
            ws.add_item(family.id, proposal)
        data = ws.make_reply(family.id)
        sent = len(proposals) or "alle"
    _write_out(out, data)
    what = "voorstel" if sent == 1 else "voorstellen"
    print(f"Antwoord voor {family.name} gemaakt: {out} ({sent} {what}). Alleen dit gezin "
          "kan het openen.")
    return 0


def _package_accept(args) -> int:
    from storage import copilot as cp

    data = cp.read_file(Path(args.reply), "reply")
    with _open(args.path) as dossier:
        reply = cp.read_reply(dossier, data)
        pending = [p for p in reply.proposals if p.id not in reply.decided]
        print(f"Voorstellen van copiloot {reply.copilot} (vingerafdruk "
              f"{reply.signer.fingerprint()}):")
        if reply.first_contact:
            print("Dit is het eerste antwoord van deze copiloot: vergelijk de vingerafdruk "
                  "samen (aan de telefoon).")
        for number, proposal in enumerate(reply.proposals, 1):
            state = reply.decided.get(proposal.id, "")
            print(f"  {number}. {proposal.describe()}" + (f" [{state}]" if state else ""))
        if not pending:
            print("Over dit antwoord is al beslist; er is niets veranderd.")
            return 0
        if args.all:
            accepted = {p.id for p in pending}
        elif args.accept is not None:
            accepted = _numbers(args.accept, reply.proposals)
        else:
            accepted = _ask(pending, reply.proposals)
        result = cp.accept_reply(dossier, reply, accepted)
    for line in result.applied:
        print(f"overgenomen: {line}")
    for line in result.declined:
        print(f"afgewezen: {line}")
    return 0


def _numbers(text: str, proposals) -> set[str]:
    chosen: set[str] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= len(proposals):
            raise CliError(f"'{part}' is geen nummer uit de lijst (1 tot en met "
                           f"{len(proposals)}). Er is niets veranderd.")
        chosen.add(proposals[int(part) - 1].id)
    return chosen


def _ask(pending, proposals) -> set[str]:
    accepted: set[str] = set()
    for proposal in pending:
        number = proposals.index(proposal) + 1
        try:
            answer = input(f"Nummer {number} overnemen? (j/n) ")
        except EOFError:
            raise CliError("Geen antwoord gegeven; er is niets veranderd. Gebruik --all of "
                           "--accept 1,2 in een script.") from None
        if answer.strip().lower() in ("j", "ja", "y", "yes"):
            accepted.add(proposal.id)
    return accepted


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
