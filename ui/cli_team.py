"""`zorgmap identity`, `zorgmap team` and `zorgmap sync`: the family team (docs/team.md)."""

from __future__ import annotations

import os
from pathlib import Path

from ui.cli_common import CliError, _new_passphrase, _open, _print_recovery, _secret


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
