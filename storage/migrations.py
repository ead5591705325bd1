"""Numbered schema steps. Each runs in one transaction together with its version bump."""

from __future__ import annotations

import json
from collections.abc import Callable

from .db import Database

Step = Callable[[Database], None]


def _v1(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX records_kind ON records(kind)")
    db.execute(
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE document_chunks (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (document_id, seq)
        )"""
    )


# Frozen copy for this step: which date orders each kind's list (newest first).
_V2_SORT_FIELDS = {
    "journal_entry": "on",
    "decision": "decision_date",
    "medication": "start_date",
    "care_plan": "valid_from",
}


def _v2(db: Database) -> None:
    """Content: list order, change history, full-text search and the share log."""
    db.execute("ALTER TABLE records ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''")
    for kind, field in _V2_SORT_FIELDS.items():
        db.execute(
            "UPDATE records SET sort_key = coalesce(json_extract(data, ?), '') WHERE kind = ?",
            (f"$.{field}", kind),
        )
    db.execute("DROP INDEX records_kind")
    db.execute("CREATE INDEX records_kind_sort ON records(kind, sort_key, created_at, id)")
    # The Overzicht asks for open follow-ups of twenty years of contact log.
    db.execute("CREATE INDEX records_follow_up ON records(kind, "
               "json_extract(data, '$.follow_up_on'))")
    db.execute(
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            action TEXT NOT NULL,
            profile TEXT NOT NULL,
            at TEXT NOT NULL,
            before TEXT,
            after TEXT
        )"""
    )
    db.execute("CREATE INDEX history_record ON history(record_id, id)")
    # FTS5 rows are found by rowid; `search_keys` maps a record or document id to its row.
    # An INTEGER PRIMARY KEY keeps that mapping stable through sqlcipher_export (backups).
    db.execute("CREATE TABLE search_keys (row INTEGER PRIMARY KEY, record_id TEXT NOT NULL "
               "UNIQUE)")
    db.execute(
        """CREATE VIRTUAL TABLE search USING fts5(
            kind UNINDEXED, label, body,
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    entries = [(record_id, kind, "", " ".join(_strings(json.loads(data))))
               for record_id, kind, data in db.all("SELECT id, kind, data FROM records")]
    entries += [(doc_id, "document", name, f"{name} {note}")
                for doc_id, name, note in db.all("SELECT id, name, note FROM documents")]
    for record_id, kind, label, body in entries:
        row = db.execute("INSERT INTO search_keys (record_id) VALUES (?)", (record_id,)).lastrowid
        db.execute("INSERT INTO search (rowid, kind, label, body) VALUES (?, ?, ?, ?)",
                   (row, kind, label, body))
    db.execute(
        """CREATE TABLE shares (
            id TEXT PRIMARY KEY,
            made_at TEXT NOT NULL,
            output TEXT NOT NULL,
            recipient TEXT NOT NULL,
            sections TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            pages INTEGER NOT NULL
        )"""
    )


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _v3_reconcile(kind: str, status: str) -> tuple[str, str]:
    # Frozen copy of app.model.reconcile_kind_and_status as it was for this step.
    if kind == "afwijzing" and status not in ("afgewezen", "deels_toegekend"):
        return kind, "afgewezen"
    if kind in ("toekenning_hulpmiddel", "pgb_toekenning") and status == "afgewezen":
        return "beschikking", status
    return kind, status


def _v3(db: Database) -> None:
    """Content model 3 (issue 10/15): one place for each fact. Data only, no new tables.

    - a decision's kind and status agree (kind "afwijzing" means status "afgewezen"; a
      "toekenning" kind with status "afgewezen" becomes a plain "beschikking");
    - the epilepsy protocol points at the rescue medicine when exactly one medicine is marked
      as rescue medicine (the old free text stays as a note);
    - an aid request in stage "bezwaar" whose decision has a filed bezwaar moves to
      "bezwaar_filed" on the filing date.
    """
    now = db.one("SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')")[0]

    def save(record_id: str, data: dict) -> None:
        db.execute("UPDATE records SET data = ?, updated_at = ? WHERE id = ?",
                   (json.dumps(data, ensure_ascii=False), now, record_id))

    decisions = {}
    for record_id, raw in db.all("SELECT id, data FROM records WHERE kind = 'decision'"):
        data = json.loads(raw)
        kind, status = data.get("kind", ""), data.get("status", "aangevraagd")
        new_kind, new_status = _v3_reconcile(kind, status)
        if (new_kind, new_status) != (kind, status):
            data["kind"], data["status"] = new_kind, new_status
            save(record_id, data)
        decisions[record_id] = data

    rescue = [record_id for record_id, raw in
              db.all("SELECT id, data FROM records WHERE kind = 'medication'")
              if json.loads(raw).get("is_rescue")]  # fmt: skip
    if len(rescue) == 1:
        for record_id, raw in db.all(
                "SELECT id, data FROM records WHERE kind = 'epilepsy_protocol'"):
            data = json.loads(raw)
            if not data.get("rescue_medication_id"):
                data["rescue_medication_id"] = rescue[0]
                save(record_id, data)

    for record_id, raw in db.all("SELECT id, data FROM records WHERE kind = 'aid_request'"):
        data = json.loads(raw)
        if data.get("stage") != "bezwaar":
            continue
        filed = sorted(
            (decisions[d].get("bezwaar") or {}).get("filed_on") or ""
            for d in data.get("decision_ids", []) if d in decisions
        )  # fmt: skip
        filed_on = filed[-1] if filed and filed[-1] else None
        transitions = data.get("transitions") or []
        last = max((t.get("on") or "" for t in transitions), default="")
        if filed_on is None or filed_on < last:
            continue
        transitions.append({"stage": "bezwaar_filed", "on": filed_on,
                            "note": "Bezwaar ingediend (overgenomen uit het besluit)"})
        data["transitions"], data["stage"] = transitions, "bezwaar_filed"
        save(record_id, data)


# Frozen copy for this step: the list columns a long list (the Logboek) sorts on.
_V4_LIST_FIELDS = ("channel", "who", "summary", "follow_up_on")


def _v4(db: Database) -> None:
    """Sorting a long list is an index scan (issue 11): an expression index per list column.

    Each index is (kind, the field case-blind, then list order), so `ORDER BY` the field in
    either direction reads the index forwards or backwards and never sorts; SQLite keeps the
    indexes current on every write, whoever writes (saves, imports, team sync). Before, the
    Logboek copied these columns into an in-memory table first (0.3 s and up on 20 years).
    """
    for field in _V4_LIST_FIELDS:
        db.execute(f"CREATE INDEX records_list_{field} ON records(kind, "
                   f"coalesce(json_extract(data, '$.{field}'), '') COLLATE NOCASE, "
                   "sort_key, created_at, id)")


MIGRATIONS: list[Step] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Database, *, target: int | None = None) -> list[int]:
    """Bring the schema from its stored version up to `target`; returns the versions applied."""
    target = len(MIGRATIONS) if target is None else target
    applied = []
    current = db.user_version
    for version in range(current + 1, target + 1):
        with db.transaction():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {int(version)}")
        applied.append(version)
    return applied
