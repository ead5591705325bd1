"""`zorgmap package` and `zorgmap workspace`: working with a copilot (docs/copilot.md)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ui.cli_common import CliError, _new_passphrase, _open, _secret, _write_out
from ui.cli_team import _identity_passphrase


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
            "", "Wachtwoord van de werkplek:"), QLineEdit.EchoMode.Password)
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
