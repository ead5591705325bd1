"""A person's identity for the family team: an age key (to read) and an Ed25519 key (to sign).

The identity lives in `$XDG_CONFIG_HOME/zorgmap/identity.json` (else `~/.config/zorgmap/`);
its secret part is wrapped by the person's passphrase exactly like a dossier's data key
(scrypt, AES-256-GCM). Its public part is the *code* a person hands to whoever adds them
(a QR code or a pasted line) and a short *fingerprint* of digits to compare in person.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from . import keys as keymod
from .errors import StorageError, WrongSecret
from .fsutil import atomic_write

IDENTITY_FORMAT = "zorgmap-identity"
IDENTITY_VERSION = 1
IDENTITY_NAME = "identity.json"
CODE_PREFIX = "ZM1"
_CODE_VERSION = 1
_ALPHABET = keymod._ALPHABET  # Crockford base32, as the Noodsleutel


class IdentityError(StorageError):
    default_message = "De identiteit kan niet worden gelezen."


class BadCode(StorageError):
    default_message = ("Deze code klopt niet. Vraag de persoon de code opnieuw te sturen of "
                       "laat de QR-code nog eens zien.")


def config_dir() -> Path:
    """Where Zorgmap keeps per-person files (the identity); never in a dossier folder."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "zorgmap"


def identity_path() -> Path:
    return config_dir() / IDENTITY_NAME


# ----- base32 and bech32 -----------------------------------------------------------------------

def _b32encode(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    length = (len(data) * 8 + 4) // 5
    bits <<= length * 5 - len(data) * 8
    return "".join(_ALPHABET[(bits >> (5 * (length - 1 - i))) & 31] for i in range(length))


def _b32decode(text: str, nbytes: int) -> bytes:
    value = 0
    for char in text:
        value = value * 32 + _ALPHABET.index(char)
    extra = len(text) * 5 - nbytes * 8
    if extra < 0 or extra >= 5 or value & ((1 << extra) - 1):
        raise ValueError("length")
    return (value >> extra).to_bytes(nbytes, "big")


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data, from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = bits = 0
    out = []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (to_bits - bits)) & maxv)
    elif not pad and (bits >= from_bits or (acc << (to_bits - bits)) & maxv):
        raise ValueError("padding")
    return out


def age_recipient_from_bytes(raw: bytes) -> str:
    """The `age1…` string of a 32-byte X25519 public key (bech32, as age writes it)."""
    data = _convert_bits(raw, 8, 5, True)
    checksum = _bech32_polymod(_hrp_expand("age") + data + [0] * 6) ^ 1
    data += [(checksum >> 5 * (5 - i)) & 31 for i in range(6)]
    return "age1" + "".join(_BECH32[d] for d in data)


def age_recipient_to_bytes(text: str) -> bytes:
    if not text.startswith("age1"):
        raise ValueError("prefix")
    data = [_BECH32.index(c) for c in text[4:]]
    if _bech32_polymod(_hrp_expand("age") + data) != 1:
        raise ValueError("checksum")
    raw = bytes(_convert_bits(data[:-6], 5, 8, False))
    if len(raw) != 32:
        raise ValueError("length")
    return raw


# ----- the public part ------------------------------------------------------------------------

@dataclass(frozen=True)
class PublicIdentity:
    """What others know of a person: a signing key and an age recipient."""

    sign_key: bytes  # raw Ed25519 public key, 32 bytes
    age_recipient: str  # "age1…"

    @property
    def key_id(self) -> str:
        """A short, stable name for the signing key (device folders start with it)."""
        return hashlib.sha256(self.sign_key).hexdigest()[:12]

    @property
    def sign_key_b64(self) -> str:
        return base64.b64encode(self.sign_key).decode("ascii")

    def code(self) -> str:
        """The code to hand over: ZM1-…, base32 in groups of four, with a checksum."""
        body = bytes([_CODE_VERSION]) + self.sign_key + age_recipient_to_bytes(self.age_recipient)
        body += hashlib.sha256(body).digest()[:2]
        text = _b32encode(body)
        return CODE_PREFIX + "-" + "-".join(text[i:i + 4] for i in range(0, len(text), 4))

    def fingerprint(self) -> str:
        """Twenty digits in five groups: read aloud and compare on both screens."""
        digest = hashlib.sha256(b"zorgmap-fingerprint\0" + self.sign_key +
                                age_recipient_to_bytes(self.age_recipient)).digest()
        number = int.from_bytes(digest[:10], "big") % 10**20
        digits = f"{number:020d}"
        return " ".join(digits[i:i + 4] for i in range(0, 20, 4))

    @classmethod
    def from_code(cls, code: str) -> PublicIdentity:
        text = "".join(code.split()).upper().replace("-", "")
        # Crockford: O reads as 0, I and L as 1.
        text = text.replace("O", "0").replace("I", "1").replace("L", "1")
        if not text.startswith(CODE_PREFIX.replace("O", "0")):
            raise BadCode()
        text = text[len(CODE_PREFIX):]
        try:
            body = _b32decode(text, 67)
        except ValueError:
            raise BadCode() from None
        if body[0] != _CODE_VERSION or hashlib.sha256(body[:65]).digest()[:2] != body[65:]:
            raise BadCode()
        return cls(body[1:33], age_recipient_from_bytes(body[33:65]))

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.sign_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


# ----- the whole identity ---------------------------------------------------------------------

@dataclass
class Identity:
    """An unlocked identity. The secrets stay in memory; `save` writes them wrapped."""

    name: str
    sign_secret: bytes  # raw Ed25519 private key, 32 bytes
    age_secret: str  # "AGE-SECRET-KEY-1…"

    @classmethod
    def generate(cls, name: str) -> Identity:
        from pyrage import x25519

        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        return cls(name=name, sign_secret=raw, age_secret=str(x25519.Identity.generate()))

    @property
    def public(self) -> PublicIdentity:
        from pyrage import x25519

        pub = Ed25519PrivateKey.from_private_bytes(self.sign_secret).public_key()
        raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        recipient = str(x25519.Identity.from_str(self.age_secret).to_public())
        return PublicIdentity(raw, recipient)

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign_secret).sign(message)

    def age_identity(self):
        from pyrage import x25519

        return x25519.Identity.from_str(self.age_secret)

    # The secret as JSON: stored wrapped in identity.json and, inside the encrypted dossier,
    # on a device that shares it (so syncing needs only the dossier's own passphrase).
    def secret_json(self) -> str:
        return json.dumps({"name": self.name,
                           "sign": base64.b64encode(self.sign_secret).decode("ascii"),
                           "age": self.age_secret})

    @classmethod
    def from_secret_json(cls, text: str) -> Identity:
        try:
            data = json.loads(text)
            identity = cls(name=str(data["name"]), sign_secret=base64.b64decode(data["sign"]),
                           age_secret=str(data["age"]))
            identity.public  # noqa: B018 - checks both keys parse
        except (ValueError, KeyError, TypeError) as exc:
            raise IdentityError() from exc
        return identity

    def to_file_bytes(self, passphrase: str, kdf: keymod.KdfParams = keymod.DEFAULT_KDF
                      ) -> bytes:
        public = self.public
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = keymod.derive_kek(passphrase, salt, kdf)
        wrapped = AESGCM(kek).encrypt(nonce, self.secret_json().encode("utf-8"),
                                      _aad(public))
        doc = {
            "format": IDENTITY_FORMAT,
            "version": IDENTITY_VERSION,
            "name": self.name,
            "sign_public": public.sign_key_b64,
            "age_public": public.age_recipient,
            "code": public.code(),
            "kdf": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p,
            "salt": _b64(salt), "nonce": _b64(nonce), "wrapped_secret": _b64(wrapped),
        }
        return json.dumps(doc, indent=2).encode("utf-8")

    def save(self, path: Path, passphrase: str, kdf: keymod.KdfParams = keymod.DEFAULT_KDF
             ) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(path, self.to_file_bytes(passphrase, kdf))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aad(public: PublicIdentity) -> bytes:
    return b"zorgmap-identity:" + public.sign_key


def _read(path: Path) -> dict:
    try:
        doc = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise IdentityError("Er is nog geen identiteit. Maak er een met 'zorgmap identity "
                            "new' (of in de app: Delen met het gezin).") from None
    except (ValueError, OSError) as exc:
        raise IdentityError() from exc
    if not isinstance(doc, dict) or doc.get("format") != IDENTITY_FORMAT:
        raise IdentityError()
    if int(doc.get("version", 0)) > IDENTITY_VERSION:
        raise IdentityError("Deze identiteit is gemaakt met een nieuwere versie van Zorgmap.")
    return doc


def load_public(path: Path | None = None) -> tuple[str, PublicIdentity]:
    """The name and public part of the stored identity (no passphrase needed)."""
    doc = _read(path or identity_path())
    try:
        public = PublicIdentity(base64.b64decode(doc["sign_public"]), str(doc["age_public"]))
        public.code()
    except (KeyError, ValueError, TypeError) as exc:
        raise IdentityError() from exc
    return str(doc.get("name", "")), public


def unlock(passphrase: str, path: Path | None = None) -> Identity:
    """The stored identity, unwrapped with the person's passphrase."""
    doc = _read(path or identity_path())
    try:
        kdf = keymod.KdfParams(int(doc["n"]), int(doc["r"]), int(doc["p"]))
        salt, nonce = base64.b64decode(doc["salt"]), base64.b64decode(doc["nonce"])
        wrapped = base64.b64decode(doc["wrapped_secret"])
        _name, public = load_public(path or identity_path())
    except (KeyError, ValueError, TypeError) as exc:
        raise IdentityError() from exc
    try:
        kdf.validate()
    except StorageError as exc:
        raise IdentityError() from exc
    kek = keymod.derive_kek(passphrase, salt, kdf)
    try:
        secret = AESGCM(kek).decrypt(nonce, wrapped, _aad(public))
    except (InvalidTag, ValueError):
        raise WrongSecret("Het wachtwoord van uw identiteit klopt niet. Er is niets "
                          "veranderd.") from None
    identity = Identity.from_secret_json(secret.decode("utf-8"))
    if identity.public != public:
        raise IdentityError()
    return identity


def create(name: str, passphrase: str, path: Path | None = None, *,
           kdf: keymod.KdfParams = keymod.DEFAULT_KDF) -> Identity:
    """Make and store a new identity; refuses to overwrite one (that would lock a person out)."""
    path = path or identity_path()
    if path.exists():
        raise IdentityError(f"Er is al een identiteit in {path}. Er is niets veranderd.")
    identity = Identity.generate(name)
    identity.save(path, passphrase, kdf)
    return identity
