"""A new Noodsleutel in two phases: interrupted after any step, every way in still opens.

The states: "staged" (keys.json holds the new key as pending, the database still has the
old key), "rekeyed" (the database has the new key; the new code was never shown or
confirmed: a kill before it was printed), "confirmed" (done). In every state the passphrase,
the old Noodsleutel (until confirmed), a key remembered in the keychain and the command line
open the dossier, and nothing says "beschadigd".
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys

import pytest

from storage import keychain, keys
from storage.dossier import KEYS_NAME, Dossier, unlock
from storage.errors import DossierDamaged, WrongSecret
from tests.conftest import PASSPHRASE, ROOT
from tests.storage.helpers import get_note, put_note

STATES = ("staged", "rekeyed", "confirmed")


def interrupt_new_code(dossier, state: str, monkeypatch) -> str | None:
    """Run a new Noodsleutel up to `state`; return the new code if it got that far."""
    if state == "staged":
        @contextlib.contextmanager
        def power_cut():
            raise OSError("stroom weg")
            yield  # pragma: no cover

        monkeypatch.setattr("storage.dossier.translated", power_cut)
        with pytest.raises(OSError):
            dossier.new_recovery_code(PASSPHRASE)
        monkeypatch.undo()
        return None
    code = dossier.new_recovery_code(PASSPHRASE)
    if state == "confirmed":
        dossier.confirm_recovery_code()
    return code


@pytest.fixture
def interrupted(new_dossier, monkeypatch, memory_keyring):
    made = []

    def make(state: str):
        made.append(state)
        dossier, old_code = new_dossier(f"kind{len(made)}.zorgmap")
        put_note(dossier, "n1", "bewaard")
        keychain.remember(dossier.dossier_id, dossier.data_key())
        old_key = dossier.data_key()
        new_code = interrupt_new_code(dossier, state, monkeypatch)
        folder = dossier.folder
        dossier.close()
        return folder, old_code, new_code, old_key

    return make


@pytest.mark.parametrize("state", STATES)
def test_every_secret_opens_after_any_step(interrupted, state):
    folder, old_code, new_code, _old_key = interrupted(state)
    openers = [PASSPHRASE]
    if state != "confirmed":
        openers.append(old_code)  # the old code works until the new one is confirmed
    if new_code:
        openers.append(new_code)
    for secret in openers:
        for read_only in (True, False):
            with Dossier.open(folder, secret, read_only=read_only) as again:
                assert get_note(again, "n1") == "bewaard"
    if state == "confirmed":
        with pytest.raises(WrongSecret):
            Dossier.open(folder, old_code)


@pytest.mark.parametrize("state", ("staged", "rekeyed"))
def test_a_key_remembered_before_the_change_still_opens(interrupted, state):
    folder, _old_code, _new, old_key = interrupted(state)
    # The keychain path goes through the same unlock(): it follows the successor chain.
    with Dossier.open(folder, data_key=old_key) as again:
        assert get_note(again, "n1") == "bewaard"


def test_opening_in_the_middle_tidies_only_what_is_safe(interrupted):
    folder, old_code, _new, _key = interrupted("staged")
    Dossier.open(folder, PASSPHRASE).close()
    settled = keys.KeyFile.load(folder / KEYS_NAME)
    assert not settled.pending and not settled.successors  # the rekey never happened
    Dossier.open(folder, old_code).close()

    folder, old_code, new_code, _key = interrupted("rekeyed")
    Dossier.open(folder, PASSPHRASE).close()
    # The new code may never have been shown: the old one must keep working.
    assert keys.KeyFile.load(folder / KEYS_NAME).pending
    Dossier.open(folder, old_code).close()
    Dossier.open(folder, new_code).close()


def test_an_unconfirmed_change_can_be_made_again(interrupted):
    folder, old_code, _lost_code, _key = interrupted("rekeyed")
    with Dossier.open(folder, PASSPHRASE) as again:
        third = again.new_recovery_code(PASSPHRASE)
        Dossier.open(folder, old_code, read_only=True).close()
        again.confirm_recovery_code()
    with pytest.raises(WrongSecret):
        Dossier.open(folder, old_code)
    with Dossier.open(folder, third) as last:
        assert get_note(last, "n1") == "bewaard"
        assert not last.keyfile.pending and not last.keyfile.successors


def test_passphrase_change_in_the_middle_reaches_both_keys(interrupted):
    folder, old_code, new_code, _key = interrupted("rekeyed")
    with Dossier.open(folder, old_code) as again:
        again.change_passphrase(old_code, "zee wolk steen appel", check_strength=False)
    with pytest.raises(WrongSecret):
        Dossier.open(folder, PASSPHRASE)
    for secret in ("zee wolk steen appel", old_code, new_code):
        Dossier.open(folder, secret).close()


def test_unlock_lists_the_newest_key_first(interrupted):
    folder, old_code, _new, old_key = interrupted("rekeyed")
    found = unlock(folder, old_code)
    assert bytes(found.candidates[-1]) == old_key and len(found.candidates) == 2
    assert bytes(found.base_key) == old_key


@pytest.mark.parametrize("state", STATES)
def test_the_command_line_opens_in_every_state(interrupted, state):
    folder, old_code, new_code, _key = interrupted(state)
    secrets_ = [PASSPHRASE] + ([old_code] if state != "confirmed" else []) + \
        ([new_code] if new_code else [])
    for secret in secrets_:
        env = {**os.environ, "ZORGMAP_PASSPHRASE": secret, "PYTHONPATH": str(ROOT)}
        result = subprocess.run([sys.executable, "-m", "ui.cli", "verify", str(folder)],
                                capture_output=True, text=True, env=env, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert "beschadigd" not in result.stdout + result.stderr
        if state == "rekeyed":
            assert "niet afgemaakt of nog niet bevestigd" in result.stdout


def test_a_read_only_window_follows_a_change_made_elsewhere(new_dossier):
    dossier, _code = new_dossier()
    put_note(dossier, "n1", "bewaard")
    folder = dossier.folder
    reader = Dossier.open(folder, PASSPHRASE, read_only=True)
    worker = reader.connect()  # the read-only window's worker thread connection
    try:
        assert get_note(reader, "n1") == "bewaard"
        dossier.new_recovery_code(PASSPHRASE)
        put_note(dossier, "n2", "na de wissel")
        assert get_note(reader, "n2") == "na de wissel"  # followed the successor chain
        assert worker.one("SELECT count(*) FROM records")[0] == 2  # and so does its worker
        dossier.confirm_recovery_code()
        dossier.new_recovery_code(PASSPHRASE)
        dossier.confirm_recovery_code()
        put_note(dossier, "n3", "weer later")
        from storage.errors import KeyChanged

        with pytest.raises(KeyChanged) as info:
            get_note(reader, "n3")
        assert not isinstance(info.value, DossierDamaged)
        assert "opnieuw" in info.value.user_text()
    finally:
        worker.close()
        reader.close()
        dossier.close()


def test_a_backup_made_before_confirmation_opens_with_every_secret(interrupted, tmp_path):
    from storage import backup

    folder, old_code, new_code, _key = interrupted("rekeyed")
    with Dossier.open(folder, PASSPHRASE) as again:
        made = backup.write_backup(again, tmp_path / "tussendoor.zmbak")
    for secret in (PASSPHRASE, old_code, new_code):
        assert backup.verify_backup(made, secret).counts["records"] == 1
    restored = tmp_path / "terug.zorgmap"
    backup.restore_backup(made, old_code, restored)
    with Dossier.open(restored, new_code) as back:
        assert get_note(back, "n1") == "bewaard"
