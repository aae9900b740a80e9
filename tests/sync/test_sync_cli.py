"""``hostdesk sync …`` as a coordinator uses it, against the real NAIR on loopback."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import httpx
import pytest

from hostdesk.cli.main import main
from hostdesk.nair.registry import register_entity
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from hostdesk.sync import outbox
from hostdesk.sync.keys import Enrollment
from hostdesk.sync.outbox import BundleState
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.nair_support import NairService
from tests.sync.conftest import add_submitted


@pytest.fixture
def vault_args(vault_dir: Path, passphrase_file: Path) -> list[str]:
    vault, _ = Vault.create(
        vault_dir, entity_name="Câmara Municipal de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=KDF_FLOOR,
    )  # fmt: skip
    vault.close()
    return ["--vault", str(vault_dir), "--passphrase-file", str(passphrase_file)]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _enroll(
    capsys: pytest.CaptureFixture[str], args: list[str], tmp_path: Path, service: NairService
) -> str:
    target = tmp_path / "enrollment.json"
    code, out, _ = _run(capsys, "sync", "enroll", *args, "--out", str(target))
    assert code == 0
    fingerprint = re.search(r"Fingerprint.*: (\S+)", out)
    assert fingerprint is not None
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    enrollment = Enrollment.from_file_bytes(target.read_bytes())
    assert enrollment.fingerprint() == fingerprint.group(1)
    assert enrollment.entity_name == "Câmara Municipal de Teste"
    register_entity(service.store, target.read_bytes())
    return fingerprint.group(1)


def _pin_from_file(
    capsys: pytest.CaptureFixture[str], args: list[str], tmp_path: Path, service: NairService,
    *url: str,
) -> None:  # fmt: skip
    key_file = tmp_path / "nair-key.json"
    key_file.write_bytes(service.public_keys.to_file_bytes())
    fingerprint = service.public_keys.fingerprint()
    assert _run(capsys, "sync", "configure", *args, *url, "--nair-key", str(key_file),
                "--fingerprint", fingerprint)[0] == 0  # fmt: skip


def test_enroll_configure_submit_send_status(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService,
) -> None:  # fmt: skip
    _enroll(capsys, vault_args, tmp_path, nair_service)
    expected = nair_service.public_keys.fingerprint()

    code, out, err = _run(capsys, "sync", "configure", *vault_args, "--url", nair_service.url,
                          "--fetch", "--fingerprint", "0000-1111")  # fmt: skip
    assert code == 1 and expected in out and "does not match" in err
    code, out, _ = _run(capsys, "sync", "status", *vault_args)
    assert "not set up" in out

    code, out, _ = _run(capsys, "sync", "configure", *vault_args, "--url", nair_service.url,
                        "--fetch", "--fingerprint", expected.lower().replace("-", " "))  # fmt: skip
    assert code == 0 and "Pinned" in out

    code, out, _ = _run(capsys, "report", "monthly", *vault_args, "--month", "2026-11",
                        "--out", str(tmp_path / "reports"), "--submit")  # fmt: skip
    assert code == 0 and "queued for the NAIR" in out

    code, out, _ = _run(capsys, "sync", "send", *vault_args)
    assert code == 0 and "delivered" in out and "0 pending" in out
    code, out, _ = _run(capsys, "sync", "status", *vault_args)
    assert re.search(r"2026-11\s+r1\s+\S+\s+delivered\s+1 ", out), out
    assert len(nair_service.store.reports()) == 1


def test_send_fails_with_a_nonzero_status_while_the_nair_is_down(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService, vault_dir: Path,
) -> None:  # fmt: skip
    _enroll(capsys, vault_args, tmp_path, nair_service)
    _pin_from_file(capsys, vault_args, tmp_path, nair_service, "--url", nair_service.url)
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        add_submitted(vault, "2026-10")
    nair_service.stop()
    code, out, _ = _run(capsys, "sync", "send", *vault_args, "--timeout", "2")
    assert code == 1 and "could not be reached" in out
    code, out, _ = _run(capsys, "sync", "status", *vault_args)
    assert re.search(r"2026-10\s+r1\s+\S+\s+queued\s+1 ", out), out


def test_changing_the_pinned_key_needs_an_explicit_step_and_names_both_fingerprints(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService,
) -> None:  # fmt: skip
    from hostdesk.sync.keys import NairKeyPair

    _pin_from_file(capsys, vault_args, tmp_path, nair_service)
    other = NairKeyPair.generate("Outro NAIR").public()
    second = tmp_path / "second.json"
    second.write_bytes(other.to_file_bytes())

    code, _, err = _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(second),
                        "--fingerprint", other.fingerprint())  # fmt: skip
    assert code == 2
    assert nair_service.public_keys.fingerprint() in err and other.fingerprint() in err
    code, out, _ = _run(capsys, "sync", "status", *vault_args)
    assert nair_service.public_keys.fingerprint() in out

    # The replacement, too, is pinned only after the phone check.
    code, out, err = _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(second),
                          "--replace-key")  # fmt: skip
    assert code == 1 and other.fingerprint() in out and "--fingerprint" in err
    assert nair_service.public_keys.fingerprint() in _run(capsys, "sync", "status", *vault_args)[1]
    code, _, _ = _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(second),
                      "--replace-key", "--fingerprint", other.fingerprint())  # fmt: skip
    assert code == 0
    assert other.fingerprint() in _run(capsys, "sync", "status", *vault_args)[1]


def test_a_key_file_is_pinned_only_after_its_fingerprint_is_confirmed(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    key_file = tmp_path / "came-by-email.json"
    key_file.write_bytes(nair_service.public_keys.to_file_bytes())
    expected = nair_service.public_keys.fingerprint()

    code, out, err = _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(key_file))
    assert code == 1 and expected in out
    assert "check the fingerprint with the NAIR by phone" in err and "--fingerprint" in err
    assert "not set up" in _run(capsys, "sync", "status", *vault_args)[1]

    code, _, err = _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(key_file),
                        "--fingerprint", "0000-1111")  # fmt: skip
    assert code == 1 and "does not match" in err

    answers = iter(["no", "yes"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    assert _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(key_file))[0] == 1
    assert "not set up" in _run(capsys, "sync", "status", *vault_args)[1]
    code, out, _ = _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(key_file))
    assert code == 0 and "Pinned" in out
    assert expected in _run(capsys, "sync", "status", *vault_args)[1]


def test_configure_without_url_keeps_the_address_and_no_url_goes_files_only(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService,
) -> None:  # fmt: skip
    _pin_from_file(capsys, vault_args, tmp_path, nair_service, "--url", nair_service.url)
    key_file = tmp_path / "nair-key.json"

    # The same key again needs no new phone call, and without --url the address stays.
    code, out, _ = _run(capsys, "sync", "configure", *vault_args, "--nair-key", str(key_file))
    assert code == 0 and nair_service.url in out
    assert f"NAIR: {nair_service.url}" in _run(capsys, "sync", "status", *vault_args)[1]
    code, out, _ = _run(capsys, "sync", "configure", *vault_args, "--url", nair_service.url + "/x")
    assert code == 0  # the address alone, with the key pinned already
    assert f"NAIR: {nair_service.url}/x" in _run(capsys, "sync", "status", *vault_args)[1]

    code, out, _ = _run(capsys, "sync", "configure", *vault_args, "--no-url")
    assert code == 0 and "bundles go by file" in out
    assert "NAIR: files only" in _run(capsys, "sync", "status", *vault_args)[1]
    with pytest.raises(SystemExit):
        main(["sync", "configure", *vault_args, "--no-url", "--url", nair_service.url])


def test_configure_with_nothing_to_pin_says_what_to_give(
    capsys: pytest.CaptureFixture[str], vault_args: list[str]
) -> None:
    code, _, err = _run(capsys, "sync", "configure", *vault_args, "--url", "https://nair.example")
    assert code == 2 and "--nair-key" in err and "--fetch" in err


def test_export_then_import_the_receipt_file(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService, vault_dir: Path,
) -> None:  # fmt: skip
    _enroll(capsys, vault_args, tmp_path, nair_service)
    _pin_from_file(capsys, vault_args, tmp_path, nair_service)
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        add_submitted(vault, "2026-09")
        add_submitted(vault, "2026-08")
        outbox.heal(vault)
    code, out, _ = _run(capsys, "sync", "send", *vault_args)
    assert code == 1 and "send the bundles by file" in out  # no address: nothing goes by itself

    stick = tmp_path / "usb"
    stick.mkdir()
    code, out, _ = _run(capsys, "sync", "export", *vault_args, "--month", "2026-09",
                        "--out", str(stick / "setembro"))  # fmt: skip
    assert code == 0
    [bundle_file] = stick.glob("*.hdbundle")
    assert list(stick.glob("*.part")) == []
    assert stat.S_IMODE(bundle_file.stat().st_mode) == 0o600
    # At the NAIR, the file is taken in and its receipt written to a file for the way back.
    answer = httpx.post(nair_service.url + "/v1/bundles", content=bundle_file.read_bytes())
    receipt_file = tmp_path / "receipt.json"
    receipt_file.write_bytes(answer.content)

    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        august = next(b for b in outbox.list_bundles(vault) if b.month == "2026-08")
    code, _, err = _run(capsys, "sync", "import-receipt", *vault_args, str(receipt_file),
                        "--bundle", august.bundle_id or "")  # fmt: skip
    assert code == 2 and "another bundle" in err

    code, _, err = _run(capsys, "sync", "import-receipt", *vault_args, str(receipt_file),
                        "--bundle", "ffffffff")  # fmt: skip
    assert code == 2 and "no bundle ffffffff" in err

    # The short id `sync status` prints names the bundle as well as the full one.
    status = _run(capsys, "sync", "status", *vault_args)[1]
    short = re.search(r"2026-09\s+r1\s+(\S+)\s+queued", status)
    assert short is not None and len(short.group(1)) == 8
    code, out, err = _run(capsys, "sync", "import-receipt", *vault_args, str(receipt_file),
                          "--bundle", short.group(1))  # fmt: skip
    assert code == 0 and "2026-09" in out, err
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        states = {b.month: b.state for b in outbox.list_bundles(vault)}
    assert states == {"2026-09": BundleState.DELIVERED, "2026-08": BundleState.QUEUED}
    # The same receipt again is harmless.
    assert _run(capsys, "sync", "import-receipt", *vault_args, str(receipt_file))[0] == 0


def test_a_forged_receipt_file_is_refused(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService, vault_dir: Path,
) -> None:  # fmt: skip
    from hostdesk.sync.keys import NairKeyPair
    from hostdesk.sync.receipt import Receipt, sign_receipt

    _pin_from_file(capsys, vault_args, tmp_path, nair_service)
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        add_submitted(vault, "2026-07")
        outbox.heal(vault)
        [info] = outbox.list_bundles(vault)
    forged = sign_receipt(
        Receipt(info.bundle_id or "", info.sha256 or "", "x", "2026-07", 1, "2026-12-01T00:00:00"),
        NairKeyPair.generate("impostor").signing_key,
    )
    receipt_file = tmp_path / "forged.json"
    receipt_file.write_bytes(forged)
    code, _, err = _run(capsys, "sync", "import-receipt", *vault_args, str(receipt_file))
    assert code == 2 and "not signed by the NAIR key pinned" in err
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        assert outbox.list_bundles(vault)[0].state is BundleState.QUEUED


def test_pinned_before_registration_send_says_so_and_retry_now_sends_once_registered(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService, vault_dir: Path,
) -> None:  # fmt: skip
    _pin_from_file(capsys, vault_args, tmp_path, nair_service, "--url", nair_service.url)
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        add_submitted(vault, "2026-10")
    code, out, _ = _run(capsys, "sync", "send", *vault_args)
    assert code == 1 and "register this entity" in out and "1 pending" in out
    code, out, _ = _run(capsys, "sync", "status", *vault_args)
    assert "1 refused for now" in out
    assert re.search(r"2026-10\s+r1\s+\S+\s+queued\s+1 .*register this entity", out), out

    _enroll(capsys, vault_args, tmp_path, nair_service)
    code, out, _ = _run(capsys, "sync", "send", *vault_args)
    assert code == 1 and "delivered" not in out and "--retry-now" in out  # the pause holds
    code, out, _ = _run(capsys, "sync", "send", *vault_args, "--retry-now")
    assert code == 0 and "delivered" in out and "0 pending" in out
    assert len(nair_service.store.reports()) == 1


def test_an_export_that_cannot_be_written_leaves_no_file(
    capsys: pytest.CaptureFixture[str], vault_args: list[str], tmp_path: Path,
    nair_service: NairService, vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _pin_from_file(capsys, vault_args, tmp_path, nair_service)
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        add_submitted(vault, "2026-05")
        outbox.heal(vault)
    stick = tmp_path / "full-stick"
    stick.mkdir()
    real_fsync = os.fsync

    def full_stick(fd: int) -> None:  # the bundle's bytes do not fit; the vault's own writes do
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(stick)):
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_stick)
    code, _, err = _run(capsys, "sync", "export", *vault_args, "--month", "2026-05",
                        "--out", str(stick / "maio"))  # fmt: skip
    assert code == 2 and "Could not write maio.hdbundle" in err
    assert list(stick.iterdir()) == []
