"""Apply an export's records to an existing dossier by id (`zorgmap import json --merge`).

The scriptable way to edit: export, change the JSON, merge it back. Each record whose id is
in the dossier is updated (history and, when shared, a CRDT update as with any save); new ids
are added; records missing from the file stay as they are (a merge never deletes).
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from app.model import SINGLETON_KINDS, DossierContent

from .documents import DocumentInfo, DocumentStore
from .records import RecordStore


@dataclass
class MergeResult:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    documents: int = 0


def merge_content(dossier, content: DossierContent, documents: list[dict]) -> MergeResult:
    """One transaction: all of it or nothing."""
    result = MergeResult()
    store = RecordStore(dossier)
    docs = DocumentStore(dossier.db)
    known_docs = {info.id for info in docs.list()}
    with dossier.db.transaction():
        for doc in documents:
            if doc["id"] in known_docs:
                continue
            info = DocumentInfo(doc["id"], doc["name"], doc["mime"], doc["size"],
                                doc["sha256"], doc["added_at"], doc.get("note", ""))
            if "content_base64" in doc:
                docs.add_stream(io.BytesIO(base64.b64decode(doc["content_base64"])),
                                info.name, mime=info.mime, size=info.size, note=info.note,
                                doc_id=info.id, added_at=info.added_at)
            else:
                docs.add_placeholder(info)
            result.documents += 1
        for record in content.records():
            if record.KIND in SINGLETON_KINDS:
                # One per dossier: the file's version replaces the dossier's, whatever its id.
                existing = store.singleton(record.KIND)
                if existing is not None:
                    record.id = existing.id
            before = store.find(record.id)
            if before is None:
                result.added += 1
            elif before == record:
                result.unchanged += 1
                continue
            else:
                result.changed += 1
            store.save(record)
    return result
