"""Files as office programs write them are imported with every field of every person intact.

Each test writes the same synthetic sheet (``office_people``) the way one
program saves it (Excel for Portugal's CSV, Excel's "Unicode text", Excel for
Mac's CSV, an .xlsx from a library other than the reader, an .ods) or takes
the file LibreOffice made (.xls and .xlsx, ``fixtures/``), imports it into a
new vault, and checks every field against what was written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hostdesk.domain.importing.columns import guess_mapping
from hostdesk.storage import importing
from hostdesk.storage.importing import SpreadsheetError, open_spreadsheet
from hostdesk.storage.vault import Vault
from tests.storage.office_people import HEADER, ROWS, as_csv, check_vault

FIXTURES = Path(__file__).parent / "fixtures"


def import_file(vault: Vault, path: Path, **how: str) -> importing.Spreadsheet:
    sheet = open_spreadsheet(path, **how)  # type: ignore[arg-type]
    assert sheet.doubt is None
    done = importing.preview(vault, sheet.table, guess_mapping(sheet.table.headers))
    assert done.plan.problems == [] and done.plan.questions == [], done.plan.problems
    assert done.plan.left_out == []
    importing.commit(vault, done)
    return sheet


def test_csv_from_excel_for_portugal(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "familias.csv"
    path.write_bytes(as_csv(";").encode("cp1252"))  # "CSV (separado por vírgulas)"
    assert b"\r\n" in path.read_bytes()
    assert import_file(vault, path).encoding == "cp1252"
    check_vault(vault)


def test_unicode_text_from_excel(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "familias.txt"
    path.write_bytes(as_csv("\t").encode("utf-16"))  # "Texto Unicode": UTF-16 with a BOM, tabs
    assert import_file(vault, path).encoding == "utf-16"
    check_vault(vault)


def test_csv_from_excel_for_mac(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "familias.csv"
    # "CSV (Macintosh)": Mac Roman, and the old Mac's lone CR at each line end.
    path.write_bytes(as_csv(";").replace("\r\n", "\r").encode("mac_roman"))
    assert import_file(vault, path).encoding == "mac-roman"
    check_vault(vault)


def test_a_mac_csv_is_never_called_not_a_spreadsheet(tmp_path: Path) -> None:
    # Bytes 81, 8D, 8F, 90, 9D are letters in Mac Roman (Å ç è ê ù), nothing in Windows-1252.
    path = tmp_path / "nomes.csv"
    path.write_bytes("Nome;Apelido\rFrançoise;Çelik\rÅse;Gênova\r".encode("mac_roman"))
    sheet = open_spreadsheet(path)
    assert sheet.encoding == "mac-roman" and sheet.doubt is None
    assert [r.cells for r in sheet.table.rows] == [("Françoise", "Çelik"), ("Åse", "Gênova")]


def test_an_unsure_encoding_shows_both_readings_and_the_answer_settles_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nomes.csv"
    # "Božena" in Windows-1252 reads "Boûena" in Mac Roman: both look like names.
    path.write_bytes("Nome;Apelido\r\nBožena;Novak\r\nAna;Silva\r\n".encode("cp1252"))
    sheet = open_spreadsheet(path)
    assert sheet.doubt is not None
    assert sheet.doubt.rows == (2,)
    assert sheet.doubt.reading("cp1252") == [(2, "Božena")]
    assert sheet.doubt.reading("mac-roman") == [(2, "Boûena")]
    for given, name in (("windows-1252", "Božena"), ("mac-roman", "Boûena"), ("cp1252", "Božena")):
        settled = open_spreadsheet(path, encoding=given)
        assert settled.doubt is None and settled.table.rows[0].cells[0] == name
    with pytest.raises(SpreadsheetError, match="not one HostDesk knows"):
        open_spreadsheet(path, encoding="klingon")


def _summary_rows() -> list[list[object]]:
    return [["Resumo do acolhimento"], ["Famílias", 3], ["Pessoas", len(ROWS)]]


def _typed(row: list[str]) -> list[object]:
    """The row as Excel keeps it: whole numbers as numbers, full dates as dates."""
    out: list[object] = []
    for index, value in enumerate(row):
        header = HEADER[index]
        if (header in ("NIF",) and value) or (header == "Data de nascimento" and value.isdigit()):
            out.append(int(value))
        elif header == "Início do programa" and value:
            day, month, year = (int(x) for x in value.split("/"))
            out.append(dt.datetime(year, month, day))
        else:
            out.append(value)
    return out


def test_xlsx_with_a_summary_sheet_in_front(vault: Vault, tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "familias.xlsx"
    book = xlsxwriter.Workbook(path)
    summary = book.add_worksheet("Resumo")
    people = book.add_worksheet("Famílias")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    for r, row in enumerate(_summary_rows()):
        summary.write_row(r, 0, row)
    people.write_row(0, 0, HEADER)
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(_typed(row)):
            if isinstance(value, dt.datetime):
                people.write_datetime(r, c, value, dates)
            elif value != "":
                people.write(r, c, value)
    summary.activate()  # saved with the summary shown, as the issue found it
    book.close()
    sheet = import_file(vault, path)
    assert (sheet.sheets, sheet.sheet) == (("Resumo", "Famílias"), "Famílias")
    check_vault(vault)


def test_ods_from_an_odf_writer(vault: Vault, tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()

    def add(name: str, rows: list[list[object]]) -> None:
        table = Table(name=name)
        for row in rows:
            line = TableRow()
            for value in row:
                if isinstance(value, int):
                    cell = TableCell(valuetype="float", value=value)
                elif isinstance(value, dt.datetime):
                    cell = TableCell(valuetype="date", datevalue=value.date().isoformat())
                else:
                    cell = TableCell(valuetype="string") if value != "" else TableCell()
                if value != "":
                    cell.addElement(P(text=str(value)))
                line.addElement(cell)
            table.addElement(line)
        document.spreadsheet.addElement(table)

    add("Resumo", _summary_rows())
    add("Famílias", [list(HEADER), *(_typed(r) for r in ROWS)])
    path = tmp_path / "familias.ods"
    document.save(str(path))
    sheet = import_file(vault, path)
    assert sheet.sheet == "Famílias"
    check_vault(vault)


@pytest.mark.parametrize("name", ["familias-libreoffice.xls", "familias-libreoffice.xlsx"])
def test_files_libreoffice_saved(vault: Vault, name: str) -> None:
    sheet = import_file(vault, FIXTURES / name)
    assert sheet.sheets == ("familias",)
    check_vault(vault, phone_digits=True)


def test_a_sheet_is_chosen_by_name_or_number(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "duas.xlsx"
    book = xlsxwriter.Workbook(path)
    for name, who in (("Lisboa", "Ana"), ("Porto", "Rui")):
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, ["Nome", "Via de chegada", "Início do programa"])
        sheet.write_row(1, 0, [who, "Recolocação", "01/02/2025"])
    book.close()
    assert open_spreadsheet(path).sheet == "Lisboa"  # a tie: the first
    assert open_spreadsheet(path, sheet="porto").table.rows[0].cells[0] == "Rui"
    assert open_spreadsheet(path, sheet="2").table.rows[0].cells[0] == "Rui"
    with pytest.raises(SpreadsheetError, match="no sheet with this name or number; it has 2"):
        open_spreadsheet(path, sheet="Braga")


def test_a_stray_cell_far_below_the_data_is_refused_not_a_crash(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "longe.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Famílias")
    sheet.write_row(0, 0, ["Nome", "Via de chegada", "Início do programa"])
    sheet.write(1_048_575, 16_383, "x")  # the reader would ask for terabytes and abort
    book.close()
    with pytest.raises(SpreadsheetError, match="cells far beyond its rows of people"):
        open_spreadsheet(path)


def test_an_ods_with_a_value_a_million_rows_down_is_refused(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Famílias")
    header = TableRow()
    for name in ("Nome", "Via de chegada"):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=name))
        header.addElement(cell)
    table.addElement(header)
    table.addElement(TableRow(numberrowsrepeated=1_000_000))
    far = TableRow()
    far.addElement(TableCell(numbercolumnsrepeated=16_000))
    last = TableCell(valuetype="string")
    last.addElement(P(text="x"))
    far.addElement(last)
    table.addElement(far)
    document.spreadsheet.addElement(table)
    path = tmp_path / "longe.ods"
    document.save(str(path))
    with pytest.raises(SpreadsheetError, match="cells far beyond its rows of people"):
        open_spreadsheet(path)
