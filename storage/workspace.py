"""The copilot's workspace: the packages of all their families in one encrypted folder.

A workspace is a dossier folder (storage/dossier.py: SQLCipher, key slots, lock, backups)
with its own tables instead of one child's records:

    ws_families    one row per family: the newest package's facts, open or closed
    ws_records     the shared records of each open family (read-only for the copilot)
    ws_documents   the shared documents of each open family
    ws_items       the copilot's own notes, tasks and drafts per family (sent or not)

The copilot's identity is kept inside (encrypted by SQLCipher, as a shared dossier keeps it)
so that working needs only the workspace's passphrase.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.copilot import Proposal
from app.deadlines import Deadline, compute_deadlines
from app.errors import ValidationError
from app.model import CONTENT_FIELDS, RECORD_TYPES, SINGLETON_KINDS, DossierContent, dutch_date
from app.reference import load_deadline_rules
from app.serialize import from_dict, from_stored, to_dict

from . import keys as keymod
from . import teamfiles as tf
from .copilot import FORMAT_VERSION, REPLY_FORMAT, CopilotError, sealed, unwrap
from .dossier import Dossier
from .errors import StorageError
from .identity import Identity, PublicIdentity

WORKSPACE_MARK = "copilot_workspace"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS ws_families (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, signer TEXT NOT NULL, signer_age TEXT NOT NULL,
        package_id TEXT NOT NULL, seq INTEGER NOT NULL, made_at TEXT NOT NULL,
        expires TEXT, purpose TEXT NOT NULL, opened_at TEXT NOT NULL, closed_at TEXT,
        closed_why TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE IF NOT EXISTS ws_records (
        family_id TEXT NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (family_id, record_id))""",
    """CREATE TABLE IF NOT EXISTS ws_documents (
        family_id TEXT NOT NULL, doc_id TEXT NOT NULL, name TEXT NOT NULL, mime TEXT NOT NULL,
        sha256 TEXT NOT NULL, note TEXT NOT NULL, data BLOB NOT NULL,
        PRIMARY KEY (family_id, doc_id))""",
    """CREATE TABLE IF NOT EXISTS ws_items (
        id TEXT PRIMARY KEY, family_id TEXT NOT NULL, data TEXT NOT NULL,
        created_at TEXT NOT NULL, sent_at TEXT)""",
)


class NotAWorkspace(StorageError):
    default_message = "Dit is geen werkplek van een copiloot (maar misschien een dossier)."


@dataclass(frozen=True)
class Family:
    id: str
    name: str
    purpose: dict  # {"kind", "id", "label"}
    made_at: str
    expires: dt.date | None
    closed: bool
    closed_why: str
    signer: PublicIdentity

    def line(self) -> str:
        state = f"gesloten ({self.closed_why})" if self.closed else "open"
        until = f", tot en met {dutch_date(self.expires)}" if self.expires else ""
        return f"{self.id}  {self.name}  {self.purpose.get('label', '')}  [{state}{until}]"


@dataclass(frozen=True)
class FamilyDeadline:
    family_id: str
    family_name: str
    deadline: Deadline


class Workspace:
    """An open workspace. `close()` drops the key, as a dossier does."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        if dossier.meta("workspace") != WORKSPACE_MARK:
            dossier.close()
            raise NotAWorkspace()
        self.identity = Identity.from_secret_json(dossier.meta("copilot.identity") or "")

    @property
    def db(self):
        return self.dossier.db

    @classmethod
    def create(cls, path: Path, passphrase: str, identity: Identity, *,
               kdf: keymod.KdfParams = keymod.DEFAULT_KDF) -> Workspace:
        dossier, _code = Dossier.create(Path(path), passphrase, kdf=kdf)
        with dossier.db.transaction():
            for sql in _TABLES:
                dossier.db.execute(sql)
            dossier.db.execute("INSERT INTO meta VALUES ('workspace', ?)", (WORKSPACE_MARK,))
            dossier.db.execute("INSERT INTO meta VALUES ('copilot.identity', ?)",
                               (identity.secret_json(),))
        return cls(dossier)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Workspace:
        return cls(Dossier.open(Path(path), passphrase))

    def close(self) -> None:
        self.dossier.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- packages in -----------------------------------------------------------------------

    def add_package(self, data: bytes, *, code: str | None = None,
                    today: dt.date | None = None) -> Family:
        """Open a package into the workspace; a newer one from a family replaces the older."""
        today = today or dt.date.today()
        envelope, payload = unwrap(data, self.identity, "package", code)
        me = self.identity.public.sign_key_b64
        if payload.get("to") not in (None, me):
            raise CopilotError("Dit pakket is voor een andere copiloot gemaakt. Er is niets "
                               "veranderd.")
        family = envelope.team
        try:
            expires = dt.date.fromisoformat(payload["expires"]) if payload.get("expires") else None
            purpose = {k: str(payload["purpose"][k]) for k in ("kind", "id", "label")}
            records = []
            for i, item in enumerate(payload.get("records", [])):
                cls = RECORD_TYPES[item["kind"]]
                records.append(from_dict(cls, item["data"], f"records[{i}]"))
            documents = [(str(d["id"]), str(d["name"]), str(d["mime"]), str(d["sha256"]),
                          str(d.get("note", "")), base64.b64decode(d["data"], validate=True))
                         for d in payload.get("documents", [])]
        except (KeyError, TypeError, ValueError, ValidationError):
            raise CopilotError("Dit pakket is beschadigd (inhoud onleesbaar). Er is niets "
                               "veranderd.") from None
        if expires is not None and expires < today:
            raise CopilotError(f"Dit pakket is verlopen op {dutch_date(expires)} en is niet "
                               "geopend. Vraag het gezin om een nieuw pakket.")
        old = self.db.one("SELECT signer, seq, made_at FROM ws_families WHERE id = ?", (family,))
        if old is not None:
            if old[0] != envelope.signer.sign_key_b64:
                raise CopilotError("Dit pakket is ondertekend door iemand anders dan de eerdere "
                                   "pakketten van dit gezin en wordt geweigerd. Er is niets "
                                   "veranderd.")
            if (envelope.seq, envelope.at) <= (old[1], old[2]):
                raise CopilotError("U hebt al een nieuwer (of hetzelfde) pakket van dit gezin. "
                                   "Er is niets veranderd.")
        name = " ".join(str(payload.get("family_name", "")).split()) or f"Gezin {family[:4]}"
        with self.db.transaction():
            self._drop_shared(family)
            self.db.execute(
                "INSERT OR REPLACE INTO ws_families (id, name, signer, signer_age, package_id, "
                "seq, made_at, expires, purpose, opened_at, closed_at, closed_why) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '')",
                (family, name[:120], envelope.signer.sign_key_b64, envelope.signer.age_recipient,
                 str(payload.get("package", "")), envelope.seq, envelope.at,
                 expires.isoformat() if expires else None, json.dumps(purpose), tf.now_iso()))
            self.db.executemany(
                "INSERT INTO ws_records (family_id, record_id, kind, data) VALUES (?, ?, ?, ?)",
                [(family, r.id, r.KIND, json.dumps(to_dict(r), ensure_ascii=False))
                 for r in records])
            self.db.executemany(
                "INSERT INTO ws_documents (family_id, doc_id, name, mime, sha256, note, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [(family, *d) for d in documents])
        return self.family(family, today)

    def _drop_shared(self, family: str) -> None:
        self.db.execute("DELETE FROM ws_records WHERE family_id = ?", (family,))
        self.db.execute("DELETE FROM ws_documents WHERE family_id = ?", (family,))

    # ----- families --------------------------------------------------------------------------

    def close_expired(self, today: dt.date | None = None) -> list[str]:
        """Close every package past its end date: its shared records and documents go."""
        today = today or dt.date.today()
        rows = self.db.all("SELECT id FROM ws_families WHERE closed_at IS NULL "
                           "AND expires IS NOT NULL AND expires < ?", (today.isoformat(),))
        if rows and not self.dossier.read_only:
            with self.db.transaction():
                for (family,) in rows:
                    self._drop_shared(family)
                    self.db.execute("UPDATE ws_families SET closed_at = ?, closed_why = ? "
                                    "WHERE id = ?", (tf.now_iso(), "einddatum voorbij", family))
        return [r[0] for r in rows]

    def families(self, today: dt.date | None = None) -> list[Family]:
        self.close_expired(today)
        rows = self.db.all("SELECT id, name, purpose, made_at, expires, closed_at, closed_why, "
                           "signer, signer_age FROM ws_families ORDER BY closed_at IS NOT NULL, "
                           "name COLLATE NOCASE, id")
        return [self._family(row) for row in rows]

    @staticmethod
    def _family(row) -> Family:
        import base64 as b64

        return Family(row[0], row[1], json.loads(row[2]), row[3],
                      dt.date.fromisoformat(row[4]) if row[4] else None, row[5] is not None,
                      row[6], PublicIdentity(b64.b64decode(row[7]), row[8]))

    def family(self, family_id: str, today: dt.date | None = None) -> Family:
        """A family by its id (or an unambiguous start of it)."""
        self.close_expired(today)
        key = family_id.strip().lower()
        rows = self.db.all("SELECT id, name, purpose, made_at, expires, closed_at, closed_why, "
                           "signer, signer_age FROM ws_families WHERE id LIKE ? || '%'",
                           (key,)) if key else []
        if len(rows) != 1:
            raise CopilotError(f"Er is geen gezin '{family_id}' in deze werkplek. Zie "
                               "'zorgmap workspace list'.")
        return self._family(rows[0])

    def content(self, family_id: str) -> DossierContent:
        """A family's shared records as a (partial) dossier, to read and to compute deadlines."""
        rows = self.db.all("SELECT kind, data FROM ws_records WHERE family_id = ?", (family_id,))
        return _assemble(rows)

    def documents(self, family_id: str) -> list[dict]:
        rows = self.db.all("SELECT doc_id, name, mime, sha256, note, length(data) FROM "
                           "ws_documents WHERE family_id = ? ORDER BY name", (family_id,))
        return [dict(zip(("id", "name", "mime", "sha256", "note", "size"), r, strict=True))
                for r in rows]

    def document_bytes(self, family_id: str, doc_id: str) -> bytes:
        row = self.db.one("SELECT data FROM ws_documents WHERE family_id = ? AND doc_id = ?",
                          (family_id, doc_id))
        if row is None:
            raise CopilotError("Dit document is niet (meer) gedeeld.")
        return bytes(row[0])

    # ----- deadlines across families ---------------------------------------------------------

    def deadlines(self, today: dt.date | None = None) -> list[FamilyDeadline]:
        """Every deadline of every open family plus the copilot's own tasks, soonest first."""
        today = today or dt.date.today()
        families = {f.id: f for f in self.families(today) if not f.closed}
        rules = load_deadline_rules()
        by_family: dict[str, list] = {}
        for family, kind, data in self.db.all("SELECT family_id, kind, data FROM ws_records"):
            by_family.setdefault(family, []).append((kind, data))
        found: list[FamilyDeadline] = []
        for family_id, rows in by_family.items():
            family = families.get(family_id)
            if family is None:
                continue
            for deadline in compute_deadlines(_assemble(rows), rules, today):
                found.append(FamilyDeadline(family.id, family.name, deadline))
        for item_id, family_id, proposal in self._item_rows():
            family = families.get(family_id)
            if family is None or proposal.kind != "task" or proposal.due is None:
                continue
            found.append(FamilyDeadline(family.id, family.name, Deadline(
                id=f"copilot_task.{item_id}", rule_id="copilot_task",
                title=f"Eigen taak: {proposal.title or proposal.text}", due=proposal.due,
                record_kind="copilot_item", record_id=item_id)))
        found.sort(key=lambda f: (f.deadline.due, f.family_name, f.deadline.id))
        return found

    # ----- the copilot's own notes, tasks and drafts -----------------------------------------

    def add_item(self, family_id: str, proposal: Proposal) -> Proposal:
        family = self.family(family_id)
        proposal.validate()
        with self.db.transaction():
            self.db.execute("INSERT INTO ws_items (id, family_id, data, created_at) "
                            "VALUES (?, ?, ?, ?)",
                            (proposal.id, family.id, json.dumps(to_dict(proposal),
                                                                ensure_ascii=False),
                             tf.now_iso()))
        return proposal

    def _item_rows(self, family_id: str | None = None, unsent: bool = False):
        sql = "SELECT id, family_id, data FROM ws_items"
        where, params = [], []
        if family_id:
            where.append("family_id = ?")
            params.append(family_id)
        if unsent:
            where.append("sent_at IS NULL")
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.db.all(sql + " ORDER BY rowid", tuple(params))
        return [(r[0], r[1], from_stored(Proposal, json.loads(r[2]))) for r in rows]

    def items(self, family_id: str, *, unsent: bool = False) -> list[Proposal]:
        return [p for _i, _f, p in self._item_rows(family_id, unsent)]

    def make_reply(self, family_id: str, proposals: list[Proposal] | None = None) -> bytes:
        """A reply to a family (signed, encrypted to the family) with the given proposals, or
        every item not yet sent; the items sent are marked so."""
        family = self.family(family_id)
        if family.closed:
            raise CopilotError("Het pakket van dit gezin is gesloten; een antwoord kan niet meer. "
                               "Vraag het gezin om een nieuw pakket.")
        chosen = proposals if proposals is not None else self.items(family.id, unsent=True)
        if not chosen:
            raise CopilotError("Er is niets om te sturen: maak eerst een notitie, taak of "
                               "concept.")
        for proposal in chosen:
            proposal.validate()
        package_id = self.db.one("SELECT package_id FROM ws_families WHERE id = ?",
                                 (family.id,))[0]
        reply_id = uuid.uuid4().hex
        seq = int(self.dossier.meta("copilot.reply_seq", "0")) + 1
        payload = {"format": REPLY_FORMAT, "version": FORMAT_VERSION, "reply": reply_id,
                   "family": family.id, "package": package_id, "copilot": self.identity.name,
                   "proposals": [to_dict(p) for p in chosen]}
        inner = sealed(self.identity, kind="reply", family=family.id, file_id=reply_id, seq=seq,
                       payload=payload)
        data = tf.encrypt(inner, [family.signer.age_recipient])
        with self.db.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('copilot.reply_seq', ?)",
                            (str(seq),))
            ids = [p.id for p in chosen]
            self.db.execute("UPDATE ws_items SET sent_at = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))", (tf.now_iso(), json.dumps(ids)))
        return data


def _assemble(rows) -> DossierContent:
    content = DossierContent()
    lists: dict[str, list] = {}
    for kind, data in rows:
        cls = RECORD_TYPES.get(kind)
        if cls is None:
            continue
        record = from_stored(cls, json.loads(data))
        if kind in SINGLETON_KINDS:
            field = next(n for n, k in CONTENT_FIELDS.items() if k == kind)
            setattr(content, field, record)
        else:
            lists.setdefault(kind, []).append(record)
    for name, kind in CONTENT_FIELDS.items():
        if kind not in SINGLETON_KINDS:
            setattr(content, name, lists.get(kind, []))
    return content
