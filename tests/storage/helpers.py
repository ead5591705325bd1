"""Helpers for storage tests: folder fingerprints and small record writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder` (the lock file's content is always empty)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def put_note(dossier, record_id: str, text: str) -> None:
    with dossier.db.transaction():
        dossier.db.execute(
            "INSERT OR REPLACE INTO records (id, kind, data, created_at, updated_at) "
            "VALUES (?, 'note', ?, 't', 't')",
            (record_id, json.dumps({"text": text})),
        )


def get_note(dossier, record_id: str) -> str | None:
    row = dossier.db.one("SELECT data FROM records WHERE id = ?", (record_id,))
    return json.loads(row[0])["text"] if row else None
