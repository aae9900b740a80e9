"""``hostdesk import`` asks what it cannot read alone, lists what it leaves out, speaks LANG.

A lone "M", "Guineense", a value that is no channel, an unsure encoding and
columns with data that are not imported all stop the import (exit 3) until
answered on the command line; nothing is saved before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.cli.main import main
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Family, Member
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.import_support import csv_bytes
from tests.test_import_cli import families_and_members, run

HEADER = ["Processo", "Nome", "Apelido", "Sexo", "Nacionalidade", "Via de chegada",
          "Início do programa", "Profissão"]  # fmt: skip
ROWS = [
    ["P1", "Yousef", "Khatib", "M", "Sírio", "Reinstalação", "15/03/2024", "Alfaiate"],
    ["P1", "Maryam", "Khatib", "F", "Síria", "", "", ""],
    ["P2", "Aissatou", "Baldé", "F", "Guineense", "Pedido de Proteção Internacional",
     "01/02/2025", ""],
]  # fmt: skip


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _recovery = Vault.create(path, entity_name="Teste", username=COORDINATOR,
                                    passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    vault.close()
    return path


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "familias.csv"
    path.write_bytes(csv_bytes([HEADER, *ROWS], encoding="cp1252"))
    return path


def test_questions_stop_the_import_until_answered(
    vault_dir: Path, passphrase_file: Path, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(vault_dir, passphrase_file, str(sheet)) == 3
    out = capsys.readouterr().out
    assert 'Column D (Sexo): does "M" mean male' in out and "--m-means" in out
    assert '"Guineense" names more than one country (GW, GN)' in out
    assert '--answer "Guineense=GW"' in out
    assert '"Pedido de Proteção Internacional" is not an arrival channel' in out
    # The left-out column is listed with its count, by letter and header.
    assert "  H (Profissão): 1 rows have a value" in out
    # The names are never in the report.
    for name in ("Yousef", "Maryam", "Aissatou", "Khatib", "Baldé", "Alfaiate"):
        assert name not in out
    assert families_and_members(vault_dir) == (0, 0)

    answers = ["--m-means", "male", "--answer", "Guineense=GW",
               "--answer", "Pedido de Proteção Internacional=resettlement"]  # fmt: skip
    assert run(vault_dir, passphrase_file, str(sheet), *answers) == 3  # Profissão still unsaid
    capsys.readouterr()
    assert run(vault_dir, passphrase_file, str(sheet), *answers, "--leave-out-columns") == 0
    assert "Imported 2 families (3 people)" in capsys.readouterr().out
    with Vault.open(vault_dir, None, PASSPHRASE) as vault, vault.session() as session:
        people = session.exec(select(Member).order_by(Member.id)).all()
        assert [(m.name_latin, m.sex, m.nationality) for m in people] == [
            ("Yousef Khatib", "M", "SY"), ("Maryam Khatib", "F", "SY"),
            ("Aissatou Baldé", "F", "GW"),
        ]  # fmt: skip
        channels = session.exec(select(Family.arrival_channel).order_by(Family.id)).all()
        assert channels == ["resettlement", "resettlement"]


def test_only_valid_leaves_out_the_families_with_an_open_question(
    vault_dir: Path, passphrase_file: Path, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(vault_dir, passphrase_file, str(sheet), "--m-means", "female", "--only-valid",
               "--leave-out-columns")  # fmt: skip
    assert code == 0
    assert "1 families were left out" in capsys.readouterr().out
    assert families_and_members(vault_dir) == (1, 2)


def test_an_unsure_encoding_is_asked_and_settled_with_encoding(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nomes.csv"
    rows = [["Nome", "Via de chegada", "Inicio do programa"],
            ["Božena Novak", "Protecao temporaria", "01/03/2022"]]  # fmt: skip
    path.write_bytes(csv_bytes(rows, encoding="cp1252"))
    assert run(vault_dir, passphrase_file, str(path)) == 3
    out = capsys.readouterr().out
    assert "--encoding windows-1252 or --encoding mac-roman" in out
    assert "Božena" not in out and "Boûena" not in out  # not a terminal: no names
    assert run(vault_dir, passphrase_file, str(path), "--encoding", "windows-1252") == 0
    with Vault.open(vault_dir, None, PASSPHRASE) as vault, vault.session() as session:
        assert session.exec(select(Member.name_latin)).all() == ["Božena Novak"]


def test_a_sheet_is_chosen_with_sheet(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import xlsxwriter

    path = tmp_path / "livro.xlsx"
    book = xlsxwriter.Workbook(path)
    for name, who in (("Lisboa", "Ana Costa"), ("Porto", "Rui Costa")):
        page = book.add_worksheet(name)
        page.write_row(0, 0, ["Nome", "Via de chegada", "Início do programa"])
        page.write_row(1, 0, [who, "Recolocação", "01/02/2025"])
    book.close()
    assert run(vault_dir, passphrase_file, str(path), "--sheet", "Porto", "--dry-run") == 0
    out = capsys.readouterr().out
    assert 'Sheet read: "Porto" (of 2: "Lisboa", "Porto"); --sheet reads another.' in out
    assert run(vault_dir, passphrase_file, str(path), "--sheet", "Braga") == 2
    assert "no sheet with this name or number; it has 2" in capsys.readouterr().err


def test_the_channel_hint_lists_the_sheets_own_words(
    vault_dir: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "familias.csv"
    rows = [["Nome", "Via de chegada", "Início do programa"], ["Ana Costa", "avião", "01/02/2025"]]
    path.write_bytes(csv_bytes(rows))
    assert run(vault_dir, passphrase_file, str(path)) == 1
    out = capsys.readouterr().out
    assert "write Recolocação, Reinstalação, Asilo espontâneo or Proteção temporária." in out
    for english in ("relocation", "resettlement", "spontaneous asylum", "temporary protection"):
        assert english not in out


def test_the_report_speaks_portuguese_when_lang_says_so(
    vault_dir: Path, passphrase_file: Path, sheet: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "pt_PT.UTF-8")
    assert run(vault_dir, passphrase_file, str(sheet)) == 3
    out = capsys.readouterr().out
    assert "Colunas (adivinhadas pelos cabeçalhos; cabeçalho na linha 1):" in out
    assert 'Coluna D (Sexo): o "M" quer dizer masculino' in out
    assert "Nada foi importado" in out
    for english in ("Columns (", "Nothing was imported", "rows in", "Questions"):
        assert english not in out
    binary = sheet.with_suffix(".bin")
    binary.write_bytes(b"\x00\x01binary\x02" * 8)
    assert main(["import", "--vault", str(vault_dir), str(binary)]) == 2
    assert "Este ficheiro não é uma folha de cálculo que o HostDesk leia" in (
        capsys.readouterr().err
    )
