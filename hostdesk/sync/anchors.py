"""The audit chain checked against the NAIR's receipts: a rewritten history shows.

Each bundle carries the vault's audit chain head (count and hash of the
newest entry) inside its signed manifest, and the NAIR's signed receipt
repeats it. Whoever holds the vault's raw key can rewrite the chain and
recompute every hash, and delete the receipts kept in the vault, but cannot
make the NAIR sign another head: so at every receipted count the chain must
still have the receipted hash. The receipts come from outside the vault: from
the NAIR (``--against-nair``, a signed request) or from a folder where they
were saved (``hostdesk sync save-receipts``, then ``--receipts DIR``).
docs/audit.md says what this covers and since when.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from hostdesk.storage import audit
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.models import NairKey, OutboxBundle
from hostdesk.storage.vault import Vault
from hostdesk.sync.errors import SyncError
from hostdesk.sync.identity import load_identity
from hostdesk.sync.keys import KeyFileError, NairPublicKeys, canonical
from hostdesk.sync.receipt import (
    MAX_RECEIPT_BYTES,
    SIGNATURE_CONTEXT,
    Receipt,
    ReceiptError,
    parse_receipt,
)
from hostdesk.sync.signing import SignatureError, VerifyKey

RECEIPT_SUFFIX = ".receipt.json"


@dataclass
class AnchorReport:
    receipts: int = 0  # receipts read
    anchored: int = 0  # of them carrying a chain head, all checked
    newest: int = 0  # the highest receipted entry
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _pinned_keys(session: Session) -> list[VerifyKey]:
    keys = []
    for row in session.exec(select(NairKey)).all():
        try:
            keys.append(NairPublicKeys.from_file_bytes(row.key_file).verify_key)
        except KeyFileError:
            continue
    return keys


def _signed_by_nair(data: bytes, keys: list[VerifyKey]) -> Receipt:
    receipt, body, signature = parse_receipt(data)
    for key in keys:
        try:
            key.verify(signature, SIGNATURE_CONTEXT + canonical(body))
            return receipt
        except SignatureError:
            continue
    raise ReceiptError("not signed by any NAIR key pinned in this vault")


def check_receipts(vault: Vault, receipts: list[bytes]) -> AnchorReport:
    """Every receipt proven the NAIR's and this entity's, and the chain matching its head."""
    report = AnchorReport()
    with vault.session() as session:
        identity = load_identity(session)
        keys = _pinned_keys(session)
        for number, data in enumerate(receipts, 1):
            report.receipts += 1
            try:
                receipt = _signed_by_nair(data, keys)
            except ReceiptError as error:
                report.problems.append(f"receipt {number}: {error}")
                continue
            if identity is None or receipt.entity_id != identity.entity_id:
                report.problems.append(f"receipt {number} is for another entity")
                continue
            if receipt.audit_count is None or receipt.audit_hash is None:
                continue  # sealed before bundles carried the chain head
            report.anchored += 1
            report.newest = max(report.newest, receipt.audit_count)
            found = audit.chain_head(session, at=receipt.audit_count)
            when = f"{receipt.period} r{receipt.revision}, received {receipt.received_at}"
            if found is None:
                report.problems.append(
                    f"the NAIR receipted entry {receipt.audit_count} ({when}); "
                    "the chain no longer has it"
                )
            elif found[1] != receipt.audit_hash:
                report.problems.append(
                    f"entry {receipt.audit_count} differs from what the NAIR receipted ({when}): "
                    "the history before it was rewritten"
                )
    return report


def receipts_in_vault(vault: Vault) -> list[bytes]:
    with vault.session() as session:
        rows = session.exec(select(OutboxBundle).where(OutboxBundle.receipt != None)).all()  # noqa: E711
        return [row.receipt for row in rows if row.receipt]


def save_receipts(vault: Vault, folder: Path) -> int:
    """Write every receipt the vault holds to ``folder`` (kept outside the vault)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with vault.session() as session:
        rows = session.exec(select(OutboxBundle).where(OutboxBundle.receipt != None)).all()  # noqa: E711
        saved = [(row.month, row.revision, row.bundle_id or "", row.receipt) for row in rows]
    for month, revision, bundle_id, data in saved:
        assert data is not None
        write_atomically(folder / f"{month}-r{revision}-{bundle_id[:8]}{RECEIPT_SUFFIX}", data)
    return len(saved)


def read_receipt_folder(folder: Path) -> list[bytes]:
    try:
        paths = sorted(folder.glob(f"*{RECEIPT_SUFFIX}"))
    except OSError as error:
        raise SyncError(f"Cannot read {folder} ({error.strerror}).") from None
    if not paths:
        raise SyncError(f"There are no receipts (*{RECEIPT_SUFFIX}) in {folder}.")
    out = []
    for path in paths:
        with open(path, "rb") as handle:
            out.append(handle.read(MAX_RECEIPT_BYTES + 1))
    return out


def receipts_from_nair(vault: Vault) -> list[bytes]:
    from hostdesk.sync.endpoint import load_setup
    from hostdesk.sync.http_transport import fetch_receipts

    with vault.session() as session:
        setup = load_setup(session)
        identity = load_identity(session)
    if setup is None or not setup.url or identity is None:
        raise SyncError("The NAIR is not set up with an address: its receipts cannot be asked for.")
    return fetch_receipts(setup.url, identity.entity_id, identity.signer)
