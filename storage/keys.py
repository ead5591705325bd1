"""Key slots: one random data key encrypts the dossier; passphrase and Noodsleutel each wrap it.

A slot holds the data key encrypted with AES-256-GCM under a key derived from a secret with
scrypt. Changing the passphrase rewrites only its slot; the database is never re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import NotADossier, WeakPassphrase, WrongSecret
from .fsutil import atomic_write

KEYS_FORMAT = "zorgmap-keys"
KEYS_VERSION = 1
DATA_KEY_BYTES = 32

PASSPHRASE = "passphrase"
RECOVERY = "recovery"

# Crockford base32: no I, L, O, U, so a code read aloud or retyped is hard to get wrong.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4  # 32 symbols x 5 bits = 160 bits


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost. The default takes about 0.3 s and 128 MiB on a 2-core machine (2026)."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def validate(self) -> None:
        # Bounds keep a tampered key file from hanging the app or exhausting memory.
        if not (2**10 <= self.n <= 2**21 and self.n & (self.n - 1) == 0):
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.")
        if not (1 <= self.r <= 32 and 1 <= self.p <= 4):
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.")
        if 128 * self.n * self.r * self.p > 2**30:
            # More than 1 GiB a guess is no parameter we write; refuse rather than exhaust memory.
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.")


DEFAULT_KDF = KdfParams()


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    normalized = unicodedata.normalize("NFC", secret).encode("utf-8")
    try:
        return hashlib.scrypt(
            normalized,
            salt=salt,
            n=params.n,
            r=params.r,
            p=params.p,
            maxmem=128 * params.n * params.r * params.p + 2**20,
            dklen=32,
        )
    except (ValueError, MemoryError) as exc:
        # Parameters this machine cannot run come from a changed or foreign key file.
        raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.") from exc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeySlot:
    kind: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams = field(default_factory=KdfParams)

    @classmethod
    def wrap(cls, kind: str, secret: str, data_key: bytes, dossier_id: str,
             kdf: KdfParams) -> KeySlot:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = derive_kek(secret, salt, kdf)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(dossier_id, kind))
        return cls(kind=kind, salt=salt, nonce=nonce, wrapped=wrapped, kdf=kdf)

    def unwrap(self, secret: str, dossier_id: str) -> bytearray:
        kek = derive_kek(secret, self.salt, self.kdf)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped, _aad(dossier_id, self.kind))
        except InvalidTag:
            raise WrongSecret() from None
        return bytearray(key)

    def to_json(self) -> dict:
        return {
            "type": self.kind,
            "kdf": "scrypt",
            "n": self.kdf.n,
            "r": self.kdf.r,
            "p": self.kdf.p,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict) -> KeySlot:
        try:
            if data["kdf"] != "scrypt" or data["type"] not in (PASSPHRASE, RECOVERY):
                raise ValueError
            kdf = KdfParams(int(data["n"]), int(data["r"]), int(data["p"]))
            slot = cls(kind=data["type"], salt=_unb64(data["salt"]),
                       nonce=_unb64(data["nonce"]), wrapped=_unb64(data["wrapped_key"]), kdf=kdf)
        except (KeyError, ValueError, TypeError) as exc:
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.") from exc
        kdf.validate()
        if len(slot.nonce) != 12 or len(slot.wrapped) != DATA_KEY_BYTES + 16:
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.")
        return slot


def _aad(dossier_id: str, kind: str) -> bytes:
    # Binding the slot to its dossier and role stops a slot being swapped between files.
    return f"zorgmap:{dossier_id}:{kind}".encode()


@dataclass
class KeyFile:
    """The content of `keys.json`: which dossier, and its key slots. Holds no plaintext key.

    `pending` holds the slots of a new data key while the database is being re-encrypted
    (a new Noodsleutel): if that is interrupted, opening finds out which key the database
    has and finishes or forgets the change.
    """

    dossier_id: str
    slots: dict[str, KeySlot]
    pending: dict[str, KeySlot] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        doc = {
            "format": KEYS_FORMAT,
            "version": KEYS_VERSION,
            "dossier_id": self.dossier_id,
            "slots": [self.slots[k].to_json() for k in sorted(self.slots)],
        }
        if self.pending:
            doc["pending_slots"] = [self.pending[k].to_json() for k in sorted(self.pending)]
        return json.dumps(doc, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != KEYS_FORMAT:
                raise ValueError
            version = int(doc["version"])
            dossier_id = str(doc["dossier_id"])
            slot_list = doc["slots"]
            pending_list = doc.get("pending_slots", [])
            if not isinstance(slot_list, list) or not isinstance(pending_list, list):
                raise ValueError
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise NotADossier() from exc
        if version > KEYS_VERSION:
            from .errors import NewerVersion

            raise NewerVersion()
        slots, pending = _parse_slots(slot_list), _parse_slots(pending_list)
        if PASSPHRASE not in slots:
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.")
        return cls(dossier_id=dossier_id, slots=slots, pending=pending)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotADossier() from None
        return cls.from_bytes(raw)

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    def unlock(self, secret: str) -> bytearray:
        """Return the data key for a passphrase or a Noodsleutel; raise WrongSecret otherwise."""
        return _unlock_slots(self.slots, secret, self.dossier_id)

    def unlock_candidates(self, secret: str) -> list[tuple[bool, bytearray]]:
        """(is_pending, key) for every slot set the secret opens: a pending new key first."""
        found = []
        for is_pending, slots in ((True, self.pending), (False, self.slots)):
            if slots:
                try:
                    found.append((is_pending, _unlock_slots(slots, secret, self.dossier_id)))
                except WrongSecret:
                    pass
        if not found:
            raise WrongSecret()
        return found


def _parse_slots(items: list) -> dict[str, KeySlot]:
    slots = {}
    for item in items:
        if not isinstance(item, dict):
            raise NotADossier()
        slot = KeySlot.from_json(item)
        slots[slot.kind] = slot
    return slots


def _unlock_slots(slots: dict[str, KeySlot], secret: str, dossier_id: str) -> bytearray:
    code = normalize_recovery_code(secret)
    if code is not None and RECOVERY in slots:
        try:
            return slots[RECOVERY].unwrap(code, dossier_id)
        except WrongSecret:
            pass  # a passphrase may look like a code by chance; try it as one below
    if PASSPHRASE not in slots:
        raise WrongSecret()
    return slots[PASSPHRASE].unwrap(secret, dossier_id)


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def new_recovery_code() -> str:
    length = RECOVERY_GROUPS * RECOVERY_GROUP_LEN
    symbols = "".join(secrets.choice(_ALPHABET) for _ in range(length))
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    )


def normalize_recovery_code(text: str) -> str | None:
    """Canonical form of a typed Noodsleutel, forgiving case, spaces and look-alike letters."""
    cleaned = re.sub(r"[\s\-_.]", "", text.upper())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN:
        return None
    if any(ch not in _ALPHABET for ch in cleaned):
        return None
    return "-".join(
        cleaned[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), RECOVERY_GROUP_LEN)
    )


#: Shown as examples on screen, so never a secret.
EXAMPLE_PASSPHRASES = ("paraplu fiets zomer lepel",)

_COMMON = (
    "wachtwoord", "password", "welkom", "welcome", "zorgmap", "qwerty", "azerty",
    "abcdef", "letmein", "geheim", "iloveyou", "admin",
    # counting and calendar words: "een twee drie vier" is four words, but no secret
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "one", "two", "three", "four", "five",
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)


def passphrase_problem(passphrase: str, avoid: tuple[str, ...] | list[str] = ()) -> str | None:
    """Why a passphrase is too weak (in plain Dutch), or None when it is strong enough.

    `avoid`: words an attacker tries first, such as the child's name.
    """
    text = passphrase.strip()
    words = [w for w in re.split(r"[\s\-_.,;]+", text) if len(w) >= 3]
    distinct_words = {w.lower() for w in words}
    if len(text) < 12 and len(distinct_words) < 4:
        return "Te kort. Gebruik minstens 12 tekens, of vier losse woorden."
    if len(set(text.lower())) < 6:
        return "Er zitten te veel dezelfde tekens in. Kies iets met meer afwisseling."
    if text.isdigit():
        return "Alleen cijfers is te makkelijk te raden. Gebruik ook woorden of letters."
    if " ".join(text.lower().split()) in EXAMPLE_PASSPHRASES:
        return ("Dit is het voorbeeld uit Zorgmap zelf: dat kent iedereen. Kies vier andere "
                "woorden.")
    # What is left after taking out names, well-known words, years and other digits must
    # still be a real secret.
    core = unicodedata.normalize("NFKD", text.lower())
    core = "".join(c for c in core if not unicodedata.combining(c))
    names = [a.lower() for part in avoid for a in re.split(r"[\s\-]+", part) if len(a) >= 3]
    for word in sorted((*_COMMON, *names), key=len, reverse=True):
        core = core.replace(word, "")
    core = re.sub(r"[^a-z]", "", core)
    if len(core) < 8 or len(set(core)) < 5:
        if names and any(n in text.lower() for n in names):
            return ("Er staat een naam in die iedereen kan raden. Kies woorden die niets met "
                    "uw kind of gezin te maken hebben.")
        return ("Dit wachtwoord is te makkelijk te raden (een bekend woord, een jaartal of "
                "getallen). Kies vier woorden die niemand verwacht.")
    return None


def require_strong(passphrase: str, avoid: tuple[str, ...] | list[str] = ()) -> None:
    problem = passphrase_problem(passphrase, avoid)
    if problem:
        raise WeakPassphrase(problem)
