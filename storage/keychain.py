"""'Remember on this computer': the data key in the OS keychain, never in a file.

keyring's `fail` and `null` backends (priority < 1) count as "no keychain"; then the app
works with the passphrase alone. We never fall back to a plaintext store.
"""

from __future__ import annotations

import contextlib

SERVICE = "Zorgmap"


def _backend():
    try:
        import keyring
    except Exception:  # pragma: no cover - keyring is a hard dependency; broken installs only
        return None
    try:
        backend = keyring.get_keyring()
        priority = getattr(backend, "priority", 0)
    except Exception:
        return None
    if priority is None or priority < 1:
        return None
    # keyring's chainer reports a high priority whenever it chains two backends; one of them
    # may be a plaintext file (keyrings.alt). Every link must be a real keychain.
    for link in getattr(backend, "backends", ()) or ():
        if getattr(link, "priority", 0) < 1 or type(link).__module__.startswith("keyrings.alt"):
            return None
    return backend


def available() -> bool:
    return _backend() is not None


def remember(dossier_id: str, data_key: bytes) -> bool:
    """Store the key; returns False (and stores nothing) where no keychain exists."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, dossier_id, bytes(data_key).hex())
    except Exception:
        return False
    return True


def recall(dossier_id: str) -> bytes | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, dossier_id)
    except Exception:
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget(dossier_id: str) -> None:
    backend = _backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):
        backend.delete_password(SERVICE, dossier_id)
