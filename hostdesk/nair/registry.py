"""Registering an entity from its self-signed enrollment file.

The file proves its maker holds the key; the fingerprint, read back over the
phone, proves the maker is the entity. Once registered, a key is replaced only
when the operator says so: a new key for a known entity is exactly what an
impostor would send.
"""

from __future__ import annotations

from dataclasses import dataclass

from hostdesk.nair.errors import EntityConflict, NairError
from hostdesk.nair.store import EntityRecord, Store
from hostdesk.sync.keys import Enrollment, KeyFileError, now_iso, raw_public


@dataclass(frozen=True)
class Registration:
    outcome: str  # "registered", "unchanged", "updated" (same key, new details) or "replaced"
    enrollment: Enrollment
    previous_fingerprint: str | None = None


def register_entity(store: Store, data: bytes, *, replace: bool = False) -> Registration:
    """Register (or re-register) the entity of an enrollment file; raises NairError."""
    try:
        enrollment = Enrollment.from_file_bytes(data)
    except KeyFileError as error:
        raise NairError(str(error)) from None
    _check_lengths(enrollment)
    key = raw_public(enrollment.signing_public_key)
    mldsa = enrollment.mldsa_public_key.public_bytes_raw() if enrollment.mldsa_public_key else None
    known = store.entity(enrollment.entity_id)
    # The fingerprint covers every key: adding post-quantum keys is a new fingerprint too.
    changed = known is not None and known.fingerprint != enrollment.fingerprint()
    if changed and not replace:
        assert known is not None
        raise EntityConflict(
            f"The entity {enrollment.entity_id} is registered with another key "
            f"({known.fingerprint}); check the new fingerprint with the entity by phone, "
            "then register again with --replace."
        )
    record = EntityRecord(
        entity_id=enrollment.entity_id,
        name=enrollment.entity_name,
        nair_code=enrollment.nair_code,
        municipality=enrollment.municipality,
        signing_public_key=key,
        fingerprint=enrollment.fingerprint(),
        enrollment=data,
        registered_at=now_iso(),
        mldsa_public_key=mldsa,
    )
    if known is None:
        store.put_entity(record)
        return Registration("registered", enrollment)
    if changed:
        store.put_entity(record)
        return Registration("replaced", enrollment, known.fingerprint)
    if known.enrollment == data:
        return Registration("unchanged", enrollment)
    store.put_entity(EntityRecord(**{**record.__dict__, "registered_at": known.registered_at}))
    return Registration("updated", enrollment)


# Bundles carry entity ids of at most 64 characters; the other limits are the columns'.
_LIMITS = {"entity_id": 64, "entity_name": 300, "nair_code": 100, "municipality": 200}


def _check_lengths(enrollment: Enrollment) -> None:
    for field, limit in _LIMITS.items():
        if len(getattr(enrollment, field)) > limit:
            raise NairError(
                f"The enrollment's {field} is longer than {limit} characters; "
                "ask the entity for a new enrollment file."
            )
