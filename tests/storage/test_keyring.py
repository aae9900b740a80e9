"""The key wrapping a user relies on: passphrases, the recovery key, the header file."""

from __future__ import annotations

import errno
import json
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import keyring
from hostdesk.storage.errors import (
    HeaderCorrupt,
    PermissionDenied,
    UserExists,
    VaultReadOnly,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hostdesk.storage.header import HEADER_NAME, VaultHeader, read_header, write_header
from hostdesk.storage.kdf import (
    KDF_FLOOR,
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    KdfParams,
    calibrate,
    derive_key,
)

PASSPHRASE = "correct horse battery staple"


def _new(username: str = "ana") -> tuple[VaultHeader, bytes, str]:
    key = keyring.new_data_key()
    header, recovery = keyring.create_header(key, username, PASSPHRASE, KDF_FLOOR)
    return header, key, recovery


def test_the_right_passphrase_unwraps_the_data_key() -> None:
    header, key, _ = _new()
    assert keyring.unlock_with_passphrase(header, "ana", PASSPHRASE) == key
    assert keyring.unlock_with_passphrase(header, "ANA", PASSPHRASE) == key


def test_a_wrong_passphrase_names_the_user_and_what_to_check() -> None:
    header, _, _ = _new()
    with pytest.raises(WrongPassphrase) as refused:
        keyring.unlock_with_passphrase(header, "ana", PASSPHRASE + "!")
    assert "ana" in str(refused.value)
    assert "Caps Lock" in str(refused.value)


def test_a_passphrase_typed_with_decomposed_accents_still_unlocks() -> None:
    key = keyring.new_data_key()
    composed = "coração de leão"
    header, _ = keyring.create_header(key, "ana", composed, KDF_FLOOR)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert keyring.unlock_with_passphrase(header, "ana", decomposed) == key


def test_a_slot_moved_to_another_vault_or_user_does_not_unwrap() -> None:
    header, _, _ = _new()
    other, _, _ = _new()
    stolen = replace(other, users=(replace(header.users[0], username="ana"),))
    with pytest.raises(WrongPassphrase):
        keyring.unlock_with_passphrase(stolen, "ana", PASSPHRASE)
    swapped = replace(header, users=(replace(header.users[0], user_id="someone-else"),))
    with pytest.raises(WrongPassphrase):
        keyring.unlock_with_passphrase(swapped, "ana", PASSPHRASE)


def test_the_recovery_key_forgives_case_spaces_and_look_alike_digits() -> None:
    header, key, recovery = _new()
    assert len(recovery.split("-")) == 12
    assert keyring.unlock_with_recovery_key(header, recovery) == key
    sloppy = recovery.lower().replace("-", " ").replace("o", "0")
    assert keyring.unlock_with_recovery_key(header, sloppy) == key


def test_a_mistyped_recovery_key_is_caught_by_its_checksum() -> None:
    header, _, recovery = _new()
    position = 3
    wrong = "A" if recovery[position] != "A" else "B"
    typo = recovery[:position] + wrong + recovery[position + 1 :]
    with pytest.raises(WrongRecoveryKey, match="typing mistake"):
        keyring.unlock_with_recovery_key(header, typo)
    with pytest.raises(WrongRecoveryKey, match="letters and digits"):
        keyring.unlock_with_recovery_key(header, recovery[:-5])


def test_a_recovery_key_of_another_vault_is_refused() -> None:
    header, _, _ = _new()
    _, _, other_recovery = _new()
    with pytest.raises(WrongRecoveryKey, match="does not belong"):
        keyring.unlock_with_recovery_key(header, other_recovery)


def test_users_are_added_with_their_own_passphrase_and_removed_with_their_key() -> None:
    header, key, _ = _new()
    header = keyring.add_user(header, key, "joao", Role.SOCIAL_WORKER, "joao's passphrase")
    assert keyring.unlock_with_passphrase(header, "joao", "joao's passphrase") == key
    with pytest.raises(UserExists):
        keyring.add_user(header, key, "JOAO", Role.SOCIAL_WORKER, "whatever passphrase")
    wrapped = header.user("joao").wrapped_secret
    header = keyring.remove_user(header, "joao")
    assert not header.has_user("joao")
    assert wrapped.hex() not in json.dumps(header.to_json())


def test_the_last_coordinator_cannot_be_removed() -> None:
    header, key, _ = _new()
    header = keyring.add_user(header, key, "joao", Role.SOCIAL_WORKER, "joao's passphrase")
    with pytest.raises(PermissionDenied, match="at least one coordinator"):
        keyring.remove_user(header, "ana")


def test_a_forgotten_passphrase_is_reset_with_the_recovery_key() -> None:
    header, key, recovery = _new()
    header = keyring.reset_passphrase_with_recovery(header, recovery, "ana", "a new passphrase")
    assert keyring.unlock_with_passphrase(header, "ana", "a new passphrase") == key
    with pytest.raises(WrongPassphrase):
        keyring.unlock_with_passphrase(header, "ana", PASSPHRASE)


def test_a_new_recovery_key_retires_the_old_one() -> None:
    header, key, old = _new()
    header, new = keyring.new_recovery_key(header, key)
    assert keyring.unlock_with_recovery_key(header, new) == key
    with pytest.raises(WrongRecoveryKey):
        keyring.unlock_with_recovery_key(header, old)


def test_the_header_survives_a_round_trip_through_its_file(tmp_path: Path) -> None:
    header, key, _ = _new()
    write_header(tmp_path, header)
    assert read_header(tmp_path) == header
    assert sorted(p.name for p in tmp_path.iterdir()) == [HEADER_NAME]
    assert keyring.unlock_with_passphrase(read_header(tmp_path), "ana", PASSPHRASE) == key


def test_a_header_with_a_damaged_slot_is_reported_as_damaged(tmp_path: Path) -> None:
    header, _, _ = _new()
    write_header(tmp_path, header)
    data = json.loads((tmp_path / HEADER_NAME).read_text(encoding="utf-8"))
    data["users"][0]["salt"] = "not base64!"
    (tmp_path / HEADER_NAME).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(HeaderCorrupt, match="restore"):
        read_header(tmp_path)


def test_a_failed_header_write_keeps_the_old_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header, key, _ = _new()
    write_header(tmp_path, header)
    before = (tmp_path / HEADER_NAME).read_bytes()
    changed = keyring.change_passphrase(header, key, "ana", "another passphrase")

    def refuse(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("os.replace", refuse)
    with pytest.raises(VaultReadOnly, match="cannot be written to"):
        write_header(tmp_path, changed)
    assert (tmp_path / HEADER_NAME).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [HEADER_NAME]


def test_calibration_never_goes_below_the_floor() -> None:
    params = calibrate(target_seconds=0.01)
    assert params.memory_kib >= MIN_MEMORY_KIB
    assert params.iterations >= MIN_ITERATIONS
    assert KdfParams.from_json(params.to_json()) == params


def test_stored_parameters_that_make_no_sense_are_refused() -> None:
    with pytest.raises(ValueError):
        KdfParams.from_json({"algorithm": "pbkdf2", "memory_kib": 1, "iterations": 1, "lanes": 1})
    with pytest.raises(ValueError):
        KdfParams.from_json({"algorithm": "argon2id", "memory_kib": 8, "iterations": 0, "lanes": 1})


def test_the_salt_changes_the_derived_key() -> None:
    first = derive_key(PASSPHRASE, b"\0" * 16, KDF_FLOOR)
    second = derive_key(PASSPHRASE, b"\1" * 16, KDF_FLOOR)
    assert first != second
    assert first == derive_key(PASSPHRASE, b"\0" * 16, KDF_FLOOR)


def test_a_header_asking_for_a_derivation_below_the_floor_is_refused(tmp_path: Path) -> None:
    header, _, _ = _new()
    write_header(tmp_path, header)
    data = json.loads((tmp_path / HEADER_NAME).read_text(encoding="utf-8"))
    for weak in ({"memory_kib": 8, "iterations": 1, "lanes": 1},
                 {"memory_kib": MIN_MEMORY_KIB, "iterations": 1, "lanes": 1},
                 {"memory_kib": MIN_MEMORY_KIB // 2, "iterations": 3, "lanes": 1}):  # fmt: skip
        data["kdf"].update(weak)
        (tmp_path / HEADER_NAME).write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(HeaderCorrupt, match="weaker passphrase protection"):
            read_header(tmp_path)
    with pytest.raises(ValueError, match="floor"):
        KdfParams(memory_kib=8192, iterations=1, lanes=1).check()


def test_the_tests_cheap_derivation_is_in_code_and_never_in_a_header(tmp_path: Path) -> None:
    import hostdesk.storage.kdf as kdf

    header, _, _ = _new()  # made under the suite's cheap derivation (tests/conftest.py)
    assert header.kdf == KDF_FLOOR  # the header carries the real floor, nothing cheaper
    salt = b"\0" * 16
    cheap = derive_key(PASSPHRASE, salt, KDF_FLOOR)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(kdf, "_override", [])  # as outside the tests: the real cost
        real = derive_key(PASSPHRASE, salt, KDF_FLOOR)
    assert cheap != real  # so a header alone can never make a derivation cheap
