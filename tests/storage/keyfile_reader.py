"""An independent reader of keys.json, written from docs/storage.md ("Deriving the data key
without Zorgmap") alone: it imports nothing of Zorgmap.

With it and `sqlcipher4_reader.py`, a family's passphrase or Noodsleutel opens the dossier
without our code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def secret_bytes(secret: str, slot_type: str) -> bytes | None:
    if slot_type == "passphrase":
        return unicodedata.normalize("NFC", secret).encode("utf-8")
    code = re.sub(r"[ \t\-_.]", "", secret.upper())
    code = code.replace("O", "0").replace("I", "1").replace("L", "1").replace("U", "V")
    if len(code) != 32 or any(c not in SYMBOLS for c in code):
        return None
    return "-".join(code[i:i + 4] for i in range(0, 32, 4)).encode("utf-8")


def open_slot(slot: dict, secret: str, dossier_id: str) -> bytes | None:
    raw = secret_bytes(secret, slot["type"])
    if raw is None:
        return None
    kek = hashlib.scrypt(raw, salt=base64.b64decode(slot["salt"]), n=slot["n"], r=slot["r"],
                         p=slot["p"], dklen=32, maxmem=2**31 - 1)
    aad = f"zorgmap:{dossier_id}:{slot['type']}".encode("ascii")
    try:
        return AESGCM(kek).decrypt(base64.b64decode(slot["nonce"]),
                                   base64.b64decode(slot["wrapped_key"]), aad)
    except InvalidTag:
        return None


def _hkdf(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=None, info=info).derive(key)


def newest_key(doc: dict, key: bytes) -> bytes:
    aad = f"zorgmap:{doc['dossier_id']}:successor".encode("ascii")
    for entry in doc.get("successors", []):
        try:
            key = AESGCM(_hkdf(key, b"zorgmap successor key")).decrypt(
                base64.b64decode(entry["nonce"]), base64.b64decode(entry["wrapped_key"]), aad)
        except InvalidTag:
            continue
    return key


def data_keys(keys_json: bytes, secret: str) -> list[bytes]:
    """Every data key the secret reaches, newest first (the database has one of them)."""
    doc = json.loads(keys_json.decode("utf-8"))
    found = []
    for slot in doc.get("pending_slots", []):
        key = open_slot(slot, secret, doc["dossier_id"])
        if key:
            found.append(key)
    for slot in doc["slots"]:
        key = open_slot(slot, secret, doc["dossier_id"])
        if key:
            found += [newest_key(doc, key), key]
    return list(dict.fromkeys(found))


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def slot_check_ok(slot: dict, dossier_id: str) -> bool:
    fields = {k: v for k, v in slot.items() if k != "check"}
    digest = hashlib.sha256(_canonical({**fields, "dossier_id": dossier_id})).hexdigest()
    return slot["check"] == digest[:32]


def mac_ok(keys_json: bytes, data_key: bytes, field: str = "mac") -> bool:
    doc = json.loads(keys_json.decode("utf-8"))
    body = {k: v for k, v in doc.items() if k not in ("mac", "pending_mac")}
    mac = hmac.new(_hkdf(data_key, b"zorgmap keys.json mac"), _canonical(body), hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), doc[field])
