"""An older HostDesk given a vault from a newer one refuses it and leaves every file as it was."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from hostdesk.cli.main import main
from hostdesk.storage.errors import VaultTooNew
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE

SENTENCE = "was made by a newer version of HostDesk; update HostDesk to open it."


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def newer_schema(vault: Vault) -> Path:
    """A vault whose database a later HostDesk migrated to a revision this one lacks."""
    with vault.changing() as session:
        session.exec(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))  # type: ignore[call-overload]
    path = vault.path
    vault.close()
    return path


def test_a_newer_schema_is_refused_and_no_byte_changes(newer_schema: Path) -> None:
    before = _files(newer_schema)
    with pytest.raises(VaultTooNew) as refused:
        Vault.open(newer_schema, COORDINATOR, PASSPHRASE)
    assert SENTENCE in str(refused.value)
    gc.collect()  # whatever the refused open left for the garbage collector has run
    assert _files(newer_schema) == before


def test_the_command_line_says_it_in_one_sentence_and_changes_nothing(
    newer_schema: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(newer_schema)
    code = main(["search", "--vault", str(newer_schema), "--passphrase-file",
                 str(passphrase_file), "Ali"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == f"hostdesk: The vault {newer_schema} {SENTENCE}"
    gc.collect()
    assert _files(newer_schema) == before


def test_a_newer_header_format_is_refused_and_no_byte_changes(vault: Vault) -> None:
    path = vault.path
    vault.close()
    header = path / "header.json"
    data = json.loads(header.read_bytes())
    data["format_version"] += 1
    header.write_text(json.dumps(data), encoding="utf-8")
    before = _files(path)
    with pytest.raises(VaultTooNew, match="written by a newer HostDesk"):
        Vault.open(path, COORDINATOR, PASSPHRASE)
    assert _files(path) == before
