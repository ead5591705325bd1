"""Share packages for a copilot and the replies that come back (docs/copilot.md).

A package and a reply are one file each, in the envelope of the family team
(storage/teamfiles.py): signed inside with Ed25519, age-encrypted outside. A package is
encrypted to the copilot's identity, or, when the copilot has none yet, to a one-time code
read out on the phone (age's scrypt recipient). A reply is encrypted to the family's identity
that signed the package. This module holds the family's side; storage/workspace.py the
copilot's.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.copilot import (
    PROPOSAL_KINDS,
    Proposal,
    apply_proposal,
    default_selection,
    package_records,
    purpose_record,
)
from app.errors import ValidationError, ZorgmapError
from app.model import KIND_LABELS
from app.serialize import from_dict, to_dict

from . import keys as keymod
from . import teamfiles as tf
from .documents import DocumentStore
from .errors import StorageError
from .identity import Identity, PublicIdentity
from .records import RecordStore

PACKAGE_FORMAT = "zorgmap-copiloot-pakket"
REPLY_FORMAT = "zorgmap-copiloot-antwoord"
FORMAT_VERSION = 1
KINDS = {"package": "package", "reply": "reply"}
MAX_FILE = {"package": 256 * 1024 * 1024, "reply": 16 * 1024 * 1024}
ONETIME = "eenmalig"
# Ten Crockford base32 characters: 50 bits. See docs/copilot.md for what that withstands.
ONETIME_LENGTH = 10
SHARE_OUTPUT = "copiloot-pakket"
REPLY_OUTPUT = "copiloot-antwoord"


class CopilotError(StorageError):
    default_message = "Dit bestand van of voor de copiloot kan niet worden gebruikt."


class NeedsCode(CopilotError):
    default_message = ("Dit pakket is met een eenmalige code versleuteld. Vraag de code aan het "
                       "gezin (die is aan de telefoon voorgelezen).")


def _kept(text: str) -> str:
    return f"{text} Er is niets veranderd."


# ----- codes and ids ---------------------------------------------------------------------------

def new_onetime_code() -> str:
    """A fresh one-time code, grouped to read aloud: 'K7QM-4XTA-9C'."""
    text = "".join(secrets.choice(_ALPHABET) for _ in range(ONETIME_LENGTH))
    return _group(text)


_ALPHABET = keymod._ALPHABET  # Crockford base32, as the Noodsleutel


def _group(text: str) -> str:
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise_code(text: str) -> str:
    """A one-time code as typed (spaces, lower case, O for 0, I or L for 1) in its form."""
    raw = "".join(text.split()).upper().replace("-", "")
    raw = raw.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(raw) != ONETIME_LENGTH or any(c not in _ALPHABET for c in raw):
        raise CopilotError(_kept("Deze eenmalige code klopt niet: het zijn tien tekens, "
                                 "bijvoorbeeld K7QM-4XTA-9C."))
    return _group(raw)


def family_id_for(dossier_id: str) -> str:
    """A short, stable name for a family on the copilot's side (not the dossier id itself)."""
    return hashlib.sha256(b"zorgmap-family\0" + dossier_id.encode()).hexdigest()[:10]


def _device(identity: Identity, file_id: str) -> str:
    return f"{identity.public.key_id}-{file_id[:8]}"


def is_onetime(data: bytes) -> bool:
    """Whether an age file is encrypted to a passphrase (age's scrypt recipient)."""
    head = data[:256]
    return head.startswith(b"age-encryption.org/v1\n") and b"\n-> scrypt " in head


def read_file(path: Path, kind: str) -> bytes:
    """A package or reply from disk, refused before reading when it is far too large."""
    what = "pakket" if kind == "package" else "antwoord"
    try:
        size = path.stat().st_size
        if size > MAX_FILE[kind]:
            raise CopilotError(_kept(f"Dit {what} is te groot ({size} bytes)."))
        with open(path, "rb") as fh:
            return fh.read(MAX_FILE[kind] + 1)
    except FileNotFoundError:
        raise CopilotError(f"{path} bestaat niet.") from None
    except IsADirectoryError:
        raise CopilotError(f"{path} is een map, geen {what}.") from None
    except PermissionError:
        raise CopilotError(f"Zorgmap mag {path} niet lezen.") from None


def unwrap(data: bytes, identity: Identity | None, kind: str, code: str | None = None
           ) -> tuple[tf.Envelope, dict]:
    """Decrypt and check a package or reply; a refusal is one Dutch line (CopilotError)."""
    import pyrage

    what = "pakket" if kind == "package" else "antwoord"
    if len(data) > MAX_FILE[kind]:
        raise CopilotError(_kept(f"Dit {what} is te groot."))
    if is_onetime(data):
        if code is None:
            raise NeedsCode()
        try:
            inner = pyrage.passphrase.decrypt(data, normalise_code(code))
        except pyrage.DecryptError:
            raise CopilotError(_kept("De eenmalige code klopt niet, of het pakket is "
                                     "beschadigd.")) from None
    else:
        if identity is None:
            raise CopilotError(_kept("Er is geen identiteit om dit te openen."))
        try:
            inner = tf.decrypt(data, identity)
        except tf.Refused as exc:
            if exc.reason == "niet voor u versleuteld":
                whom = "een andere copiloot" if kind == "package" else "een ander gezin"
                raise CopilotError(_kept(f"Dit {what} is niet voor u versleuteld (het is "
                                         f"voor {whom} gemaakt).")) from None
            raise CopilotError(_kept(f"Dit {what} is beschadigd of veranderd en wordt "
                                     "geweigerd.")) from None
    try:
        envelope = tf.verify(inner, kinds=KINDS)
    except tf.Refused as exc:
        raise CopilotError(_kept(f"Dit {what} wordt geweigerd: {exc.reason}.")) from None
    if envelope.kind != kind:
        raise CopilotError(_kept(f"Dit is geen {what} (het is een ander soort bestand)."))
    try:
        payload = json.loads(envelope.payload)
    except ValueError:
        raise CopilotError(_kept(f"Dit {what} is beschadigd (inhoud onleesbaar).")) from None
    expected = PACKAGE_FORMAT if kind == "package" else REPLY_FORMAT
    if not isinstance(payload, dict) or payload.get("format") != expected:
        raise CopilotError(_kept(f"Dit {what} is beschadigd (onbekende inhoud)."))
    if int(payload.get("version", 0)) > FORMAT_VERSION:
        raise CopilotError(_kept(f"Dit {what} is gemaakt met een nieuwere versie van Zorgmap."))
    if payload.get("family") != envelope.team:
        raise CopilotError(_kept(f"Dit {what} wordt geweigerd: de kop en de inhoud horen bij "
                                 "verschillende gezinnen."))
    return envelope, payload


def sealed(identity: Identity, *, kind: str, family: str, file_id: str, seq: int,
           payload: dict) -> bytes:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return tf.seal(identity, team=family, kind=kind, device=_device(identity, file_id),
                   seq=seq, payload=body)


# ----- the family's side: making a package ------------------------------------------------------

def dossier_identity(dossier) -> Identity | None:
    """The identity kept inside this dossier (by the team or by an earlier package)."""
    for key in ("team.identity", "copilot.identity"):
        text = dossier.meta(key)
        if text:
            return Identity.from_secret_json(text)
    return None


def _state(dossier, key: str) -> dict:
    raw = dossier.meta(key)
    return json.loads(raw) if raw else {}


def selection(dossier, purpose_kind: str, purpose_id: str | None,
              today: dt.date | None = None):
    """The choices offered for a package (app.copilot.default_selection) for this dossier."""
    content = RecordStore(dossier).content()
    names = {d.id: d.name for d in DocumentStore(dossier.db).list()}
    try:
        return default_selection(content, purpose_kind, purpose_id, names,
                                 today or dt.date.today())
    except ValidationError as exc:
        raise CopilotError(_kept(exc.message[0].upper() + exc.message[1:] + ".")) from None


@dataclass(frozen=True)
class Package:
    data: bytes
    package_id: str
    family: str
    onetime_code: str | None
    records: list[str]
    documents: list[str]


@dataclass(frozen=True)
class Prepared:
    """A package signed but not yet encrypted (encrypting may run on a worker thread)."""

    inner: bytes
    package_id: str
    family: str
    seq: int
    to: PublicIdentity | None
    recipient: str
    sections: list[str]
    records: list[str]
    documents: list[str]
    state: dict  # what the dossier remembers of it (copilot.packages)


def make_package(dossier, identity: Identity, *, purpose_kind: str, purpose_id: str | None,
                 to: PublicIdentity | None, to_name: str = "", selected: set[str] | None = None,
                 expires: dt.date | None = None, today: dt.date | None = None) -> Package:
    """One file for the copilot with exactly the `selected` keys (default: the pre-selection).

    `to` None means a one-time code: the package is encrypted to it and the code returned.
    The share log records what went to whom.
    """
    prepared = prepare_package(dossier, identity, purpose_kind=purpose_kind,
                               purpose_id=purpose_id, to=to, to_name=to_name,
                               selected=selected, expires=expires, today=today)
    data, code = encrypt_package(prepared)
    return record_package(dossier, identity, prepared, data, code)


def prepare_package(dossier, identity: Identity, *, purpose_kind: str,
                    purpose_id: str | None, to: PublicIdentity | None, to_name: str = "",
                    selected: set[str] | None = None, expires: dt.date | None = None,
                    today: dt.date | None = None) -> Prepared:
    """Read the selection from the dossier and sign it (no encryption, nothing written)."""
    today = today or dt.date.today()
    if expires is not None and expires < today:
        raise CopilotError(_kept("De einddatum ligt in het verleden."))
    store = RecordStore(dossier)
    content = store.content()
    try:
        purpose = purpose_record(content, purpose_kind, purpose_id)
    except ValidationError as exc:
        raise CopilotError(_kept(exc.message[0].upper() + exc.message[1:] + ".")) from None
    choices = selection(dossier, purpose_kind, purpose.id, today)
    offered = {c.key for c in choices}
    if selected is None:
        selected = {c.key for c in choices if c.selected}
    unknown = set(selected) - offered
    if unknown:
        raise CopilotError(_kept(f"Dit onderdeel kan niet mee: {sorted(unknown)[0]}."))
    records = package_records(content, selected)
    docs = DocumentStore(dossier.db)
    doc_ids = [c.target_id for c in choices if c.kind == "document" and c.key in selected]
    documents = []
    for doc_id in doc_ids:
        info = docs.get(doc_id)
        documents.append({"id": info.id, "name": info.name, "mime": info.mime,
                          "sha256": info.sha256, "note": info.note,
                          "data": base64.b64encode(docs.read_bytes(doc_id)).decode("ascii")})
    family = family_id_for(dossier.dossier_id)
    child = content.child
    family_name = child.name if f"rec:{child.id}" in selected and child.name else ""
    seq = int(dossier.meta("copilot.seq", "0")) + 1
    package_id = uuid.uuid4().hex
    payload = {
        "format": PACKAGE_FORMAT, "version": FORMAT_VERSION, "package": package_id,
        "family": family, "family_name": family_name, "made_at": tf.now_iso(),
        "expires": expires.isoformat() if expires else None,
        "purpose": {"kind": purpose.KIND, "id": purpose.id, "label": purpose.label()},
        "to": to.sign_key_b64 if to is not None else None,
        "records": [{"kind": r.KIND, "data": to_dict(r)} for r in records],
        "documents": documents,
    }
    inner = sealed(identity, kind="package", family=family, file_id=package_id, seq=seq,
                   payload=payload)
    # The log says it as the family would: what kind of thing, and which.
    sections = [f"{KIND_LABELS.get(r.KIND, r.KIND)}: {r.label()}" for r in records]
    sections += [f"Document: {d['name']}" for d in documents]
    recipient = to_name or (f"copiloot {to.fingerprint()}" if to else "copiloot (eenmalige code)")
    state = {"made_at": payload["made_at"], "to": to.code() if to else "",
             "to_name": recipient, "purpose": payload["purpose"],
             "expires": payload["expires"], "pinned": ""}
    return Prepared(inner, package_id, family, seq, to, recipient, sections,
                    [r.id for r in records], doc_ids, state)


def encrypt_package(prepared: Prepared) -> tuple[bytes, str | None]:
    """The file's bytes and, without a copilot's code, the one-time code. Touches no dossier."""
    if prepared.to is None:
        import pyrage

        code = new_onetime_code()
        return pyrage.passphrase.encrypt(prepared.inner, code), code
    return tf.encrypt(prepared.inner, [prepared.to.age_recipient]), None


def record_package(dossier, identity: Identity, prepared: Prepared, data: bytes,
                   code: str | None) -> Package:
    """Remember the package (to check replies against) and write the share log."""
    packages = _state(dossier, "copilot.packages")
    packages[prepared.package_id] = prepared.state
    with dossier.db.transaction():
        seq = max(prepared.seq, int(dossier.meta("copilot.seq", "0")))
        dossier.db.execute("INSERT OR REPLACE INTO meta VALUES ('copilot.seq', ?)", (str(seq),))
        dossier.db.execute("INSERT OR REPLACE INTO meta VALUES ('copilot.packages', ?)",
                           (json.dumps(packages, ensure_ascii=False),))
        if dossier_identity(dossier) is None:
            # Replies are encrypted to this identity: keep it (encrypted by SQLCipher, as the
            # team does) so reading a reply needs only the dossier's passphrase.
            dossier.db.execute("INSERT OR REPLACE INTO meta VALUES ('copilot.identity', ?)",
                               (identity.secret_json(),))
    RecordStore(dossier).log_share(SHARE_OUTPUT, prepared.recipient, prepared.sections,
                                   hashlib.sha256(data).hexdigest(), 0)
    return Package(data, prepared.package_id, prepared.family, code, prepared.records,
                   prepared.documents)


# ----- the family's side: a reply --------------------------------------------------------------

@dataclass(frozen=True)
class Reply:
    reply_id: str
    package_id: str
    copilot: str  # the name the copilot gave
    signer: PublicIdentity
    made_at: str
    proposals: list[Proposal]
    sha256: str
    first_contact: bool  # a one-time package: this reply pins the copilot's key
    decided: dict  # proposal id -> "overgenomen" / "afgewezen" (an earlier, partial accept)


def read_reply(dossier, data: bytes) -> Reply:
    """Decrypt and check a reply to one of our packages. Changes nothing."""
    identity = dossier_identity(dossier)
    if identity is None:
        raise CopilotError(_kept("Dit dossier heeft nog niets met een copiloot gedeeld."))
    envelope, payload = unwrap(data, identity, "reply")
    if envelope.team != family_id_for(dossier.dossier_id):
        raise CopilotError(_kept("Dit antwoord hoort bij een ander dossier."))
    package_id = str(payload.get("package", ""))
    sent = _state(dossier, "copilot.packages").get(package_id)
    if sent is None:
        raise CopilotError(_kept("Dit antwoord hoort bij geen pakket dat vanuit dit dossier is "
                                 "verstuurd."))
    expected = sent.get("pinned") or (PublicIdentity.from_code(sent["to"]).sign_key_b64
                                      if sent.get("to") else "")
    if expected and expected != envelope.signer.sign_key_b64:
        raise CopilotError(_kept("Dit antwoord wordt geweigerd: het is ondertekend door iemand "
                                 "anders dan de copiloot aan wie het pakket ging."))
    try:
        proposals = [from_dict(Proposal, p, f"proposals[{i}]")
                     for i, p in enumerate(payload.get("proposals", []))]
        for proposal in proposals:
            proposal.validate()
    except (ValidationError, TypeError) as exc:
        message = exc.message if isinstance(exc, ZorgmapError) else str(exc)
        raise CopilotError(_kept(f"Dit antwoord is beschadigd ({message}).")) from None
    decided = _state(dossier, "copilot.replies").get(str(payload.get("reply")), {})
    return Reply(str(payload.get("reply", "")), package_id,
                 " ".join(str(payload.get("copilot", "")).split())[:80] or "copiloot",
                 envelope.signer, envelope.at, proposals, hashlib.sha256(data).hexdigest(),
                 not expected, dict(decided.get("proposals", {})))


@dataclass(frozen=True)
class Accepted:
    applied: list[str]
    declined: list[str]


def accept_reply(dossier, reply: Reply, accepted: set[str], today: dt.date | None = None
                 ) -> Accepted:
    """Write the accepted proposals into the dossier (the copilot named in the history);
    the rest is declined. Either way only the share log and the decision are remembered."""
    today = today or dt.date.today()
    pending = [p for p in reply.proposals if p.id not in reply.decided]
    if not pending:
        raise CopilotError(_kept("Over dit antwoord is al beslist."))
    store = RecordStore(dossier)
    content = store.content()
    sent = _state(dossier, "copilot.packages")[reply.package_id]
    purpose_id = sent["purpose"]["id"]
    who = f"copiloot {reply.copilot}"
    applied, declined, decided = [], [], dict(reply.decided)
    # Everything first in memory: a proposal that no longer fits stops all, before writing.
    plans = []
    for proposal in pending:
        if proposal.id not in accepted:
            declined.append(proposal.describe())
            decided[proposal.id] = "afgewezen"
            continue
        try:
            plans.append((proposal, apply_proposal(proposal, content, reply.copilot,
                                                   purpose_id, today)))
        except ValidationError as exc:
            raise CopilotError(_kept(f"Voorstel '{proposal.describe()}' past niet meer: "
                                     f"{exc.message}.")) from None
        applied.append(proposal.describe())
        decided[proposal.id] = "overgenomen"
    previous = dossier.profile
    dossier.profile = who
    try:
        with dossier.db.transaction():
            for _proposal, plan in plans:
                for record in plan.records:
                    store._save(record)
                if plan.document is not None:
                    name, content, mime = plan.document
                    info = DocumentStore(dossier.db).add_bytes(
                        content, name, mime=mime, note=f"Concept van {who}")
                    if plan.attach_to is not None:
                        target = store.get(plan.attach_to.id)
                        target.document_ids.append(info.id)
                        store._save(target)
            replies = _state(dossier, "copilot.replies")
            replies[reply.reply_id] = {"package": reply.package_id, "proposals": decided}
            dossier.db.execute("INSERT OR REPLACE INTO meta VALUES ('copilot.replies', ?)",
                               (json.dumps(replies),))
            if reply.first_contact:
                packages = _state(dossier, "copilot.packages")
                packages[reply.package_id]["pinned"] = reply.signer.sign_key_b64
                dossier.db.execute("INSERT OR REPLACE INTO meta VALUES ('copilot.packages', ?)",
                                   (json.dumps(packages, ensure_ascii=False),))
    finally:
        dossier.profile = previous
    sections = [f"overgenomen: {a}" for a in applied] + [f"afgewezen: {d}" for d in declined]
    store.log_share(REPLY_OUTPUT, who, sections, reply.sha256, 0)
    return Accepted(applied, declined)


def proposal_kinds() -> dict[str, str]:
    return dict(PROPOSAL_KINDS)
