"""The open JSON format with documents, streamed: export and import never hold a document
(or its base64 text) whole, so memory stays flat however large the scans are.

Export: the records and document metadata are encoded as before (`write_export`'s exact
bytes); each `content_base64` string is written from the document's chunks as it is encoded.
Import: the file is scanned once; each `content_base64` string is left in the file and
replaced in a small skeleton by a marker. The skeleton goes through the usual checks
(`read_export`); each document's base64 is checked (alphabet, size, SHA-256) by streaming it
from the file, and decoded from the file again while it is stored.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
from pathlib import Path

CHUNK = 1024 * 1024  # a multiple of 3 (encoding) would split evenly; 4 divides it (decoding)
# Everything but the document contents is parsed in memory: cap it before parsing, so a hostile
# file (one giant string, millions of tiny objects) cannot take gigabytes. The twenty-year demo
# needs 16 MB.
MAX_SKELETON_BYTES = 64 * 1024 * 1024

_MARKER = "\x00zorgmap-ref:"
_KEY = re.compile(rb'"content_base64"\s*:\s*"')


# ----- export ---------------------------------------------------------------------------------

def write_export_file(dossier, path: Path, *, include_documents: bool, today) -> None:
    """Write `zorgmap export json` to `path` (0600, atomically), streaming documents."""
    from app.jsonformat import write_export
    from storage.documents import DocumentStore
    from storage.fsutil import fsync_dir
    from ui.composition import export_json

    data = export_json(dossier, include_documents=False, today=today)
    store = DocumentStore(dossier.db)
    streamed: dict[str, str] = {}
    if include_documents:
        for doc in data["documents"]:
            if store.has_content(doc["id"]):
                marker = f"{_MARKER}{len(streamed)}"
                streamed[json.dumps(marker, ensure_ascii=False)] = doc["id"]
                doc["content_base64"] = marker
    if not streamed:  # nothing to stream: the one-shot writer, byte for byte
        from storage.fsutil import atomic_write

        atomic_write(path, write_export(data))
        return
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            # The same encoder settings as write_export, so the bytes are the same.
            encoder = json.JSONEncoder(ensure_ascii=False, indent=1)
            pending: list[str] = []
            for piece in encoder.iterencode(data):
                doc_id = streamed.get(piece)
                if doc_id is None:
                    pending.append(piece)
                    if len(pending) > 4096:
                        out.write("".join(pending).encode("utf-8"))
                        pending.clear()
                    continue
                out.write("".join(pending).encode("utf-8"))
                pending.clear()
                out.write(b'"')
                _write_base64(store, doc_id, out)
                out.write(b'"')
            pending.append("\n")
            out.write("".join(pending).encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno == 28:
            from storage.errors import DiskFull

            raise DiskFull() from exc
        raise
    fsync_dir(path.parent)


def _write_base64(store, doc_id: str, out) -> None:
    rest = b""
    for chunk in store.iter_chunks(doc_id):
        data = rest + chunk
        cut = len(data) - len(data) % 3
        out.write(base64.b64encode(data[:cut]))
        rest = data[cut:]
    out.write(base64.b64encode(rest))


# ----- import ---------------------------------------------------------------------------------

def read_export_file(path: Path, max_bytes: int = 1024**3):
    """Read and check an export file: (content, documents). Documents whose content is in
    the file carry `content_stream`, a function returning a reader of the decoded bytes.
    Any problem is a ValidationError naming the place; nothing is created."""
    from app.errors import ValidationError
    from app.jsonformat import MAX_DOCUMENT_BYTES, read_export

    path = Path(path)
    _check_regular(path, max_bytes)
    skeleton, refs = _scan(path)
    if not refs:
        return read_export(bytes(skeleton))
    try:
        data = json.loads(skeleton)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return read_export(bytes(skeleton))  # says what is wrong, as for any file
    del skeleton
    found: dict[int, tuple[int, int]] = {}
    docs = data.get("documents") if isinstance(data, dict) else None
    for i, doc in enumerate(docs if isinstance(docs, list) else []):
        value = doc.get("content_base64") if isinstance(doc, dict) else None
        if isinstance(value, str) and value.startswith(_MARKER):
            number = value[len(_MARKER):]
            if number.isdigit() and int(number) < len(refs):
                found[i] = refs[int(number)]
                del doc["content_base64"]
    # The usual reader (and its limits) on the file without the contents; one parsed copy
    # at a time keeps the peak at what a file without documents costs.
    payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
    del data, docs
    content, documents = read_export(payload)
    del payload
    limit = (MAX_DOCUMENT_BYTES // 3 + 1) * 4
    for i, (offset, length) in found.items():
        doc, where = documents[i], f"documents[{i}].content_base64"
        if length > limit:
            raise ValidationError(f"tekst te lang (meer dan {limit} tekens)", where)
        digest, total = hashlib.sha256(), 0
        for part in _decoded(path, offset, length, where):
            digest.update(part)
            total += len(part)
        if total != doc["size"]:
            raise ValidationError(f"de inhoud is {total} bytes, maar 'size' zegt {doc['size']}",
                                  where)
        if digest.hexdigest() != doc["sha256"]:
            raise ValidationError(
                "de inhoud past niet bij de SHA-256 (het bestand is beschadigd of veranderd)",
                where)
        doc["content_stream"] = (lambda o=offset, n=length, w=where, d=doc:
                                 _DecodedStream(_checked(_decoded(path, o, n, w), d, w)))
    return content, documents


def _check_regular(path: Path, max_bytes: int) -> None:
    """As app.safejson.read_regular_file checks, without reading the file into memory: a
    regular file (a FIFO would hang, /dev/zero never end) of at most `max_bytes`."""
    import stat

    from app.errors import ValidationError
    from app.safejson import read_regular_file

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        read_regular_file(path, 0)  # raises the same Dutch message as every other import
        raise
    try:
        info = os.fstat(fd)
    finally:
        os.close(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
        read_regular_file(path, max_bytes)  # says what is wrong, as for any file
        raise ValidationError(f"het bestand '{path.name}' kan niet worden gelezen")


def _checked(parts, doc: dict, where: str):
    """The decoded parts, and at the end the same size and SHA-256 as when the file was
    checked: a file changed in between is refused (the new dossier is then removed)."""
    from app.errors import ValidationError

    digest, total = hashlib.sha256(), 0
    for part in parts:
        digest.update(part)
        total += len(part)
        yield part
    if total != doc["size"] or digest.hexdigest() != doc["sha256"]:
        raise ValidationError("het bestand veranderde tijdens het lezen", where)


def _scan(path: Path) -> tuple[bytearray, list[tuple[int, int]]]:
    """The file with each `content_base64` string replaced by a marker, and where each
    string's characters are in the file (offset, length)."""
    from app.errors import ValidationError

    skeleton = bytearray()
    refs: list[tuple[int, int]] = []
    with open(path, "rb") as fh:
        offset = 0
        while True:
            if len(skeleton) > MAX_SKELETON_BYTES:
                raise ValidationError(
                    f"het bestand is te groot: zonder de inhoud van de documenten is het meer "
                    f"dan {MAX_SKELETON_BYTES // (1024 * 1024)} MB; zo groot wordt een "
                    f"Zorgmap-export niet")
            fh.seek(offset)
            buf = fh.read(CHUNK)
            if not buf:
                return skeleton, refs
            match = None
            for candidate in _KEY.finditer(buf):
                if _escaped(skeleton, buf, candidate.start()):
                    continue  # a quote inside a string, not a key
                match = candidate
                break
            if match is None:
                keep = 64 if len(buf) == CHUNK else 0  # a key may straddle two reads
                skeleton += buf[:len(buf) - keep]
                offset += len(buf) - keep
                continue
            skeleton += buf[:match.end()]
            start = offset + match.end()
            end = _closing_quote(fh, start)
            if end is None:  # escapes: not plain base64; copied as it is, checked as before
                offset = start
                continue
            refs.append((start, end - start))
            skeleton += f"\\u0000zorgmap-ref:{len(refs) - 1}".encode("ascii")
            offset = end


def _escaped(skeleton: bytearray, buf: bytes, at: int) -> bool:
    count, i = 0, at - 1
    while i >= 0 and buf[i] == 0x5C:
        count, i = count + 1, i - 1
    if i < 0:
        j = len(skeleton) - 1
        while j >= 0 and skeleton[j] == 0x5C:
            count, j = count + 1, j - 1
    return count % 2 == 1


def _closing_quote(fh, start: int) -> int | None:
    """File offset of the quote ending the string that starts at `start`; None when a
    backslash comes first (base64 has none); at the end of the file, the end."""
    fh.seek(start)
    position = start
    while True:
        buf = fh.read(CHUNK)
        if not buf:
            return position
        quote, backslash = buf.find(b'"'), buf.find(b"\\")
        if backslash != -1 and (quote == -1 or backslash < quote):
            return None
        if quote != -1:
            return position + quote
        position += len(buf)


def _decoded(path: Path, offset: int, length: int, where: str):
    """Decode base64 characters [offset, offset+length) of the file, a megabyte at a time."""
    from app.errors import ValidationError

    bad = ValidationError("de inhoud is geen geldige base64", where)
    if length % 4:
        raise bad
    with open(path, "rb") as fh:
        fh.seek(offset)
        left = length
        while left:
            part = fh.read(min(CHUNK, left))
            if not part:
                raise bad
            left -= len(part)
            if left and b"=" in part:
                raise bad  # padding only at the very end
            try:
                yield base64.b64decode(part, validate=True)
            except (binascii.Error, ValueError):
                raise bad from None


class _DecodedStream:
    """A binary stream over decoded parts (`read(n)` as DocumentStore.add_stream uses it)."""

    def __init__(self, parts) -> None:
        self._parts = iter(parts)
        self._buffer = bytearray()

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._buffer) < n:
            part = next(self._parts, None)
            if part is None:
                break
            self._buffer += part
        if n < 0:
            n = len(self._buffer)
        out = bytes(self._buffer[:n])
        del self._buffer[:n]
        return out

