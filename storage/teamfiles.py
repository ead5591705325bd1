"""Files in the family's shared folder: signed inside, age-encrypted outside, append-only.

    <folder>/
        roster/<device>/<seq>      a signed membership event (create, add, remove)
        changes/<device>/<seq>     one CRDT update (a day's edits are a few of these)
        snapshots/<device>/<seq>   the whole CRDT state plus the roster, for a new member

Every file is `age(inner)`, encrypted to the members of that moment. `inner` is

    b"ZMT1" | u16 header length | header (JSON) | zlib(payload) | Ed25519 signature (64)

signed over everything before the signature. The header names the team, the kind, the
device and the sequence number: a file copied to another place or another name says where it
belongs and is refused there. A device folder's name starts with the signer's key id, so no
member can write into another member's folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from .identity import Identity, PublicIdentity

MAGIC = b"ZMT1"
SIGN_CONTEXT = b"zorgmap-team-file\0"
SIG_LEN = 64
KINDS = {"roster": "roster", "change": "changes", "snapshot": "snapshots"}
FOLDER_KINDS = {folder: kind for kind, folder in KINDS.items()}

# Larger files are refused before they are read: a hostile or broken file must not fill
# memory. A snapshot of a twenty-year dossier is a few MB (docs/team.md).
MAX_FILE = {"roster": 64 * 1024, "change": 16 * 1024 * 1024, "snapshot": 256 * 1024 * 1024}
MAX_PAYLOAD = 512 * 1024 * 1024
MAX_HEADER = 4096

DEVICE_RE = re.compile(r"^[0-9a-f]{12}-[0-9a-f]{8}$")
SEQ_RE = re.compile(r"^\d{8}$")


class Refused(Exception):
    """A file that is ignored; `reason` is one Dutch line for `zorgmap sync`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Envelope:
    team: str
    kind: str
    device: str
    seq: int
    signer: PublicIdentity
    at: str
    payload: bytes
    raw: bytes  # the signed inner bytes (kept for the roster; verifiable by anyone)
    lamport: int = 0


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def seal(identity: Identity, *, team: str, kind: str, device: str, seq: int, payload: bytes,
         lamport: int = 0, at: str | None = None) -> bytes:
    """The signed inner bytes of a file (not yet encrypted)."""
    public = identity.public
    header = json.dumps({
        "team": team, "kind": kind, "device": device, "seq": seq,
        "signer": public.sign_key_b64, "age": public.age_recipient,
        "at": at or now_iso(), "lamport": lamport,
    }, separators=(",", ":")).encode("utf-8")
    body = MAGIC + struct.pack(">H", len(header)) + header + zlib.compress(payload, 6)
    return body + identity.sign(SIGN_CONTEXT + body)


def verify(raw: bytes, kinds=KINDS) -> Envelope:
    """Check a signed inner file; raises Refused with the reason.

    `kinds`: the kinds accepted here (the copilot's packages and replies use their own).
    """
    if len(raw) < len(MAGIC) + 2 + SIG_LEN or not raw.startswith(MAGIC):
        raise Refused("geen Zorgmap-bestand of niet ondertekend")
    (length,) = struct.unpack(">H", raw[4:6])
    if length > MAX_HEADER or 6 + length > len(raw) - SIG_LEN:
        raise Refused("beschadigd (kop klopt niet)")
    try:
        header = json.loads(raw[6:6 + length])
        import base64

        signer = PublicIdentity(base64.b64decode(header["signer"], validate=True),
                                str(header["age"]))
        signer.code()  # both keys well-formed
        env_fields = (str(header["team"]), str(header["kind"]), str(header["device"]),
                      int(header["seq"]), str(header["at"]), int(header.get("lamport", 0)))
    except (ValueError, KeyError, TypeError):
        raise Refused("beschadigd (kop onleesbaar)") from None
    if len(signer.sign_key) != 32:
        raise Refused("beschadigd (sleutel)")
    body, signature = raw[:-SIG_LEN], raw[-SIG_LEN:]
    if not signer.verify(signature, SIGN_CONTEXT + body):
        raise Refused("handtekening klopt niet (vervalst of veranderd)")
    team, kind, device, seq, at, lamport = env_fields
    if kind not in kinds or not DEVICE_RE.match(device):
        raise Refused("beschadigd (soort of apparaat onbekend)")
    if not device.startswith(signer.key_id + "-"):
        raise Refused("ondertekend door iemand anders dan de eigenaar van deze map")
    payload = _inflate(body[6 + length:])
    return Envelope(team, kind, device, seq, signer, at, payload, raw, lamport)


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_PAYLOAD)
    except zlib.error:
        raise Refused("beschadigd (inhoud)") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise Refused("te groot of onvolledig")
    return out


def encrypt(inner: bytes, recipients: list[str]) -> bytes:
    import pyrage
    from pyrage import x25519

    return pyrage.encrypt(inner, [x25519.Recipient.from_str(r) for r in sorted(set(recipients))])


def decrypt(data: bytes, identity: Identity) -> bytes:
    import pyrage

    try:
        return pyrage.decrypt(data, [identity.age_identity()])
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise Refused("niet voor u versleuteld") from None
        raise Refused("beschadigd of afgekapt (ontsleutelen mislukt)") from None


# ----- the folder ------------------------------------------------------------------------------

@dataclass(frozen=True)
class FolderFile:
    path: Path
    rel: str  # "changes/<device>/<seq>"
    kind: str
    device: str
    seq: int


def is_sync_conflict(name: str) -> bool:
    """Copies a sync tool makes when two versions meet (Syncthing, Dropbox, OneDrive, ...)."""
    lowered = name.lower()
    return (".sync-conflict-" in lowered or "conflicted copy" in lowered
            or "conflict" in lowered)


def scan(folder: Path) -> tuple[list[FolderFile], list[tuple[str, str]]]:
    """Files that look like ours, in (kind, device, seq) order; and the names skipped, why."""
    found: list[FolderFile] = []
    skipped: list[tuple[str, str]] = []
    for sub, kind in FOLDER_KINDS.items():
        base = folder / sub
        if not base.is_dir():
            continue
        for device_dir in sorted(base.iterdir()):
            rel_dir = f"{sub}/{device_dir.name}"
            if not device_dir.is_dir() or not DEVICE_RE.match(device_dir.name):
                if not device_dir.name.startswith("."):
                    skipped.append((rel_dir, _skip_reason(device_dir.name)))
                continue
            for entry in sorted(device_dir.iterdir()):
                rel = f"{rel_dir}/{entry.name}"
                if entry.name.startswith("."):
                    continue  # our own half-written files, hidden sync-tool files
                if not SEQ_RE.match(entry.name) or not entry.is_file():
                    skipped.append((rel, _skip_reason(entry.name)))
                    continue
                found.append(FolderFile(entry, rel, kind, device_dir.name, int(entry.name)))
    return found, skipped


def _skip_reason(name: str) -> str:
    if is_sync_conflict(name):
        return "conflictkopie van het synchronisatieprogramma"
    return "naam hoort niet bij Zorgmap"


def write_file(folder: Path, kind: str, device: str, seq: int, data: bytes) -> str:
    """Add one file to our own device folder; never replaces a file that is there."""
    directory = folder / KINDS[kind] / device
    for path in (folder, folder / KINDS[kind], directory):
        path.mkdir(mode=0o700, exist_ok=True)
    name = f"{seq:08d}"
    target = directory / name
    if target.exists():
        raise FileExistsError(target)
    tmp = directory / f".{name}.deel"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)
    return f"{KINDS[kind]}/{device}/{name}"


def read_limited(entry: FolderFile) -> bytes:
    size = entry.path.stat().st_size
    if size > MAX_FILE[entry.kind]:
        raise Refused(f"te groot ({size} bytes)")
    with open(entry.path, "rb") as fh:
        data = fh.read(MAX_FILE[entry.kind] + 1)
    if len(data) > MAX_FILE[entry.kind]:
        raise Refused("te groot")
    return data
