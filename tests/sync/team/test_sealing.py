"""Parcels only their recipients open; change sets only their device signs."""

from __future__ import annotations

import pytest

from hostdesk.sync.team import envelope as env
from hostdesk.sync.team.invite import code_of, secret_of
from hostdesk.sync.team.sealing import DeviceKeys, SealError, open_sealed, recipients_of, seal

A, B, C = (DeviceKeys.generate(f"{i:032x}") for i in (1, 2, 3))
CONTEXT = b"hostdesk-team-parcel-v1\0team\0a\x001\x000\0fam"


def test_a_parcel_opens_for_its_recipients_only() -> None:
    sealed = seal(b"Amina Haddad", [A.public(), B.public()], CONTEXT)
    assert b"Amina" not in sealed
    assert recipients_of(sealed) == sorted([A.device, B.device])
    assert open_sealed(sealed, A, CONTEXT) == b"Amina Haddad"
    assert open_sealed(sealed, B, CONTEXT) == b"Amina Haddad"
    assert open_sealed(sealed, C, CONTEXT) is None
    with pytest.raises(SealError):
        open_sealed(sealed, A, CONTEXT + b"moved to another family")
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(SealError):
        open_sealed(tampered, A, CONTEXT)


def _envelope() -> env.Envelope:
    parcel_b = seal(b"for b", [B.public()], CONTEXT)
    parcel_c = seal(b"for c", [C.public()], CONTEXT)
    parcels = [("p1", (B.device,), parcel_b), ("p2", (C.device,), parcel_c)]
    return env.build(A, team="f" * 32, seq=1, hlc="1760000000000-0000", level=1,
                     created_at="2026-12-01T00:00:00+00:00", parcels=parcels)  # fmt: skip


def test_a_change_set_is_signed_and_parcels_can_be_left_out_without_breaking_it() -> None:
    envelope = _envelope()
    parsed = env.parse(envelope.to_bytes())
    parsed.check_signature(A.public())
    with pytest.raises(env.EnvelopeError):
        parsed.check_signature(B.public())
    only_b = env.parse(envelope.to_bytes(only_for=B.device))
    only_b.check_signature(A.public())
    assert only_b.parcels[0] is not None and only_b.parcels[1] is None
    assert only_b.sha256() == envelope.sha256()


def test_an_altered_or_damaged_change_set_is_refused() -> None:
    data = bytearray(_envelope().to_bytes())
    position = data.index(b'"seq":1') + 6
    data[position] = ord("2")
    with pytest.raises(env.EnvelopeError):
        env.parse(bytes(data)).check_signature(A.public())
    with pytest.raises(env.EnvelopeError):
        env.parse(_envelope().to_bytes()[:-5])
    with pytest.raises(env.EnvelopeError):
        env.parse(b"not a change set at all")


def test_an_invitation_code_is_26_characters_of_128_bits() -> None:
    secret = bytes(range(16))
    code = code_of(secret)
    assert len(code.replace("-", "")) == 26
    assert secret_of(code.lower().replace("-", " ")) == secret
