"""A hostile shared folder: every bad file is ignored with a reason, nothing is applied,
nothing crashes. The folder is the one place others can write; trust only signatures."""

from __future__ import annotations

import json
import os

import pytest

from storage import teamfiles as tf
from storage.identity import Identity
from storage.team import Team
from tests.storage.teamkit import Device


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "gedeeld"
    mama, papa, tante = (Device(tmp_path, n) for n in ("Mama", "Papa", "Tante"))
    mama.found(folder)
    mama.put_contact("c1", name="Huisarts", phone="010")
    mama.team.add(papa.code, "Papa", "ouder")
    mama.team.add(tante.code, "Tante", "lezer")
    papa.join(folder)
    tante.join(folder)
    yield folder, mama, papa, tante
    for device in (mama, papa, tante):
        device.close()


def _update_for(device: Device, **fields) -> bytes:
    """A real CRDT update as `device` would make it, taken from its unpublished changes."""
    device.put_contact("c1", **fields)
    db = device.dossier.db
    rows = db.all("SELECT id, data FROM team_updates WHERE local = 1 AND published = 0")
    db.execute("DELETE FROM team_updates WHERE local = 1 AND published = 0")
    return rows[-1][1]


def _drop(folder, kind, device, seq, data: bytes) -> str:
    return tf.write_file(folder, kind, device, seq, data)


def test_every_hostile_file_is_ignored_with_a_reason(family, tmp_path):
    folder, mama, papa, tante = family
    team = papa.team
    recipients = mama.team.roster().recipients()
    before = mama.records()
    expected: dict[str, str] = {}

    def inner(identity, device, seq, payload, kind="change", team_id=None):
        return tf.seal(identity, team=team_id or team.team_id, kind=kind, device=device,
                       seq=seq, payload=payload)

    evil_update = _update_for(papa, name="GEHACKT")

    # Forged: an outsider who knows the members' public codes signs with their own key.
    outsider = Identity.generate("Indringer")
    out_dev = f"{outsider.public.key_id}-0badc0de"
    rel = _drop(folder, "change", out_dev, 1,
                tf.encrypt(inner(outsider, out_dev, 1, evil_update), recipients))
    expected[rel] = "geen lid"
    # Forged: the outsider writes into Papa's device folder under Papa's device name.
    rel = _drop(folder, "change", team.device, 50,
                tf.encrypt(inner(outsider, team.device, 50, evil_update), recipients))
    expected[rel] = "eigenaar van deze map"
    # Forged: Papa's own signed file with one byte changed afterwards.
    good = bytearray(inner(papa.identity, team.device, 51, evil_update))
    good[-70] ^= 0x01  # inside the compressed payload
    rel = _drop(folder, "change", team.device, 51, tf.encrypt(bytes(good), recipients))
    expected[rel] = "handtekening klopt niet"
    # Unsigned: an encrypted file that is not ours at all, and a plain-text file.
    rel = _drop(folder, "change", team.device, 52,
                tf.encrypt(json.dumps({"name": "GEHACKT"}).encode(), recipients))
    expected[rel] = "niet ondertekend"
    rel = _drop(folder, "change", team.device, 53, b'{"name": "GEHACKT"}')
    expected[rel] = "ontsleutelen mislukt"
    # Replayed and re-ordered: valid files under another number.
    a = inner(papa.identity, team.device, 60, evil_update)
    b = inner(papa.identity, team.device, 61, evil_update)
    rel = _drop(folder, "change", team.device, 61, tf.encrypt(a, recipients))
    expected[rel] = "ander nummer"
    rel = _drop(folder, "change", team.device, 60, tf.encrypt(b, recipients))
    expected[rel] = "ander nummer"
    existing = sorted((folder / "changes" / mama.team.device).iterdir())[0].read_bytes()
    rel = _drop(folder, "change", papa.team.device, 90, existing)
    expected[rel] = "verkeerde plek"
    rel = _drop(folder, "change", mama.team.device, 90, existing)
    expected[rel] = "ander nummer"
    # A file of another team (someone else's family) in the same folder.
    rel = _drop(folder, "change", team.device, 62,
                tf.encrypt(inner(papa.identity, team.device, 62, evil_update,
                                 team_id="f" * 32), recipients))
    expected[rel] = "ander gedeeld dossier"
    # Truncated.
    full = tf.encrypt(inner(papa.identity, team.device, 63, evil_update), recipients)
    rel = _drop(folder, "change", team.device, 63, full[: len(full) // 2])
    expected[rel] = "afgekapt"
    # Oversized: refused before it is read.
    big = folder / "changes" / team.device / "00000064"
    with open(big, "wb") as fh:
        fh.truncate(tf.MAX_FILE["change"] + 1)
    expected[f"changes/{team.device}/00000064"] = "te groot"
    # A snapshot that is only a header: garbage CRDT bytes.
    rel = _drop(folder, "snapshot", team.device, 65,
                tf.encrypt(inner(papa.identity, team.device, 65, b'{"roster":[]}\n\x99\x98',
                                 kind="snapshot"), recipients))
    expected[rel] = "update onleesbaar"
    # Sync-tool conflict copies and foreign names.
    conflict = folder / "changes" / team.device / "00000003.sync-conflict-20261126-1234"
    conflict.write_bytes(full)
    expected[f"changes/{team.device}/{conflict.name}"] = "conflictkopie"
    (folder / "changes" / "Kopie van map (conflicted copy)").mkdir()
    expected["changes/Kopie van map (conflicted copy)"] = "conflictkopie"

    # The lezer promotes herself (a changed client skips the app's check), then writes.
    tante_team = tante.team
    tante_team._write_roster({"op": "add", "code": tante.code, "name": "Tante",
                              "role": "ouder", "seen": {}})
    promote = f"roster/{tante_team.device}/{int(tante_team._meta('team.seq')):08d}"
    expected[promote] = "zichzelf meer rechten"
    tante_update = _update_for(tante, name="GEHACKT door lezer")
    rel, _ = tante_team._write("change", tante_update, recipients)
    expected[rel] = "lezer en mag niets veranderen"

    report = mama.sync()
    reasons = dict(report.ignored)
    for rel, words in expected.items():
        assert rel in reasons, (rel, reasons)
        assert words in reasons[rel], (rel, reasons[rel])
    assert mama.records() == before
    assert report.records == 0
    # Reported once; a second exchange is quiet and applies nothing either.
    again = mama.sync()
    assert not again.ignored and mama.records() == before
    roster = mama.team.roster()
    assert {m.name: m.role for m in roster.active()} == {"Mama": "ouder", "Papa": "ouder",
                                                        "Tante": "lezer"}


def test_a_removed_member_cannot_come_back_through_old_numbers(family):
    folder, mama, papa, tante = family
    papa.put_contact("c1", notes="voor")
    papa.sync()
    mama.sync()
    mama.team.remove("Papa")
    papa_team = papa.team
    # Papa (not told yet) edits, and tries to remove Mama and re-add himself.
    papa.put_contact("c1", notes="na")
    papa.sync()
    papa_team._write_roster({"op": "remove", "key": mama.identity.public.sign_key_b64,
                             "name": "Mama", "seen": {}})
    papa_team._write_roster({"op": "add", "code": papa.code, "name": "Papa",
                             "role": "ouder", "seen": {}})
    before = mama.records()
    report = mama.sync()
    assert mama.records() == before
    assert json.loads(before["c1"])["notes"] == "voor"
    assert len(report.ignored) >= 3
    assert all("Papa" in reason or "verwijderd" in reason or "ouder" in reason
               for _rel, reason in report.ignored)
    roster = mama.team.roster()
    assert {m.name for m in roster.active()} == {"Mama", "Tante"}
    # Tante sees the same roster and the same content.
    tante.sync()
    assert {m.name for m in tante.team.roster().active()} == {"Mama", "Tante"}
    assert tante.records() == before
    # New files are not encrypted to Papa any more.
    mama.put_contact("c1", notes="alleen voor wie er nog in zit")
    mama.sync()
    newest = max((folder / "changes" / mama.team.device).iterdir())
    with pytest.raises(tf.Refused, match="niet voor u"):
        tf.decrypt(newest.read_bytes(), papa.identity)
    assert papa.sync().removed and not mama.sync().removed


def test_junk_under_our_own_number_is_refused(family):
    folder, mama, papa, _tante = family
    device = mama.team.device
    junk = folder / "changes" / device / "00009999"
    junk.write_bytes(os.urandom(100))
    report = mama.sync()
    assert mama.records() and not report.applied
    assert "ontsleutelen mislukt" in dict(report.ignored)[f"changes/{device}/00009999"]
    assert Team(mama.dossier).sync().records == 0
