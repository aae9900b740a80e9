"""Fixtures shared by the storage tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE


@pytest.fixture
def vault_and_recovery(tmp_path: Path) -> Iterator[tuple[Vault, str]]:
    opened, recovery = Vault.create(
        tmp_path / "vault", entity_name="Associação de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=KDF_FLOOR,
    )  # fmt: skip
    yield opened, recovery
    opened.close()
