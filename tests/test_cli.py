"""The headless commands, run as a user runs them: a separate process, env passphrase."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from storage.dossier import Dossier
from tests.conftest import PASSPHRASE
from tests.storage.helpers import fingerprint, get_note, put_note

ROOT = Path(__file__).resolve().parent.parent


def zorgmap(*args, passphrase=PASSPHRASE, new=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZORGMAP_")}
    env["ZORGMAP_STATE_DIR"] = os.environ["ZORGMAP_STATE_DIR"]
    if passphrase is not None:
        env["ZORGMAP_PASSPHRASE"] = passphrase
    if new is not None:
        env["ZORGMAP_NEW_PASSPHRASE"] = new
    return subprocess.run([sys.executable, "-m", "ui.cli", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def dossier_path(new_dossier):
    dossier, code = new_dossier()
    put_note(dossier, "n1", "logeerhuis De Vlinder")
    dossier.close()
    return dossier.folder, code


def test_backup_verify_restore_roundtrip(dossier_path, tmp_path):
    folder, code = dossier_path
    out = tmp_path / "kopie.zmbak"
    result = zorgmap("backup", folder, out)
    assert result.returncode == 0, result.stderr
    assert out.exists()
    result = zorgmap("verify", out)
    assert result.returncode == 0 and "Reservekopie in orde" in result.stdout
    result = zorgmap("verify", folder)
    assert result.returncode == 0 and "Dossier in orde" in result.stdout
    assert "onderdelen (zoals besluiten, contacten, logboek): 1" in result.stdout
    result = zorgmap("restore", out, tmp_path / "terug.zorgmap", passphrase=code)
    assert result.returncode == 0, result.stderr
    with Dossier.open(tmp_path / "terug.zorgmap", PASSPHRASE) as restored:
        assert get_note(restored, "n1") == "logeerhuis De Vlinder"
    again = zorgmap("backup", folder, out)
    assert again.returncode == 1 and "bestaat al" in again.stderr


def test_wrong_passphrase_is_one_dutch_line_and_exit_1(dossier_path):
    folder, _ = dossier_path
    before = fingerprint(folder)
    result = zorgmap("verify", folder, passphrase="dit is helemaal fout")
    assert result.returncode == 1
    assert result.stderr.strip() == ("zorgmap: Het wachtwoord of de noodsleutel klopt niet. "
                                     "Er is niets veranderd.")
    assert fingerprint(folder) == before


def test_not_a_dossier_and_damaged(tmp_path, dossier_path):
    result = zorgmap("verify", tmp_path / "bestaat-niet")
    assert result.returncode == 1 and "niet gevonden" in result.stderr
    folder, _ = dossier_path
    db = folder / "dossier.db"
    data = bytearray(db.read_bytes())
    data[-100] ^= 0xFF
    db.write_bytes(bytes(data))
    result = zorgmap("verify", folder)
    assert result.returncode == 1 and "beschadigd" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_change_passphrase_and_new_recovery_code(dossier_path):
    folder, old_code = dossier_path
    result = zorgmap("passphrase", folder, new="kort")
    assert result.returncode == 1 and "Te kort" in result.stderr
    result = zorgmap("passphrase", folder, new="zee wolk steen appel")
    assert result.returncode == 0, result.stderr
    assert zorgmap("verify", folder).returncode == 1
    assert zorgmap("verify", folder, passphrase="zee wolk steen appel").returncode == 0
    result = zorgmap("noodsleutel", folder, passphrase="zee wolk steen appel")
    assert result.returncode == 0
    new_code = [line.strip() for line in result.stdout.splitlines() if line.count("-") == 7][0]
    assert zorgmap("verify", folder, passphrase=old_code).returncode == 1
    assert zorgmap("verify", folder, passphrase=new_code).returncode == 0


def test_second_writer_gets_a_clear_message(dossier_path):
    folder, _ = dossier_path
    with Dossier.open(folder, PASSPHRASE):
        result = zorgmap("passphrase", folder, new="zee wolk steen appel")
        assert result.returncode == 1 and "al open" in result.stderr
        assert zorgmap("verify", folder).returncode == 0  # reading is allowed


def test_usage_errors_are_dutch():
    result = zorgmap("backup")
    assert result.returncode == 2 and "de opdracht klopt niet" in result.stderr


def test_console_script_is_installed():
    script = Path(sys.executable).parent / ("zorgmap.exe" if os.name == "nt" else "zorgmap")
    assert script.exists(), "run the README's set-up: pip install -e ."
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "verify" in result.stdout


@pytest.fixture
def demo_path(tmp_path):
    from storage.dossier import Dossier
    from tests.conftest import FAST_KDF
    from ui.composition import fill_demo

    dossier, _ = Dossier.create(tmp_path / "demo.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        fill_demo(dossier)
    return dossier.folder


@pytest.mark.parametrize("with_documents", [False, True])
def test_json_export_import_export_is_identical(demo_path, tmp_path, with_documents):
    extra = ["--with-documents"] if with_documents else []
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert zorgmap("export", "json", demo_path, "--out", first, *extra).returncode == 0
    result = zorgmap("import", "json", first, tmp_path / "kopie.zorgmap")
    assert result.returncode == 0, result.stderr
    assert zorgmap("export", "json", tmp_path / "kopie.zorgmap", "--out", second,
                   *extra).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    import json

    data = json.loads(first.read_text())
    assert list(data) == ["format", "version", "child", "network", "decisions", "aid_requests",
                          "care_plans", "future_plan", "documents", "journal", "deadlines"]
    assert all(("content_base64" in d) == with_documents for d in data["documents"])


@pytest.mark.parametrize("broken, where", [
    ("{", "regel 1"),
    ('{"format": "iets anders"}', "format"),
    ("[1, 2]", "geen Zorgmap-exportbestand"),
])
def test_import_of_broken_json_creates_nothing(tmp_path, broken, where):
    source = tmp_path / "kapot.json"
    source.write_text(broken)
    result = zorgmap("import", "json", source, tmp_path / "nieuw.zorgmap")
    assert result.returncode == 1 and where in result.stderr
    assert not (tmp_path / "nieuw.zorgmap").exists()


def test_import_names_the_broken_place(demo_path, tmp_path):
    import json

    good = tmp_path / "a.json"
    zorgmap("export", "json", demo_path, "--out", good)
    data = json.loads(good.read_text())
    data["decisions"][1]["decision_date"] = "31-02-2026"
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps(data))
    result = zorgmap("import", "json", bad, tmp_path / "nieuw.zorgmap")
    assert result.returncode == 1
    assert "decisions[1].decision_date" in result.stderr
    assert not (tmp_path / "nieuw.zorgmap").exists()


def test_ics_export_holds_the_deadlines(demo_path, tmp_path):
    import icalendar

    out = tmp_path / "termijnen.ics"
    assert zorgmap("export", "ics", demo_path, "--out", out).returncode == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any("ezwaar" in s for s in summaries)
    assert any("eerzorg" in s for s in summaries)


def test_pdf_exports_are_made_logged_and_respect_exclusions(demo_path, tmp_path):
    import json

    from pypdf import PdfReader

    from storage.records import RecordStore

    out = tmp_path / "paspoort.pdf"
    result = zorgmap("export", "paspoort", demo_path, "--out", out, "--voor", "KDC De Boog")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Noor" in text and "Midazolam" in text
    assert "999990019" not in text  # the BSN stays out unless asked for
    card = tmp_path / "noodkaart.pdf"
    result = zorgmap("export", "noodkaart", demo_path, "--out", card, "--exclude", "medicatie")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(card).pages) == 1
    assert "Levetiracetam" not in "".join(p.extract_text() for p in PdfReader(card).pages)
    result = zorgmap("export", "noodkaart", demo_path, "--out", card, "--exclude", "onzin")
    assert result.returncode == 1 and "onzin" in result.stderr
    result = zorgmap("export", "aanvraag", demo_path, "--out", tmp_path / "a.pdf")
    assert result.returncode == 1 and "aanvraag" in result.stderr.lower()
    exported = tmp_path / "d.json"
    zorgmap("export", "json", demo_path, "--out", exported)
    request = json.loads(exported.read_text())["aid_requests"][0]["id"]
    result = zorgmap("export", "aanvraag", demo_path, "--request", request,
                     "--out", tmp_path / "a.pdf")
    assert result.returncode == 0, result.stderr
    with Dossier.open(demo_path, PASSPHRASE) as dossier:
        shares = RecordStore(dossier).shares()
    assert [(s.output, s.recipient) for s in shares] == [
        ("aanvraag", ""), ("noodkaart", ""), ("paspoort", "KDC De Boog")]
    assert "medicatie" not in shares[1].sections and "medicatie" in shares[2].sections
    import hashlib

    logged = {s.sha256 for s in shares}
    assert hashlib.sha256(out.read_bytes()).hexdigest() in logged


def test_verify_says_what_an_automatic_backup_holds(tmp_path):
    import datetime as dt

    from app.model import ChildProfile, Contact
    from storage import backup
    from storage.records import RecordStore
    from tests.conftest import FAST_KDF

    dossier, _code = Dossier.create(tmp_path / "Noor.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        store = RecordStore(dossier)
        store.save(ChildProfile(name="Noor Visser"))
        store.save(Contact(name="Huisarts Jansen"))
        made = backup.auto_backup_if_due(dossier, dt.datetime(2026, 11, 23, 9, 0))
    result = zorgmap("verify", made)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Reservekopie in orde" in out and "automatische reservekopie" in out
    assert "dossier van: Noor Visser" in out
    assert "onderdelen (zoals besluiten, contacten, logboek): 2" in out
    assert "mensen in het netwerk: 1" in out
