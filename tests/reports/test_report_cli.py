"""``hostdesk report family`` and ``hostdesk report monthly`` end to end."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from hostdesk.cli.main import main
from hostdesk.reports.monthly import revisions
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.reports.conftest import ARABIC_HEAD, add_sample_family


@pytest.fixture
def filled(vault: Vault) -> Path:
    add_sample_family(vault)
    path = vault.path
    vault.close()  # the command opens it itself
    return path


def _args(vault_dir: Path, passphrase_file: Path) -> list[str]:
    return ["--vault", str(vault_dir), "--user", COORDINATOR,
            "--passphrase-file", str(passphrase_file)]  # fmt: skip


def test_family_report_from_the_command_line(
    filled: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "relatorio.pdf"
    code = main(["report", "family", *_args(filled, passphrase_file), "--case", "HD-2026-00042",
                 "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out),
                 "--lang", "en"])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "HD-2026-00042" in printed and "Mohammed" not in printed
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    content = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    assert "Family progress report" in content
    assert ARABIC_HEAD in content
    assert not list(tmp_path.glob("*.part"))


def test_an_unknown_case_and_a_bad_date_are_one_line_each(
    filled: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code = main(["report", "family", *_args(filled, passphrase_file), "--case", "HD-1999-99999",
                 "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert err.strip() == "hostdesk: There is no case HD-1999-99999 in this vault."
    assert not out.exists()
    with pytest.raises(SystemExit):
        main(["report", "family", *_args(filled, passphrase_file), "--case", "HD-2026-00042",
              "--from", "30/11/2026", "--to", "2026-11-30", "--out", str(out)])  # fmt: skip
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_monthly_report_draft_then_submitted(
    filled: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nair"
    assert main(["report", "monthly", *_args(filled, passphrase_file), "--month", "2026-11",
                 "--out", str(out)]) == 0  # fmt: skip
    assert "draft, not submitted" in capsys.readouterr().out
    draft_json = (out / "relatorio-mensal-2026-11-r1.json").read_bytes()
    assert json.loads(draft_json)["month"] == "2026-11"
    assert (out / "relatorio-mensal-2026-11-r1.pdf").read_bytes().startswith(b"%PDF")

    assert main(["report", "monthly", *_args(filled, passphrase_file), "--month", "2026-11",
                 "--out", str(out), "--submit"]) == 0  # fmt: skip
    assert "submitted and frozen" in capsys.readouterr().out
    # Nothing changed since: a second submission has nothing to correct.
    assert main(["report", "monthly", *_args(filled, passphrase_file), "--month", "2026-11",
                 "--out", str(out), "--submit"]) == 1  # fmt: skip
    assert "Nothing changed" in capsys.readouterr().err
    with Vault.open(filled, COORDINATOR, PASSPHRASE) as vault:
        rows = revisions(vault, "2026-11")
    assert [(r.month, r.revision, r.submitted) for r in rows] == [("2026-11", 1, True)]
    assert rows[0].json_data == draft_json


def test_a_bad_month_is_refused(
    filled: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "monthly", *_args(filled, passphrase_file), "--month", "2026-13",
                 "--out", str(tmp_path)]) == 2  # fmt: skip
    assert "YYYY-MM" in capsys.readouterr().err


def test_family_doc_writes_a_reviewed_language_and_refuses_an_unreviewed_one(
    filled: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    out = tmp_path / "consent.pdf"
    code = main(["family-doc", *_args(filled, passphrase_file), "--case", "HD-2026-00042",
                 "--doc", "consent", "--lang", "en", "--with-portuguese",
                 "--out", str(out)])  # fmt: skip
    assert code == 0
    assert "not encrypted" in capsys.readouterr().out
    content = unicodedata.normalize("NFKC", "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages))
    assert "Your personal data" in content and "Os vossos dados pessoais" in content

    refused = tmp_path / "ar.pdf"
    code = main(["family-doc", *_args(filled, passphrase_file), "--case", "HD-2026-00042",
                 "--doc", "consent", "--lang", "ar", "--out", str(refused)])  # fmt: skip
    assert code == 1 and not refused.exists()
    err = capsys.readouterr().err
    assert "in Arabic has not been reviewed" in err and "not informed consent" in err
    code = main(["family-doc", *_args(filled, passphrase_file), "--case", "HD-2026-00042",
                 "--doc", "info", "--lang", "ti", "--out", str(refused)])  # fmt: skip
    assert code == 1 and "no text of this document in Tigrinya" in capsys.readouterr().err
