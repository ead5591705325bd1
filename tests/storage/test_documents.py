import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage.documents import CHUNK_SIZE, DocumentStore, ViewFolder
from storage.errors import Cancelled, DocumentMissing, FileUnreadable


def test_import_export_keeps_content_and_hash(new_dossier, tmp_path):
    dossier, _ = new_dossier()
    store = DocumentStore(dossier.db)
    content = os.urandom(CHUNK_SIZE * 2 + 123)
    source = tmp_path / "scan.pdf"
    source.write_bytes(content)
    seen = []
    info = store.add_file(source, progress=lambda done, total: seen.append((done, total)))
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert info.size == len(content) and info.mime == "application/pdf"
    assert seen[-1] == (len(content), len(content)) and len(seen) == 3
    out = store.export(info.id, tmp_path / "uit.pdf")
    assert out.read_bytes() == content
    assert [d.id for d in store.list()] == [info.id]
    store.delete(info.id)
    with pytest.raises(DocumentMissing):
        store.get(info.id)
    assert dossier.db.one("SELECT count(*) FROM document_chunks")[0] == 0


def test_cancelled_import_leaves_nothing(new_dossier, tmp_path):
    dossier, _ = new_dossier()
    store = DocumentStore(dossier.db)
    source = tmp_path / "groot.bin"
    source.write_bytes(os.urandom(CHUNK_SIZE * 3))
    with pytest.raises(Cancelled):
        store.add_file(source, progress=lambda done, total: done < CHUNK_SIZE * 2)
    assert store.list() == []
    assert dossier.db.one("SELECT count(*) FROM document_chunks")[0] == 0


def test_unreadable_file_gets_a_clear_error(new_dossier, tmp_path):
    dossier, _ = new_dossier()
    with pytest.raises(FileUnreadable) as info:
        DocumentStore(dossier.db).add_file(tmp_path / "bestaat-niet.pdf")
    assert "bestaat-niet.pdf" in info.value.message


def test_damaged_chunk_is_detected_on_export(new_dossier, tmp_path):
    from storage.errors import DossierDamaged

    dossier, _ = new_dossier()
    store = DocumentStore(dossier.db)
    info = store.add_bytes(b"brief" * 100, "brief.txt")
    with dossier.db.transaction():
        dossier.db.execute("UPDATE document_chunks SET data = ? WHERE document_id = ?",
                           (b"vals" * 100, info.id))
    with pytest.raises(DossierDamaged):
        store.export(info.id, tmp_path / "uit.txt")
    assert not (tmp_path / "uit.txt").exists()


def test_view_copies_are_private_and_wiped(new_dossier, tmp_path):
    dossier, _ = new_dossier()
    store = DocumentStore(dossier.db)
    info = store.add_bytes(b"geheime brief", "brief/../../x.txt")
    view = ViewFolder(tmp_path / "bekijken")
    copy = view.open_copy(store, info.id)
    assert copy.read_bytes() == b"geheime brief"
    assert copy.is_relative_to(tmp_path / "bekijken")  # a hostile name cannot escape
    if os.name == "posix":
        assert (copy.stat().st_mode & 0o077) == 0
        assert ((tmp_path / "bekijken").stat().st_mode & 0o077) == 0
    view.wipe()
    assert not (tmp_path / "bekijken").exists()


@pytest.mark.slow
def test_large_import_and_export_are_streamed(tmp_path):
    """Importing and exporting 96 MB must not hold the file in memory (peak RSS growth)."""
    script = textwrap.dedent(f"""
        import os, resource, sys
        sys.path.insert(0, {str(os.getcwd())!r})
        from storage.dossier import Dossier
        from storage.documents import DocumentStore
        from storage.keys import KdfParams
        src = {str(tmp_path / 'groot.bin')!r}
        with open(src, 'wb') as fh:
            for _ in range(96):
                fh.write(os.urandom(1024 * 1024))
        d, _ = Dossier.create({str(tmp_path / 'd.zorgmap')!r}, 'paard boot lamp fiets',
                              kdf=KdfParams(n=1024))
        store = DocumentStore(d.db)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        info = store.add_file(src)
        store.export(info.id, {str(tmp_path / 'uit.bin')!r})
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print((peak - base) // 1024)
        d.close()
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    growth_mb = int(result.stdout.strip())
    assert growth_mb < 64, f"peak RSS grew by {growth_mb} MB for a 96 MB document"
    assert (tmp_path / "uit.bin").read_bytes() == (tmp_path / "groot.bin").read_bytes()


def test_view_folder_never_follows_links(new_dossier, tmp_path):
    victim = tmp_path / "elders"
    victim.mkdir()
    (victim / "belangrijk.txt").write_text("niet wissen")
    base = tmp_path / "bekijken"
    base.symlink_to(victim)
    ViewFolder(base).wipe()
    assert (victim / "belangrijk.txt").read_text() == "niet wissen"
    dossier, _ = new_dossier()
    store = DocumentStore(dossier.db)
    info = store.add_bytes(b"brief", "Brief van Noor Testkind.PDF")
    view = ViewFolder(base)
    copy = view.open_copy(store, info.id)
    assert not copy.is_relative_to(victim) and copy.read_bytes() == b"brief"
    assert copy.name == "zorgmap-document.pdf"  # no child's name in recent-file lists
    inner = Path(copy).parent
    (inner / "link").symlink_to(victim / "belangrijk.txt")
    view.wipe()
    assert (victim / "belangrijk.txt").read_text() == "niet wissen"
    assert not copy.exists()
