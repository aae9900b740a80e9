"""How a device proves itself to the hub: each request signed with its Ed25519 key.

The signature covers the method, the path with its query, the time and the
SHA-256 of the body, so a request cannot be moved to another path or have its
body changed, and the hub refuses times more than a few minutes off.
"""

from __future__ import annotations

import base64
import hashlib
import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hostdesk.sync.team.sealing import DeviceKeys, DevicePublic, sign, verify

CONTEXT = b"hostdesk-hub-request-v1\0"
DEVICE = "X-HostDesk-Device"
TEAM = "X-HostDesk-Team"
TIME = "X-HostDesk-Time"
SIGNATURE = "X-HostDesk-Signature"


def message(method: str, path: str, moment: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return CONTEXT + f"{method.upper()}\0{path}\0{moment}\0{digest}".encode()


def headers(keys: DeviceKeys, team: str, method: str, path: str, body: bytes) -> dict[str, str]:
    moment = str(int(time.time()))
    signature = sign(keys, message(method, path, moment, body))
    return {DEVICE: keys.device, TEAM: team, TIME: moment,
            SIGNATURE: base64.b64encode(signature).decode()}  # fmt: skip


def check(
    public: DevicePublic | Ed25519PublicKey,
    method: str,
    path: str,
    moment: str,
    signature: str,
    body: bytes,
    *,
    skew: int,
    now: float | None = None,
) -> bool:
    try:
        sent = int(moment)
        raw = base64.b64decode(signature, validate=True)
    except ValueError:
        return False
    if abs((now if now is not None else time.time()) - sent) > skew:
        return False
    return verify(public, raw, message(method, path, moment, body))
