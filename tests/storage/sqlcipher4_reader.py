"""An independent SQLCipher 4 reader built only from the documented file format.

It proves a family is never locked into Zorgmap: with the data key, any SQLCipher 4 client
(or these 40 lines) reads the dossier. Defaults of SQLCipher 4 with a raw 256-bit key:
page 4096 bytes, per-page AES-256-CBC with a random 16-byte IV, HMAC-SHA512 over the
ciphertext + IV + page number (little-endian), HMAC key = PBKDF2-HMAC-SHA512(key,
salt XOR 0x3a, 2 iterations), salt = first 16 bytes of the file.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
IV = 16
MAC = 64
RESERVE = IV + MAC  # 80, already a multiple of the AES block size


def decrypt_database(raw: bytes, key: bytes) -> bytes:
    salt = raw[:16]
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    plain = bytearray()
    for index in range(len(raw) // PAGE):
        page = raw[index * PAGE : (index + 1) * PAGE]
        start = 16 if index == 0 else 0
        body = page[start : PAGE - RESERVE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
        tag = page[PAGE - MAC :]
        expected = hmac.new(hmac_key, body + iv + (index + 1).to_bytes(4, "little"),
                            hashlib.sha512).digest()
        if not hmac.compare_digest(tag, expected):
            raise ValueError(f"page {index + 1}: HMAC mismatch")
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        clear = dec.update(body) + dec.finalize()
        if index == 0:
            clear = b"SQLite format 3\x00" + clear
        plain += clear + bytes(RESERVE)
    # Bytes 18-19 say "WAL mode"; an in-memory image has no WAL, so mark it rollback-journal.
    plain[18] = plain[19] = 1
    return bytes(plain)


def open_in_memory(raw: bytes, key: bytes) -> sqlite3.Connection:
    """Open the decrypted image with the standard library's sqlite3, in memory only."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(decrypt_database(raw, key))
    return conn
