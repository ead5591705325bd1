"""A hostile second look at the hardened entry points (kill -9, file modes, leftovers).

Each test here reproduced a problem found by attacking the command line as an adversary or
a careless user; the fix sits in the layer where the problem was.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE, ROOT
from tests.test_kill9 import RUNNER

NEW_PASSPHRASE = "zee wolk steen appel"


def run_cli(argv, kill_at: int = 0, passphrase: str = PASSPHRASE,
            new_passphrase: str = NEW_PASSPHRASE):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZORGMAP_")}
    env.update(ZORGMAP_STATE_DIR=os.environ["ZORGMAP_STATE_DIR"], KILL_AT=str(kill_at),
               ZORGMAP_PASSPHRASE=passphrase, ZORGMAP_NEW_PASSPHRASE=new_passphrase)
    return subprocess.run([sys.executable, "-c", RUNNER, *map(str, argv)], cwd=ROOT, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=300)


def _moments(argv) -> int:
    dry = run_cli(argv)
    assert dry.returncode == 0, dry.stderr
    return len(dry.stderr.rsplit("MOMENTS ", 1)[1].strip().split(","))


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    import datetime as dt

    from storage.dossier import Dossier
    from ui.composition import fill_demo

    root = tmp_path_factory.mktemp("second-look")
    dossier, code = Dossier.create(root / "bron.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    with dossier:
        fill_demo(dossier, today=dt.date(2026, 11, 10))
        records = dossier.db.one("SELECT count(*) FROM records")[0]
    return root / "bron.zorgmap", code, records


def _records(folder: Path, secret: str) -> int:
    from storage.dossier import Dossier

    with Dossier.open(folder, secret, read_only=True) as opened:
        return opened.db.one("SELECT count(*) FROM records")[0]


def _copy(folder: Path, to: Path) -> Path:
    import shutil

    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(folder, to)
    return to


@pytest.mark.slow
def test_kill9_during_backup_leaves_nothing_behind(source, tmp_path):
    folder, _code, records = source
    total = _moments(["backup", _copy(folder, tmp_path / "dry" / "kind.zorgmap"),
                      tmp_path / "dry" / "k.zmbak"])
    for kill_at in range(1, total + 1):
        work = tmp_path / f"ronde{kill_at}"
        dossier = _copy(folder, work / "kind.zorgmap")
        out = work / "kopie.zmbak"
        result = run_cli(["backup", dossier, out], kill_at=kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stderr)
        if out.exists():
            assert run_cli(["verify", out]).returncode == 0, kill_at
        # The next command that may write tidies what the kill left.
        again = run_cli(["backup", dossier, work / "tweede.zmbak"])
        assert again.returncode == 0, (kill_at, again.stderr)
        assert sorted(p.name for p in dossier.iterdir()) == [
            "backups", "dossier.db", "keys.json", "lock"], kill_at
        assert _records(dossier, PASSPHRASE) == records


@pytest.mark.slow
def test_kill9_during_passphrase_change(source, tmp_path):
    from storage.errors import WrongSecret

    folder, code, records = source
    total = _moments(["passphrase", _copy(folder, tmp_path / "dry" / "kind.zorgmap")])
    for kill_at in range(1, total + 1):
        dossier = _copy(folder, tmp_path / f"ronde{kill_at}" / "kind.zorgmap")
        result = run_cli(["passphrase", dossier], kill_at=kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stderr)
        opened = []
        for secret in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                assert _records(dossier, secret) == records
                opened.append(secret)
            except WrongSecret:
                pass
        assert len(opened) == 1, kill_at  # the old passphrase or the new one, never neither
        assert _records(dossier, code) == records
        verify = run_cli(["verify", dossier], passphrase=opened[0])
        assert verify.returncode == 0, (kill_at, verify.stderr)
        assert "beschadigd" not in verify.stdout + verify.stderr
        # The next command that may write tidies the half-written key file.
        assert run_cli(["backup", dossier, dossier.parent / "k.zmbak"],
                       passphrase=opened[0]).returncode == 0
        assert sorted(p.name for p in dossier.iterdir()) == [
            "backups", "dossier.db", "keys.json", "lock"], kill_at


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)  # the usual default: new files readable by everyone
    yield
    os.umask(previous)


def test_every_file_zorgmap_writes_is_for_the_owner_only(source, tmp_path, umask_022):
    """Files 0600, folders 0700: the dossier, its lock, a backup, a restored dossier."""
    import stat

    from storage import backup
    from storage.dossier import Dossier

    folder, _code, _records_ = source
    made, _ = Dossier.create(tmp_path / "nieuw.zorgmap", PASSPHRASE, kdf=FAST_KDF)
    with made:
        backup.write_backup(made, tmp_path / "kopie.zmbak")
    backup.restore_backup(tmp_path / "kopie.zmbak", PASSPHRASE, tmp_path / "terug.zorgmap")
    Dossier.open(tmp_path / "terug.zorgmap", PASSPHRASE).close()
    wrong = []
    for path in sorted(tmp_path.rglob("*")):
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode != (0o700 if path.is_dir() else 0o600):
            wrong.append(f"{path.relative_to(tmp_path)} {mode:o}")
    assert wrong == []


def test_help_and_usage_errors_have_no_english(capsys):
    """argparse's own words (usage, options, 'the following arguments are required') and
    English argument names were shown to the user."""
    from ui.cli import main

    english = ("usage", "positional arguments", "options:", "show this help", "required",
               "invalid", "unrecognized", "choose from", "expected", " path", "what",
               "command")
    for argv in (["--help"], ["export", "--help"], ["export"], ["extra"],
                 ["export", "foo", "x", "--out", "y"], ["demo", "x", "--years", "abc"],
                 ["--bogus"], ["backup", "x"], ["export", "json", "x", "--out"]):
        with pytest.raises(SystemExit):
            main(argv)
        out, err = capsys.readouterr()
        shown = (out + err).lower()
        assert not [w for w in english if w in shown], (argv, shown)


class _SilentRekey:
    """SQLCipher's PRAGMA rekey reports nothing when it cannot rewrite the file (a full disk
    was seen to do this): the file keeps its old key."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql, *args):
        if sql.startswith("PRAGMA rekey"):
            return self._conn.execute("SELECT 1")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_rekey_that_silently_fails_loses_nothing(new_dossier, monkeypatch, capsys):
    """A new Noodsleutel on a (nearly) full disk: rekey said nothing, the code was printed and
    confirmed, and keys.json then held only the new key, which the file never got."""
    from storage.db import Database
    from storage.dossier import Dossier
    from ui.cli import main

    dossier, old_code = new_dossier()
    folder = dossier.folder
    dossier.close()
    real_conn = Database.conn
    monkeypatch.setattr(Database, "conn", property(lambda db: _SilentRekey(real_conn.fget(db))))
    monkeypatch.setenv("ZORGMAP_PASSPHRASE", PASSPHRASE)
    code = main(["noodsleutel", str(folder)])
    out, err = capsys.readouterr()
    monkeypatch.undo()
    assert code == 1, err
    assert "beschadigd" not in err and "onverwachts" not in err
    assert "Noodsleutel" not in out  # no code was shown that does not open the dossier
    for secret in (PASSPHRASE, old_code):
        Dossier.open(folder, secret).close()


def test_a_full_disk_while_creating_says_nothing_was_made(tmp_path):
    """Import and demo on a full disk said "De laatste wijziging is niet opgeslagen; de rest
    van het dossier is veilig" about a dossier that was never made."""
    from storage.dossier import Dossier
    from storage.errors import DiskFull

    def fill(_dossier):
        raise DiskFull()  # what the database layer raises when SQLite finds the disk full

    with pytest.raises(DiskFull) as info:
        Dossier.create(tmp_path / "nieuw.zorgmap", PASSPHRASE, kdf=FAST_KDF, fill=fill)
    assert "niet gemaakt" in info.value.user_text()
    assert "laatste wijziging" not in info.value.user_text()
    assert list(tmp_path.iterdir()) == []


def test_verify_calls_any_zeroed_page_damage(source, tmp_path, monkeypatch, capsys):
    """A zeroed page of the search index made SQLite's integrity_check raise "vtable
    constructor failed": verify ended with exit 3 instead of "beschadigd"."""
    import shutil

    from ui.cli import main

    folder = source[0]
    pages = (folder / "dossier.db").stat().st_size // 4096
    monkeypatch.setenv("ZORGMAP_PASSPHRASE", PASSPHRASE)
    for page in range(pages):
        copy = shutil.copytree(folder, tmp_path / f"pagina{page}.zorgmap")
        with open(copy / "dossier.db", "r+b") as fh:
            fh.seek(page * 4096)
            fh.write(bytes(4096))
        code = main(["verify", str(copy)])
        err = capsys.readouterr().err
        assert code == 1 and "beschadigd" in err, (page, err)
        shutil.rmtree(copy)


def test_two_runs_making_the_same_dossier(tmp_path):
    """Two imports (or demos) to one name at once: the slower one said "Directory not empty"
    (English, from the OS) after printing a Noodsleutel that belongs to no dossier."""
    from storage.dossier import Dossier
    from storage.errors import TargetExists

    target = tmp_path / "kind.zorgmap"

    def other_run_finishes_first(_dossier):
        target.mkdir()
        (target / "keys.json").write_text("van de andere")

    with pytest.raises(TargetExists) as info:
        Dossier.create(target, PASSPHRASE, kdf=FAST_KDF, fill=other_run_finishes_first)
    assert "hoort bij geen enkel dossier" in info.value.user_text()
    assert (target / "keys.json").read_text() == "van de andere"
    assert [p.name for p in tmp_path.iterdir()] == ["kind.zorgmap"]


def test_os_errors_are_not_shown_in_english():
    """The fallback showed the OS's English text, e.g. "(Directory not empty)"."""
    import errno

    from ui.cli import _os_error_text

    for number in errno.errorcode:
        text = _os_error_text(OSError(number, os.strerror(number), "x"))
        assert os.strerror(number) not in text, text


@pytest.mark.parametrize("argv", [
    ["demo", "x.zorgmap", "--years", "100000"],  # OverflowError: exit 3
    ["demo", "x.zorgmap", "--years", "-5"],
    ["screenshots", "s", "--size", "99999x99999"],  # Qt crashed (SIGSEGV)
    ["screenshots", "s", "--scale", "nan"],  # hung until killed
    ["screenshots", "s", "--scale", "-1"],
])
def test_numbers_out_of_range_are_refused_before_any_work(argv, tmp_path, capsys,
                                                          monkeypatch):
    from ui.cli import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "kies" in err or "BREEDTE" in err, err
    assert list(tmp_path.iterdir()) == []


def test_a_platform_that_does_not_exist_is_named_in_dutch():
    """QT_QPA_PLATFORM=bogus (or a typo) made Qt abort (exit 134) with an English list."""
    from ui.syscheck import gui_start_problem, platform_names

    assert "offscreen" in platform_names() and "xcb" in platform_names()
    text = gui_start_problem({"QT_QPA_PLATFORM": "bogus"}, platform="win32")
    assert text and "QT_QPA_PLATFORM" in text and "offscreen" in text
    for fine in ("offscreen", "wayland-egl;xcb", "bogus;offscreen", "offscreen:fontengine=x"):
        assert gui_start_problem({"QT_QPA_PLATFORM": fine}, platform="win32") is None, fine
