"""Shared fixtures: real, temporary, encrypted vaults with synthetic data only."""

from __future__ import annotations

import os
import shutil
import tempfile

# Before anything imports Qt: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# Preferences (QSettings) and app data go to a folder of this run, never the user's own;
# it is removed when the run ends (pytest_sessionfinish below).
os.environ["HOSTDESK_TEST_HOME"] = tempfile.mkdtemp(prefix="hostdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(os.environ["HOSTDESK_TEST_HOME"], "config")
os.environ["XDG_DATA_HOME"] = os.path.join(os.environ["HOSTDESK_TEST_HOME"], "data")

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hostdesk.storage import kdf
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"
COORDINATOR = "ana.coordenadora"


@pytest.fixture(autouse=True, scope="session")
def _cheap_key_derivation() -> Iterator[None]:
    """Argon2id at 8 MiB and one pass for every test, injected in code: the headers the
    tests write carry real parameters (the floor), as a user's always do. Session-wide,
    so that a vault a module-scoped fixture makes opens in every test."""
    with cheap_derivation_for_tests():
        yield


@contextmanager
def real_key_derivation() -> Iterator[None]:
    """The real cost within the block: for a key file a child process (which does not
    share the suite's cheap derivation) must open."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(kdf, "_override", [])
        yield


@pytest.fixture(autouse=True)
def _private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What HostDesk keeps on this computer (the removal register) goes under the test's
    own folder, never into the real home."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """A new, empty vault opened by its coordinator; closed after the test."""
    opened, _recovery = Vault.create(
        vault_dir,
        entity_name="Associação de Teste",
        username=COORDINATOR,
        passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )
    yield opened
    opened.close()


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(os.environ["HOSTDESK_TEST_HOME"], ignore_errors=True)
