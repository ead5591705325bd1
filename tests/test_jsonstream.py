"""JSON with documents, streamed: the same bytes as the one-shot writer, a full round trip,
and every check of the one-shot reader (base64, size, SHA-256) made while streaming."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import pytest

from app.errors import ValidationError
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = dt.date(2026, 11, 10)


@pytest.fixture
def filled(new_dossier, tmp_path):
    from app.model import ChildProfile, JournalEntry
    from storage.documents import DocumentStore
    from storage.records import RecordStore

    dossier, _ = new_dossier()
    store = RecordStore(dossier)
    store.save(ChildProfile(name="Noor"))
    # A record whose text looks like a content key must stay text.
    store.save(JournalEntry(on=TODAY, who="Loket",
                            summary='Zie "content_base64": "AAAA" en \\"content_base64\\"'))
    docs = DocumentStore(dossier.db)
    sizes = [0, 1, 2, 3, 1024 * 1024 + 1, 3 * 1024 * 1024 + 7]
    for i, size in enumerate(sizes):
        source = tmp_path / f"scan{i}.bin"
        source.write_bytes(os.urandom(size))
        docs.add_file(source)
    return dossier


def test_streamed_export_is_byte_for_byte_the_one_shot_export(filled, tmp_path):
    from app.jsonformat import write_export
    from ui.composition import export_json
    from ui.jsonstream import write_export_file

    target = tmp_path / "export.json"
    write_export_file(filled, target, include_documents=True, today=TODAY)
    assert target.read_bytes() == write_export(
        export_json(filled, include_documents=True, today=TODAY))
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_import_streams_the_documents_back(filled, tmp_path):
    from storage.documents import DocumentStore
    from ui.composition import create_from_content
    from ui.jsonstream import _scan, read_export_file, write_export_file

    source = tmp_path / "export.json"
    write_export_file(filled, source, include_documents=True, today=TODAY)
    skeleton, refs = _scan(source)
    assert len(refs) == 6 and len(skeleton) < source.stat().st_size / 3  # contents left out
    content, documents = read_export_file(source)
    assert content.journal[0].summary.startswith('Zie "content_base64"')
    made, _code = create_from_content(content, documents, tmp_path / "terug.zorgmap",
                                      PASSPHRASE, kdf=FAST_KDF)
    try:
        before = {d.id: d.sha256 for d in DocumentStore(filled.db).list()}
        store = DocumentStore(made.db)
        after = {d.id: d.sha256 for d in store.list()}
        assert after == before
        for info in store.list():
            assert hashlib.sha256(store.read_bytes(info.id)).hexdigest() == info.sha256
    finally:
        made.close()


def _tamper(path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new, 1))


@pytest.mark.parametrize("how", ["flip", "padding", "shorter", "alphabet"])
def test_damaged_content_is_refused_with_its_place(filled, tmp_path, how):
    import json

    from ui.jsonstream import read_export_file, write_export_file

    source = tmp_path / "export.json"
    write_export_file(filled, source, include_documents=True, today=TODAY)
    data = json.loads(source.read_bytes())
    index = max(range(len(data["documents"])), key=lambda i: data["documents"][i]["size"])
    text = data["documents"][index]["content_base64"]
    middle = text[len(text) // 2: len(text) // 2 + 8]
    replacement = {
        "flip": middle[::-1] if middle[::-1] != middle else "AAAAAAAA",
        "padding": "AAAAAA==",
        "shorter": middle[:4],
        "alphabet": "AAAA*AAA",
    }[how]
    _tamper(source, middle.encode(), replacement.encode())
    with pytest.raises(ValidationError) as caught:
        read_export_file(source)
    assert f"documents[{index}].content_base64" in str(caught.value.path or caught.value)


def test_a_file_without_documents_reads_as_before(filled, tmp_path):
    from ui.jsonstream import read_export_file, write_export_file

    source = tmp_path / "export.json"
    write_export_file(filled, source, include_documents=False, today=TODAY)
    content, documents = read_export_file(source)
    assert content.child.name == "Noor" and len(documents) == 6
    assert not any("content_stream" in d or "content_base64" in d for d in documents)


def test_a_huge_file_without_documents_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    """Everything but the document contents is parsed in memory; a hostile file of one giant
    string (a 400 MB one took 1.7 GB) is refused while it is scanned, never handed to json."""
    from ui import jsonstream

    monkeypatch.setattr(jsonstream, "MAX_SKELETON_BYTES", 1024 * 1024)

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("parsed before the size was checked")

    monkeypatch.setattr(jsonstream.json, "loads", no_parsing)
    path = tmp_path / "groot.json"
    with open(path, "w") as fh:
        fh.write('{"format": "zorgmap-dossier", "version": 2, "child": {"name": "')
        fh.write("x" * (3 * 1024 * 1024))
        fh.write('"}}')
    with pytest.raises(ValidationError, match="te groot"):
        jsonstream.read_export_file(path)
