"""The copilot's round trip from the command line, with the exact command names of issue 14."""

from pathlib import Path

from app.model import DecisionStatus
from storage import copilot as cp
from storage.documents import DocumentStore
from storage.dossier import Dossier
from storage.records import RecordStore
from tests.conftest import PASSPHRASE
from tests.test_cli_team import ok, run


def _rejection(dossier_path: Path) -> tuple[str, int, int]:
    """The demo's Wmo rejection of the shower trolley (the bezwaar) and how many records and
    documents its package holds by default."""
    with Dossier.open(dossier_path, PASSPHRASE) as dossier:
        content = RecordStore(dossier).content()
        [shower] = [a for a in content.aid_requests if a.title.startswith("Douchebrancard")]
        [rejection] = [d for d in content.decisions
                       if d.id in shower.decision_ids and d.status == DecisionStatus.REJECTED]
        chosen = [c for c in cp.selection(dossier, "decision", rejection.id) if c.selected]
    docs = sum(c.kind == "document" for c in chosen)
    return rejection.id, len(chosen) - docs, docs


def _homes(tmp_path: Path):
    mama, mirjam = tmp_path / "mama", tmp_path / "mirjam"
    mama.mkdir()
    mirjam.mkdir()
    ok(run(mama, "identity", "new", "--name", "Mama"))
    code = ok(run(mirjam, "identity", "new", "--name", "Mirjam")).strip().splitlines()[-1]
    return mama, mirjam, code


def test_package_workspace_reply_and_accept(tmp_path):
    mama, mirjam, code = _homes(tmp_path)
    dossier = mama / "Noor.zorgmap"
    ok(run(mama, "demo", dossier))
    package = tmp_path / "noor.zmpakket"
    rejection, records, documents = _rejection(dossier)
    assert records > 2 and documents > 0  # the decision, what it builds on, the profile...
    out = ok(run(mama, "package", "make", dossier, "--to", code, "--decision", rejection,
                 "--out", package, "--until", "31-12-2099"))
    assert f"({records} onderdelen, {documents} documenten)" in out

    ws = mirjam / "werkplek"
    ok(run(mirjam, "workspace", "open", package, ws))
    lines = ok(run(mirjam, "workspace", "list", ws)).splitlines()
    assert len(lines) == 1 and "Noor Vermeulen-de Wit" in lines[0]
    family = lines[0].split()[0]
    deadlines = ok(run(mirjam, "workspace", "deadlines", ws)).splitlines()
    assert deadlines and all(family in line for line in deadlines)

    notes = tmp_path / "notities.txt"
    notes.write_text("Grond voor het bezwaar: Noor kan niet zitten onder de douche.\n")
    reply = tmp_path / "antwoord.zmantwoord"
    ok(run(mirjam, "package", "reply", ws, family, "--notes", notes, "--task", "Foto's maken",
           "--bezwaar", rejection, "--out", reply))

    # Without --all or --accept and no one to answer: nothing changes.
    refused = run(mama, "package", "accept", dossier, reply)
    assert refused.returncode == 1 and "niets veranderd" in refused.stderr
    listed = refused.stdout
    assert "1. Notitie: Grond voor het bezwaar" in listed and "2. Taak: Foto's maken" in listed
    assert "3. Conceptbrief: Concept bezwaarschrift" in listed

    out = ok(run(mama, "package", "accept", dossier, reply, "--accept", "1,3"))
    assert "overgenomen: Notitie" in out and "afgewezen: Taak" in out
    assert "overgenomen: Conceptbrief: Concept bezwaarschrift" in out
    with Dossier.open(dossier, PASSPHRASE) as opened:
        letters = [d for d in DocumentStore(opened.db).list() if d.name.endswith(".docx")]
        assert len(letters) == 1
        assert letters[0].id in RecordStore(opened).get(rejection).document_ids
    out = ok(run(mama, "package", "accept", dossier, reply, "--all"))
    assert "al beslist" in out

    # Another copilot cannot open the package: one Dutch line, exit 1.
    anouk = tmp_path / "anouk"
    anouk.mkdir()
    ok(run(anouk, "identity", "new", "--name", "Anouk"))
    other = run(anouk, "workspace", "open", package, anouk / "werkplek")
    assert other.returncode == 1
    assert other.stderr.strip().count("\n") == 0 and "niet voor u versleuteld" in other.stderr


def test_a_damaged_reply_is_refused_with_one_dutch_line(tmp_path):
    mama, mirjam, code = _homes(tmp_path)
    dossier = mama / "Noor.zorgmap"
    ok(run(mama, "demo", dossier))
    package = tmp_path / "p"
    ok(run(mama, "package", "make", dossier, "--to", code, "--future-plan", "--out", package))
    ws = mirjam / "werkplek"
    ok(run(mirjam, "workspace", "open", package, ws))
    family = ok(run(mirjam, "workspace", "list", ws)).split()[0]
    notes = tmp_path / "n.txt"
    notes.write_text("Het noodplan mist een telefoonnummer.")
    reply = tmp_path / "r"
    ok(run(mirjam, "package", "reply", ws, family, "--notes", notes, "--out", reply))
    data = bytearray(reply.read_bytes())
    data[-20] ^= 1
    reply.write_bytes(bytes(data))
    result = run(mama, "package", "accept", dossier, reply, "--all")
    assert result.returncode == 1
    assert result.stderr.startswith("zorgmap: Dit antwoord is beschadigd of veranderd")
