"""Post-quantum bundles (format 2) through the real NAIR, and format 1 still read where allowed."""

from __future__ import annotations

import random
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA65PrivateKey

from hostdesk.cli.main import main
from hostdesk.nair.keystore import create_keystore, load_keystore, upgrade_keystore
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import OutboxBundle
from hostdesk.storage.vault import Vault
from hostdesk.sync import delivery, endpoint, outbox
from hostdesk.sync.bundle import HYBRID_SIGNATURE, SUITE_NAME, read_header
from hostdesk.sync.errors import KeyChangeNeedsConfirmation
from hostdesk.sync.http_transport import HttpTransport
from hostdesk.sync.keys import NairKeyPair
from hostdesk.sync.receipt import parse_receipt, verify_receipt
from hostdesk.sync.signing import HYBRID_SIGNATURE_BYTES
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.nair_support import NairService, get_receipt, make_entity, seal_report
from tests.sync.conftest import FakeClock, add_submitted


def _post(service: NairService, data: bytes) -> httpx.Response:
    return httpx.post(f"{service.url}/v1/bundles", content=data, timeout=30)


def test_a_vault_sends_format_2_signed_with_both_keys_and_gets_a_hybrid_receipt(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    add_submitted(linked, "2026-11")
    with HttpTransport(timeout=5.0) as transport:
        assert len(delivery.send_due(linked, transport, clock=clock, rng=rng).delivered) == 1
    [info] = outbox.list_bundles(linked)
    with linked.session() as session:
        row = session.get(OutboxBundle, info.id)
        assert row is not None and row.bundle_data is not None and row.receipt is not None
        data, receipt = row.bundle_data, row.receipt
    header = read_header(data)
    assert data[8] == 2 and header.version == 2 and header.signature == HYBRID_SIGNATURE
    _receipt, _body, signature = parse_receipt(receipt)
    assert len(signature) == HYBRID_SIGNATURE_BYTES  # the NAIR signed with both too
    verify_receipt(receipt, nair_service.public_keys.verify_key, bundle_id=header.bundle_id,
                   bundle_sha256=info.sha256 or "")  # fmt: skip
    [registered] = nair_service.store.entities()
    assert registered.mldsa_public_key is not None and len(registered.mldsa_public_key) == 1952


def test_format_1_from_an_entity_with_classical_keys_is_still_accepted(tmp_path: Path) -> None:
    keys = NairKeyPair.generate("NAIR de 2025", hybrid=False)
    entity = make_entity()  # Ed25519 only, as enrolled before version 2
    old = seal_report(entity, keys.public())
    assert old.data[8] == 1
    with NairService(tmp_path / "nair", keys=keys.upgraded()) as service:  # the NAIR upgraded
        service.register(entity)
        assert _post(service, old.data).status_code == 201  # sealed to the old key: still read
        new = seal_report(entity, service.public_keys, month="2026-12")
        assert new.data[8] == 2 and read_header(new.data).signature == "Ed25519"
        assert _post(service, new.data).status_code == 201  # hybrid KEM, classical signature


def test_format_1_from_an_entity_that_registered_hybrid_keys_is_refused(tmp_path: Path) -> None:
    keys = NairKeyPair.generate("NAIR", hybrid=False)
    entity = make_entity(mldsa=MLDSA65PrivateKey.generate())
    downgraded = seal_report(entity, keys.public())  # format 1 can carry only Ed25519
    with NairService(tmp_path / "nair", keys=keys.upgraded()) as service:
        service.register(entity)
        answer = _post(service, downgraded.data)
        assert answer.status_code == 400 and answer.json()["code"] == "hybrid_required"
        assert service.store.reports() == []
        good = seal_report(entity, service.public_keys)
        assert _post(service, good.data).status_code == 201
        assert get_receipt(service.url, entity, good.header.bundle_id).status_code == 200


def test_a_hybrid_signature_the_nair_has_no_key_for_is_held_not_accepted(
    nair_service: NairService,
) -> None:
    classical = make_entity()
    nair_service.register(classical)
    upgraded = make_entity(key=classical.key, mldsa=MLDSA65PrivateKey.generate())
    answer = _post(nair_service, seal_report(upgraded, nair_service.public_keys).data)
    assert answer.status_code == 403 and answer.json()["code"] == "unregistered_key"


def test_a_signature_stripped_of_its_ml_dsa_part_is_refused(nair_service: NairService) -> None:
    entity = make_entity(mldsa=MLDSA65PrivateKey.generate())
    nair_service.register(entity)
    impostor = make_entity(key=entity.key)  # holds the Ed25519 key only, claims classical
    answer = _post(nair_service, seal_report(impostor, nair_service.public_keys).data)
    assert answer.status_code == 400 and answer.json()["code"] == "hybrid_required"


def test_moving_a_pinned_v1_nair_key_to_a_hybrid_one_asks_for_the_fingerprint_again(
    vault: Vault, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nair"
    secret = "passphrase of the NAIR key"
    old = create_keystore(folder, "NAIR", secret, kdf=FAST_TEST_PARAMS)
    # A key made before version 2: write it classical, as it was.
    classical = NairKeyPair("NAIR", old.encryption_key, old.signing_key)
    endpoint.configure(vault, "", classical.public())
    with pytest.raises(KeyChangeNeedsConfirmation):
        endpoint.configure(vault, "", classical.upgraded().public())
    vault.close()
    new_file = tmp_path / "nair-key-v2.json"
    upgraded = classical.upgraded().public()
    new_file.write_bytes(upgraded.to_file_bytes())
    args = ["sync", "configure", "--vault", str(vault.path), "--passphrase-file",
            str(passphrase_file), "--nair-key", str(new_file)]  # fmt: skip
    assert main(args) == 2 and "Check the new fingerprint" in capsys.readouterr().err
    assert main([*args, "--replace-key", "--fingerprint", classical.public().fingerprint()]) == 1
    assert "does not match" in capsys.readouterr().err
    assert main([*args, "--replace-key", "--fingerprint", upgraded.fingerprint()]) == 0
    with Vault.open(vault.path, COORDINATOR, PASSPHRASE) as reopened, reopened.session() as s:
        setup = endpoint.load_setup(s)
    assert setup is not None and setup.keys.hybrid


def test_hostdesk_nair_upgrade_key_keeps_the_classical_keys_and_adds_the_others(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "nair"
    secret = "passphrase of the NAIR key"
    create_keystore(folder, "NAIR", secret, kdf=FAST_TEST_PARAMS)
    assert load_keystore(folder, secret).hybrid  # new keys are hybrid from the start
    with pytest.raises(Exception, match="post-quantum keys already"):
        upgrade_keystore(folder, secret, kdf=FAST_TEST_PARAMS)


def test_bundle_sizes_by_format(capsys: pytest.CaptureFixture[str]) -> None:
    """The figures of docs/sync-format.md ("Sizes"): what format 2 adds to a bundle."""
    entity_v1, entity_v2 = make_entity(), make_entity(mldsa=MLDSA65PrivateKey.generate())
    v1 = seal_report(entity_v1, NairKeyPair.generate("N", hybrid=False).public()).data
    v2 = seal_report(entity_v2, NairKeyPair.generate("N").public()).data
    signature_field = len(b',"signature":"Ed25519+ML-DSA-65"')  # in the header and the manifest
    shorter_suite = len(SUITE_NAME[1]) - len(SUITE_NAME[2])
    kem, signatures = 1120 - 32, HYBRID_SIGNATURE_BYTES - 64
    assert len(v2) - len(v1) == kem + signatures + 2 * signature_field - shorter_suite == 4450


def test_a_bundle_sealed_to_the_classical_key_accepts_the_upgraded_nairs_receipt() -> None:
    """A vault that pinned the key before the NAIR upgraded checks the Ed25519 part."""
    from hostdesk.sync.receipt import Receipt, sign_receipt

    classical = NairKeyPair.generate("NAIR", hybrid=False)
    receipt = Receipt(bundle_id="b", bundle_sha256="a" * 64, entity_id="e", period="2026-11",
                      revision=1, received_at="2026-12-01T10:00:00+00:00")  # fmt: skip
    signed = sign_receipt(receipt, classical.upgraded().signer)
    assert verify_receipt(signed, classical.public().verify_key, bundle_id="b",
                          bundle_sha256="a" * 64) == receipt  # fmt: skip


def test_a_vault_with_hybrid_keys_told_to_pin_the_current_key_is_not_retried(
    vault: Vault, tmp_path: Path, clock: FakeClock, rng: random.Random
) -> None:
    from tests.sync.conftest import enroll_at

    classical = NairKeyPair.generate("NAIR", hybrid=False)
    with NairService(tmp_path / "nair", keys=classical.upgraded()) as service:
        enroll_at(vault, service)  # a hybrid enrollment...
        endpoint.configure(vault, service.url, classical.public())  # ...but the old key pinned
        add_submitted(vault, "2026-11")
        with HttpTransport(timeout=5.0) as transport:
            sent = delivery.send_due(vault, transport, clock=clock, rng=rng)
    [(_, reason)] = sent.rejected
    assert "pin the NAIR's current key" in reason
