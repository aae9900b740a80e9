"""The NAIR set-up: its address and its public keys, pinned once by a coordinator.

Pinning is trust on first use, made safe by the out-of-band check: the
fingerprint is read to the NAIR over the phone before it is pinned. After
that no other key is accepted silently; replacing it is an explicit step,
audited with the old and the new fingerprint. Retired keys are kept, since a
bundle sealed for one is checked against it.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlmodel import Session, col, select

from hostdesk.storage import audit, settings
from hostdesk.storage.models import NairKey
from hostdesk.storage.settings import SettingSpec
from hostdesk.storage.vault import Vault
from hostdesk.sync.errors import KeyChangeNeedsConfirmation, SyncError
from hostdesk.sync.identity import ensure_identity
from hostdesk.sync.keys import NairPublicKeys

NAIR_URL: SettingSpec[str] = SettingSpec(
    "sync.nair_url", "", "Address of the NAIR's receiving service (https://…); empty: files only."
)


@dataclass(frozen=True)
class NairSetup:
    """What is configured: the address (may be empty: files only) and the active key."""

    url: str
    key_id: int
    keys: NairPublicKeys
    fingerprint: str
    pinned_at: datetime
    pinned_by: str


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The address cleaned up, or SyncError: https, or plain http to this computer only."""
    url = url.strip().rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SyncError(
            f"{url} is not a web address; write it as https://server.example/path."
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SyncError(
            "Use an https:// address for the NAIR; plain http is only for a test service "
            "on this computer."
        )
    if parts.query or parts.fragment:
        raise SyncError("The NAIR address must not have a ?query or #fragment; remove it.")
    return url


def active_key_row(session: Session) -> NairKey | None:
    return session.exec(select(NairKey).where(col(NairKey.retired_at).is_(None))).first()


def load_setup(session: Session) -> NairSetup | None:
    row = active_key_row(session)
    if row is None or row.id is None:
        return None
    return NairSetup(
        url=settings.get(session, NAIR_URL),
        key_id=row.id,
        keys=NairPublicKeys.from_file_bytes(row.key_file),
        fingerprint=row.fingerprint,
        pinned_at=row.pinned_at,
        pinned_by=row.pinned_by,
    )


def keys_by_id(session: Session, key_id: int) -> NairPublicKeys:
    row = session.get(NairKey, key_id)
    if row is None:
        raise SyncError("The NAIR key this bundle was sealed for is missing from the vault.")
    return NairPublicKeys.from_file_bytes(row.key_file)


def configure(
    vault: Vault, url: str, keys: NairPublicKeys, *, replace_key: bool = False
) -> NairSetup:
    """Set the address and pin ``keys`` (coordinator only).

    The same key again changes only the address. Another key raises
    ``KeyChangeNeedsConfirmation`` unless ``replace_key`` says the change was
    checked with the NAIR.
    """
    vault.require_coordinator("set up sending to the NAIR")
    url = check_url(url)
    actor = vault.user.username
    now = datetime.now(UTC)
    new_fingerprint = keys.fingerprint()
    with vault.changing() as session:
        ensure_identity(session, actor)
        current = active_key_row(session)
        if current is not None and current.fingerprint != new_fingerprint:
            if not replace_key:
                raise KeyChangeNeedsConfirmation(current.fingerprint, new_fingerprint)
            current.retired_at, current.retired_by = now, actor
            session.add(current)
            session.flush()  # the partial unique index allows one active key at a time
            audit.append(
                session, actor, "sync.nair_key.replace", "nair_key", current.id,
                {"old_fingerprint": current.fingerprint, "new_fingerprint": new_fingerprint},
            )  # fmt: skip
        if current is None or current.fingerprint != new_fingerprint:
            row = NairKey(
                name=keys.name,
                fingerprint=new_fingerprint,
                key_file=keys.to_file_bytes(),
                pinned_at=now,
                pinned_by=actor,
            )
            session.add(row)
            session.flush()
            audit.append(
                session, actor, "sync.nair_key.pin", "nair_key", row.id,
                {"fingerprint": new_fingerprint},
            )  # fmt: skip
        if settings.get(session, NAIR_URL) != url:
            settings.put(session, actor, NAIR_URL, url)
        setup = load_setup(session)
    assert setup is not None
    return setup
