"""``hostdesk import``: the report names rows, columns and problems, never what the cells hold."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlmodel import func, select

from hostdesk.cli.main import main
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.models import Family, Member
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.import_support import GOOD_ROWS, HEADER, csv_bytes

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "import-example.csv"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _recovery = Vault.create(path, entity_name="Teste", username=COORDINATOR,
                                    passphrase=PASSPHRASE, kdf=KDF_FLOOR)  # fmt: skip
    vault.close()
    return path


def run(vault_dir: Path, passphrase_file: Path, *args: str) -> int:
    return main(["import", "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file),
                 *args])  # fmt: skip


def families_and_members(vault_dir: Path) -> tuple[int, int]:
    with Vault.open(vault_dir, None, PASSPHRASE) as vault, vault.session() as session:
        return (
            session.exec(select(func.count()).select_from(Family)).one(),
            session.exec(select(func.count()).select_from(Member)).one(),
        )


def cell_values(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    headers = set(rows[0])
    return {c for row in rows[1:] for c in row if len(c) >= 4 and c not in headers}


def test_the_documented_example_imports_and_the_report_holds_no_personal_data(
    vault_dir: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(vault_dir, passphrase_file, str(EXAMPLE), "--dry-run") == 0
    dry = capsys.readouterr().out
    assert "4 families (10 people) to import." in dry and "Dry run: nothing was saved." in dry
    assert families_and_members(vault_dir) == (0, 0)

    assert run(vault_dir, passphrase_file, str(EXAMPLE)) == 0
    assert "Imported 4 families (10 people)" in capsys.readouterr().out
    assert families_and_members(vault_dir) == (4, 10)

    # The same file again: every NIF is already there, so nothing is imported.
    assert run(vault_dir, passphrase_file, str(EXAMPLE)) == 1
    captured = capsys.readouterr()
    report = captured.out + captured.err
    assert "row 2, column I (NIF): This NIF is already recorded, in case HD-2024-00001." in report
    assert "Nothing was imported" in report
    assert "Columns (as saved last time" in report
    assert families_and_members(vault_dir) == (4, 10)
    leaked = {value for value in cell_values(EXAMPLE) if value in report}
    assert not leaked, leaked


def test_rows_with_errors_are_listed_and_nothing_is_saved(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = ["P3", "sim", "Ahmed Noor", "", "Q", "31/02/1990", "501964842", "avião", "", ""]
    path = tmp_path / "familias.csv"
    path.write_bytes(csv_bytes([HEADER, *GOOD_ROWS, bad]))
    assert run(vault_dir, passphrase_file, str(path)) == 1
    out = capsys.readouterr().out
    assert "row 5, column E (Sexo): This is not a sex HostDesk knows" in out
    assert "row 5, column F (Data de nascimento): This date does not exist" in out
    assert "row 5, column G (NIF): The last digit of this NIF is wrong; check the number." in out
    assert "row 5, column H (Via de chegada): This is not an arrival channel" in out
    for value in ("Ahmed", "31/02/1990", "501964842", "avião"):
        assert value not in out
    assert families_and_members(vault_dir) == (0, 0)

    assert run(vault_dir, passphrase_file, str(path), "--only-valid") == 0
    assert "1 families were left out" in capsys.readouterr().out
    assert families_and_members(vault_dir) == (2, 3)


def test_columns_the_guess_misses_are_set_with_a_mapping_file(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "famille.csv"
    path.write_bytes(
        csv_bytes(
            [
                ["Prénom et nom", "Voie", "Début", "Remarques"],
                ["Ana Silva", "asilo espontâneo", "01/02/2025", "x"],
            ],
            sep=",",
        )
    )
    assert run(vault_dir, passphrase_file, str(path)) == 2
    out = capsys.readouterr().out
    assert "No column is set to name_latin; it is needed." in out
    # No name on the header row is known: it is not shown (it could be a row of data).
    assert "Prénom" not in out and "Remarques" not in out
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "Prénom et nom": "name_latin",
                "B": "arrival_channel",
                "début": "programme_start",
                "Remarques": "",
            }
        ),
        encoding="utf-8",
    )
    # "Remarques" holds data and is set to nothing: the import asks before leaving it out.
    assert run(vault_dir, passphrase_file, str(path), "--mapping", str(mapping)) == 3
    out = capsys.readouterr().out
    assert "confirm leaving them out with --leave-out-columns" in out
    assert "  D: 1 rows have a value" in out
    assert families_and_members(vault_dir) == (0, 0)
    assert run(vault_dir, passphrase_file, str(path), "--mapping", str(mapping),
               "--leave-out-columns") == 0  # fmt: skip
    assert families_and_members(vault_dir) == (1, 1)
    mapping.write_text(json.dumps({"Prénom et nom": "first_name"}), encoding="utf-8")
    assert run(vault_dir, passphrase_file, str(path), "--mapping", str(mapping)) == 2
    assert "unknown field first_name" in capsys.readouterr().err


def test_a_file_that_is_not_a_spreadsheet_needs_no_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    code = main(["import", "--vault", str(tmp_path / "nowhere"), str(path)])
    assert code == 2
    assert "This workbook could not be read; it may be damaged" in capsys.readouterr().err


def test_a_sheet_without_a_header_row_is_refused_without_showing_its_first_person(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = [["Maria Silva Exemplo", "F", "1987", "SY", "relocation", "01/03/2026"],
              ["Ahmad Exemplo", "M", "1980", "SY", "relocation", "01/03/2026"]]  # fmt: skip
    path = tmp_path / "sem-cabecalho.csv"
    path.write_bytes(csv_bytes(people))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"A": "name_latin", "B": "sex", "C": "birth",
                                   "D": "nationality", "E": "arrival_channel",
                                   "F": "programme_start"}), encoding="utf-8")  # fmt: skip
    for extra in ([], ["--mapping", str(mapping)]):
        assert run(vault_dir, passphrase_file, str(path), *extra) == 2
        captured = capsys.readouterr()
        report = captured.out + captured.err
        assert "No header row found: the first row must name the columns (see docs/import.md)." in (
            captured.err
        )
        for value in ("Maria", "Silva", "1987", "relocation", "01/03/2026", "Ahmad"):
            assert value not in report, value
    assert families_and_members(vault_dir) == (0, 0)
