"""Numbered schema steps. Each runs in one transaction together with its version bump."""

from __future__ import annotations

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


MIGRATIONS: list[Step] = [_v1]
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
