"""The family team: identities, sharing through a folder, merging, roles and removal."""

from __future__ import annotations

import json

import pytest

from storage import identity as idmod
from storage.errors import WrongSecret
from storage.team import Team, TeamError, conflicts
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.teamkit import Device


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "gedeeld"
    devices = {name: Device(tmp_path, name) for name in ("Mama", "Papa", "Tante")}
    yield folder, devices
    for device in devices.values():
        device.close()


def test_identity_roundtrip_code_and_fingerprint(tmp_path):
    path = tmp_path / "config" / "zorgmap" / "identity.json"
    made = idmod.create("Mama", PASSPHRASE, path, kdf=FAST_KDF)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    name, public = idmod.load_public(path)
    assert name == "Mama" and public == made.public
    code = public.code()
    # Typed back in lower case, with spaces instead of dashes, O for 0: the same person.
    retyped = code.lower().replace("-", " ").replace("0", "o")
    assert idmod.PublicIdentity.from_code(retyped) == public
    assert len(public.fingerprint().replace(" ", "")) == 20
    assert idmod.unlock(PASSPHRASE, path).public == public
    with pytest.raises(WrongSecret):
        idmod.unlock("verkeerd wachtwoord hier", path)
    raw = path.read_bytes()
    assert made.age_secret.encode() not in raw and b"AGE-SECRET" not in raw
    with pytest.raises(idmod.IdentityError):
        idmod.create("Mama", PASSPHRASE, path, kdf=FAST_KDF)  # never overwrites


def test_a_mistyped_code_is_refused(tmp_path):
    code = idmod.Identity.generate("X").public.code()
    broken = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    with pytest.raises(idmod.BadCode):
        idmod.PublicIdentity.from_code(broken)
    with pytest.raises(idmod.BadCode):
        idmod.PublicIdentity.from_code("hallo")


def test_share_add_join_and_edit_both_ways(family):
    folder, d = family
    d["Mama"].found(folder)
    d["Mama"].put_contact("c1", name="Huisarts Jansen", phone="010-1234567")
    d["Mama"].team.add(d["Papa"].code, "Papa", "ouder")
    report = d["Papa"].join(folder)
    assert report.records == 1 and not report.ignored
    assert d["Papa"].records() == d["Mama"].records()
    d["Papa"].put_contact("c2", name="Fysio de Vries")
    d["Papa"].sync()
    report = d["Mama"].sync()
    assert any("wijzigingen van Papa" in line for line in report.applied)
    assert d["Papa"].records() == d["Mama"].records()
    d["Mama"].store.delete("c2")
    d["Mama"].sync()
    d["Papa"].sync()
    assert "c2" not in d["Papa"].records()
    assert d["Papa"].store.deleted()[0].record_id == "c2"  # in Papa's Prullenbak


def test_concurrent_edits_of_one_field_converge_and_are_flagged(family):
    folder, d = family
    d["Mama"].found(folder)
    d["Mama"].put_contact("c1", name="Huisarts", phone="010")
    d["Mama"].team.add(d["Papa"].code, "Papa", "ouder")
    d["Papa"].join(folder)
    d["Mama"].put_contact("c1", phone="020")
    d["Papa"].put_contact("c1", phone="030", notes="belt terug")
    for name in ("Mama", "Papa", "Mama"):
        d[name].sync()
    assert d["Mama"].records() == d["Papa"].records()
    winner = json.loads(d["Mama"].records()["c1"])["phone"]
    loser = {"020", "030"} - {winner}
    assert json.loads(d["Mama"].records()["c1"])["notes"] == "belt terug"
    for device in (d["Mama"], d["Papa"]):
        flagged = conflicts(device.dossier.db)["c1"]["phone"]
        assert {e["by"] for e in flagged} == {"Mama", "Papa"}
        kept = [h for h in device.store.history("c1") if h.action == "conflict"]
        assert kept and kept[0].after["phone"] in loser
        assert "tegelijk gewijzigd door" in kept[0].profile
    # Editing the field again settles it everywhere.
    d["Papa"].put_contact("c1", phone="040")
    assert "c1" not in conflicts(d["Papa"].dossier.db)
    d["Papa"].sync()
    d["Mama"].sync()
    assert "c1" not in conflicts(d["Mama"].dossier.db)
    assert json.loads(d["Mama"].records()["c1"])["phone"] == "040"


def test_lezer_reads_but_cannot_write(family):
    folder, d = family
    d["Mama"].found(folder)
    d["Mama"].put_contact("c1", name="Huisarts")
    d["Mama"].team.add(d["Tante"].code, "Tante", "lezer")
    d["Tante"].join(folder)
    assert d["Tante"].records() == d["Mama"].records()
    with pytest.raises(TeamError):
        d["Tante"].team.add(d["Papa"].code, "Papa", "ouder")
    d["Tante"].put_contact("c1", name="Veranderd door lezer")
    report = d["Tante"].team.sync()
    assert report.published == [] and report.role == "lezer"  # a lezer publishes nothing
    d["Mama"].put_contact("c1", notes="nieuw")
    d["Mama"].sync()
    d["Tante"].sync()
    assert json.loads(d["Tante"].records()["c1"])["notes"] == "nieuw"


def test_removed_member_gets_nothing_new_and_is_refused(family):
    folder, d = family
    d["Mama"].found(folder)
    d["Mama"].team.add(d["Papa"].code, "Papa", "ouder")
    d["Papa"].join(folder)
    d["Papa"].put_contact("c1", name="Voor verwijderen")
    d["Papa"].sync()
    d["Mama"].sync()
    d["Mama"].team.remove("Papa")
    d["Papa"].put_contact("c1", name="Na verwijderen")
    d["Papa"].sync()
    report = d["Mama"].sync()
    assert json.loads(d["Mama"].records()["c1"])["name"] == "Voor verwijderen"
    assert any("Papa is verwijderd" in reason for _p, reason in report.ignored)
    d["Mama"].put_contact("c2", name="Geheim na verwijderen")
    d["Mama"].sync()
    report = d["Papa"].sync()
    assert "c2" not in d["Papa"].records()
    assert report.not_for_me >= 1
    people = {p["name"]: p for p in d["Mama"].team.people()}
    assert people["Papa"]["active"] is False
    with pytest.raises(TeamError):
        d["Mama"].team.remove("Mama")  # the last ouder stays


def test_the_shared_folder_holds_nothing_readable(family):
    folder, d = family
    d["Mama"].found(folder)
    # Words long enough that random ciphertext (or the base64 of age's header) cannot hold
    # them by chance: a four-letter name, matched without case, did about once in a few
    # hundred runs. Short names are looked for as they would be stored: quoted JSON strings.
    secret_words = ["Huisarts Jansen", "010-1234567", "Noor heeft", "Noor slaapt", "epilepsie",
                    '"Noor', '"Papa"', '"Mama"']
    d["Mama"].put_contact("c1", name="Huisarts Jansen", phone="010-1234567",
                          notes="Noor heeft epilepsie")
    d["Mama"].team.add(d["Papa"].code, "Papa", "ouder")
    d["Papa"].join(folder)
    d["Papa"].put_contact("c1", notes="Noor slaapt slecht")
    d["Papa"].sync()
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert data.startswith(b"age-encryption.org/v1\n")
        assert oct(path.stat().st_mode & 0o777) == "0o600"
        for word in secret_words + [d["Papa"].identity.public.sign_key_b64]:
            assert word.encode() not in data, (path, word)
            if len(word) >= 8:
                assert word.lower().encode() not in data.lower(), (path, word)
    for path in folder.rglob("*"):
        if path.is_dir():
            assert oct(path.stat().st_mode & 0o777) == "0o700"
    assert not list(folder.rglob("*.db"))


def test_share_refuses_a_folder_inside_the_dossier(tmp_path):
    mama = Device(tmp_path, "Mama")
    with pytest.raises(TeamError):
        mama.found(mama.path / "gedeeld")
    mama.close()


def test_join_without_being_added_says_so(family):
    folder, d = family
    d["Mama"].found(folder)
    with pytest.raises(TeamError, match="geen gedeeld dossier"):
        d["Papa"].join(folder)
    assert not d["Papa"].path.exists()


def test_unshared_dossier_writes_no_team_state(tmp_path):
    from app.model import Contact
    from storage.dossier import Dossier
    from storage.records import RecordStore

    dossier, _ = Dossier.create(tmp_path / "d.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        RecordStore(dossier).save(Contact(name="X"))
        assert not Team.shared(dossier)
        assert dossier.db.one("SELECT 1 FROM sqlite_master WHERE name = 'team_updates'") is None


def test_a_copy_restored_from_a_backup_catches_up_and_never_reuses_a_number(family, tmp_path):
    from storage.backup import restore_backup, write_backup
    from storage.dossier import Dossier

    folder, d = family
    mama = d["Mama"]
    mama.found(folder)
    mama.put_contact("c1", name="Huisarts")
    mama.sync()
    write_backup(mama.dossier, tmp_path / "kopie.zmbak")
    mama.put_contact("c1", phone="na de reservekopie")
    mama.sync()
    mama.close()
    restore_backup(tmp_path / "kopie.zmbak", PASSPHRASE, tmp_path / "terug.zorgmap")
    mama.dossier = Dossier.open(tmp_path / "terug.zorgmap", PASSPHRASE)
    report = mama.sync()
    assert not report.ignored
    assert json.loads(mama.records()["c1"])["phone"] == "na de reservekopie"
    before = {p.name for p in (folder / "changes" / mama.team.device).iterdir()}
    mama.put_contact("c1", notes="daarna")
    assert mama.sync().published
    after = {p.name for p in (folder / "changes" / mama.team.device).iterdir()}
    assert len(after - before) == 1 and max(after) > max(before)


def test_document_names_travel_but_not_their_contents(family):
    from storage.documents import DocumentStore

    folder, d = family
    d["Mama"].found(folder)
    d["Mama"].team.add(d["Papa"].code, "Papa", "ouder")
    d["Papa"].join(folder)
    info = DocumentStore(d["Mama"].dossier.db).add_bytes(b"%PDF-1.4 beschikking Wmo",
                                                         "beschikking.pdf", note="Wmo")
    d["Mama"].sync()
    d["Papa"].sync()
    papa_docs = DocumentStore(d["Papa"].dossier.db)
    assert [i.name for i in papa_docs.list()] == ["beschikking.pdf"]
    assert not papa_docs.has_content(info.id)
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"beschikking" not in path.read_bytes()
    DocumentStore(d["Mama"].dossier.db).delete(info.id)
    d["Mama"].sync()
    d["Papa"].sync()
    assert papa_docs.list() == []
