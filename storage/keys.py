"""Key slots: one random data key encrypts the dossier; passphrase and Noodsleutel each wrap it.

A slot holds the data key encrypted with AES-256-GCM under a key derived from a secret with
scrypt. Changing the passphrase rewrites only its slot; the database is never re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# The passphrase policy is a rule of the domain; storage enforces it when a key is wrapped.
from app.passphrase import EXAMPLE_PASSPHRASES, passphrase_problem  # noqa: F401 (re-exported)

from .errors import KeyFileDamaged, NotADossier, WeakPassphrase, WrongSecret
from .fsutil import atomic_write

KEYS_FORMAT = "zorgmap-keys"
KEYS_VERSION = 2  # 2: slot checksums, file MAC, successor chain
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

    `slots` wrap the *base* key. A change of data key (a new Noodsleutel) runs in two phases:
    `pending` holds the new key's slots and `successors` a chain of later keys, each wrapped
    under the one before it, so every secret that opened the base key still reaches the key the
    database has, whatever step was interrupted. Only when the new Noodsleutel has been shown
    (and confirmed in the app) do the pending slots replace the old ones (`confirm`).

    Integrity: every slot carries a keyless checksum (`check`, so damage is named as damage,
    not as a wrong passphrase), and the file a MAC keyed from the base key (`mac`) and, while
    a change is pending, one keyed from the new key (`pending_mac`).
    """

    dossier_id: str
    slots: dict[str, KeySlot]
    pending: dict[str, KeySlot] = field(default_factory=dict)
    successors: list[tuple[bytes, bytes]] = field(default_factory=list)  # (nonce, wrapped)
    #: slot kinds whose content is damaged (checksum or structure), in `slots` / `pending`
    damaged: set[str] = field(default_factory=set)
    pending_damaged: set[str] = field(default_factory=set)
    mac: bytes | None = None
    pending_mac: bytes | None = None
    version: int = KEYS_VERSION

    # ----- writing ---------------------------------------------------------------------------

    def _body(self) -> dict:
        doc: dict = {
            "format": KEYS_FORMAT,
            "version": KEYS_VERSION,
            "dossier_id": self.dossier_id,
            "slots": [_slot_json(self.slots[k], self.dossier_id) for k in sorted(self.slots)],
        }
        if self.pending:
            doc["pending_slots"] = [_slot_json(self.pending[k], self.dossier_id)
                                    for k in sorted(self.pending)]
        if self.successors:
            doc["successors"] = [{"nonce": _b64(n), "wrapped_key": _b64(w)}
                                 for n, w in self.successors]
        return doc

    def _mac_input(self) -> bytes:
        return json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode("utf-8")

    def seal(self, base_key: bytes | bytearray, pending_key: bytes | bytearray | None = None
             ) -> KeyFile:
        """Compute the MACs (before saving); needs the keys the slots wrap."""
        data = self._mac_input()
        self.mac = _file_mac(base_key, data)
        self.pending_mac = _file_mac(pending_key, data) if self.pending and pending_key else None
        return self

    def to_bytes(self) -> bytes:
        doc = self._body()
        if self.mac is not None:
            doc["mac"] = self.mac.hex()
        if self.pending_mac is not None:
            doc["pending_mac"] = self.pending_mac.hex()
        return json.dumps(doc, indent=2).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    # ----- reading ---------------------------------------------------------------------------

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        from app.errors import ValidationError
        from app.safejson import loads

        try:
            doc = loads(raw)
            if not isinstance(doc, dict) or doc.get("format") != KEYS_FORMAT:
                raise ValueError
            version = doc["version"]
            dossier_id = doc["dossier_id"]
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise ValueError
            if not isinstance(dossier_id, str) or not _DOSSIER_ID_RE.match(dossier_id):
                raise ValueError
            slot_list = doc["slots"]
            pending_list = doc.get("pending_slots", [])
            successor_list = doc.get("successors", [])
            if not all(isinstance(x, list) and len(x) <= 8
                       for x in (slot_list, pending_list, successor_list)):
                raise ValueError
            mac = _hex_or_none(doc.get("mac"))
            pending_mac = _hex_or_none(doc.get("pending_mac"))
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            raise NotADossier() from exc
        if version > KEYS_VERSION:
            from .errors import NewerVersion

            raise NewerVersion()
        slots, damaged = _parse_slots(slot_list, dossier_id, version)
        pending, pending_damaged = _parse_slots(pending_list, dossier_id, version)
        successors = []
        for item in successor_list:
            try:
                nonce, wrapped = _unb64(item["nonce"]), _unb64(item["wrapped_key"])
                if len(nonce) != 12 or len(wrapped) != DATA_KEY_BYTES + 16:
                    raise ValueError
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.") from exc
            successors.append((nonce, wrapped))
        if not slots:
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.")
        return cls(dossier_id=dossier_id, slots=slots, pending=pending, successors=successors,
                   damaged=damaged, pending_damaged=pending_damaged, mac=mac,
                   pending_mac=pending_mac, version=version)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        from app.errors import ValidationError
        from app.safejson import read_regular_file

        try:
            raw = read_regular_file(path, MAX_KEYFILE_BYTES, "het sleutelbestand")
        except ValidationError as exc:
            if not os.path.lexists(path):
                raise NotADossier() from None
            raise NotADossier(f"Het sleutelbestand kan niet worden gelezen: {exc.message}.") \
                from None
        return cls.from_bytes(raw)

    # ----- unlocking -------------------------------------------------------------------------

    def unlock(self, secret: str) -> bytearray:
        """The base key for a passphrase or a Noodsleutel; raise WrongSecret otherwise."""
        try:
            return _unlock_slots(self.slots, secret, self.dossier_id)
        except WrongSecret:
            self._raise_if_damaged(secret)
            raise

    def unlock_candidates(self, secret: str) -> list[tuple[bool, bytearray]]:
        """(is_pending, key) for every key the secret reaches: the newest first."""
        found: list[tuple[bool, bytearray]] = []
        for is_pending, slots in ((True, self.pending), (False, self.slots)):
            if slots:
                try:
                    key = _unlock_slots(slots, secret, self.dossier_id)
                except WrongSecret:
                    continue
                if is_pending:
                    found.append((True, key))
                else:
                    found.extend((False, k) for k in reversed(self.chain_from(key)))
        if not found:
            self._raise_if_damaged(secret)
            raise WrongSecret()
        return found

    def _raise_if_damaged(self, secret: str) -> None:
        message = self.damage_message(secret)
        if message:
            raise KeyFileDamaged(message)

    def damage_message(self, secret: str | None) -> str | None:
        """Why a secret may have failed because of damage (None: just a wrong secret)."""
        kind = RECOVERY if secret and normalize_recovery_code(secret) else PASSPHRASE
        if kind in self.damaged or (kind in self.pending_damaged and not self.slots.get(kind)):
            return KEYFILE_SLOT_DAMAGED[kind]
        return None

    def chain_from(self, key: bytes | bytearray) -> list[bytearray]:
        """`key` followed by every later key the successor chain reaches from it."""
        chain = [bytearray(key)]
        for nonce, wrapped in self.successors:
            try:
                nxt = AESGCM(_successor_kek(chain[-1])).decrypt(
                    nonce, wrapped, _aad(self.dossier_id, "successor"))
            except InvalidTag:
                continue  # an entry of an earlier link in the chain
            chain.append(bytearray(nxt))
        return chain

    def add_successor(self, from_key: bytes | bytearray, new_key: bytes | bytearray) -> None:
        nonce = os.urandom(12)
        wrapped = AESGCM(_successor_kek(from_key)).encrypt(
            nonce, bytes(new_key), _aad(self.dossier_id, "successor"))
        self.successors.append((nonce, wrapped))

    def mac_status(self, key: bytes | bytearray) -> bool | None:
        """True when a MAC keyed from `key` matches, False when it does not (the file was
        changed or damaged), None when no MAC belongs to this key (an old file, a key in the
        middle of a chain)."""
        data = self._mac_input()
        for mac in (self.mac, self.pending_mac):
            if mac is not None and hmac.compare_digest(mac, _file_mac(key, data)):
                return True
        if self.version < 2:
            return None
        if self.mac is None and self.pending_mac is None:
            return False  # a MAC was removed
        return None if self._key_is_inner(key) else False

    def _key_is_inner(self, key: bytes | bytearray) -> bool:
        # A key that unwraps a successor entry (or is one) sits in the chain: its MACs are not
        # ours to check. Only the base and pending keys have one.
        return any(self._opens_successor(key, n, w) for n, w in self.successors)

    def _opens_successor(self, key, nonce, wrapped) -> bool:
        try:
            AESGCM(_successor_kek(key)).decrypt(nonce, wrapped, _aad(self.dossier_id,
                                                                      "successor"))
        except InvalidTag:
            return False
        return True

    def problems(self) -> list[str]:
        """Damage that a key holder cannot see by opening: which secret would fail."""
        found = [KEYFILE_SLOT_DAMAGED[k] for k in sorted(self.damaged)]
        if RECOVERY not in self.slots and RECOVERY not in self.damaged:
            found.append(NO_RECOVERY)
        return found


MAX_KEYFILE_BYTES = 256 * 1024
_DOSSIER_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")

KEYFILE_SLOT_DAMAGED = {
    PASSPHRASE: ("Het wachtwoord-deel van het sleutelbestand (keys.json) is beschadigd: het "
                 "wachtwoord werkt daardoor niet. Open het dossier met de noodsleutel en kies "
                 "daarna een nieuw wachtwoord, of zet een reservekopie terug."),
    RECOVERY: ("Het noodsleutel-deel van het sleutelbestand (keys.json) is beschadigd: de "
               "noodsleutel werkt daardoor niet. Open het dossier met het wachtwoord en maak "
               "een nieuwe noodsleutel ('zorgmap noodsleutel'), of zet een reservekopie terug."),
}
NO_RECOVERY = ("Dit dossier heeft geen noodsleutel (meer). Maak er een met "
               "'zorgmap noodsleutel'.")
KEYFILE_CHANGED = ("Het sleutelbestand (keys.json) van dit dossier is veranderd of beschadigd "
                   "(de controle klopt niet).")


def _hex_or_none(value) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 64:
        raise ValueError
    return bytes.fromhex(value)


def _file_mac(key: bytes | bytearray, data: bytes) -> bytes:
    mac_key = HKDF(algorithm=SHA256(), length=32, salt=None,
                   info=b"zorgmap keys.json mac").derive(bytes(key))
    return hmac.new(mac_key, data, hashlib.sha256).digest()


def _successor_kek(key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=None,
                info=b"zorgmap successor key").derive(bytes(key))


def _slot_check(fields: dict, dossier_id: str) -> str:
    # Keyless: catches accidental damage (a flipped bit) before any secret is tried.
    canon = json.dumps({**fields, "dossier_id": dossier_id}, sort_keys=True,
                       separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canon).hexdigest()[:32]


def _slot_json(slot: KeySlot, dossier_id: str) -> dict:
    fields = slot.to_json()
    return {**fields, "check": _slot_check(fields, dossier_id)}


def _parse_slots(items: list, dossier_id: str, version: int) -> tuple[dict[str, KeySlot],
                                                                       set[str]]:
    slots: dict[str, KeySlot] = {}
    damaged: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            raise NotADossier("Het sleutelbestand van dit dossier is ongeldig.")
        kind = item.get("type")
        if kind not in (PASSPHRASE, RECOVERY):
            # A flipped bit in the type: which slot it was is told by the other one.
            kind = RECOVERY if PASSPHRASE in slots or PASSPHRASE in damaged else PASSPHRASE
            damaged.add(kind)
            continue
        fields = {k: v for k, v in item.items() if k != "check"}
        if version >= 2 and item.get("check") != _slot_check(fields, dossier_id):
            damaged.add(kind)
            continue
        try:
            slot = KeySlot.from_json(fields)
        except NotADossier:
            damaged.add(kind)
            continue
        slots[slot.kind] = slot
    return slots, damaged


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


def require_strong(passphrase: str, avoid: tuple[str, ...] | list[str] = ()) -> None:
    problem = passphrase_problem(passphrase, avoid)
    if problem:
        raise WeakPassphrase(problem)
