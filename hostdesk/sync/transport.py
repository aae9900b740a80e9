"""What a transport is given (a job) and what it answers (an outcome).

A transport only moves bytes; it never touches the vault, so the network
work can run on its own thread while the database stays on its one worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SendJob:
    """One bundle to send, with what is needed to judge the answer."""

    outbox_id: int
    bundle_id: str
    data: bytes
    sha256: str
    url: str
    nair_signing_key: bytes  # raw Ed25519 public key the receipt must be signed with
    recovering: bool  # it was "sending" when claimed: a crash left its outcome unknown
    # Who asks the NAIR for a receipt (signed requests): the entity's id and private keys.
    entity_id: str = ""
    entity_key: bytes = b""  # raw Ed25519
    entity_mldsa_seed: bytes | None = None
    # The pinned NAIR key's ML-DSA-65 public key: a hybrid NAIR's receipts must carry both.
    nair_mldsa_key: bytes | None = None


@dataclass(frozen=True)
class Delivered:
    """The NAIR answered with a receipt (still to be verified)."""

    receipt: bytes


@dataclass(frozen=True)
class Transient:
    """Try again later: the network, a timeout, the NAIR busy or down, or a refusal it can lift.

    ``code`` is set for a refusal someone has to act on (the entity not yet
    registered, the NAIR's service out of date, an address that does not reach
    the NAIR): the bundle stays queued, but needs attention.
    """

    reason: str
    retry_after: float | None = None  # at least this many seconds before the next attempt
    code: str = ""


@dataclass(frozen=True)
class Rejected:
    """The NAIR refused this bundle for good; resending the same bytes cannot help."""

    code: str
    reason: str


Outcome = Delivered | Transient | Rejected


class Transport(Protocol):
    def deliver(self, job: SendJob) -> Outcome:
        """Send ``job`` once; never raises for network trouble (that is ``Transient``)."""
        ...
