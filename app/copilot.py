"""Working with a copilot: what goes into a share package, and what comes back as proposals.

No storage and no screen here: which records a package for one purpose pre-selects, the
child's basic profile, and how an accepted proposal (a note, a task, a draft letter, a stage
change) becomes records of the family's dossier.
"""

from __future__ import annotations

import base64
import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import date

from app.errors import ValidationError
from app.model import (
    AID_STAGE_LABELS,
    KIND_LABELS,
    AidRequest,
    AidStage,
    ChildProfile,
    Decision,
    DossierContent,
    JournalChannel,
    JournalEntry,
    Record,
    dutch_date,
)
from app.usecases import move_to_stage

PURPOSES = ("aid_request", "decision", "future_plan")

#: Groups of the selection list, in display order.
GROUPS = {
    "purpose": "Waar het om gaat",
    "decision": "Besluiten waar het van afhangt",
    "document": "Documenten",
    "journal": "Contactlog hierover",
    "child": "Over het kind (basis)",
    "signer": "Wie het bezwaar ondertekent",
    "other": "Verder in het dossier (staat uit)",
}

PROPOSAL_KINDS = {
    "note": "Notitie",
    "task": "Taak",
    "draft": "Conceptbrief",
    "stage": "Andere fase",
}


#: File types a draft may come as (the bezwaarschrift as Word file or PDF).
DRAFT_FILE_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/pdf": ".pdf",
}


@dataclass(frozen=True)
class Choice:
    """One line of the selection: a record (`rec:<id>`) or a document (`doc:<id>`)."""

    key: str
    kind: str  # a record KIND, or "document"
    label: str
    group: str  # a key of GROUPS
    selected: bool

    @property
    def target_id(self) -> str:
        return self.key.split(":", 1)[1]


def purpose_record(content: DossierContent, kind: str, record_id: str | None) -> Record:
    """The record a package is about; raises ValidationError in plain Dutch if it is not there."""
    if kind not in PURPOSES:
        raise ValidationError(f"'{kind}' kan niet met een copiloot worden gedeeld")
    if kind == "future_plan":
        if content.future_plan is None:
            raise ValidationError("er is nog geen toekomstplan (Wat als…) om te delen")
        return content.future_plan
    record = content.find(record_id or "")
    if record is None or record.KIND != kind:
        what = "aanvraag" if kind == "aid_request" else "besluit"
        raise ValidationError(f"er is geen {what} met nummer '{record_id}' in dit dossier")
    return record


def _decision_chain(content: DossierContent, start_ids: list[str]) -> list[Decision]:
    """Decisions named by `start_ids` and, through their links, the decisions they build on."""
    by_id = {d.id: d for d in content.decisions}
    found: dict[str, Decision] = {}
    todo = [i for i in start_ids if i in by_id]
    while todo:
        current = by_id[todo.pop()]
        if current.id in found:
            continue
        found[current.id] = current
        todo.extend(i for i in current.linked_ids if i in by_id and i not in found)
    return sorted(found.values(), key=lambda d: (d.decision_date or date.min, d.id))


def _documents_of(record: Record) -> list[str]:
    ids = list(getattr(record, "document_ids", []) or [])
    if isinstance(record, AidRequest):
        ids += [q.document_id for q in record.quotes if q.document_id]
    if isinstance(record, ChildProfile) and record.photo_document_id:
        ids.append(record.photo_document_id)
    return ids


def default_selection(content: DossierContent, kind: str, record_id: str | None,
                      document_names: dict[str, str], today: date | None = None,
                      ) -> list[Choice]:
    """Every choice offered for a package about one record, the defaults switched on.

    On: the record itself, the decisions it depends on, their documents, the contact log
    entries about them, the child's basic profile and, for a decision or an aid request, the
    child's legal representatives on `today` (a bezwaarschrift names and is signed by them,
    Awb 6:5). Offered but off: every other record
    (contact log entries only when they are linked to something offered) and its documents.
    """
    purpose = purpose_record(content, kind, record_id)
    start: list[str] = []
    if isinstance(purpose, AidRequest):
        start = [*purpose.decision_ids, *purpose.linked_ids]
    elif isinstance(purpose, Decision):
        # A decision builds on what it links to, and on what the aid requests it answers
        # were filed with (the Wlz indication beside a Wmo "voorliggende voorziening" rejection).
        start = list(purpose.linked_ids)
        start += [i for a in content.aid_requests if purpose.id in a.decision_ids
                  for i in a.decision_ids]
    depends = [d for d in _decision_chain(content, start) if d.id != purpose.id]
    core_ids = {purpose.id, *(d.id for d in depends)}

    choices: list[Choice] = [Choice(f"rec:{purpose.id}", purpose.KIND, purpose.label(),
                                    "purpose", True)]
    choices += [Choice(f"rec:{d.id}", d.KIND, d.label(), "decision", True) for d in depends]
    journal_on = [j for j in content.journal if core_ids.intersection(j.linked_ids)]
    journal_on.sort(key=lambda j: (j.on or date.min, j.id))
    choices += [Choice(f"rec:{j.id}", j.KIND, j.label(), "journal", True) for j in journal_on]
    choices.append(Choice(f"rec:{content.child.id}", content.child.KIND,
                          f"{content.child.label()} (zonder BSN en foto)", "child", True))
    if isinstance(purpose, Decision | AidRequest) and today is not None:
        from app.bezwaar import signers_for

        choices += [Choice(f"rec:{c.id}", c.KIND, c.label(), "signer", True)
                    for c in signers_for(content, today)]

    taken = {c.target_id for c in choices}
    others: list[Record] = []
    for record in content.records():
        if record.id in taken or isinstance(record, JournalEntry):
            continue
        others.append(record)
    offered_ids = taken | {r.id for r in others}
    extra_journal = [j for j in content.journal
                     if j.id not in taken and offered_ids.intersection(j.linked_ids)]
    choices += [Choice(f"rec:{r.id}", r.KIND, f"{KIND_LABELS.get(r.KIND, r.KIND)}: {r.label()}",
                       "other", False) for r in [*others, *extra_journal]]

    selected_docs: list[str] = []
    for choice in choices:
        if choice.selected and choice.group != "child":
            selected_docs += _documents_of(content.find(choice.target_id))
    other_docs: list[str] = []
    for choice in choices:
        if not choice.selected or choice.group == "child":
            other_docs += _documents_of(content.find(choice.target_id))
    seen: set[str] = set()
    docs: list[Choice] = []
    for doc_id, on in [*((d, True) for d in selected_docs), *((d, False) for d in other_docs)]:
        if doc_id in seen or doc_id not in document_names:
            continue
        seen.add(doc_id)
        docs.append(Choice(f"doc:{doc_id}", "document", document_names[doc_id], "document", on))
    # Documents after the records they prove, before the contact log.
    position = next(i for i, c in enumerate(choices) if c.group not in ("purpose", "decision"))
    return choices[:position] + docs + choices[position:]


def basic_profile(child: ChildProfile) -> ChildProfile:
    """The child's profile as a copilot gets it: no BSN, no photo."""
    return dataclasses.replace(child, bsn="", photo_document_id=None,
                               deadline_overrides=dict(child.deadline_overrides))


def package_records(content: DossierContent, selected: set[str]) -> list[Record]:
    """The records behind the selected keys, in dossier order (the profile basic)."""
    out: list[Record] = []
    for record in content.records():
        if f"rec:{record.id}" not in selected:
            continue
        out.append(basic_profile(record) if isinstance(record, ChildProfile) else record)
    return out


# --- answers back ------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Proposal:
    """One thing a copilot proposes; nothing happens until the family accepts it."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    kind: str = "note"  # a key of PROPOSAL_KINDS
    title: str = ""
    text: str = ""
    due: date | None = None  # tasks
    stage: str = ""  # stage changes: an AidStage value
    target_id: str | None = None  # the record it is about (None: the package's purpose)
    # A draft made as a file (the bezwaarschrift as .docx or PDF): its name, type and bytes
    # (base64); `text` then holds the letter as plain text for reading before accepting.
    file_name: str = ""
    mime: str = ""
    data: str = ""

    def describe(self) -> str:
        kind = PROPOSAL_KINDS.get(self.kind, self.kind)
        if self.kind == "stage":
            label = AID_STAGE_LABELS.get(AidStage(self.stage), self.stage) \
                if self.stage in set(AidStage) else self.stage
            return f"{kind}: naar '{label}'" + (f" ({_one_line(self.text)})" if self.text else "")
        when = f" (vóór {dutch_date(self.due)})" if self.due else ""
        return f"{kind}: {self.title or _one_line(self.text)}{when}"

    def validate(self) -> None:
        if self.kind not in PROPOSAL_KINDS:
            raise ValidationError(f"onbekend soort voorstel '{self.kind}'")
        if self.kind == "stage" and self.stage not in set(AidStage):
            raise ValidationError(f"'{self.stage}' is geen bestaande fase")
        if self.kind != "stage" and not (self.text.strip() or self.title.strip()):
            raise ValidationError("een voorstel zonder tekst")
        if self.data or self.file_name:
            if self.kind != "draft" or self.mime not in DRAFT_FILE_TYPES:
                raise ValidationError("alleen een concept kan een Word- of PDF-bestand zijn")
            if not self.file_name.strip() or "/" in self.file_name or "\\" in self.file_name:
                raise ValidationError("het concept heeft geen goede bestandsnaam")
            try:
                base64.b64decode(self.data, validate=True)
            except ValueError:
                raise ValidationError("het bestand van het concept is beschadigd") from None

    def file_bytes(self) -> bytes | None:
        """The draft's file, if it was made as one."""
        return base64.b64decode(self.data, validate=True) if self.data else None


def _one_line(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Applied:
    """What accepting one proposal writes: records to save and, for a draft, a document."""

    records: list[Record] = field(default_factory=list)
    document: tuple[str, bytes, str] | None = None  # (file name, content, mime type)
    attach_to: Record | None = None  # record that gets the document's id


def apply_proposal(proposal: Proposal, content: DossierContent, copilot: str,
                   purpose_id: str, today: date) -> Applied:
    """The records accepting `proposal` writes into the family's dossier."""
    proposal.validate()
    target_id = proposal.target_id or purpose_id
    target = content.find(target_id)
    links = [target.id] if target is not None else []
    if proposal.kind == "note":
        summary = proposal.text.strip()
        if proposal.title.strip():
            summary = f"{proposal.title.strip()}: {summary}" if summary else proposal.title
        return Applied([JournalEntry(on=today, who=copilot, channel=JournalChannel.OTHER,
                                     summary=summary, linked_ids=links)])
    if proposal.kind == "task":
        return Applied([JournalEntry(on=today, who=copilot, channel=JournalChannel.OTHER,
                                     summary=f"Taak van de copiloot: "
                                             f"{proposal.title or _one_line(proposal.text)}",
                                     follow_up=proposal.text or proposal.title,
                                     follow_up_on=proposal.due or today, linked_ids=links)])
    if proposal.kind == "draft":
        attach = target if hasattr(target, "document_ids") else None
        made = proposal.file_bytes()
        if made is not None:
            return Applied([], (proposal.file_name, made, proposal.mime), attach)
        name = (proposal.title.strip() or "Conceptbrief") + ".txt"
        return Applied([], (name, proposal.text.encode("utf-8"), "text/plain"), attach)
    if not isinstance(target, AidRequest):
        raise ValidationError("een andere fase kan alleen bij een hulpmiddel-aanvraag")
    moved = move_to_stage(target, proposal.stage, today,
                          proposal.text or f"voorgesteld door {copilot}")
    return Applied([moved])
