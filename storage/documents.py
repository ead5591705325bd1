"""Documents inside the encrypted store, streamed in chunks so a 200 MB scan is never held whole.

sqlcipher3 has no incremental blob API, so a document is a row of metadata plus numbered
chunk rows. Import runs in one transaction: cancelled or crashed, nothing half-stored remains.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import mimetypes
import os
import shutil
import stat
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .db import Database
from .errors import Cancelled, DocumentMissing, FileUnreadable

CHUNK_SIZE = 1024 * 1024

# progress(done_bytes, total_bytes) -> False to cancel
Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    name: str
    mime: str
    size: int
    sha256: str
    added_at: str
    note: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "mime": self.mime, "size": self.size,
                "sha256": self.sha256, "added_at": self.added_at, "note": self.note}


_COLUMNS = "id, name, mime, size, sha256, added_at, note"


class DocumentStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_file(self, path: Path, *, name: str | None = None, note: str = "",
                 progress: Progress | None = None) -> DocumentInfo:
        path = Path(path)
        try:
            handle = open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            raise FileUnreadable(f"Het bestand '{path.name}' kan niet worden gelezen.") from exc
        with handle:
            size = os.fstat(handle.fileno()).st_size
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return self.add_stream(handle, name or path.name, mime=mime, size=size, note=note,
                                   progress=progress)

    def add_bytes(self, data: bytes, name: str, *, mime: str | None = None,
                  note: str = "") -> DocumentInfo:
        import io

        mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        return self.add_stream(io.BytesIO(data), name, mime=mime, size=len(data), note=note)

    def add_stream(self, stream: BinaryIO, name: str, *, mime: str, size: int = 0,
                   note: str = "", progress: Progress | None = None,
                   doc_id: str | None = None, added_at: str | None = None) -> DocumentInfo:
        doc_id = doc_id or uuid.uuid4().hex
        added_at = added_at or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        digest = hashlib.sha256()
        done = 0
        with self.db.transaction():
            self.db.execute(
                f"INSERT INTO documents ({_COLUMNS}) VALUES (?, ?, ?, 0, '', ?, ?)",
                (doc_id, name, mime, added_at, note),
            )
            seq = 0
            while True:
                chunk = stream.read(CHUNK_SIZE)
                if not chunk:
                    break
                digest.update(chunk)
                self.db.execute(
                    "INSERT INTO document_chunks (document_id, seq, data) VALUES (?, ?, ?)",
                    (doc_id, seq, chunk),
                )
                seq += 1
                done += len(chunk)
                del chunk
                if progress is not None and progress(done, max(size, done)) is False:
                    raise Cancelled()
            self.db.execute("UPDATE documents SET size = ?, sha256 = ? WHERE id = ?",
                            (done, digest.hexdigest(), doc_id))
            self._index(doc_id, name, note)
        return self.get(doc_id)

    def add_placeholder(self, info: DocumentInfo) -> DocumentInfo:
        """Record a document whose content is not here (an export without contents).

        Its name and SHA-256 stay known, so the family can see what is missing; exporting or
        viewing it reports that the content is missing.
        """
        with self.db.transaction():
            self.db.execute(f"INSERT INTO documents ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (info.id, info.name, info.mime, info.size, info.sha256,
                             info.added_at, info.note))
            self._index(info.id, info.name, info.note)
        return self.get(info.id)

    def has_content(self, doc_id: str) -> bool:
        info = self.get(doc_id)
        stored = self.db.one("SELECT coalesce(sum(length(data)), 0) FROM document_chunks "
                             "WHERE document_id = ?", (doc_id,))[0]
        return stored == info.size

    def _index(self, doc_id: str, name: str, note: str) -> None:
        # Documents are found by name and note; their content stays opaque (scans, PDFs).
        from .records import index_text

        index_text(self.db, doc_id, "document", name, f"{name}\n{note}")

    def get(self, doc_id: str) -> DocumentInfo:
        row = self.db.one(f"SELECT {_COLUMNS} FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise DocumentMissing()
        return DocumentInfo(*row)

    def list(self) -> list[DocumentInfo]:
        rows = self.db.all(f"SELECT {_COLUMNS} FROM documents ORDER BY added_at, name")
        return [DocumentInfo(*row) for row in rows]

    def rename(self, doc_id: str, name: str, note: str | None = None) -> None:
        with self.db.transaction():
            self.db.execute("UPDATE documents SET name = ?, note = coalesce(?, note) WHERE id = ?",
                            (name, note, doc_id))
            info = self.get(doc_id)
            self._index(doc_id, info.name, info.note)

    def delete(self, doc_id: str) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM document_chunks WHERE document_id = ?", (doc_id,))
            self.db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            from .records import unindex

            unindex(self.db, doc_id)

    def iter_chunks(self, doc_id: str):
        """Yield the content chunk by chunk; one query a chunk keeps memory flat."""
        info = self.get(doc_id)
        seq = 0
        while True:
            row = self.db.one(
                "SELECT data FROM document_chunks WHERE document_id = ? AND seq = ?",
                (info.id, seq),
            )
            if row is None:
                return
            yield row[0]
            seq += 1

    def read_bytes(self, doc_id: str) -> bytes:
        return b"".join(self.iter_chunks(doc_id))

    def write_to(self, doc_id: str, out: BinaryIO, progress: Progress | None = None) -> str:
        """Copy the content to `out`; returns its SHA-256 and checks it against the stored one."""
        info = self.get(doc_id)
        digest = hashlib.sha256()
        done = 0
        for chunk in self.iter_chunks(doc_id):
            digest.update(chunk)
            out.write(chunk)
            done += len(chunk)
            if progress is not None and progress(done, info.size) is False:
                raise Cancelled()
        if digest.hexdigest() != info.sha256:
            from .errors import DossierDamaged

            if done == 0 and info.size:
                raise DocumentMissing(f"De inhoud van '{info.name}' zit niet in dit dossier "
                                      "(het kwam uit een export zonder documenten).")
            raise DossierDamaged(f"Het document '{info.name}' is beschadigd (controle mislukt).")
        return info.sha256

    def export(self, doc_id: str, target: Path, progress: Progress | None = None) -> Path:
        """Save a plaintext copy where the user asked for it (an explicit export)."""
        target = Path(target)
        tmp = target.with_name(target.name + ".deel")
        try:
            with open(tmp, "wb") as out:
                self.write_to(doc_id, out, progress)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return target


class ViewFolder:
    """A private folder for documents opened for viewing, wiped on close, lock and next start.

    Prefers the per-user runtime directory (a RAM-backed tmpfs on most Linux systems) so the
    decrypted copy need not touch a disk at all.
    """

    def __init__(self, base: Path | None = None) -> None:
        self.base = base or default_view_base()

    def open_copy(self, store: DocumentStore, doc_id: str) -> Path:
        info = store.get(doc_id)
        self._ensure_private_base()
        folder = Path(tempfile.mkdtemp(prefix="doc-", dir=self.base))
        # A neutral name: viewers and desktops remember file names in recent-file lists.
        suffix = Path(info.name).suffix.lower()
        suffix = suffix if suffix[1:].isalnum() and len(suffix) <= 6 else ""
        target = folder / f"zorgmap-document{suffix}"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            store.write_to(doc_id, out)
        return target

    def _ensure_private_base(self) -> None:
        """The base must be our own real folder, mode 0700: not a link, not someone else's."""
        try:
            self.base.mkdir(mode=0o700, parents=True)
        except FileExistsError:
            pass
        info = os.lstat(self.base)
        owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or not owner_ok:
            # Planted by someone else: use a fresh private folder instead.
            self.base = Path(tempfile.mkdtemp(prefix="zorgmap-view-"))
            return
        os.chmod(self.base, stat.S_IRWXU)

    def wipe(self) -> None:
        try:
            info = os.lstat(self.base)
        except FileNotFoundError:
            return
        if stat.S_ISLNK(info.st_mode):
            return  # never follow a link: it would wipe whatever it points at
        for root, dirs, files in os.walk(self.base, topdown=False, followlinks=False):
            for name in files:
                path = Path(root) / name
                with contextlib.suppress(OSError):
                    if not path.is_symlink():
                        _overwrite(path)
                    path.unlink()
            for name in dirs:
                with contextlib.suppress(OSError):
                    path = Path(root) / name
                    path.unlink() if path.is_symlink() else path.rmdir()
        shutil.rmtree(self.base, ignore_errors=True)


def _overwrite(path: Path) -> None:
    # Best effort: on SSDs and copy-on-write file systems old blocks may survive anyway.
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        remaining = size
        zeros = bytes(min(size, CHUNK_SIZE))
        while remaining > 0:
            n = min(remaining, len(zeros))
            fh.write(zeros[:n])
            remaining -= n
        fh.flush()
        os.fsync(fh.fileno())


#: Memory-backed on Linux; the second choice when $XDG_RUNTIME_DIR is not set.
SHM_DIR = Path("/dev/shm")


def default_view_base() -> Path:
    """The first of the candidate places that exists: memory-backed ones first."""
    return view_base_candidates()[0]


def view_base_candidates() -> list[Path]:
    """Where a view folder may be: $XDG_RUNTIME_DIR (tmpfs on most Linux systems), else
    /dev/shm (memory too), else the temp folder. Every place is wiped at every start, since
    the environment of the run that crashed may have differed."""
    uid = os.getuid() if hasattr(os, "getuid") else os.getlogin()
    found = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir() and os.access(runtime, os.W_OK):
        found.append(Path(runtime) / "zorgmap-view")
    shm = SHM_DIR
    if os.name != "nt" and shm.is_dir() and os.access(shm, os.W_OK):
        found.append(shm / f"zorgmap-view-{uid}")
    found.append(Path(tempfile.gettempdir()) / f"zorgmap-view-{uid}")
    return found


def wipe_all_view_folders() -> None:
    """Overwrite and remove decrypted view copies a killed run left in any candidate place."""
    for base in view_base_candidates():
        with contextlib.suppress(OSError):
            ViewFolder(base).wipe()
