"""The family team: one dossier kept on several computers through a folder the family syncs.

Each device keeps its own SQLCipher dossier. Inside it live a CRDT document (pycrdt, i.e.
Yjs) of all records and the updates applied to it. Every local save becomes a small update
(`record_written`, called by storage/records.py); `Team.sync` publishes ours to the shared
folder and applies the others' updates, writing the merged records back into the dossier.

The CRDT document: a root map "records" of record id -> map. A record's map holds its kind
under "k" and, per field, one entry per *unsuperseded* edit, keyed "f<US>field<US>edit id",
whose value is JSON {"v": value, "by": name, "at": time}. An edit replaces the entries its
author saw; two edits made without seeing each other both stay (a multi-value register).
The shown value is the newest of them (ties by edit id, the same on every device); the other
is a conflict, kept in the history and flagged until someone edits that field again.
See docs/team.md for the folder, the roster rules and the threat model.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import uuid
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from . import teamfiles as tf
from .errors import StorageError
from .identity import Identity, PublicIdentity

SEP = "\x1f"
DELETED = "_deleted"  # no record field starts with "_"
ROLES = ("ouder", "lezer")
SNAPSHOT_SPLIT = b"\n"
COMPACT_AFTER = 500  # update rows before they are merged into one

TABLES = (
    # Every CRDT update this device has (its own and the others'); `published` = 0 for our own
    # changes not yet written to the folder.
    "CREATE TABLE IF NOT EXISTS team_updates (id INTEGER PRIMARY KEY, data BLOB NOT NULL, "
    "local INTEGER NOT NULL, published INTEGER NOT NULL)",
    # Files of the folder already looked at, and what became of them.
    "CREATE TABLE IF NOT EXISTS team_files (path TEXT PRIMARY KEY, status TEXT NOT NULL, "
    "reason TEXT NOT NULL DEFAULT '', signer TEXT NOT NULL DEFAULT '', at TEXT NOT NULL)",
    # The signed roster events (anyone can verify them again; a snapshot carries them).
    "CREATE TABLE IF NOT EXISTS team_roster (device TEXT NOT NULL, seq INTEGER NOT NULL, "
    "envelope BLOB NOT NULL, PRIMARY KEY (device, seq))",
    # Fields edited at the same time on two devices, until someone edits them again.
    "CREATE TABLE IF NOT EXISTS team_conflicts (record_id TEXT NOT NULL, field TEXT NOT NULL, "
    "detail TEXT NOT NULL, PRIMARY KEY (record_id, field))",
)


class TeamError(StorageError):
    default_message = "Het delen met het gezin lukte niet."


# ----- the roster --------------------------------------------------------------------------

@dataclass
class Member:
    name: str
    public: PublicIdentity
    role: str
    active: bool = True
    # None: may write from now on. A dict {device: seq}: only files up to these numbers count
    # (a lezer has {}; a removed member what the remover had seen of them).
    writes_until: dict[str, int] | None = None
    since: str = ""

    @property
    def key(self) -> str:
        return self.public.sign_key_b64


@dataclass
class RosterState:
    team: str
    members: dict[str, Member] = field(default_factory=dict)
    refused: dict[tuple[str, int], str] = field(default_factory=dict)
    applied: list[tf.Envelope] = field(default_factory=list)

    def active(self) -> list[Member]:
        return [m for m in self.members.values() if m.active]

    def recipients(self) -> list[str]:
        return [m.public.age_recipient for m in self.active()]

    def by_name(self, name: str) -> Member | None:
        folded = " ".join(name.split()).casefold()
        for member in self.active():
            if member.name.casefold() == folded:
                return member
        return None

    def can_write(self, key: str, device: str, seq: int) -> str | None:
        """None when a file of `key` at (device, seq) counts, else why not."""
        member = self.members.get(key)
        if member is None:
            return "ondertekend door iemand die geen lid is"
        if member.active and member.role == "ouder" and member.writes_until is None:
            return None
        if member.writes_until is not None and seq <= member.writes_until.get(device, 0):
            return None
        if not member.active:
            return f"{member.name} is verwijderd; wat daarna komt wordt geweigerd"
        return f"{member.name} is lezer en mag niets veranderen"


def team_id_for(founder: PublicIdentity, nonce: str) -> str:
    return hashlib.sha256(b"zorgmap-team\0" + founder.sign_key + nonce.encode()).hexdigest()[:32]


def fold_roster(team: str, envelopes: list[tf.Envelope]) -> RosterState:
    """The members after all roster events, the same on every device that has the same events.

    Events are taken in (lamport, device, seq) order and each is checked against the members
    of that moment. A removal fixes what counts of the removed person's files, whatever the
    order: so the fold repeats until those limits settle.
    """
    events = sorted((e for e in envelopes if e.team == team and e.kind == "roster"),
                    key=lambda e: (e.lamport, e.device, e.seq))
    limits: dict[str, dict[str, int]] = {}
    state = RosterState(team)
    for _round in range(5):
        state = _fold_once(team, events, limits)
        new = {m.key: m.writes_until for m in state.members.values()
               if not m.active and m.writes_until is not None}
        if new == limits:
            break
        limits = new
    return state


def _fold_once(team: str, events: list[tf.Envelope], limits) -> RosterState:
    state = RosterState(team)
    for ev in events:
        reason = _apply_roster_event(state, ev, limits)
        if reason:
            state.refused[(ev.device, ev.seq)] = reason
        else:
            state.applied.append(ev)
    return state


def _apply_roster_event(state: RosterState, ev: tf.Envelope, limits) -> str | None:
    try:
        op = json.loads(ev.payload)
        kind = op["op"]
    except (ValueError, KeyError, TypeError):
        return "lidmaatschap onleesbaar"
    key = ev.signer.sign_key_b64
    limit = limits.get(key)
    if limit is not None and ev.seq > limit.get(ev.device, 0):
        return "geschreven nadat deze persoon is verwijderd"
    if kind == "create":
        if state.members:
            return "het gedeelde dossier is al begonnen"
        if team_id_for(ev.signer, str(op.get("nonce", ""))) != state.team:
            return "hoort niet bij dit gedeelde dossier"
        state.members[key] = Member(_clean_name(op.get("name")), ev.signer, "ouder",
                                    since=ev.at)
        return None
    if not state.members:
        return "het begin van het gedeelde dossier ontbreekt"
    signer = state.members.get(key)
    if signer is None or not signer.active or signer.role != "ouder":
        if kind == "add" and signer is not None and _target_key(op) == key:
            return f"{signer.name} probeert zichzelf meer rechten te geven"
        return "alleen een ouder mag mensen toevoegen of verwijderen"
    seen = _seen(op.get("seen"))
    if kind == "add":
        try:
            target = PublicIdentity.from_code(str(op["code"]))
        except (StorageError, KeyError):
            return "code van het nieuwe lid klopt niet"
        role = op.get("role")
        if role not in ROLES:
            return "onbekende rol"
        name = _clean_name(op.get("name"))
        if not name:
            return "naam ontbreekt"
        for other in state.active():
            if other.name.casefold() == name.casefold() and other.key != target.sign_key_b64:
                return "er is al iemand met deze naam"
        existing = state.members.get(target.sign_key_b64)
        if existing and existing.active and existing.role == "ouder" and role == "lezer":
            if _last_ouder(state, existing):
                return "er moet altijd een ouder overblijven"
        until = None if role == "ouder" else (seen if existing and existing.role == "ouder"
                                              and existing.active else
                                              (existing.writes_until if existing else {}))
        state.members[target.sign_key_b64] = Member(name, target, role, True, until, ev.at)
        return None
    if kind == "remove":
        target_member = state.members.get(str(op.get("key", "")))
        if target_member is None or not target_member.active:
            return "deze persoon is geen lid (meer)"
        if target_member.role == "ouder" and _last_ouder(state, target_member):
            return "er moet altijd een ouder overblijven"
        target_member.active = False
        if target_member.writes_until is None:
            target_member.writes_until = seen
        return None
    return "onbekende soort lidmaatschap"


def _last_ouder(state: RosterState, member: Member) -> bool:
    return all(m.key == member.key for m in state.active() if m.role == "ouder")


def _target_key(op: dict) -> str | None:
    try:
        return PublicIdentity.from_code(str(op["code"])).sign_key_b64
    except (StorageError, KeyError):
        return None


def _seen(value) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): int(v) for k, v in value.items()
            if isinstance(v, int) and not isinstance(v, bool)}


def _clean_name(value) -> str:
    return " ".join(str(value or "").split())[:80]


# ----- the CRDT document -------------------------------------------------------------------

_docs: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def ensure_tables(db) -> None:
    for statement in TABLES:
        db.execute(statement)


def is_shared(db) -> bool:
    return db.one("SELECT 1 FROM meta WHERE key = 'team.id'") is not None


def load_doc(db):
    """This device's CRDT document, cached per connection and rebuilt when the stored
    updates moved (a rolled-back transaction, another connection)."""
    from pycrdt import Doc, Map

    newest = db.one("SELECT max(id) FROM team_updates")[0] or 0
    cached = _docs.get(db)
    if cached is not None and cached[1] == newest:
        return cached[0]
    doc = Doc()
    doc.get("records", type=Map)
    for (data,) in db.all("SELECT data FROM team_updates ORDER BY id"):
        doc.apply_update(data)
    _docs[db] = (doc, newest)
    return doc


def _store_update(db, doc, update: bytes, *, local: bool, published: bool) -> None:
    if not update or update == b"\x00\x00":
        return
    cursor = db.execute("INSERT INTO team_updates (data, local, published) VALUES (?, ?, ?)",
                        (update, int(local), int(published)))
    _docs[db] = (doc, cursor.lastrowid)


def _edit_key(field_name: str) -> str:
    return f"f{SEP}{field_name}{SEP}{uuid.uuid4().hex[:16]}"


def _set_field(rec, field_name: str, value, by: str, at: str) -> None:
    prefix = f"f{SEP}{field_name}{SEP}"
    for key in [k for k in rec.keys() if k.startswith(prefix)]:
        del rec[key]
    rec[_edit_key(field_name)] = json.dumps({"v": value, "by": by, "at": at},
                                            ensure_ascii=False, separators=(",", ":"))


def _write_record(records, record_id: str, kind: str, before: dict | None,
                  after: dict | None, by: str, at: str) -> None:
    from pycrdt import Map

    rec = records.get(record_id)
    if rec is None:
        if after is None:
            return
        rec = Map()
        records[record_id] = rec
        rec["k"] = kind
    if after is None:
        _set_field(rec, DELETED, True, by, at)
        return
    if before is None and any(k.startswith(f"f{SEP}{DELETED}{SEP}") for k in rec.keys()):
        _set_field(rec, DELETED, False, by, at)
    for name, value in after.items():
        if before is None or before.get(name, _MISSING) != value:
            _set_field(rec, name, value, by, at)


_MISSING = object()


def record_written(db, record_id: str, kind: str, before: str | None,
                   after: str | None) -> None:
    """Turn one local save or delete into a CRDT update (a no-op unless the dossier is shared).

    Called inside the save's transaction: the update is stored with it, or not at all.
    """
    name = db.one("SELECT value FROM meta WHERE key = 'team.name'")
    if name is None:
        return
    from pycrdt import Map

    doc = load_doc(db)
    state = doc.get_state()
    with doc.transaction(origin="local"):
        records = doc.get("records", type=Map)
        _write_record(records, record_id, kind,
                      json.loads(before) if before else None,
                      json.loads(after) if after else None, name[0], tf.now_iso())
    _store_update(db, doc, doc.get_update(state), local=True, published=False)
    # Editing a field that was changed at the same time settles it.
    rec = records.get(record_id)
    projected = project(rec) if rec is not None else None
    for (field_name,) in db.all("SELECT field FROM team_conflicts WHERE record_id = ?",
                                (record_id,)):
        if projected is None or field_name not in projected.conflicts:
            db.execute("DELETE FROM team_conflicts WHERE record_id = ? AND field = ?",
                       (record_id, field_name))


def documents_out(db, doc, by: str) -> None:
    """Put this device's document list (names, sizes, notes; never contents) into the CRDT,
    so every copy knows which documents exist. A document gone here is marked deleted."""
    from pycrdt import Map

    from .documents import DocumentStore

    shared = doc.get("documents", type=Map)
    local = {info.id: json.dumps(info.to_json(), ensure_ascii=False, sort_keys=True)
             for info in DocumentStore(db).list()}
    state = doc.get_state()
    with doc.transaction(origin="local"):
        for doc_id, meta in local.items():
            if shared.get(doc_id) != meta:
                shared[doc_id] = meta
        for doc_id in [k for k in shared.keys() if k not in local]:
            if shared[doc_id] != "deleted":
                shared[doc_id] = "deleted"
    _store_update(db, doc, doc.get_update(state), local=True, published=False)


def _documents_signature(db) -> str:
    rows = db.all("SELECT id, name, mime, size, sha256, added_at, note FROM documents "
                  "ORDER BY id")
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def documents_in(db, doc) -> int:
    """Documents others added appear here as placeholders (content stays with them)."""
    from pycrdt import Map

    from .documents import DocumentInfo, DocumentStore

    store = DocumentStore(db)
    local = {info.id for info in store.list()}
    changed = 0
    for doc_id, meta in doc.get("documents", type=Map).items():
        if meta == "deleted":
            if doc_id in local:
                store.delete(doc_id)
                changed += 1
            continue
        if doc_id in local:
            continue
        try:
            data = json.loads(meta)
            info = DocumentInfo(str(data["id"]), str(data["name"]), str(data["mime"]),
                                int(data["size"]), str(data["sha256"]), str(data["added_at"]),
                                str(data.get("note", "")))
        except (ValueError, KeyError, TypeError):
            continue
        if info.id == doc_id:
            store.add_placeholder(info)
            changed += 1
    return changed


@dataclass
class Projected:
    kind: str
    deleted: bool
    data: dict
    by: str
    at: str
    conflicts: dict[str, list[dict]]


def project(rec) -> Projected | None:
    """A record as the CRDT holds it: the newest of each field's entries, and the conflicts."""
    kind = rec.get("k")
    if not isinstance(kind, str):
        return None
    fields: dict[str, list[tuple[str, dict]]] = {}
    for key, raw in rec.items():
        if not key.startswith("f" + SEP):
            continue
        try:
            _f, name, _edit = key.split(SEP, 2)
            entry = json.loads(raw)
            entry["at"] = str(entry["at"])
        except (ValueError, KeyError, TypeError):
            continue
        fields.setdefault(name, []).append((key, entry))
    data, conflicts = {}, {}
    by, at = "", ""
    for name, entries in fields.items():
        entries.sort(key=lambda item: (item[1]["at"], item[0]), reverse=True)
        winner = entries[0][1]
        if name != DELETED:
            data[name] = winner.get("v")
        values = {json.dumps(e.get("v"), sort_keys=True) for _k, e in entries}
        if len(values) > 1:  # two people typing the same thing is no conflict
            conflicts[name] = [e for _k, e in entries]
        if winner["at"] >= at:
            by, at = str(winner.get("by", "")), winner["at"]
    deleted = bool(fields.get(DELETED) and fields[DELETED][0][1].get("v"))
    return Projected(kind, deleted, data, by, at, conflicts)


def write_projection(db, record_id: str, p: Projected) -> str | None:
    """Bring the dossier's row of `record_id` in line with the CRDT; returns what happened.

    Written directly (not through RecordStore.save): each device checked its own edit when it
    was made, and a merge of two valid edits is kept even if the pair breaks a rule (it is
    flagged instead). No update is made: this *is* the update arriving.
    """
    from app.model import RECORD_TYPES
    from app.serialize import from_stored

    from .records import SORT_FIELDS, _now, _searchable, index_text, unindex

    if p.kind not in RECORD_TYPES:
        return None
    row = db.one("SELECT kind, data FROM records WHERE id = ?", (record_id,))
    profile = p.by or "?"
    now = _now()
    text = json.dumps(p.data, ensure_ascii=False, sort_keys=True)
    changed = None
    # Conflicts first: a deleted record's last history row must stay its deletion (that is
    # what the Prullenbak lists).
    _write_conflicts(db, record_id, p, text)
    if p.deleted:
        if row is not None:
            db.execute("DELETE FROM records WHERE id = ?", (record_id,))
            unindex(db, record_id)
            # The merged version goes to the Prullenbak: it may hold others' edits too.
            _history(db, record_id, p.kind, "delete", profile, now, text if p.data else row[1],
                     None)
            changed = "verwijderd"
        else:
            last = db.one("SELECT action, before FROM history WHERE record_id = ? "
                          "ORDER BY id DESC LIMIT 1", (record_id,))
            if p.data and (last is None or last[0] != "delete" or last[1] != text):
                # A change to a record deleted elsewhere: keep it where the Prullenbak finds it.
                _history(db, record_id, p.kind, "delete", profile, now, text, None)
                changed = "gewijzigd (staat in de Prullenbak)"
    else:
        try:
            record = from_stored(RECORD_TYPES[p.kind], p.data)
        except (TypeError, ValueError, KeyError, AttributeError):
            return None
        if row is None or row[1] != text:
            sort_key = str(p.data.get(SORT_FIELDS.get(p.kind, ""), "") or "")
            if row is None:
                db.execute("INSERT INTO records (id, kind, data, created_at, updated_at, "
                           "sort_key) VALUES (?, ?, ?, ?, ?, ?)",
                           (record_id, p.kind, text, now, now, sort_key))
                _history(db, record_id, p.kind, "create", profile, now, None, text)
                changed = "nieuw"
            else:
                db.execute("UPDATE records SET data = ?, updated_at = ?, sort_key = ? "
                           "WHERE id = ?", (text, now, sort_key, record_id))
                _history(db, record_id, p.kind, "update", profile, now, row[1], text)
                changed = "gewijzigd"
            index_text(db, record_id, p.kind, record.label(), _searchable(record))
    return changed


def _write_conflicts(db, record_id: str, p: Projected, text: str) -> None:
    old = {name: detail for name, detail in db.all(
        "SELECT field, detail FROM team_conflicts WHERE record_id = ?", (record_id,))}
    db.execute("DELETE FROM team_conflicts WHERE record_id = ?", (record_id,))
    for name, entries in p.conflicts.items():
        detail = json.dumps(entries, ensure_ascii=False, sort_keys=True)
        db.execute("INSERT INTO team_conflicts VALUES (?, ?, ?)", (record_id, name, detail))
        if old.get(name) == detail:
            continue
        # The losing values go into the history, where "Terugzetten" can bring them back.
        names = " en ".join(dict.fromkeys(str(e.get("by", "?")) for e in entries))
        for loser in entries[1:]:
            version = dict(p.data)
            if name != DELETED:
                version[name] = loser.get("v")
            _history(db, record_id, p.kind, "conflict",
                     f"tegelijk gewijzigd door {names} – kijk even na", loser["at"], text,
                     json.dumps(version, ensure_ascii=False, sort_keys=True))


def _history(db, record_id, kind, action, profile, at, before, after) -> None:
    db.execute("INSERT INTO history (record_id, kind, action, profile, at, before, after) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", (record_id, kind, action, profile, at, before,
                                                after))


def conflicts(db) -> dict[str, dict[str, list[dict]]]:
    """Per record id, the fields edited at the same time: {field: [entries, newest first]}."""
    if not db.one("SELECT 1 FROM sqlite_master WHERE name = 'team_conflicts'"):
        return {}
    found: dict[str, dict[str, list[dict]]] = {}
    for record_id, name, detail in db.all("SELECT record_id, field, detail FROM "
                                          "team_conflicts ORDER BY record_id, field"):
        found.setdefault(record_id, {})[name] = json.loads(detail)
    return found


def conflict_text(entries: list[dict]) -> str:
    names = " en ".join(dict.fromkeys(str(e.get("by", "?")) for e in entries))
    return f"tegelijk gewijzigd door {names} – kijk even na"


# ----- the team on this device -------------------------------------------------------------

@dataclass
class SyncReport:
    applied: list[str] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    records: int = 0  # records written into the dossier
    not_for_me: int = 0  # files from before this member joined (a snapshot covers them)
    removed: bool = False  # this person is no longer in the team
    kinds: set[str] = field(default_factory=set)  # record kinds changed ("document" too)
    role: str = ""  # this person's role now ("" when not or no longer a member)


class Team:
    """The shared side of an open dossier on this device."""

    def __init__(self, dossier, db=None) -> None:
        """`db`: a worker's own connection (sqlcipher3 connections are thread-bound)."""
        self.dossier = dossier
        self.db = db or dossier.db
        if not is_shared(self.db):
            raise TeamError("Dit dossier wordt (nog) niet gedeeld. Kies eerst 'Delen met het "
                            "gezin' (zorgmap team share).")
        self.team_id = self._meta("team.id")
        self.device = self._meta("team.device")
        self.folder = Path(self._meta("team.folder"))
        self.identity = Identity.from_secret_json(self._meta("team.identity"))

    def _meta(self, key: str) -> str:
        row = self.db.one("SELECT value FROM meta WHERE key = ?", (key,))
        if row is None:
            raise TeamError("De gegevens voor het delen in dit dossier zijn onvolledig.")
        return row[0]

    @staticmethod
    def shared(dossier) -> bool:
        return dossier.db is not None and is_shared(dossier.db)

    # ----- starting ------------------------------------------------------------------------

    @classmethod
    def share(cls, dossier, identity: Identity, folder: Path) -> Team:
        """Start sharing: this person founds the team as its first ouder."""
        db = dossier.db
        if dossier.read_only:
            raise TeamError("Dit dossier is alleen geopend om te lezen.")
        if is_shared(db):
            raise TeamError("Dit dossier wordt al gedeeld.")
        folder = Path(folder)
        _check_folder(folder, dossier.folder)
        nonce = secrets.token_hex(16)
        team_id = team_id_for(identity.public, nonce)
        from pycrdt import Doc, Map

        with db.transaction():
            ensure_tables(db)
            _set_meta(db, identity, team_id, folder)
            doc = Doc()
            records = doc.get("records", type=Map)
            at = tf.now_iso()
            with doc.transaction(origin="local"):
                for record_id, kind, data in db.all("SELECT id, kind, data FROM records"):
                    _write_record(records, record_id, kind, None, json.loads(data),
                                  identity.name, at)
            documents_out(db, doc, identity.name)
            # The founder's whole dossier travels in the snapshot for each new member.
            _store_update(db, doc, doc.get_update(), local=True, published=True)
            db.execute("UPDATE team_updates SET published = 1")
        if not dossier.profiles():
            dossier.use_profile(identity.name)  # not the default "ouder" beside named others
        team = cls(dossier)
        team._write_roster({"op": "create", "nonce": nonce, "name": identity.name})
        return team

    @classmethod
    def join(cls, folder: Path, identity: Identity, new_path: Path, passphrase: str, **create):
        """Make a new dossier on this device from a shared folder we were added to."""
        from .dossier import Dossier

        folder = Path(folder)
        if not folder.is_dir():
            raise TeamError("Deze map is niet gevonden.")
        team_id = _find_team(folder, identity)
        dossier, code = Dossier.create(Path(new_path), passphrase, **create)
        try:
            with dossier.db.transaction():
                ensure_tables(dossier.db)
                _set_meta(dossier.db, identity, team_id, folder)
            dossier.use_profile(identity.name)  # changes here are this person's, by name
            team = cls(dossier)
            report = team.sync()
        except BaseException:
            dossier.close()
            raise
        return dossier, code, report

    # ----- the roster ----------------------------------------------------------------------

    def roster(self) -> RosterState:
        envelopes = []
        for (raw,) in self.db.all("SELECT envelope FROM team_roster"):
            try:
                envelopes.append(tf.verify(raw))
            except tf.Refused:
                continue
        return fold_roster(self.team_id, envelopes)

    def me(self) -> Member | None:
        return self.roster().members.get(self.identity.public.sign_key_b64)

    def _require_ouder(self, roster: RosterState, what: str) -> None:
        me = roster.members.get(self.identity.public.sign_key_b64)
        if me is None or not me.active or me.role != "ouder":
            raise TeamError(f"Alleen een ouder mag {what}.")

    def add(self, code: str, name: str, role: str) -> Member:
        """Add a person (or change their role), then write a snapshot they can start from."""
        if role not in ROLES:
            raise TeamError("Kies als rol 'ouder' of 'lezer'.")
        public = PublicIdentity.from_code(code)
        name = _clean_name(name)
        if not name:
            raise TeamError("Vul een naam in.")
        roster = self.roster()
        self._require_ouder(roster, "iemand toevoegen")
        other = roster.by_name(name)
        if other is not None and other.key != public.sign_key_b64:
            raise TeamError(f"Er is al iemand met de naam {name}. Kies een andere naam.")
        existing = roster.members.get(public.sign_key_b64)
        if existing and existing.active and existing.role == "ouder" and role == "lezer" \
                and _last_ouder(roster, existing):
            raise TeamError("Er moet altijd minstens één ouder overblijven.")
        self._write_roster({"op": "add", "code": public.code(), "name": name, "role": role,
                            "seen": self._seen_of(public)})
        self.publish()
        self.write_snapshot()
        return self.roster().members[public.sign_key_b64]

    def remove(self, name: str) -> Member:
        roster = self.roster()
        self._require_ouder(roster, "iemand verwijderen")
        member = roster.by_name(name)
        if member is None:
            raise TeamError(f"Er is geen lid met de naam {name}.")
        if member.role == "ouder" and _last_ouder(roster, member):
            raise TeamError("Er moet altijd minstens één ouder overblijven.")
        self._write_roster({"op": "remove", "key": member.key, "name": member.name,
                            "seen": self._seen_of(member.public)})
        return member

    def _seen_of(self, public: PublicIdentity) -> dict[str, int]:
        """Per device of this person: the highest file number this device has taken in."""
        seen: dict[str, int] = {}
        prefix = public.key_id + "-"
        rows = self.db.all("SELECT path FROM team_files WHERE status IN ('applied', 'own')")
        rows += [(f"roster/{d}/{s:08d}",) for d, s in
                 self.db.all("SELECT device, seq FROM team_roster")]
        for (path,) in rows:
            parts = path.split("/")
            if len(parts) == 3 and parts[1].startswith(prefix) and parts[2].isdigit():
                seen[parts[1]] = max(seen.get(parts[1], 0), int(parts[2]))
        return seen

    # ----- writing to the folder -----------------------------------------------------------

    def _next(self) -> tuple[int, int]:
        """The next file number of this device, stored before the file is written (a crash in
        between skips a number; a number is never used twice)."""
        seq = int(self.db.one("SELECT value FROM meta WHERE key = 'team.seq'")[0]) + 1
        # A copy restored from a backup remembers an older number: never reuse one.
        for sub in tf.KINDS.values():
            for path in (self.folder / sub / self.device).glob("[0-9]" * 8):
                seq = max(seq, int(path.name) + 1)
        lamport = 1 + max([int(self.db.one(
            "SELECT value FROM meta WHERE key = 'team.lamport'")[0])] +
            [e.lamport for e in self._roster_envelopes()])
        with self.db.transaction():
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'team.seq'", (str(seq),))
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'team.lamport'",
                            (str(lamport),))
        return seq, lamport

    def _roster_envelopes(self) -> list[tf.Envelope]:
        out = []
        for (raw,) in self.db.all("SELECT envelope FROM team_roster"):
            try:
                out.append(tf.verify(raw))
            except tf.Refused:
                continue
        return out

    def _require_folder(self) -> None:
        # An unplugged stick or a moved sync folder: say so, and never make a fresh folder in
        # its place (files there would reach nobody, and "bijgewerkt" would be untrue).
        if not self.folder.is_dir():
            raise TeamError(f"De gedeelde map {self.folder} is niet gevonden. Zit de USB-stick "
                            "erin, of staat de map van Syncthing, Nextcloud of OneDrive nu "
                            "ergens anders? Er is niets uitgewisseld.")

    def _write(self, kind: str, payload: bytes, recipients: list[str]) -> tuple[str, bytes]:
        self._require_folder()
        seq, lamport = self._next()
        inner = tf.seal(self.identity, team=self.team_id, kind=kind, device=self.device,
                        seq=seq, payload=payload, lamport=lamport)
        rel = tf.write_file(self.folder, kind, self.device, seq,
                            tf.encrypt(inner, recipients))
        with self.db.transaction():
            self.db.execute("INSERT OR REPLACE INTO team_files VALUES (?, 'own', '', ?, ?)",
                            (rel, self.identity.public.sign_key_b64, tf.now_iso()))
        return rel, inner

    def _write_roster(self, op: dict) -> None:
        roster = self.roster()
        recipients = set(roster.recipients()) | {self.identity.public.age_recipient}
        if op["op"] == "add":
            recipients.add(PublicIdentity.from_code(op["code"]).age_recipient)
        payload = json.dumps(op, ensure_ascii=False).encode("utf-8")
        _rel, inner = self._write("roster", payload, sorted(recipients))
        envelope = tf.verify(inner)
        with self.db.transaction():
            self.db.execute("INSERT OR IGNORE INTO team_roster VALUES (?, ?, ?)",
                            (envelope.device, envelope.seq, inner))

    def publish(self) -> list[str]:
        """Write our unpublished changes to the folder as one update file."""
        from pycrdt import merge_updates

        roster = self.roster()
        self._require_writer(roster)
        signature = _documents_signature(self.db)
        if self.db.one("SELECT value FROM meta WHERE key = 'team.documents'") != (signature,):
            # Only when the document list changed: loading the CRDT of twenty years costs
            # most of a second, and the app exchanges every minute.
            with self.db.transaction():
                documents_out(self.db, load_doc(self.db), self.identity.name)
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('team.documents', ?)",
                                (signature,))
        rows = self.db.all("SELECT id, data FROM team_updates WHERE local = 1 AND published = 0 "
                           "ORDER BY id")
        if not rows:
            return []
        update = rows[0][1] if len(rows) == 1 else merge_updates(*[r[1] for r in rows])
        rel, _inner = self._write("change", update, roster.recipients())
        with self.db.transaction():
            self.db.executemany("UPDATE team_updates SET published = 1 WHERE id = ?",
                                [(r[0],) for r in rows])
        return [rel]

    def _require_writer(self, roster: RosterState) -> None:
        me = roster.members.get(self.identity.public.sign_key_b64)
        if me is None or not me.active or me.role != "ouder":
            raise TeamError("U kunt dit gedeelde dossier alleen lezen; uw wijzigingen worden "
                            "niet gedeeld.")

    def write_snapshot(self) -> str:
        roster = self.roster()
        doc = load_doc(self.db)
        head = json.dumps({"roster": [base64.b64encode(e.raw).decode("ascii")
                                      for e in self._roster_envelopes()]}).encode("utf-8")
        rel, _inner = self._write("snapshot", head + SNAPSHOT_SPLIT + doc.get_update(),
                                  roster.recipients())
        return rel

    # ----- reading the folder --------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Exchange now: publish ours, take in everything new that is valid and allowed."""
        self._require_folder()
        report = SyncReport()
        roster = self.roster()
        me = roster.members.get(self.identity.public.sign_key_b64)
        if me is not None and me.active and me.role == "ouder":
            report.published = self.publish()
        files, skipped = tf.scan(self.folder)
        done = {path: status for path, status in
                self.db.all("SELECT path, status FROM team_files")}
        decided: list[tuple[str, str, str, str]] = []  # path, status, reason, signer
        for rel, reason in skipped:
            if rel not in done:
                report.ignored.append((rel, reason))
                decided.append((rel, "ignored", reason, ""))
        opened: list[tuple[tf.FolderFile, tf.Envelope]] = []
        for entry in files:
            if done.get(entry.rel) not in (None, "wait"):
                continue
            # A file in our own folder that this copy did not write (it was restored from a
            # backup, or the file was planted) is checked like any other: ours count again.
            try:
                envelope = self._open(entry)
            except tf.Refused as refused:
                if refused.reason == "niet voor u versleuteld":
                    report.not_for_me += 1
                    decided.append((entry.rel, "not_for_me", refused.reason, ""))
                else:
                    report.ignored.append((entry.rel, refused.reason))
                    decided.append((entry.rel, "ignored", refused.reason, ""))
                continue
            opened.append((entry, envelope))
        if opened or decided:
            with self.db.transaction():
                if opened:
                    self._take_in(opened, done, report, decided)
                    self._compact()
                self.db.executemany(
                    "INSERT OR REPLACE INTO team_files VALUES (?, ?, ?, ?, ?)",
                    [(p, s, r, signer, tf.now_iso()) for p, s, r, signer in decided])
        me = self.roster().members.get(self.identity.public.sign_key_b64)
        report.removed = me is None or not me.active
        report.role = "" if report.removed else me.role
        return report

    def _open(self, entry: tf.FolderFile) -> tf.Envelope:
        data = tf.read_limited(entry)
        envelope = tf.verify(tf.decrypt(data, self.identity))
        if envelope.team != self.team_id:
            raise tf.Refused("hoort bij een ander gedeeld dossier")
        if (envelope.kind, envelope.device, envelope.seq) != (entry.kind, entry.device,
                                                              entry.seq):
            raise tf.Refused("staat op de verkeerde plek of heeft een ander nummer "
                             "(verplaatst of opnieuw afgespeeld)")
        return envelope

    def _take_in(self, opened, done, report: SyncReport, decided) -> None:
        from pycrdt import Map

        # Roster first (also the roster events inside snapshots): who may write decides
        # which updates count.
        roster_files = []
        for entry, envelope in opened:
            if envelope.kind == "roster":
                self._keep_roster(envelope)
                roster_files.append((entry, envelope))
            elif envelope.kind == "snapshot":
                self._keep_snapshot_roster(envelope)
        roster = self.roster()
        for entry, envelope in roster_files:
            reason = roster.refused.get((envelope.device, envelope.seq))
            if reason:
                report.ignored.append((entry.rel, reason))
                decided.append((entry.rel, "ignored", reason, envelope.signer.sign_key_b64))
            else:
                report.applied.append(f"{entry.rel}: {_describe_roster(envelope, roster)}")
                decided.append((entry.rel, "applied", "", envelope.signer.sign_key_b64))
        doc = load_doc(self.db)
        records = doc.get("records", type=Map)
        touched: set[str] = set()

        def collect(events) -> None:
            for event in events:
                path = list(getattr(event, "path", []) or [])
                if path:
                    touched.add(str(path[0]))
                else:
                    touched.update(str(k) for k in getattr(event, "keys", {}))

        subscription = records.observe_deep(collect)
        try:
            for entry, envelope in opened:
                if envelope.kind == "roster":
                    continue
                signer = envelope.signer.sign_key_b64
                reason = roster.can_write(signer, envelope.device, envelope.seq)
                if reason:
                    unknown = signer not in roster.members
                    if done.get(entry.rel) != "wait":
                        report.ignored.append((entry.rel, reason))
                    # An unknown signer may be a member whose roster file has not arrived yet.
                    decided.append((entry.rel, "wait" if unknown else "ignored", reason,
                                    signer))
                    continue
                update = envelope.payload
                if envelope.kind == "snapshot":
                    update = update.split(SNAPSHOT_SPLIT, 1)[1] if SNAPSHOT_SPLIT in update \
                        else b""
                state = doc.get_state()
                try:
                    doc.apply_update(update)
                except Exception:  # noqa: BLE001 - pycrdt raises plain exceptions
                    report.ignored.append((entry.rel, "update onleesbaar"))
                    decided.append((entry.rel, "ignored", "update onleesbaar", signer))
                    continue
                _store_update(self.db, doc, doc.get_update(state), local=False,
                              published=True)
                name = roster.members[signer].name
                what = "momentopname" if envelope.kind == "snapshot" else "wijzigingen"
                report.applied.append(f"{entry.rel}: {what} van {name}")
                decided.append((entry.rel, "applied", "", signer))
        finally:
            records.unobserve(subscription)
        changed_documents = documents_in(self.db, doc)
        report.records += changed_documents
        if changed_documents:
            report.kinds.add("document")
        for record_id in sorted(touched):
            rec = records.get(record_id)
            projected = project(rec) if isinstance(rec, Map) else None
            if projected is not None and write_projection(self.db, record_id, projected):
                report.records += 1
                report.kinds.add(projected.kind)

    def _keep_roster(self, envelope: tf.Envelope) -> None:
        self.db.execute("INSERT OR IGNORE INTO team_roster VALUES (?, ?, ?)",
                        (envelope.device, envelope.seq, envelope.raw))

    def _keep_snapshot_roster(self, envelope: tf.Envelope) -> None:
        head = envelope.payload.split(SNAPSHOT_SPLIT, 1)[0]
        try:
            listed = json.loads(head)["roster"]
        except (ValueError, KeyError, TypeError):
            return
        for item in listed if isinstance(listed, list) else []:
            try:
                inner = tf.verify(base64.b64decode(str(item)))
            except (tf.Refused, ValueError):
                continue
            if inner.team == self.team_id and inner.kind == "roster":
                self._keep_roster(inner)

    def _compact(self) -> None:
        count = self.db.one("SELECT count(*) FROM team_updates")[0]
        if count < COMPACT_AFTER:
            return
        doc = load_doc(self.db)
        self.db.execute("DELETE FROM team_updates WHERE NOT (local = 1 AND published = 0)")
        _store_update(self.db, doc, doc.get_update(), local=False, published=True)

    # ----- what the app shows ----------------------------------------------------------------

    def people(self) -> list[dict]:
        """Who is in the team: name, role, active, fingerprint, last file seen from them."""
        roster = self.roster()
        last = dict(self.db.all("SELECT signer, max(at) FROM team_files WHERE status IN "
                                "('applied', 'own') GROUP BY signer"))
        mine = self.identity.public.sign_key_b64
        return [{"name": m.name, "role": m.role, "active": m.active,
                 "fingerprint": m.public.fingerprint(), "me": m.key == mine,
                 "last": last.get(m.key, "")} for m in roster.members.values()]


def _describe_roster(envelope: tf.Envelope, roster: RosterState) -> str:
    try:
        op = json.loads(envelope.payload)
    except ValueError:
        return "lidmaatschap"
    signer = roster.members.get(envelope.signer.sign_key_b64)
    by = signer.name if signer else "?"
    if op.get("op") == "create":
        return f"{by} begon het gedeelde dossier"
    if op.get("op") == "add":
        return f"{by} voegde {op.get('name')} toe als {op.get('role')}"
    if op.get("op") == "remove":
        return f"{by} verwijderde {op.get('name')}"
    return "lidmaatschap"


def _set_meta(db, identity: Identity, team_id: str, folder: Path) -> None:
    device = f"{identity.public.key_id}-{secrets.token_hex(4)}"
    values = {"team.id": team_id, "team.device": device, "team.seq": "0",
              "team.lamport": "0", "team.folder": str(Path(folder).resolve()),
              "team.identity": identity.secret_json(), "team.name": identity.name}
    for key, value in values.items():
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def _check_folder(folder: Path, dossier_folder: Path) -> None:
    folder = folder.resolve()
    dossier_folder = Path(dossier_folder).resolve()
    if folder == dossier_folder or dossier_folder in folder.parents \
            or folder in dossier_folder.parents:
        raise TeamError("Kies een gedeelde map buiten de dossiermap: het dossier zelf mag "
                        "nooit in de gedeelde map staan.")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _find_team(folder: Path, identity: Identity) -> str:
    """The team in `folder` that has added this person (from files encrypted to them)."""
    files, _skipped = tf.scan(folder)
    by_team: dict[str, list[tf.Envelope]] = {}
    for entry in files:
        if entry.kind == "change":
            continue
        try:
            envelope = tf.verify(tf.decrypt(tf.read_limited(entry), identity))
        except tf.Refused:
            continue
        if (envelope.kind, envelope.device, envelope.seq) != (entry.kind, entry.device,
                                                              entry.seq):
            continue
        found = by_team.setdefault(envelope.team, [])
        if envelope.kind == "roster":
            found.append(envelope)
        else:
            head = envelope.payload.split(SNAPSHOT_SPLIT, 1)[0]
            try:
                for item in json.loads(head)["roster"]:
                    found.append(tf.verify(base64.b64decode(str(item))))
            except (ValueError, KeyError, TypeError, tf.Refused):
                continue
    mine = identity.public.sign_key_b64
    teams = [team for team, envelopes in by_team.items()
             if (m := fold_roster(team, envelopes).members.get(mine)) and m.active]
    if not teams:
        raise TeamError("In deze map is (nog) geen gedeeld dossier waaraan u bent toegevoegd. "
                        "Vraag een ouder u toe te voegen met uw code, en wacht tot de map "
                        "gesynchroniseerd is.")
    if len(teams) > 1:
        raise TeamError("In deze map staan meer gedeelde dossiers waaraan u bent toegevoegd. "
                        "Vraag welke map bij welk dossier hoort.")
    return teams[0]
