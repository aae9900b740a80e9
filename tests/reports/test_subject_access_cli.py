"""``hostdesk subject-access`` as a coordinator answering an access request uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostdesk.cli.main import main
from hostdesk.storage.vault import Vault
from tests.reports.conftest import ARABIC_SPOUSE, SampleIds
from tests.reports.test_report_cli import _args


@pytest.fixture
def closed(sample: SampleIds, vault: Vault) -> SampleIds:
    vault.close()  # the command opens it itself
    return sample


def test_without_a_member_the_command_lists_the_case_members(
    closed: SampleIds, vault_dir: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _args(vault_dir, passphrase_file)
    code = main(["subject-access", *args, "--case", closed.case_number])
    assert code == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"{closed.head_id}\tMohammed Al-Ahmad\tمحمد الأحمد (head)"
    assert f"{closed.spouse_id}\tFátima Al-Zahra\t{ARABIC_SPOUSE}" in lines


def test_the_export_is_written_and_a_member_of_another_case_is_refused(
    closed: SampleIds, vault_dir: Path, passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    base = ["subject-access", *_args(vault_dir, passphrase_file), "--case", closed.case_number,
            "--out", str(tmp_path / "out")]  # fmt: skip
    assert main([*base, "--member", str(closed.spouse_id), "--lang", "en"]) == 0
    written = sorted((tmp_path / "out").iterdir())
    assert [p.suffix for p in written] == [".json", ".pdf"]
    assert json.loads(written[0].read_text(encoding="utf-8"))["person"]["name_original"] == (
        ARABIC_SPOUSE
    )
    assert "Zahra" not in capsys.readouterr().out
    assert main([*base, "--member", "9999"]) == 2
    assert "not in case" in capsys.readouterr().err
    assert main(["subject-access", *_args(vault_dir, passphrase_file), "--case", "HD-1999-1",
                 "--member", "1", "--out", str(tmp_path)]) == 1  # fmt: skip
