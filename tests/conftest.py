"""Test set-up shared by every test: offscreen Qt, private state folders, fast key derivation."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from storage.keys import KdfParams  # noqa: E402

# Cheap scrypt for tests; production cost is measured in benchmarks, not here.
FAST_KDF = KdfParams(n=2**10, r=8, p=1)
PASSPHRASE = "paard boot lamp fiets"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keychain with a real priority, so the app treats it as available."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def get_password(self, service, username):
        return self.store.get((service, username))

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    state = tmp_path_factory.mktemp("state")
    runtime = tmp_path_factory.mktemp("runtime")
    monkeypatch.setenv("ZORGMAP_STATE_DIR", str(state))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("ZORGMAP_PASSPHRASE", raising=False)
    monkeypatch.delenv("ZORGMAP_NEW_PASSPHRASE", raising=False)
    yield


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def new_dossier(tmp_path):
    """Factory: a fresh dossier with fast KDF; closed automatically at the end."""
    from storage.dossier import Dossier

    opened = []

    def make(name: str = "kind.zorgmap", passphrase: str = PASSPHRASE):
        dossier, code = Dossier.create(tmp_path / name, passphrase, kdf=FAST_KDF)
        opened.append(dossier)
        return dossier, code

    yield make
    for dossier in opened:
        dossier.close()
