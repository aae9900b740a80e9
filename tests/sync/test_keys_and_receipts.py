"""Key files, enrollment and receipts: forged or altered files are refused."""

from __future__ import annotations

import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hostdesk.sync.keys import (
    Enrollment,
    KeyFileError,
    NairKeyPair,
    NairPublicKeys,
    canonical,
    same_fingerprint,
)
from hostdesk.sync.receipt import Receipt, ReceiptError, sign_receipt, verify_receipt

BUNDLE_ID = "0b7f3e6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"
BUNDLE_SHA = hashlib.sha256(b"the bundle's bytes").hexdigest()


def _enrollment(key: Ed25519PrivateKey) -> Enrollment:
    return Enrollment(
        entity_id="3f6b1d2e-0000-4000-8000-00000000e001",
        entity_name="Associação de Teste",
        nair_code="PT-TESTE-01",
        municipality="Évora",
        signing_public_key=key.public_key(),
        created_at="2026-12-01T10:00:00+00:00",
    )


def test_the_nair_key_file_round_trips_and_shows_its_fingerprint() -> None:
    public = NairKeyPair.generate("NAIR — AIMA").public()
    data = public.to_file_bytes()
    again = NairPublicKeys.from_file_bytes(data)
    assert again == public and again.name == "NAIR — AIMA"
    groups = public.fingerprint().split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert json.loads(data)["fingerprint"] == public.fingerprint()


def test_a_key_file_whose_keys_were_swapped_is_refused() -> None:
    real = json.loads(NairKeyPair.generate("NAIR").public().to_file_bytes())
    attacker = json.loads(NairKeyPair.generate("NAIR").public().to_file_bytes())
    # Someone keeps the printed fingerprint but puts in their own encryption key.
    real["encryption_public_key"] = attacker["encryption_public_key"]
    with pytest.raises(KeyFileError, match="altered"):
        NairPublicKeys.from_file_bytes(canonical(real))


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"[]", b'{"format": "other"}'])
def test_junk_is_not_a_key_file(data: bytes) -> None:
    with pytest.raises(KeyFileError):
        NairPublicKeys.from_file_bytes(data)


def test_fingerprints_compare_as_read_over_the_phone() -> None:
    printed = NairKeyPair.generate("NAIR").public().fingerprint()
    assert same_fingerprint(printed.lower().replace("-", " "), printed)
    assert not same_fingerprint(printed[:-1] + ("0" if printed[-1] != "0" else "1"), printed)


def test_an_enrollment_round_trips_with_its_self_signature() -> None:
    key = Ed25519PrivateKey.generate()
    enrollment = _enrollment(key)
    again = Enrollment.from_file_bytes(enrollment.to_file_bytes(key))
    assert again.entity_id == enrollment.entity_id and again.municipality == "Évora"
    assert again.fingerprint() == enrollment.fingerprint()


def test_an_enrollment_altered_after_signing_is_refused() -> None:
    key = Ed25519PrivateKey.generate()
    data = json.loads(_enrollment(key).to_file_bytes(key))
    data["entity_id"] = "someone-else"
    with pytest.raises(KeyFileError, match="altered"):
        Enrollment.from_file_bytes(canonical(data))


def test_an_enrollment_cannot_be_signed_with_another_key() -> None:
    with pytest.raises(ValueError):
        _enrollment(Ed25519PrivateKey.generate()).to_file_bytes(Ed25519PrivateKey.generate())


def _receipt() -> Receipt:
    return Receipt(BUNDLE_ID, BUNDLE_SHA, "entity", "2026-11", 1, "2026-12-01T10:00:05+00:00")


def test_a_receipt_from_the_pinned_nair_for_this_bundle_is_accepted() -> None:
    nair = NairKeyPair.generate("NAIR")
    data = sign_receipt(_receipt(), nair.signer)
    receipt = verify_receipt(
        data, nair.public().verify_key, bundle_id=BUNDLE_ID, bundle_sha256=BUNDLE_SHA
    )
    assert receipt == _receipt()


def test_a_receipt_signed_by_another_key_is_refused() -> None:
    data = sign_receipt(_receipt(), NairKeyPair.generate("Impostor").signer)
    pinned = NairKeyPair.generate("NAIR").public().verify_key
    with pytest.raises(ReceiptError, match="pinned"):
        verify_receipt(data, pinned, bundle_id=BUNDLE_ID, bundle_sha256=BUNDLE_SHA)


def test_a_receipt_for_another_bundle_or_other_bytes_is_refused() -> None:
    nair = NairKeyPair.generate("NAIR")
    data = sign_receipt(_receipt(), nair.signer)
    key = nair.public().verify_key
    other_id = "9b7f3e6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"
    with pytest.raises(ReceiptError, match="another bundle"):
        verify_receipt(data, key, bundle_id=other_id, bundle_sha256=BUNDLE_SHA)
    with pytest.raises(ReceiptError, match="SHA-256"):
        verify_receipt(data, key, bundle_id=BUNDLE_ID, bundle_sha256="0" * 64)


def test_a_receipt_edited_after_signing_is_refused() -> None:
    nair = NairKeyPair.generate("NAIR")
    data = json.loads(sign_receipt(_receipt(), nair.signer))
    data["receipt"]["received_at"] = "2026-11-01T00:00:00+00:00"
    with pytest.raises(ReceiptError):
        verify_receipt(
            canonical(data), nair.public().verify_key, bundle_id=BUNDLE_ID,
            bundle_sha256=BUNDLE_SHA,
        )  # fmt: skip


@pytest.mark.parametrize("data", [b"", b"{}", b'{"receipt": 1, "signature": "x"}', b"\x00" * 10])
def test_junk_is_not_a_receipt(data: bytes) -> None:
    with pytest.raises(ReceiptError):
        verify_receipt(
            data, NairKeyPair.generate("N").public().verify_key, bundle_id=BUNDLE_ID,
            bundle_sha256=BUNDLE_SHA,
        )  # fmt: skip
