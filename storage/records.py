"""The dossier's content: records stored as JSON by kind, with history and full-text search.

Records are the dataclasses of `app.model`; this module turns them into rows and back. Every
save is one transaction that also writes the change history and the search index.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from enum import Enum

from app.model import CONTENT_FIELDS, RECORD_TYPES, SINGLETON_KINDS, DossierContent, Record
from app.serialize import from_dict, from_stored, is_id_field, to_dict

from .errors import StorageError

# Which date orders each kind's list (newest first); other kinds keep creation order.
SORT_FIELDS = {
    "journal_entry": "on",
    "decision": "decision_date",
    "medication": "start_date",
    "care_plan": "valid_from",
}


_FIELD_OF_KIND = {kind: name for name, kind in CONTENT_FIELDS.items()}

# Kinds whose records list documents (the contact log has none: skip its 20,000 rows).
_KINDS_WITH_DOCUMENTS = frozenset(
    kind for kind, cls in RECORD_TYPES.items()
    if "document_ids" in {f.name for f in dataclasses.fields(cls)}
)

# The list columns a long list sorts on; each has an index (schema 4, storage/migrations.py)
# that `RecordStore.ordered_ids` reads in either direction.
LIST_FIELDS = ("channel", "who", "summary", "follow_up_on")

# Days of history the Overzicht reads: more than any deadline rule keeps (bezwaar decision
# expected: filed + 12 weeks + 365 days kept overdue).
OVERVIEW_WINDOW_DAYS = 730


class RecordMissing(StorageError):
    default_message = "Dit onderdeel staat niet (meer) in het dossier."


@dataclass(frozen=True)
class SearchHit:
    record_id: str
    kind: str  # a record KIND, or "document"
    label: str
    field: str  # where the text was found, e.g. "what_you_see" or "agreements[2].what"
    snippet: str  # the text around it, matches between [ and ]


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    record_id: str
    kind: str
    action: str  # create, update, delete, restore
    profile: str
    at: str
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class ShareEntry:
    id: str
    made_at: str
    output: str
    recipient: str
    sections: list[str]
    sha256: str
    pages: int
    #: sections the family unticked (None: logged before this was kept; then every missing
    #: section counts as left out)
    excluded: list[str] | None = None
    #: "print" or "pdf" ("" when logged before this was kept)
    via: str = ""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _strings(value, path: str = ""):
    """(path, text) for every string inside a JSON value."""
    if isinstance(value, str):
        if value:
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")


def _enum_labels() -> dict[type, dict]:
    """Each enum of the model with its Dutch labels (the dicts named *_LABELS)."""
    import app.model as model

    found = {}
    for name in dir(model):
        value = getattr(model, name)
        if name.endswith("_LABELS") and isinstance(value, dict) and value:
            first = next(iter(value))
            if isinstance(first, Enum):
                found[type(first)] = value
    return found


_ENUM_LABELS = _enum_labels()


def _searchable(record) -> str:
    """The words a parent may search for: texts, dates as written in the app, Dutch labels.

    Ids and internal codes (enum values such as 'repair') are left out.
    """
    words: list[str] = []

    def walk(value, name: str = "") -> None:
        if isinstance(value, Enum):
            label = _ENUM_LABELS.get(type(value), {}).get(value)
            if label:
                words.append(label)
        elif isinstance(value, str):
            if value and not is_id_field(name):
                words.append(value)
        elif isinstance(value, dt.date):
            words.append(value.strftime("%d-%m-%Y"))
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name), f.name)
        elif isinstance(value, list):
            for item in value:
                walk(item, name)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, name)

    walk(record)
    return "\n".join(words)


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fts_query(text: str) -> str | None:
    """A parent's words as an FTS5 query: every word must occur, as a word prefix.

    Words typed joined ("WMO-2026", "12-03") must occur together, as a phrase.
    """
    phrases = []
    for chunk in text.split()[:12]:
        words = re.findall(r"\w+", chunk, flags=re.UNICODE)
        if words:
            phrases.append('"' + " ".join(words) + '"*')
    return " ".join(phrases) or None


def index_text(db, key: str, kind: str, label: str, body: str) -> None:
    """(Re)index one record or document for full-text search."""
    row = db.one("SELECT row FROM search_keys WHERE record_id = ?", (key,))
    if row is None:
        row_id = db.execute("INSERT INTO search_keys (record_id) VALUES (?)", (key,)).lastrowid
    else:
        row_id = row[0]
        db.execute("DELETE FROM search WHERE rowid = ?", (row_id,))
    db.execute("INSERT INTO search (rowid, kind, label, body) VALUES (?, ?, ?, ?)",
               (row_id, kind, label, body))


def unindex(db, key: str) -> None:
    row = db.one("SELECT row FROM search_keys WHERE record_id = ?", (key,))
    if row is not None:
        db.execute("DELETE FROM search WHERE rowid = ?", (row[0],))
        db.execute("DELETE FROM search_keys WHERE row = ?", (row[0],))


class RecordStore:
    def __init__(self, dossier) -> None:
        self.dossier = dossier

    @property
    def db(self):
        return self.dossier.db

    # ----- writing ---------------------------------------------------------------------------

    def save(self, record: Record) -> Record:
        with self.db.transaction():
            self._save(record)
            self._remember_new_codes([record])
        return record

    def save_many(self, records) -> None:
        with self.db.transaction():
            for record in records:
                self._save(record)

    def _save(self, record: Record, action: str | None = None) -> None:
        record.validate()
        kind = record.KIND
        data = to_dict(record)
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if kind in SINGLETON_KINDS:
            other = self.db.one("SELECT id FROM records WHERE kind = ? AND id != ?",
                                (kind, record.id))
            if other:
                raise StorageError("Dit onderdeel bestaat al in het dossier.")
        old = self.db.one("SELECT kind, data FROM records WHERE id = ?", (record.id,))
        if old and old[0] != kind:
            raise StorageError("Dit nummer hoort al bij een ander onderdeel.")
        if old and old[1] == text:
            return  # nothing changed: no history noise
        now = _now()
        sort_key = str(data.get(SORT_FIELDS.get(kind, ""), "") or "")
        if old:
            self.db.execute(
                "UPDATE records SET data = ?, updated_at = ?, sort_key = ? WHERE id = ?",
                (text, now, sort_key, record.id),
            )
        else:
            self.db.execute(
                "INSERT INTO records (id, kind, data, created_at, updated_at, sort_key) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (record.id, kind, text, now, now, sort_key),
            )
        self._history(record.id, kind, action or ("update" if old else "create"),
                      old[1] if old else None, text, now)
        index_text(self.db, record.id, kind, record.label(), _searchable(record))
        self._shared(record.id, kind, old[1] if old else None, text)

    def _shared(self, record_id: str, kind: str, before: str | None, after: str | None) -> None:
        # The one place where a write reaches the family team: in a shared dossier it becomes
        # a CRDT update in the same transaction (storage/team.py); otherwise nothing happens.
        from .team import record_written

        record_written(self.db, record_id, kind, before, after)

    def _history(self, record_id, kind, action, before, after, at) -> None:
        self.db.execute(
            "INSERT INTO history (record_id, kind, action, profile, at, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (record_id, kind, action, self.dossier.profile, at, before, after),
        )

    def delete(self, record_id: str) -> int:
        """Delete a record; returns the history id that `restore` takes to bring it back.

        Links to it from other records are removed in the same transaction (they are in the
        history of those records; restoring the record does not bring them back).
        """
        with self.db.transaction():
            row = self.db.one("SELECT kind, data FROM records WHERE id = ?", (record_id,))
            if row is None:
                raise RecordMissing()
            self.db.execute("DELETE FROM records WHERE id = ?", (record_id,))
            unindex(self.db, record_id)
            self._history(record_id, row[0], "delete", row[1], None, _now())
            history_id = self.db.one("SELECT last_insert_rowid()")[0]
            self._shared(record_id, row[0], row[1], None)
            self._drop_links_to(record_id)
            return history_id

    def delete_document(self, doc_id: str) -> None:
        """Delete a document and every link to it."""
        from .documents import DocumentStore

        with self.db.transaction():
            DocumentStore(self.db).delete(doc_id)
            self._drop_links_to(doc_id)

    def _drop_links_to(self, target_id: str) -> None:
        from app.usecases import without_reference

        rows = self.db.all("SELECT kind, data FROM records WHERE instr(data, ?) > 0",
                           (target_id,))
        for kind, data in rows:
            updated = without_reference(self._decode(kind, data), target_id)
            if updated is not None:
                self._save(updated)

    def discard_if_untouched(self, record: Record) -> bool:
        """Remove a record that was created and never changed (a "Nieuw" left empty), with
        its history: it never held anything worth recovering. Returns whether it went."""
        with self.db.transaction():
            rows = self.db.all("SELECT action, after FROM history WHERE record_id = ?",
                               (record.id,))
            stored = self.db.one("SELECT data FROM records WHERE id = ?", (record.id,))
            if stored is None or [r[0] for r in rows] != ["create"] or rows[0][1] != stored[0]:
                return False
            self.db.execute("DELETE FROM records WHERE id = ?", (record.id,))
            self.db.execute("DELETE FROM history WHERE record_id = ?", (record.id,))
            unindex(self.db, record.id)
            self._shared(record.id, record.KIND, stored[0], None)
        return True

    def restore(self, history_id: int, *, version: str = "before") -> Record:
        """Bring back a record as it was before the change `history_id` (e.g. a delete), or
        with `version="after"` as that change left it (an older version of a record)."""
        if version not in ("before", "after"):
            raise ValueError(version)
        row = self.db.one(f"SELECT kind, {version} FROM history WHERE id = ?", (history_id,))
        if row is None or row[1] is None:
            raise RecordMissing("Deze versie kan niet worden teruggezet.")
        record = from_dict(RECORD_TYPES[row[0]], json.loads(row[1]))
        with self.db.transaction():
            self._save(record, action="restore")
        return record

    def deleted(self, limit: int = 200) -> list[HistoryEntry]:
        """Records deleted and not brought back, newest first (to recover them)."""
        rows = self.db.all(
            "SELECT h.id, h.record_id, h.kind, h.action, h.profile, h.at, h.before, h.after "
            "FROM history h WHERE h.action = 'delete' "
            "AND NOT EXISTS (SELECT 1 FROM records r WHERE r.id = h.record_id) "
            "AND h.id = (SELECT max(id) FROM history WHERE record_id = h.record_id) "
            "ORDER BY h.id DESC LIMIT ?", (limit,))
        return [HistoryEntry(r[0], r[1], r[2], r[3], r[4], r[5],
                             json.loads(r[6]) if r[6] else None, None) for r in rows]

    def replace_content(self, content: DossierContent) -> None:
        """Write a whole dossier's content (import, demo) in one transaction."""
        with self.db.transaction():
            for record in content.records():
                self._save(record)
            self._remember_new_codes(list(content.records()))

    # ----- the family's own reference entries ------------------------------------------------

    def user_reference(self) -> dict[str, list[dict]]:
        """Entries the family added to the reference lists: {list name: [{code, label}]}."""
        row = self.db.one("SELECT value FROM meta WHERE key = 'reference.user'")
        return json.loads(row[0]) if row else {}

    def reference(self):
        """The shipped reference lists extended with the family's own entries."""
        from app.reference import load_reference, with_user_entries

        return with_user_entries(load_reference(), self.user_reference())

    def _remember_new_codes(self, records: list[Record]) -> None:
        # A value typed into an open list (a new zorgprofiel, an unknown role) joins that list,
        # so it can be chosen next time: lists grow with the family, rules stay data.
        from app.reference import load_reference

        content = DossierContent()
        for record in records:
            name = _FIELD_OF_KIND.get(record.KIND)
            if name and isinstance(getattr(content, name), list):
                getattr(content, name).append(record)
        found = load_reference().unknown_values(content)
        if not found:
            return
        additions = self.user_reference()
        changed = False
        for _path, list_name, value in found:
            entries = additions.setdefault(list_name, [])
            if all(e["code"] != value for e in entries):
                entries.append({"code": value, "label": value})
                changed = True
        if changed:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('reference.user', ?)",
                            (json.dumps(additions, ensure_ascii=False, sort_keys=True),))

    # ----- reading ---------------------------------------------------------------------------

    def get(self, record_id: str) -> Record:
        row = self.db.one("SELECT kind, data FROM records WHERE id = ?", (record_id,))
        if row is None:
            raise RecordMissing()
        return self._decode(*row)

    def find(self, record_id: str) -> Record | None:
        try:
            return self.get(record_id)
        except RecordMissing:
            return None

    def singleton(self, kind: str) -> Record | None:
        row = self.db.one("SELECT kind, data FROM records WHERE kind = ? LIMIT 1", (kind,))
        return self._decode(*row) if row else None

    def list(self, kind: str, *, limit: int = -1, offset: int = 0) -> list[Record]:
        rows = self.db.all(
            "SELECT kind, data FROM records WHERE kind = ? "
            "ORDER BY sort_key DESC, created_at DESC, id DESC LIMIT ? OFFSET ?",
            (kind, limit, offset),
        )
        return [self._decode(*row) for row in rows]

    # Fields a long list may be sorted on in SQL: plain names, nothing else reaches the query.
    _ORDER_FIELD = re.compile(r"^[a-z_]{1,40}$")

    def ordered_ids(self, kind: str, *, field: str | None = None, descending: bool = True,
                    text: str = "") -> list[str]:
        """The ids of `kind`, sorted and filtered by SQLite, not by Python over every row.

        `field=None` is list order (newest first when descending), read from the index on
        (kind, sort_key, created_at, id); otherwise the record field `field`, case-blind, ties
        in list order in the same direction, so that one index serves both directions (the
        list columns have one: `LIST_FIELDS`, schema 4; other fields are sorted). `text` keeps
        the records whose words start with the typed words (the full-text index, as the
        dossier search: case- and accent-blind).
        """
        direction = "DESC" if descending else "ASC"
        order = f"sort_key {direction}, created_at {direction}, id {direction}"
        if field is not None:
            if not self._ORDER_FIELD.match(field):
                raise ValueError(f"cannot sort on {field!r}")
            # Exactly the expression of the schema's index, or SQLite would sort instead.
            order = (f"coalesce(json_extract(data, '$.{field}'), '') COLLATE NOCASE "
                     f"{direction}, {order}")
        where, params = "kind = ?", [kind]
        if text.strip():
            query = fts_query(text)
            if query is None:
                return []
            # No `s.kind = ?` in the subquery: `kind = ?` above already keeps only this kind,
            # and reading the kind column fetches every hit's whole text from the index's
            # content table (3.5× slower for a word in half of twenty years).
            where += (" AND id IN (SELECT k.record_id FROM search s JOIN search_keys k"
                      " ON k.row = s.rowid WHERE search MATCH ?)")
            params += [query]
        # One row back, not 20,000: each row crossing into Python needs the GIL, which a busy
        # GUI thread holds (ids are hex, so a space separates them safely). The ordered
        # subquery, not group_concat(... ORDER BY ...): SQLite sorts an aggregate's ORDER BY
        # in a temporary b-tree even where an index gives the order.
        row = self.db.one("SELECT group_concat(id, ' ') FROM (SELECT id FROM records "
                          f"WHERE {where} ORDER BY {order})", params)
        return row[0].split(" ") if row and row[0] else []

    def get_many(self, ids: list[str]) -> list[Record]:
        """The records with these ids, in the order given (missing ones left out)."""
        found: dict[str, Record] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ",".join("?" * len(part))
            for record_id, kind, data in self.db.all(
                    f"SELECT id, kind, data FROM records WHERE id IN ({marks})", part):
                found[record_id] = self._decode(kind, data)
        return [found[i] for i in ids if i in found]

    def count(self, kind: str) -> int:
        return self.db.one("SELECT count(*) FROM records WHERE kind = ?", (kind,))[0]

    def content(self, skip_kinds: frozenset[str] | set[str] = frozenset()) -> DossierContent:
        """The whole dossier in memory (for outputs, deadlines and the JSON export)."""
        skip = sorted(skip_kinds)
        marks = ",".join("?" * len(skip))
        return self._assemble(self.db.all("SELECT kind, data FROM records "
                                          f"WHERE kind NOT IN ({marks}) "
                                          "ORDER BY kind, sort_key DESC, created_at DESC, id DESC",
                                          skip))

    def _assemble(self, rows) -> DossierContent:
        by_kind: dict[str, list[Record]] = {}
        for kind, data in rows:
            if kind in RECORD_TYPES:
                by_kind.setdefault(kind, []).append(self._decode(kind, data))
        content = DossierContent()
        for name, kind in CONTENT_FIELDS.items():
            items = by_kind.get(kind, [])
            if kind in SINGLETON_KINDS:
                if items:
                    setattr(content, name, items[0])
            else:
                setattr(content, name, items)
        return content

    def overview_content(self, today: dt.date, recent: int = 10
                         ) -> tuple[DossierContent, list[Record]]:
        """What the Overzicht needs, without reading twenty years of history.

        Returns every singleton and contact, the decisions and care plans that can still give
        a deadline, journal entries with an open follow-up, and aid requests not yet in use
        that moved recently (untouched for two years means the family stopped), all within
        OVERVIEW_WINDOW_DAYS of `today` (a generous superset of what the deadline rules keep;
        a test checks the deadlines equal those of the whole dossier); plus the `recent`
        newest journal entries.
        """
        since = (today - dt.timedelta(days=OVERVIEW_WINDOW_DAYS)).isoformat()
        singles = sorted(SINGLETON_KINDS)
        marks = ",".join("?" * len(singles))
        rows = self.db.all(f"SELECT kind, data FROM records WHERE kind IN ({marks}, 'contact')",
                           singles)
        rows += self.db.all(
            "SELECT kind, data FROM records WHERE kind = 'decision' AND ("
            " sort_key >= ? OR coalesce(json_extract(data, '$.end_date'), '9') >= ?"
            " OR json_extract(data, '$.bezwaar.filed_on') >= ?)", (since, since, since))
        rows += self.db.all(
            "SELECT kind, data FROM records WHERE kind = 'care_plan' AND"
            " coalesce(json_extract(data, '$.valid_until'), '9') >= ?", (since,))
        rows += self.db.all(
            "SELECT kind, data FROM records WHERE kind = 'aid_request' AND"
            " json_extract(data, '$.stage') != 'in_use' AND"
            " coalesce(json_extract(data, '$.transitions[#-1].on'), '9') >= ?", (since,))
        rows += self.db.all(
            "SELECT kind, data FROM records WHERE kind = 'journal_entry' AND"
            " json_extract(data, '$.follow_up_on') >= ?"
            " AND NOT json_extract(data, '$.follow_up_done')", (since,))
        return self._assemble(rows), self.list("journal_entry", limit=recent)

    def stalest(self, kind: str, before: dt.date) -> Record | None:
        """The record of `kind` checked longest ago (never checked first), if before `before`."""
        row = self.db.one(
            "SELECT kind, data FROM records WHERE kind = ? AND "
            "coalesce(json_extract(data, '$.checked_on'), '') < ? "
            "ORDER BY coalesce(json_extract(data, '$.checked_on'), ''), id LIMIT 1",
            (kind, before.isoformat()))
        return self._decode(*row) if row else None

    def document_links(self) -> dict[str, list[tuple[str, str, str]]]:
        """Per document id, the records that point at it: (kind, record id, label).

        Read with SQL's JSON functions and the labels kept for search, so the Documenten
        screen of a twenty-year dossier needs no record decoded.
        """
        rows = self.db.all(
            """
            WITH links(doc_id, record_id, kind) AS (
                SELECT j.value, r.id, r.kind FROM records r, json_each(r.data, '$.document_ids') j
                 WHERE r.kind IN (SELECT value FROM json_each(?))
                UNION ALL
                SELECT json_extract(r.data, '$.photo_document_id'), r.id, r.kind FROM records r
                 WHERE r.kind = 'child_profile'
                   AND json_extract(r.data, '$.photo_document_id') IS NOT NULL
                UNION ALL
                SELECT json_extract(q.value, '$.document_id'), r.id, r.kind
                  FROM records r, json_each(r.data, '$.quotes') q
                 WHERE r.kind = 'aid_request' AND json_extract(q.value, '$.document_id') IS NOT NULL
            )
            SELECT l.doc_id, l.kind, l.record_id, coalesce(s.label, '')
              FROM links l
              LEFT JOIN search_keys k ON k.record_id = l.record_id
              LEFT JOIN search s ON s.rowid = k.row
             ORDER BY l.doc_id, l.kind, l.record_id
            """, (json.dumps(sorted(_KINDS_WITH_DOCUMENTS)),))
        found: dict[str, list[tuple[str, str, str]]] = {}
        for doc_id, kind, record_id, label in rows:
            found.setdefault(doc_id, []).append((kind, record_id, label))
        return found

    def last_checked(self) -> dict[str, str | None]:
        """Per kind (the contact log aside), the most recent 'last checked' date."""
        rows = self.db.all("SELECT kind, max(json_extract(data, '$.checked_on')) FROM records "
                           "WHERE kind != 'journal_entry' GROUP BY kind")
        return dict(rows)

    @staticmethod
    def _decode(kind: str, data: str) -> Record:
        # Checked when saved; reading takes the fast path (see app.serialize.from_stored).
        return from_stored(RECORD_TYPES[kind], json.loads(data))

    # ----- history ---------------------------------------------------------------------------

    def history(self, record_id: str | None = None, limit: int = 200) -> list[HistoryEntry]:
        where, params = ("WHERE record_id = ?", (record_id,)) if record_id else ("", ())
        rows = self.db.all(
            f"SELECT id, record_id, kind, action, profile, at, before, after FROM history "
            f"{where} ORDER BY id DESC LIMIT ?", (*params, limit))
        return [HistoryEntry(r[0], r[1], r[2], r[3], r[4], r[5],
                             json.loads(r[6]) if r[6] else None,
                             json.loads(r[7]) if r[7] else None) for r in rows]

    # ----- search ----------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50, *, with_field: bool = True
               ) -> list[SearchHit]:
        """Full-text hits, best first. `with_field=False` leaves `field` empty: finding it
        reads and decodes each hit's record, which the search dialog (typing) does not need."""
        query = fts_query(text)
        if query is None:
            return []
        rows = self.db.all(
            "SELECT k.record_id, s.kind, s.label, snippet(search, 2, '[', ']', '…', 10) "
            "FROM search s JOIN search_keys k ON k.row = s.rowid "
            "WHERE search MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        words = [_fold(w) for w in re.findall(r"\w+", text)]
        hits = []
        for record_id, kind, label, snippet in rows:
            field = self._field_of(record_id, kind, words) if with_field else ""
            hits.append(SearchHit(record_id, kind, label, field, snippet))
        return hits

    def _field_of(self, record_id: str, kind: str, words: list[str]) -> str:
        if kind == "document":
            return "name"
        row = self.db.one("SELECT data FROM records WHERE id = ?", (record_id,))
        if row is None:
            return ""
        best, best_score = "", 0
        for path, value in _strings(json.loads(row[0])):
            folded = _fold(value)
            score = sum(1 for w in words if w in folded)
            if score > best_score:
                best, best_score = path, score
        return best

    # ----- share log -------------------------------------------------------------------------

    def log_share(self, output: str, recipient: str, sections: list[str], sha256: str,
                  pages: int, *, excluded: list[str] | None = None,
                  via: str = "") -> ShareEntry:
        entry = ShareEntry(uuid.uuid4().hex, _now(), output, recipient, list(sections), sha256,
                           pages, None if excluded is None else list(excluded), via)
        # The sections column holds a JSON list (older entries) or, since the share log says
        # what was unticked and how it left the house, {"in", "excluded", "via"}: no schema
        # change for two small facts.
        stored = (json.dumps(entry.sections) if excluded is None and not via else
                  json.dumps({"in": entry.sections, "excluded": entry.excluded, "via": via}))
        with self.db.transaction():
            self.db.execute("INSERT INTO shares VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (entry.id, entry.made_at, output, recipient, stored, sha256, pages))
        return entry

    # ----- share presets: what a family usually gives to whom --------------------------------

    def share_presets(self) -> dict[str, dict]:
        """Saved choices per recipient: {name: {"output", "excluded", "include_bsn"}}."""
        row = self.db.one("SELECT value FROM meta WHERE key = 'share_presets'")
        return json.loads(row[0]) if row else {}

    def save_share_preset(self, name: str, output: str, excluded: list[str],
                          include_bsn: bool = False) -> None:
        name = name.strip()
        if not name:
            raise StorageError("Geef de keuze een naam, bijvoorbeeld 'Logeerhuis'.")
        presets = self.share_presets()
        presets[name] = {"output": output, "excluded": sorted(excluded),
                         "include_bsn": bool(include_bsn)}
        self._write_presets(presets)

    def delete_share_preset(self, name: str) -> None:
        presets = self.share_presets()
        presets.pop(name, None)
        self._write_presets(presets)

    def _write_presets(self, presets: dict) -> None:
        with self.db.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('share_presets', ?)",
                            (json.dumps(presets, ensure_ascii=False, sort_keys=True),))

    def shares(self) -> list[ShareEntry]:
        rows = self.db.all("SELECT id, made_at, output, recipient, sections, sha256, pages "
                           "FROM shares ORDER BY made_at DESC, rowid DESC")
        entries = []
        for r in rows:
            sections = json.loads(r[4])
            if isinstance(sections, dict):
                entries.append(ShareEntry(r[0], r[1], r[2], r[3], list(sections.get("in", [])),
                                          r[5], r[6], sections.get("excluded"),
                                          str(sections.get("via", ""))))
            else:
                entries.append(ShareEntry(r[0], r[1], r[2], r[3], sections, r[5], r[6]))
        return entries
