"""The PAR export: entity-level figures only, as JSON and as a spreadsheet read back."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from odf.opendocument import load as load_ods
from odf.table import TableCell, TableRow
from sqlalchemy import text

from hostdesk.cli.main import main
from hostdesk.reports.par_export import ParExportRefused, build_par_export
from hostdesk.reports.spreadsheet import SheetFormat, ods_bytes, xlsx_bytes
from hostdesk.storage import settings
from hostdesk.storage.vault import Vault
from tests.reports.conftest import add_sample_family


def _par_member(vault: Vault) -> None:
    with vault.changing() as s:
        settings.put(s, vault.user.username, settings.PAR_MEMBER, True)


def test_only_a_par_member_has_a_par_export(vault: Vault) -> None:
    with pytest.raises(ParExportRefused):
        build_par_export(vault, "2026-11")


def test_the_export_holds_aggregates_and_no_family(vault: Vault) -> None:
    add_sample_family(vault)
    _par_member(vault)
    export = build_par_export(vault, "2026-11")
    assert set(export.data) == {
        "format", "month", "period", "entity", "legal_basis", "totals", "indicators", "health",
        "channel_rules",
    }  # fmt: skip
    raw = export.json_bytes.decode()
    for secret in ("HD-2026-00042", "NAIR-LX-0042", "Mohammed", "P1"):
        assert secret not in raw
    assert "recital 26" in export.data["legal_basis"]
    assert export.data["totals"]["families_followed"] == 1
    with vault.engine.connect() as conn:
        actions = conn.execute(text("SELECT action FROM audit_log")).scalars().all()
    assert "report.par.export" in actions


def test_the_spreadsheets_read_back(vault: Vault) -> None:
    add_sample_family(vault)
    _par_member(vault)
    export = build_par_export(vault, "2026-11")
    book = openpyxl.load_workbook(io.BytesIO(export.spreadsheet(SheetFormat.XLSX)))
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0] == ("Secção", "Número", "Valor", "De", "Idade incerta")
    assert ("totals", "families_followed", 1, None, None) in rows
    document = load_ods(io.BytesIO(export.spreadsheet(SheetFormat.ODS, "en")))
    texts = [
        [str(cell) for cell in row.getElementsByType(TableCell)]
        for row in document.spreadsheet.getElementsByType(TableRow)
    ]
    assert texts[0] == ["Section", "Figure", "Value", "Of", "Age uncertain"]
    assert ["totals", "families_followed", "1", "", ""] in texts


def test_a_value_never_becomes_a_formula() -> None:
    rows = [["=HYPERLINK(\"http://x\")", 3, date(2026, 11, 30)]]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(["a", "b", "c"], rows, "S"))).active
    assert sheet["A2"].value == "'=HYPERLINK(\"http://x\")"  # type: ignore[index]
    assert sheet["B2"].value == 3  # type: ignore[index]
    content = zipfile.ZipFile(io.BytesIO(ods_bytes(["a"], rows, "S"))).read("content.xml")
    assert b"table:formula" not in content
    assert b"'=HYPERLINK" in content


def test_the_cli_writes_json_and_ods(vault: Vault, tmp_path: Path, passphrase_file: Path) -> None:
    add_sample_family(vault)
    _par_member(vault)
    path, user = vault.path, vault.user.username
    vault.close()
    out = tmp_path / "par"
    code = main(["report", "par", "--vault", str(path), "--user", user, "--passphrase-file",
                 str(passphrase_file), "--month", "2026-11", "--out", str(out)])  # fmt: skip
    assert code == 0
    data = json.loads((out / "par-2026-11.json").read_text(encoding="utf-8"))
    assert data["format"] == "hostdesk-par-export-v1"
    assert (out / "par-2026-11.ods").stat().st_mode & 0o777 == 0o600
