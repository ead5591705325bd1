"""Damage to keys.json is seen and named as damage to the key file (finding 6).

Every tested bit flip ends in one of: the secret opens; a message naming the key file (with
the way out: the other secret or a backup); "newer version". Never "geen Zorgmap-dossier",
never "wachtwoord klopt niet" for a slot that is broken, and `verify` passes only when both
the passphrase and the Noodsleutel still work.
"""

from __future__ import annotations

import pytest

from storage.dossier import KEYS_NAME, Dossier
from storage.errors import KeyFileDamaged, NewerVersion, StorageError, WrongSecret
from tests.conftest import PASSPHRASE


def _try(folder, secret):
    try:
        with Dossier.open(folder, secret, read_only=True) as opened:
            return "open", opened.key_problems()
    except (KeyFileDamaged, NewerVersion) as exc:
        return "named", exc.user_text()
    except StorageError as exc:
        return "other", f"{type(exc).__name__}: {exc.user_text()}"


@pytest.fixture
def stable(new_dossier):
    dossier, code = new_dossier()
    folder = dossier.folder
    dossier.close()
    return folder, code


def test_every_flipped_bit_is_seen(stable):
    folder, code = stable
    path = folder / KEYS_NAME
    original = path.read_bytes()
    checked = 0
    for pos in range(0, len(original), 5):
        for bit in (0, 5):
            damaged = bytearray(original)
            damaged[pos] ^= 1 << bit
            path.write_bytes(bytes(damaged))
            outcomes = {name: _try(folder, secret)
                        for name, secret in (("passphrase", PASSPHRASE), ("code", code))}
            for name, (what, detail) in outcomes.items():
                assert what != "other", (pos, bit, name, detail)
            if all(what == "open" for what, _ in outcomes.values()):
                continue  # both secrets work: verify may pass (e.g. a flip in whitespace)
            for what, detail in outcomes.values():
                if what == "open":
                    # One secret opens, the other fails: what opened must say so.
                    assert detail, (pos, bit, "verify would have said 'in orde'")
                    assert "sleutelbestand" in detail[0]
            checked += 1
    path.write_bytes(original)
    assert checked > 50


def test_a_damaged_passphrase_slot_points_to_the_noodsleutel(stable):
    import json

    folder, code = stable
    path = folder / KEYS_NAME
    doc = json.loads(path.read_bytes())
    slot = next(s for s in doc["slots"] if s["type"] == "passphrase")
    slot["salt"] = slot["salt"][:-4] + ("AAA=" if slot["salt"][-4:] != "AAA=" else "BBB=")
    path.write_text(json.dumps(doc))
    with pytest.raises(KeyFileDamaged) as info:
        Dossier.open(folder, PASSPHRASE)
    assert not isinstance(info.value, WrongSecret)
    assert "noodsleutel" in info.value.user_text() and "reservekopie" in info.value.user_text()
    with Dossier.open(folder, code) as by_code:  # the way out works and repairs the slot
        by_code.change_passphrase(code, "zee wolk steen appel", check_strength=False)
    with Dossier.open(folder, "zee wolk steen appel") as repaired:
        assert repaired.key_problems() == []


def test_a_damaged_recovery_slot_fails_verify(stable):
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    folder, code = stable
    path = folder / KEYS_NAME
    doc = json.loads(path.read_bytes())
    slot = next(s for s in doc["slots"] if s["type"] == "recovery")
    slot["n"] = slot["n"] * 2
    path.write_text(json.dumps(doc))
    env = {**os.environ, "ZORGMAP_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "ui.cli", "verify", str(folder)],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 1
    assert "noodsleutel werkt daardoor niet" in result.stderr
    with pytest.raises(KeyFileDamaged):
        Dossier.open(folder, code)


def test_unreadable_key_file_beside_a_database_is_named_with_a_backup(stable):
    folder, _code = stable
    (folder / KEYS_NAME).write_bytes(b"{\"format\": \"zorgmap-kexs\"")
    with pytest.raises(KeyFileDamaged) as info:
        Dossier.open(folder, PASSPHRASE)
    assert "sleutelbestand" in info.value.user_text()
    assert "reservekopie" in info.value.user_text()
