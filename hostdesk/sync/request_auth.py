"""Signed requests: who asks, proven by their key, at most once, within five minutes.

A request that reads something only its owner may see (a receipt) carries
four headers: the requester's id, a timestamp (Unix seconds), a random nonce
and a signature over ``"hostdesk-request-v1\\0" ‖ canonical({method, path,
requester, timestamp, nonce})``, with every key the requester registered
(Ed25519, and ML-DSA-65 too once registered; both must verify). The server
refuses a timestamp more than ``WINDOW`` seconds away from its clock and a
nonce it has seen from that requester within twice that, so a captured request
cannot be played again. Format in docs/sync-format.md ("Signed requests").
"""

from __future__ import annotations

import base64
import binascii
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from hostdesk.sync.keys import canonical
from hostdesk.sync.signing import SignatureError, SigningKey, VerifyKey

CONTEXT = b"hostdesk-request-v1\0"
WINDOW = 300
REQUESTER = "X-HostDesk-Requester"
TIMESTAMP = "X-HostDesk-Timestamp"
NONCE = "X-HostDesk-Nonce"
SIGNATURE = "X-HostDesk-Signature"
# The NAIR's own requests name this requester and are signed with its key.
NAIR_REQUESTER = "nair"


class RequestRefused(Exception):
    """Not a valid signed request; ``reason`` is one sentence for the requester."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SignedRequest:
    requester: str
    timestamp: int
    nonce: str


def _message(method: str, path: str, requester: str, timestamp: int, nonce: str) -> bytes:
    return CONTEXT + canonical(
        {"method": method.upper(), "path": path, "requester": requester,
         "timestamp": timestamp, "nonce": nonce}
    )  # fmt: skip


def sign_request(
    requester: str, key: SigningKey, method: str, path: str, *, now: float | None = None
) -> dict[str, str]:
    """The headers that make ``method path`` a request signed by ``requester``."""
    timestamp = int(time.time() if now is None else now)
    nonce = os.urandom(16).hex()
    signature = key.sign(_message(method, path, requester, timestamp, nonce))
    return {
        REQUESTER: requester,
        TIMESTAMP: str(timestamp),
        NONCE: nonce,
        SIGNATURE: base64.b64encode(signature).decode("ascii"),
    }


def verify_request(
    headers: Mapping[str, str],
    method: str,
    path: str,
    key_for: Callable[[str], VerifyKey | None],
    *,
    now: float | None = None,
) -> SignedRequest:
    """The request's signer, once its signature and time hold; the caller checks the nonce."""
    requester = headers.get(REQUESTER, "")
    stamp = headers.get(TIMESTAMP, "")
    nonce = headers.get(NONCE, "")
    if not requester or not stamp.isdigit() or len(nonce) != 32 or len(requester) > 100:
        raise RequestRefused("This request must be signed by the entity that sent the bundle.")
    timestamp = int(stamp)
    if abs((time.time() if now is None else now) - timestamp) > WINDOW:
        raise RequestRefused(
            "The request's time is more than five minutes from the NAIR's: check the clock."
        )
    key = key_for(requester)
    if key is None:
        raise RequestRefused("The requester is not registered at the NAIR.")
    try:
        signature = base64.b64decode(headers.get(SIGNATURE, ""), validate=True)
        key.verify(signature, _message(method, path, requester, timestamp, nonce))
    except (binascii.Error, ValueError, SignatureError):
        raise RequestRefused("The request's signature does not hold.") from None
    return SignedRequest(requester, timestamp, nonce)
