"""The file transport: a bundle out to a file (USB stick, e-mail), the receipt back in.

The bundle file holds exactly the sealed bytes the HTTPS transport sends, so
the NAIR treats both the same; the receipt file is checked exactly like an
HTTP receipt, with the pinned key, the bundle's id and its SHA-256.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

from hostdesk.storage import audit
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.models import OutboxBundle
from hostdesk.storage.vault import Vault
from hostdesk.sync.endpoint import keys_by_id
from hostdesk.sync.errors import SyncError
from hostdesk.sync.outbox import BundleInfo, BundleState, find_bundle, list_session
from hostdesk.sync.receipt import ReceiptError, parse_receipt, verify_receipt

SUFFIX = ".hdbundle"
MAX_RECEIPT_FILE_BYTES = 64 * 1024


def suggested_name(info: BundleInfo) -> str:
    short = (info.bundle_id or "")[:8]
    return f"relatorio-mensal-{info.month}-r{info.revision}-{short}{SUFFIX}"


def export_bundle(vault: Vault, outbox_id: int, target: Path) -> Path:
    """Write the sealed bundle to ``target`` (atomically); audited as an export."""
    target = Path(target)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    with vault.session() as session:
        row = session.get(OutboxBundle, outbox_id)
        if row is None:
            raise SyncError("That bundle is not in the outbox; refresh the list.")
        if row.bundle_data is None:
            raise SyncError(
                "This report is not sealed yet: set up the NAIR (pin its key) first."
            )
        data = row.bundle_data
    try:
        write_atomically(target, data)
    except OSError as error:
        raise SyncError(
            f"Could not write {target.name} ({error.strerror}); choose another folder."
        ) from None
    with vault.changing() as session:
        row = session.get(OutboxBundle, outbox_id)
        assert row is not None
        row.exported_at = datetime.now(UTC)
        session.add(row)
        audit.append(
            session, vault.user.username, "sync.bundle.export", "outbox", row.id,
            {"bundle_id": row.bundle_id, "channel": "file"},
        )  # fmt: skip
    return target


def read_receipt_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_RECEIPT_FILE_BYTES + 1)
    except OSError as error:
        raise SyncError(f"Could not read {Path(path).name} ({error.strerror}).") from None


def import_receipt(vault: Vault, data: bytes, *, bundle_id: str | None = None) -> BundleInfo:
    """Mark a bundle delivered by the NAIR's receipt file, once it verifies.

    With ``bundle_id`` (the id or its start, as ``sync status`` prints it) the
    receipt must be for that bundle. A receipt for a bundle this vault did not
    send, or for other bytes, is refused and changes nothing. Importing the
    same receipt twice is harmless.
    """
    try:
        parsed, _body, _signature = parse_receipt(data)
    except ReceiptError as error:
        raise SyncError(str(error)) from None
    named = find_bundle(vault, bundle_id=bundle_id) if bundle_id else None
    with vault.changing() as session:
        if named is not None:
            row = session.get(OutboxBundle, named)
        else:
            query = select(OutboxBundle).where(OutboxBundle.bundle_id == parsed.bundle_id)
            row = session.exec(query).first()
        if row is None or row.bundle_data is None or row.nair_key_id is None:
            raise SyncError("This receipt is for a bundle this vault did not send.")
        if parsed.bundle_id != row.bundle_id:
            raise SyncError(
                f"This receipt is for another bundle ({parsed.bundle_id[:8]}…), "
                f"not for {row.bundle_id[:8] if row.bundle_id else ''}…; choose the right file."
            )
        try:
            receipt = verify_receipt(
                data,
                keys_by_id(session, row.nair_key_id).verify_key,
                bundle_id=row.bundle_id or "",
                bundle_sha256=row.bundle_sha256 or "",
            )
        except ReceiptError as error:
            raise SyncError(str(error)) from None
        if row.state != BundleState.DELIVERED:
            row.state = BundleState.DELIVERED.value
            row.receipt, row.received_at = data, receipt.received_at
            row.delivered_at, row.next_attempt_at, row.last_error = datetime.now(UTC), None, ""
            row.rejected_code = ""
            session.add(row)
            audit.append(
                session, vault.user.username, "sync.bundle.delivered", "outbox", row.id,
                {"bundle_id": row.bundle_id, "channel": "file"},
            )  # fmt: skip
        session.flush()
        return next(info for info in list_session(session) if info.id == row.id)
