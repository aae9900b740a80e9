"""Bundles: what the NAIR accepts, and every way a bundle can be refused."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostdesk.sync import bundle as bundle_module
from hostdesk.sync.bundle import (
    MAX_BUNDLE_BYTES,
    BundleError,
    open_bundle,
    read_header,
    seal_bundle,
)
from hostdesk.sync.keys import NairKeyPair, canonical

ENTITY_ID = "3f6b1d2e-0000-4000-8000-00000000e001"
# A report's JSON as the monthly report writes it; the name is synthetic.
REPORT = canonical({"period": "2026-11", "families": [{"head": "عائلة تجريبية"}]})
PDF = b"%PDF-1.4 synthetic\n%%EOF\n"


@pytest.fixture(scope="module")
def nair() -> NairKeyPair:
    # A NAIR key made before version 2: these tests are of format 1, still read
    # (format 2, sealed to hybrid keys, is tests/sync/test_bundle_v2.py).
    return NairKeyPair.generate("NAIR de teste", hybrid=False)


@pytest.fixture(scope="module")
def entity_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _seal(nair: NairKeyPair, entity_key: Ed25519PrivateKey, **overrides: object) -> bytes:
    arguments: dict[str, object] = {
        "entity_id": ENTITY_ID,
        "entity_key": entity_key,
        "nair": nair.public(),
        "period": "2026-11",
        "revision": 2,
        "schema_version": "monthly-report-v1",
        "report_json": REPORT,
        "report_pdf": PDF,
    }
    arguments.update(overrides)
    return seal_bundle(**arguments).data  # type: ignore[arg-type]


def _open(data: bytes, nair: NairKeyPair, entity_key: Ed25519PrivateKey) -> object:
    registered = {ENTITY_ID: entity_key.public_key()}
    return open_bundle(data, nair=nair, entity_key_for=registered.get)


def _refused(data: bytes, nair: NairKeyPair, entity_key: Ed25519PrivateKey) -> str:
    with pytest.raises(BundleError) as raised:
        _open(data, nair, entity_key)
    assert str(raised.value)  # a reason a person can read
    return raised.value.code


def test_the_nair_reads_back_the_report_and_its_identity(nair, entity_key) -> None:
    sealed = seal_bundle(
        entity_id=ENTITY_ID, entity_key=entity_key, nair=nair.public(), period="2026-11",
        revision=2, schema_version="monthly-report-v1", report_json=REPORT, report_pdf=PDF,
    )  # fmt: skip
    opened = open_bundle(
        sealed.data, nair=nair, entity_key_for={ENTITY_ID: entity_key.public_key()}.get
    )
    assert opened.files == {"report.json": REPORT, "report.pdf": PDF}
    assert (opened.header.entity_id, opened.header.period, opened.header.revision) == (
        ENTITY_ID, "2026-11", 2,
    )  # fmt: skip
    assert opened.header == sealed.header == read_header(sealed.data)
    assert sealed.sha256 == hashlib.sha256(sealed.data).hexdigest()
    files = {f["name"]: f for f in opened.manifest["files"]}
    assert files["report.pdf"]["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert opened.manifest["recipient"] == nair.public().fingerprint()


def test_nothing_of_the_report_is_readable_in_the_bundle(nair, entity_key) -> None:
    data = _seal(nair, entity_key)
    assert "عائلة".encode() not in data
    assert b"families" not in data and b"%PDF" not in data


def test_two_seals_of_one_report_differ(nair, entity_key) -> None:
    # A fresh ephemeral key each time: equal reports do not give equal bundles.
    assert _seal(nair, entity_key) != _seal(nair, entity_key)


def test_a_flipped_bit_anywhere_after_the_header_is_refused(nair, entity_key) -> None:
    data = _seal(nair, entity_key)
    header_end = bundle_module._PREFIX.size + struct.unpack_from(">I", data, 9)[0]
    for position in (header_end, header_end + 31, header_end + 40, len(data) // 2, len(data) - 1):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        assert _refused(bytes(damaged), nair, entity_key) == "decryption_failed"


def test_a_changed_header_does_not_decrypt(nair, entity_key) -> None:
    # The header stays well-formed and canonical, but claims another revision.
    data = _seal(nair, entity_key)
    header = read_header(data)
    forged = canonical({**header.to_json(), "revision": 3})
    original = canonical(header.to_json())
    assert len(forged) == len(original)
    tampered = data.replace(original, forged)
    assert read_header(tampered).revision == 3
    assert _refused(tampered, nair, entity_key) == "decryption_failed"


def test_a_bundle_signed_by_another_key_is_refused(nair, entity_key) -> None:
    impostor = Ed25519PrivateKey.generate()
    data = _seal(nair, impostor)
    assert _refused(data, nair, entity_key) == "bad_signature"


def test_an_unregistered_entity_is_refused_before_decrypting(nair, entity_key) -> None:
    data = _seal(nair, entity_key, entity_id="another-entity")
    assert _refused(data, nair, entity_key) == "unknown_entity"


def test_a_bundle_sealed_for_another_nair_is_refused(nair, entity_key) -> None:
    other = NairKeyPair.generate("Outra")
    assert _refused(_seal(other, entity_key), nair, entity_key) == "decryption_failed"


def test_an_unknown_schema_version_is_named(nair, entity_key) -> None:
    data = _seal(nair, entity_key)
    original = canonical(read_header(data).to_json())
    forged = original.replace(b"monthly-report-v1", b"monthly-report-v9")
    assert _refused(data.replace(original, forged), nair, entity_key) == "unknown_schema"


@pytest.mark.parametrize(
    "data",
    [b"", b"HDBUNDLE", b"not a bundle at all", b"HDBUNDLE\x02\x00\x00\x00\x02{}"],
)
def test_junk_is_malformed(nair, entity_key, data: bytes) -> None:
    assert _refused(data, nair, entity_key) == "malformed"


def test_a_truncated_bundle_is_refused(nair, entity_key) -> None:
    data = _seal(nair, entity_key)
    assert _refused(data[: len(data) - 10], nair, entity_key) == "decryption_failed"


def test_an_oversized_bundle_is_refused_unread(nair, entity_key) -> None:
    assert _refused(b"\0" * (MAX_BUNDLE_BYTES + 1), nair, entity_key) == "too_large"


# -- bundles a careless or hostile sender could seal with a valid signature --------------


def _seal_raw(
    nair: NairKeyPair, key: Ed25519PrivateKey, manifest: dict, stored: bytes, header: dict
) -> bytes:
    manifest_bytes = canonical(manifest)
    inner = (
        struct.pack(">I", len(manifest_bytes))
        + manifest_bytes
        + key.sign(bundle_module.SIGNATURE_CONTEXT[1] + manifest_bytes)
        + stored
    )
    header_bytes = canonical(header)
    sealed = nair.public().sealing_key.seal(
        inner, bundle_module.INFO_CONTEXT[1] + header_bytes, hybrid=False
    )
    return bundle_module._PREFIX.pack(b"HDBUNDLE", 1, len(header_bytes)) + header_bytes + sealed


def _parts(nair: NairKeyPair, content: bytes, encoding: str = "identity", stored: bytes = b""):
    header = {
        "format": "hostdesk-bundle-v1", "suite": bundle_module.SUITE_NAME[1],
        "bundle_id": "0b7f3e6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "entity_id": ENTITY_ID,
        "period": "2026-11", "revision": 1, "schema_version": "monthly-report-v1",
        "created_at": "2026-12-01T10:00:00+00:00",
    }  # fmt: skip
    body = stored or content
    manifest = {
        **{k: v for k, v in header.items() if k not in ("format", "suite")},
        "format": "hostdesk-manifest-v1",
        "recipient": nair.public().fingerprint(),
        "files": [{
            "name": "report.json", "media_type": "application/json", "encoding": encoding,
            "size": len(content), "stored_size": len(body),
            "sha256": hashlib.sha256(content).hexdigest(),
        }],
    }  # fmt: skip
    return header, manifest, body


def test_a_well_formed_hand_made_bundle_opens(nair, entity_key) -> None:
    header, manifest, body = _parts(nair, REPORT)
    data = _seal_raw(nair, entity_key, manifest, body, header)
    assert _open(data, nair, entity_key).files == {"report.json": REPORT}  # type: ignore[attr-defined]


def test_a_manifest_that_disagrees_with_the_header_is_refused(nair, entity_key) -> None:
    header, manifest, body = _parts(nair, REPORT)
    manifest["period"] = "2026-10"
    data = _seal_raw(nair, entity_key, manifest, body, header)
    assert _refused(data, nair, entity_key) == "manifest_mismatch"


def test_a_manifest_for_another_recipient_is_refused(nair, entity_key) -> None:
    header, manifest, body = _parts(nair, REPORT)
    manifest["recipient"] = NairKeyPair.generate("Outra").public().fingerprint()
    data = _seal_raw(nair, entity_key, manifest, body, header)
    assert _refused(data, nair, entity_key) == "manifest_mismatch"


def test_a_file_that_does_not_match_its_hash_is_refused(nair, entity_key) -> None:
    header, manifest, body = _parts(nair, REPORT)
    data = _seal_raw(nair, entity_key, manifest, body.replace(b"2026", b"2027"), header)
    assert _refused(data, nair, entity_key) == "file_mismatch"


def test_a_decompression_bomb_stops_at_the_announced_size(nair, entity_key) -> None:
    small = b"{}"
    bomb = zlib.compress(b"\0" * 50_000_000, 9)
    header, manifest, body = _parts(nair, small, encoding="deflate", stored=bomb)
    data = _seal_raw(nair, entity_key, manifest, body, header)
    assert _refused(data, nair, entity_key) == "file_mismatch"


def test_extra_bytes_after_the_files_are_refused(nair, entity_key) -> None:
    header, manifest, body = _parts(nair, REPORT)
    data = _seal_raw(nair, entity_key, manifest, body + b"smuggled", header)
    assert _refused(data, nair, entity_key) == "file_mismatch"


def test_the_header_holds_no_personal_data(nair, entity_key) -> None:
    data = _seal(nair, entity_key)
    header = json.loads(canonical(read_header(data).to_json()))
    assert set(header) == {
        "format", "suite", "bundle_id", "entity_id", "period", "revision", "schema_version",
        "created_at",
    }  # fmt: skip


@pytest.fixture(scope="module")
def valid_bundle(nair, entity_key) -> bytes:
    return _seal(nair, entity_key)


_EDITS = st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1, max_size=4)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=_EDITS, cut=st.none() | st.integers(min_value=0))
def test_any_damage_is_a_bundle_error_never_a_crash(
    nair, entity_key, valid_bundle, edits, cut
) -> None:
    data = bytearray(valid_bundle)
    for position, flip in edits:
        data[position % len(data)] ^= flip
    if cut is not None:
        del data[cut % len(data) :]
    if bytes(data) == valid_bundle:
        return  # two edits undid each other
    with pytest.raises(BundleError):
        _open(bytes(data), nair, entity_key)
