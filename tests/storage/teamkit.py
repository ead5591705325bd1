"""Simulated family devices for the team tests: each its own HOME (identity) and dossier."""

from __future__ import annotations

from pathlib import Path

from app.model import Contact
from storage import identity as idmod
from storage.dossier import Dossier
from storage.records import RecordStore
from storage.team import Team
from tests.conftest import FAST_KDF, PASSPHRASE


class Device:
    """One person on one computer: an identity under its own HOME, a dossier, a Team."""

    def __init__(self, root: Path, name: str) -> None:
        self.root = root / name
        self.name = name
        self.root.mkdir(parents=True)
        self.identity = idmod.create(name, PASSPHRASE, self.root / "config" / "identity.json",
                                     kdf=FAST_KDF)
        self.dossier: Dossier | None = None

    @property
    def code(self) -> str:
        return self.identity.public.code()

    @property
    def path(self) -> Path:
        return self.root / "dossier.zorgmap"

    def found(self, folder: Path) -> Team:
        self.dossier, _code = Dossier.create(self.path, PASSPHRASE, kdf=FAST_KDF)
        return Team.share(self.dossier, self.identity, folder)

    def join(self, folder: Path):
        self.dossier, _code, report = Team.join(folder, self.identity, self.path, PASSPHRASE,
                                                kdf=FAST_KDF)
        return report

    @property
    def team(self) -> Team:
        return Team(self.dossier)

    @property
    def store(self) -> RecordStore:
        store = RecordStore(self.dossier)
        return store

    def sync(self):
        return self.team.sync()

    def put_contact(self, record_id: str, **fields) -> Contact:
        existing = self.store.find(record_id)
        record = existing if existing is not None else Contact(id=record_id)
        for key, value in fields.items():
            setattr(record, key, value)
        return self.store.save(record)

    def records(self) -> dict[str, str]:
        return {rid: data for rid, data in
                self.dossier.db.all("SELECT id, data FROM records ORDER BY id")}

    def close(self) -> None:
        if self.dossier is not None:
            self.dossier.close()
