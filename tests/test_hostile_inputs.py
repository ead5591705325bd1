"""Every refusal is one Dutch line and exit 1 (finding 8, 7, 9): exit 3 is for our bugs only.

The hostile list of issue 16, fed to each command: Infinity and deep nesting and 5,000-digit
numbers in keys.json, an import file or a backup header; directories, FIFOs and /dev/zero
where a file is expected; missing files; a non-UTF-8 passphrase; a target under a file; a
folder that is not writable while its files are; duplicate keys and ids with a newline.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from app.jsonformat import VERSION as EXPORT_VERSION
from tests.conftest import FAST_KDF, PASSPHRASE

DEEP = "[" * 100_000 + "]" * 100_000
BIG = "9" * 5000


def run(capsys, monkeypatch, *argv, passphrase=PASSPHRASE, new="zee wolk steen appel"):
    from ui.cli import main

    monkeypatch.setenv("ZORGMAP_PASSPHRASE", passphrase)
    monkeypatch.setenv("ZORGMAP_NEW_PASSPHRASE", new)
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A dossier, an export of it and a backup of it, made once for the whole module."""
    import datetime as dt

    from app.jsonformat import write_export
    from storage import backup
    from storage.dossier import Dossier
    from ui.composition import export_json, fill_demo

    root = tmp_path_factory.mktemp("base")
    dossier, _code = Dossier.create(root / "kind.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        fill_demo(dossier, today=dt.date(2026, 11, 10))
        (root / "export.json").write_bytes(write_export(export_json(dossier,
                                                                   today=dt.date(2026, 11, 10))))
        backup.write_backup(dossier, root / "kopie.zmbak")
    return root


def _copy_dossier(base: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "kind.zorgmap"
    shutil.copytree(base / "kind.zorgmap", target)
    return target


def _keys_with(folder: Path, mutate) -> None:
    doc = json.loads((folder / "keys.json").read_text())
    (folder / "keys.json").write_text(mutate(doc))


def _dossier_case(name: str, folder: Path) -> Path:
    """Damage the copy at `folder` in the way `name` says; returns the path to pass."""
    keys = folder / "keys.json"
    if name == "missing folder":
        return folder.parent / "bestaat-niet.zorgmap"
    if name == "file instead of folder":
        target = folder.parent / "bestand.zorgmap"
        target.write_text("geen dossier")
        return target
    if name == "keys.json is a directory":
        keys.unlink()
        keys.mkdir()
    elif name == "keys.json is a FIFO":
        keys.unlink()
        os.mkfifo(keys)
    elif name == "keys.json -> /dev/zero":
        keys.unlink()
        keys.symlink_to("/dev/zero")
    elif name == "keys.json missing":
        keys.unlink()
    elif name == "Infinity in keys.json":
        keys.write_text(keys.read_text().replace('"n": 1024', '"n": Infinity'))
    elif name == "deep nesting in keys.json":
        keys.write_text('{"format": "zorgmap-keys", "version": 2, "x": ' + DEEP + "}")
    elif name == "5000-digit integer in keys.json":
        keys.write_text(keys.read_text().replace('"n": 1024', f'"n": {BIG}'))
    elif name == "duplicate key in keys.json":
        keys.write_text(keys.read_text().replace('"version": 2,', '"version": 2, "version": 1,'))
    elif name == "dossier.db is a directory":
        (folder / "dossier.db").unlink()
        (folder / "dossier.db").mkdir()
    elif name == "dossier.db missing":
        (folder / "dossier.db").unlink()
    else:
        raise AssertionError(name)
    return folder


DOSSIER_CASES = [
    "missing folder", "file instead of folder", "keys.json is a directory",
    "keys.json is a FIFO", "keys.json -> /dev/zero", "keys.json missing",
    "Infinity in keys.json", "deep nesting in keys.json", "5000-digit integer in keys.json",
    "duplicate key in keys.json", "dossier.db is a directory", "dossier.db missing",
]
# The export format's version as written today (the hostile values replace it).
VERSION_KEY = f'"version": {EXPORT_VERSION}'
DOSSIER_COMMANDS = [
    ("verify",), ("backup", "{out}"), ("passphrase",), ("noodsleutel",),
    ("export", "json", "--out", "{out}"), ("export", "ics", "--out", "{out}"),
    ("export", "noodkaart", "--out", "{out}"),
]


def _argv(command, path, out):
    first, *rest = command
    args = [a.format(out=out) for a in rest]
    if first == "export":
        return [first, args[0], path, *args[1:]]
    return [first, path, *args]


def _assert_refused(code, err, what):
    assert code == 1, (what, code, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and lines[-1].startswith("zorgmap: "), (what, err)
    assert "onverwachts" not in err, (what, err)


@pytest.mark.parametrize("case", DOSSIER_CASES)
def test_damaged_dossiers_are_refused_by_every_command(case, base, tmp_path, capsys,
                                                       monkeypatch):
    path = _dossier_case(case, _copy_dossier(base, tmp_path))
    for command in DOSSIER_COMMANDS:
        out = tmp_path / f"uit-{command[-1].strip('{}')}-{len(command)}.bin"
        code, _out, err = run(capsys, monkeypatch, *_argv(command, path, out))
        _assert_refused(code, err, (case, command))


def test_a_non_utf8_passphrase_is_refused(base, tmp_path, capsys, monkeypatch):
    folder = _copy_dossier(base, tmp_path)
    bad = os.fsdecode(b"paard \xff\xfe boot")
    for command in DOSSIER_COMMANDS:
        code, _o, err = run(capsys, monkeypatch, *_argv(command, folder, tmp_path / "x.pdf"),
                            passphrase=bad)
        _assert_refused(code, err, command)
        assert "UTF-8" in err


def test_a_folder_that_is_not_writable_while_its_files_are(base, tmp_path, capsys, monkeypatch):
    folder = _copy_dossier(base, tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False
                        if Path(p) == folder and mode == os.W_OK else real_access(p, mode, **kw))
    for command in (("passphrase",), ("noodsleutel",), ("backup", "{out}")):
        code, _o, err = run(capsys, monkeypatch, *_argv(command, folder, tmp_path / "k.zmbak"))
        _assert_refused(code, err, command)
    # Reading and making outputs to a writable place still work (finding 10: the noodkaart
    # from a write-protected stick).
    for command in (("verify",), ("export", "noodkaart", "--out", "{out}"),
                    ("export", "json", "--out", "{out}")):
        out = tmp_path / f"uit{len(command)}"
        code, _o, err = run(capsys, monkeypatch, *_argv(command, folder, out))
        assert code == 0, (command, err)


def _hostile_import(name: str, base: Path, tmp_path: Path) -> Path:
    source = tmp_path / "import.json"
    text = (base / "export.json").read_text()
    if name == "missing":
        return tmp_path / "bestaat-niet.json"
    if name == "directory":
        source.mkdir()
    elif name == "FIFO":
        os.mkfifo(source)
    elif name == "/dev/zero":
        source.symlink_to("/dev/zero")
    elif name == "Infinity":
        source.write_text(text.replace(VERSION_KEY, '"version": Infinity', 1))
    elif name == "NaN in a number field":
        source.write_text(text.replace(VERSION_KEY, '"version": NaN', 1))
    elif name == "deep nesting":
        source.write_text('{"format": "zorgmap-dossier", "version": 1, "child": ' + DEEP + "}")
    elif name == "5000-digit integer":
        source.write_text(text.replace(VERSION_KEY, f'"version": {BIG}', 1))
    elif name == "duplicate key":
        # A medicine renamed by a second "name": the last must not silently win.
        source.write_text(text.replace('"name": ', '"name": "Eerste", "name": ', 1))
    elif name == "id with trailing newline":
        doc = json.loads(text)
        doc["network"][0]["id"] += "\n"
        source.write_text(json.dumps(doc))
    elif name == "id with a control character":
        doc = json.loads(text)
        doc["network"][0]["id"] = "ab\x07cd"
        source.write_text(json.dumps(doc))
    elif name == "too large":
        with open(source, "wb") as fh:
            fh.truncate(1024**3 + 1)  # sparse: refused by size before any byte is read
    elif name == "not UTF-8":
        source.write_bytes(b'{"format": "zorgmap-dossier", "x": "\xff"}')
    else:
        raise AssertionError(name)
    return source


IMPORT_CASES = ["missing", "directory", "FIFO", "/dev/zero", "Infinity", "NaN in a number field",
                "deep nesting", "5000-digit integer", "duplicate key", "id with trailing newline",
                "id with a control character", "too large", "not UTF-8"]


@pytest.mark.parametrize("case", IMPORT_CASES)
def test_hostile_import_files_are_refused_and_create_nothing(case, base, tmp_path, capsys,
                                                             monkeypatch):
    source = _hostile_import(case, base, tmp_path)
    target = tmp_path / "nieuw.zorgmap"
    code, _o, err = run(capsys, monkeypatch, "import", "json", source, target)
    _assert_refused(code, err, case)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".nieuw-" in p.name]


def _hostile_backup(name: str, base: Path, tmp_path: Path) -> Path:
    from storage.backup import MAGIC

    source = tmp_path / "kopie.zmbak"
    raw = (base / "kopie.zmbak").read_bytes()
    (hdr_len,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = raw[start:start + hdr_len].decode()

    def with_header(text: str) -> bytes:
        data = text.encode()
        return MAGIC + struct.pack(">I", len(data)) + data + raw[start + hdr_len:]

    if name == "missing":
        return tmp_path / "weg.zmbak"
    if name == "directory":
        source.mkdir()
    elif name == "FIFO":
        os.mkfifo(source)
    elif name == "Infinity in the header":
        doc = json.loads(header)
        source.write_bytes(with_header(json.dumps(doc).replace(
            f'"db_size": {doc["db_size"]}', '"db_size": Infinity')))
    elif name == "deep nesting in the header":
        source.write_bytes(with_header('{"format": "zorgmap-backup", "x": ' + DEEP[:2000]
                                       + DEEP[-2000:] + "}"))
    elif name == "5000-digit integer in the header":
        doc = json.loads(header)
        source.write_bytes(with_header(json.dumps(doc).replace(
            f'"db_size": {doc["db_size"]}', f'"db_size": {BIG}')))
    else:
        raise AssertionError(name)
    return source


BACKUP_CASES = ["missing", "directory", "FIFO", "Infinity in the header",
                "deep nesting in the header", "5000-digit integer in the header"]


@pytest.mark.parametrize("case", BACKUP_CASES)
def test_hostile_backups_are_refused_by_restore_and_verify(case, base, tmp_path, capsys,
                                                           monkeypatch):
    source = _hostile_backup(case, base, tmp_path)
    target = tmp_path / "terug.zorgmap"
    code, _o, err = run(capsys, monkeypatch, "restore", source, target)
    _assert_refused(code, err, ("restore", case))
    assert not target.exists()
    if case != "FIFO":  # verify of a FIFO path: it is no dossier folder either
        code, _o, err = run(capsys, monkeypatch, "verify", source)
        _assert_refused(code, err, ("verify", case))


def test_targets_under_a_file_or_special_files_are_refused(base, tmp_path, capsys, monkeypatch):
    folder = _copy_dossier(base, tmp_path)
    a_file = tmp_path / "gewoon-bestand"
    a_file.write_text("x")
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    cases = [
        ("export", "noodkaart", folder, "--out", a_file / "kaart.pdf"),
        ("export", "json", folder, "--out", fifo),
        ("export", "ics", folder, "--out", tmp_path),
        ("import", "json", base / "export.json", a_file / "nieuw.zorgmap"),
        ("restore", base / "kopie.zmbak", a_file / "terug.zorgmap"),
        ("demo", a_file / "demo.zorgmap"),
        ("backup", folder, a_file / "k.zmbak"),
    ]
    for argv in cases:
        code, _o, err = run(capsys, monkeypatch, *argv)
        _assert_refused(code, err, argv)
    assert fifo.is_fifo()  # --out never replaces a special file
