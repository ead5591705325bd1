"""The copilot's packages and replies: exactly what was chosen goes out, only what is accepted
comes back, and anything forged, damaged, foreign or expired is refused in plain Dutch."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest

from app.copilot import Proposal
from app.errors import ValidationError
from app.model import AidStage, DecisionStatus
from app.serialize import to_dict
from storage import copilot as cp
from storage import identity as idmod
from storage import teamfiles as tf
from storage.documents import DocumentStore
from storage.records import RecordStore
from storage.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from ui.composition import fill_demo

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def family(new_dossier):
    dossier, _code = new_dossier("noor.zorgmap")
    fill_demo(dossier, today=TODAY)
    return dossier


def shower_id(family) -> str:
    """The demo's aid request in bezwaar: the shower trolley and bathroom adaptation."""
    content = RecordStore(family).content()
    [request] = [a for a in content.aid_requests if a.title.startswith("Douchebrancard")]
    return request.id


def rejection_id(family) -> str:
    """The demo's Wmo rejection of that request, the decision the bezwaar is against."""
    content = RecordStore(family).content()
    request = content.find(shower_id(family))
    [decision] = [d for d in content.decisions
                  if d.id in request.decision_ids and d.status == DecisionStatus.REJECTED]
    return decision.id


@pytest.fixture
def people():
    return {name: idmod.Identity.generate(name) for name in ("Mama", "Mirjam", "Anouk")}


@pytest.fixture
def workspace(tmp_path, people):
    ws = Workspace.create(tmp_path / "werkplek", PASSPHRASE, people["Mirjam"], kdf=FAST_KDF)
    yield ws
    ws.close()


def make(family, people, **kwargs):
    kwargs.setdefault("purpose_kind", "decision")
    if "purpose_id" not in kwargs:
        kwargs["purpose_id"] = rejection_id(family)
    kwargs.setdefault("to", people["Mirjam"].public)
    kwargs.setdefault("to_name", "Mirjam")
    kwargs.setdefault("today", TODAY)
    return cp.make_package(family, people["Mama"], **kwargs)


def opened(package, identity) -> tuple[tf.Envelope, dict]:
    return cp.unwrap(package.data, identity, "package")


def records_by_id(family) -> dict:
    return {r.id: r for r in RecordStore(family).content().records()}


# ----- what goes out ------------------------------------------------------------------------

def test_the_preselection_is_the_decision_its_log_documents_and_the_basic_profile(family):
    rejection = rejection_id(family)
    shower = shower_id(family)
    choices = cp.selection(family, "decision", rejection, TODAY)
    on = {c.key: c for c in choices if c.selected}
    content = RecordStore(family).content()
    decision = content.find(rejection)
    # The demo's Wmo rejection ("voorliggende voorziening Wlz") depends on the Wlz indication:
    # the aid request it answers was filed with both. And, through their links, on the
    # decisions those build on.
    decisions = {d.id: d for d in content.decisions}
    beside = [i for a in content.aid_requests if rejection in a.decision_ids
              for i in a.decision_ids]
    core, todo = {rejection}, [*decision.linked_ids, *beside]
    while todo:
        i = todo.pop()
        if i in decisions and i not in core:
            core.add(i)
            todo += decisions[i].linked_ids
    assert len(core) > 1, "the demo rejection should point at the decision it depends on"
    about = {j.id for j in content.journal if rejection in j.linked_ids}
    journal = [j for j in content.journal if core.intersection(j.linked_ids)]
    docs = {d for i in core for d in decisions[i].document_ids}
    # Who signs the bezwaar (Awb 6:5: name and address of the indiener): the child's legal
    # representatives today, not one who only becomes mentor later.
    born = content.child.date_of_birth
    signers = {c.id for c in content.network if c.representation_on(TODAY, born) == "current"}
    later = {c.id for c in content.network if c.representation_on(TODAY, born) == "future"}
    assert signers
    assert set(on) == ({f"rec:{i}" for i in core} | {f"rec:{content.child.id}"}
                       | {f"rec:{j.id}" for j in journal} | {f"doc:{d}" for d in docs}
                       | {f"rec:{i}" for i in signers})
    assert not {f"rec:{i}" for i in later} & set(on)
    assert about and about <= {j.id for j in journal}  # the log about the decision goes along
    # Everything else is offered, switched off.
    assert f"rec:{shower}" in {c.key for c in choices if not c.selected}
    assert f"doc:{content.child.photo_document_id}" in {c.key for c in choices
                                                         if not c.selected}


def test_an_aid_request_brings_the_decisions_it_depends_on(family):
    shower = shower_id(family)
    content = RecordStore(family).content()
    request = content.find(shower)
    on = {c.target_id for c in cp.selection(family, "aid_request", shower) if c.selected}
    assert set(request.decision_ids) <= on
    assert shower in on


def test_a_package_holds_exactly_the_selection_and_nothing_else(family, people):
    rejection = rejection_id(family)
    shower = shower_id(family)
    content = RecordStore(family).content()
    choices = cp.selection(family, "decision", rejection)
    selected = {c.key for c in choices if c.selected}
    # The family changes the defaults: one more record and one log entry less.
    left_out = next(c.key for c in choices if c.group == "journal")
    added = f"rec:{shower}"
    selected = (selected - {left_out}) | {added}
    package = make(family, people, selected=selected)
    _envelope, payload = opened(package, people["Mirjam"])

    got = {f"rec:{item['data']['id']}" for item in payload["records"]}
    got |= {f"doc:{d['id']}" for d in payload["documents"]}
    assert got == selected
    docs = DocumentStore(family.db)
    for item in payload["documents"]:
        assert base64.b64decode(item["data"]) == docs.read_bytes(item["id"])
    by_id = records_by_id(family)
    for item in payload["records"]:
        original = to_dict(by_id[item["data"]["id"]])
        if item["kind"] == "child_profile":
            assert item["data"]["bsn"] == "" and item["data"]["photo_document_id"] is None
            original.update(bsn="", photo_document_id=None)
        assert item["data"] == original

    # Plaintext scan: names of records that were not chosen are nowhere inside.
    inner = json.dumps(payload, ensure_ascii=False)
    chosen_text = json.dumps([i["data"] for i in payload["records"]], ensure_ascii=False)
    names = []
    for record in content.records():
        if f"rec:{record.id}" in selected:
            continue
        for field in ("name", "title", "substance", "provider", "summary", "subject"):
            value = getattr(record, field, "")
            if isinstance(value, str) and len(value) > 5 and value not in chosen_text:
                names.append(value)
    assert len(names) > 30
    leaked = [n for n in names if n in inner]
    assert leaked == []
    assert content.child.bsn and content.child.bsn not in inner


def test_the_share_log_records_what_went_to_whom(family, people):
    rejection = rejection_id(family)
    package = make(family, people)
    entry = RecordStore(family).shares()[0]
    assert entry.output == "copiloot-pakket" and entry.recipient == "Mirjam"
    docs = DocumentStore(family.db)
    assert len(entry.sections) == len(package.records) + len(package.documents)
    assert f"Document: {docs.get(package.documents[0]).name}" in entry.sections
    decision = records_by_id(family)[rejection]
    assert f"Indicatie of besluit: {decision.label()}" in entry.sections


def test_another_identity_cannot_open_it(family, people):
    package = make(family, people)
    with pytest.raises(cp.CopilotError, match="niet voor u versleuteld"):
        opened(package, people["Anouk"])


def test_a_damaged_package_is_refused(family, people, workspace):
    data = bytearray(make(family, people).data)
    data[-40] ^= 0x01
    with pytest.raises(cp.CopilotError, match="beschadigd of veranderd en wordt geweigerd"):
        workspace.add_package(bytes(data), today=TODAY)
    assert workspace.families(TODAY) == []


def test_a_package_changed_inside_and_encrypted_again_is_refused(family, people, workspace):
    """Someone who can encrypt to the copilot (codes are public) but cannot sign as the family."""
    package = make(family, people)
    inner = bytearray(tf.decrypt(package.data, people["Mirjam"]))
    inner[-80] ^= 0x01  # inside the compressed payload, before the signature
    forged = tf.encrypt(bytes(inner), [people["Mirjam"].public.age_recipient])
    with pytest.raises(cp.CopilotError, match="handtekening klopt niet"):
        workspace.add_package(forged, today=TODAY)
    assert workspace.families(TODAY) == []


def test_a_package_signed_by_someone_else_cannot_replace_a_family(family, people, workspace):
    workspace.add_package(make(family, people).data, today=TODAY)
    envelope, payload = opened(make(family, people), people["Mirjam"])
    payload["records"] = []
    impostor = cp.sealed(people["Anouk"], kind="package", family=envelope.team,
                         file_id=payload["package"], seq=99, payload=payload)
    data = tf.encrypt(impostor, [people["Mirjam"].public.age_recipient])
    with pytest.raises(cp.CopilotError, match="iemand anders dan de eerdere pakketten"):
        workspace.add_package(data, today=TODAY)


# ----- the workspace ---------------------------------------------------------------------------

def test_the_workspace_shows_the_family_records_read_only_and_deadlines(family, people,
                                                                       workspace):
    package = make(family, people)
    fam = workspace.add_package(package.data, today=TODAY)
    assert fam.name == "Noor Vermeulen-de Wit" and not fam.closed
    content = workspace.content(fam.id)
    assert {r.id for r in content.records()} == set(package.records)
    shown = workspace.documents(fam.id)  # by name, for the copilot to find
    assert sorted(d["id"] for d in shown) == sorted(package.documents)
    assert [d["name"] for d in shown] == sorted(d["name"] for d in shown)
    dues = [d.deadline.due for d in workspace.deadlines(TODAY)]
    assert dues == sorted(dues) and dues


def test_a_newer_package_replaces_the_old_and_an_older_one_is_refused(family, people,
                                                                      workspace):
    shower = shower_id(family)
    first = make(family, people)
    second = make(family, people, purpose_kind="aid_request", purpose_id=shower)
    workspace.add_package(first.data, today=TODAY)
    fam = workspace.add_package(second.data, today=TODAY)
    assert len(workspace.families(TODAY)) == 1
    assert {r.id for r in workspace.content(fam.id).records()} == set(second.records)
    assert fam.purpose["id"] == shower
    with pytest.raises(cp.CopilotError, match="al een nieuwer"):
        workspace.add_package(first.data, today=TODAY)


def test_a_package_past_its_end_date_closes_itself(family, people, workspace):
    package = make(family, people, expires=TODAY + dt.timedelta(days=7))
    fam = workspace.add_package(package.data, today=TODAY)
    workspace.add_item(fam.id, Proposal(kind="task", title="Bellen", due=TODAY))
    assert workspace.deadlines(TODAY)
    later = TODAY + dt.timedelta(days=8)
    [closed] = workspace.families(later)
    assert closed.closed and "einddatum" in closed.closed_why
    assert workspace.db.all("SELECT * FROM ws_records WHERE family_id = ?", (fam.id,)) == []
    assert workspace.content(fam.id).child.name == ""
    assert workspace.documents(fam.id) == []
    assert workspace.deadlines(later) == []
    with pytest.raises(cp.CopilotError, match="gesloten"):
        workspace.make_reply(fam.id)
    # Opening a package that has already expired is refused.
    with pytest.raises(cp.CopilotError, match="verlopen"):
        workspace.add_package(make(family, people, expires=TODAY).data,
                              today=TODAY + dt.timedelta(days=1))


def test_a_package_for_another_copilot_is_not_taken_in(family, people, tmp_path):
    package = make(family, people)
    with Workspace.create(tmp_path / "anouk", PASSPHRASE, people["Anouk"], kdf=FAST_KDF) as ws:
        with pytest.raises(cp.CopilotError, match="niet voor u versleuteld"):
            ws.add_package(package.data, today=TODAY)


def test_a_one_time_code_opens_it_and_a_wrong_code_does_not(family, people, workspace):
    package = make(family, people, to=None, to_name="")
    assert package.onetime_code and len(package.onetime_code.replace("-", "")) == 10
    assert cp.is_onetime(package.data)
    with pytest.raises(cp.NeedsCode):
        workspace.add_package(package.data, today=TODAY)
    wrong = "0000-0000-00" if package.onetime_code != "0000-0000-00" else "1111-1111-11"
    with pytest.raises(cp.CopilotError, match="eenmalige code klopt niet"):
        workspace.add_package(package.data, code=wrong, today=TODAY)
    typed = package.onetime_code.lower().replace("-", " ")
    fam = workspace.add_package(package.data, code=typed, today=TODAY)
    assert {r.id for r in workspace.content(fam.id).records()} == set(package.records)


# ----- answers back ----------------------------------------------------------------------------

def _reply(workspace, fam_id, shower):
    for proposal in (
        Proposal(kind="note", text="Grond: Noor kan niet zitten tijdens het douchen."),
        Proposal(kind="task", title="Foto's van de badkamer maken", due=TODAY),
        Proposal(kind="draft", title="Concept bezwaarschrift", text="Geachte heer, mevrouw,"),
        Proposal(kind="stage", stage=AidStage.DECISION.value, target_id=shower,
                 text="Beslissing op bezwaar ontvangen"),
    ):
        workspace.add_item(fam_id, proposal)
    return workspace.make_reply(fam_id)


def _snapshot(family):
    return (dict(family.db.all("SELECT id, data FROM records")),
            {r[0] for r in family.db.all("SELECT id FROM documents")},
            family.db.one("SELECT max(id) FROM history")[0])


def test_a_reply_applies_only_what_was_accepted(family, people, workspace):
    rejection = rejection_id(family)
    shower = shower_id(family)
    fam = workspace.add_package(make(family, people).data, today=TODAY)
    data = _reply(workspace, fam.id, shower)
    before_records, before_docs, last_history = _snapshot(family)
    reply = cp.read_reply(family, data)
    assert [p.kind for p in reply.proposals] == ["note", "task", "draft", "stage"]
    assert _snapshot(family) == (before_records, before_docs, last_history)  # reading is free

    note, task, draft, stage = reply.proposals
    result = cp.accept_reply(family, reply, {note.id, draft.id}, today=TODAY)
    assert len(result.applied) == 2 and len(result.declined) == 2
    after_records, after_docs, _ = _snapshot(family)
    new = set(after_records) - set(before_records)
    changed = {k for k in before_records if after_records.get(k) != before_records[k]}
    # The note is one log entry; the draft one document, linked from the decision.
    assert len(new) == 1
    entry = RecordStore(family).get(new.pop())
    assert "Noor kan niet zitten" in entry.summary and entry.who == "Mirjam"
    assert rejection in entry.linked_ids
    assert changed == {rejection}
    [doc_id] = after_docs - before_docs
    assert DocumentStore(family.db).read_bytes(doc_id) == b"Geachte heer, mevrouw,"
    assert doc_id in RecordStore(family).get(rejection).document_ids
    # Declined: the stage did not move, no task entry, nothing in any history...
    # (the demo's request waits for the answer to its bezwaar: "bezwaar ingediend")
    assert RecordStore(family).get(shower).stage == AidStage.BEZWAAR_FILED
    rows = family.db.all("SELECT profile, record_id FROM history WHERE id > ?", (last_history,))
    assert {r[0] for r in rows} == {"copiloot Mirjam"}
    assert shower not in {r[1] for r in rows}
    everything = json.dumps(family.db.all("SELECT * FROM history WHERE id > ?", (last_history,)))
    assert "badkamer maken" not in everything
    # ... only in the log.
    log = RecordStore(family).shares()[0]
    assert log.output == "copiloot-antwoord" and log.recipient == "copiloot Mirjam"
    assert any(s.startswith("afgewezen: Taak: Foto's van de badkamer") for s in log.sections)
    # The same reply again changes nothing.
    with pytest.raises(cp.CopilotError, match="al beslist"):
        cp.accept_reply(family, cp.read_reply(family, data), {task.id}, today=TODAY)


def test_an_accepted_stage_change_and_task_land_with_the_copilot_named(family, people,
                                                                     workspace):
    shower = shower_id(family)
    fam = workspace.add_package(make(family, people).data, today=TODAY)
    reply = cp.read_reply(family, _reply(workspace, fam.id, shower))
    cp.accept_reply(family, reply, {p.id for p in reply.proposals}, today=TODAY)
    request = RecordStore(family).get(shower)
    assert request.stage == AidStage.DECISION
    assert RecordStore(family).history(shower, limit=1)[0].profile == "copiloot Mirjam"
    tasks = [j for j in RecordStore(family).content().journal
             if j.follow_up.startswith("Foto's van de badkamer")]
    assert tasks and tasks[0].follow_up_on == TODAY


def test_a_tampered_reply_is_refused(family, people, workspace):
    shower = shower_id(family)
    fam = workspace.add_package(make(family, people).data, today=TODAY)
    data = _reply(workspace, fam.id, shower)
    damaged = bytearray(data)
    damaged[-30] ^= 0x01
    with pytest.raises(cp.CopilotError, match="beschadigd of veranderd"):
        cp.read_reply(family, bytes(damaged))
    inner = bytearray(tf.decrypt(data, people["Mama"]))
    inner[-70] ^= 0x01
    forged = tf.encrypt(bytes(inner), [people["Mama"].public.age_recipient])
    with pytest.raises(cp.CopilotError, match="handtekening klopt niet"):
        cp.read_reply(family, forged)


def test_a_reply_signed_by_another_copilot_is_refused(family, people, workspace, tmp_path):
    shower = shower_id(family)
    fam = workspace.add_package(make(family, people).data, today=TODAY)
    _envelope, payload = cp.unwrap(_reply(workspace, fam.id, shower), people["Mama"], "reply")
    forged = cp.sealed(people["Anouk"], kind="reply", family=fam.id, file_id="ab" * 16, seq=1,
                       payload=payload)
    data = tf.encrypt(forged, [people["Mama"].public.age_recipient])
    with pytest.raises(cp.CopilotError, match="iemand anders dan de copiloot"):
        cp.read_reply(family, data)


def test_the_copilot_drafts_the_bezwaarschrift_from_the_shared_decision(family, people,
                                                                       workspace):
    """The real letter of 'Bezwaar maken…', made in the workspace from what the family shared,
    lands in the dossier as a .docx linked from the decision once the family accepts it."""
    import io

    import docx

    from ui.composition import copilot_bezwaar_draft

    rejection = rejection_id(family)
    decision = RecordStore(family).get(rejection)
    fam = workspace.add_package(make(family, people).data, today=TODAY)
    draft = copilot_bezwaar_draft(workspace, fam.id, rejection, today=TODAY)
    assert draft.file_name.endswith(".docx") and decision.reference in draft.file_name
    assert decision.reference in draft.text and "Waarom" in draft.text
    # The grounds written with the family are in it; so is the Wlz indication it builds on.
    assert decision.bezwaar.notes.split(".")[0] in draft.text
    assert "Lopende indicaties" in draft.text
    # The copilot's own grounds go into this letter only; the shared decision stays as sent.
    own = copilot_bezwaar_draft(workspace, fam.id, rejection, today=TODAY,
                                grounds="Tillen is niet meer veilig voor Noor.")
    assert "Tillen is niet meer veilig voor Noor." in own.text
    assert decision.bezwaar.notes.split(".")[0] not in own.text
    assert workspace.content(fam.id).find(rejection).bezwaar == decision.bezwaar
    pro_forma = copilot_bezwaar_draft(workspace, fam.id, rejection, today=TODAY,
                                      pro_forma=True, as_pdf=True)
    assert pro_forma.file_bytes().startswith(b"%PDF") and "pro-forma" in pro_forma.text
    # A decision the family did not share cannot be drafted from.
    others = [d.id for d in RecordStore(family).content().decisions
              if workspace.content(fam.id).find(d.id) is None]
    with pytest.raises(ValidationError, match="geen besluit"):
        copilot_bezwaar_draft(workspace, fam.id, others[0], today=TODAY)

    workspace.add_item(fam.id, draft)
    reply = cp.read_reply(family, workspace.make_reply(fam.id))
    [proposal] = reply.proposals
    assert proposal.file_bytes() == draft.file_bytes()
    before = {d.id for d in DocumentStore(family.db).list()}
    cp.accept_reply(family, reply, {proposal.id}, today=TODAY)
    [doc_id] = {d.id for d in DocumentStore(family.db).list()} - before
    info = DocumentStore(family.db).get(doc_id)
    assert info.name == draft.file_name and info.mime == draft.mime
    assert doc_id in RecordStore(family).get(rejection).document_ids
    letter = docx.Document(io.BytesIO(DocumentStore(family.db).read_bytes(doc_id)))
    text = "\n".join(p.text for p in letter.paragraphs)
    assert f"kenmerk {decision.reference}" in text
    assert RecordStore(family).history(rejection, limit=1)[0].profile == "copiloot Mirjam"


def test_a_draft_file_must_be_a_letter(family):
    bad = Proposal(kind="note", text="x", file_name="a.exe", mime="application/x-msdownload",
                   data=base64.b64encode(b"MZ").decode())
    with pytest.raises(ValidationError, match="alleen een concept"):
        bad.validate()
    with pytest.raises(ValidationError, match="beschadigd"):
        Proposal(kind="draft", text="x", file_name="a.pdf", mime="application/pdf",
                 data="@@@").validate()
