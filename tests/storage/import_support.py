"""Synthetic spreadsheets for the import tests, and what a vault holds (to compare)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from sqlalchemy import text

from hostdesk.storage.vault import Vault

HEADER = ["Processo", "Titular", "Nome", "Nome original", "Sexo", "Data de nascimento",
          "NIF", "Via de chegada", "Início do programa", "Concelho"]  # fmt: skip

# Two families, three people; the NIFs carry valid check digits.
GOOD_ROWS: list[list[object]] = [
    ["P1", "sim", "Yousef Al-Khatib", "يوسف الخطيب", "H", "1984", "271104619",
     "Reinstalação", "15/03/2024", "Fundão"],
    ["P1", "não", "Maryam Al-Khatib", "مريم الخطيب", "F", "05/1989", "250938170", "", "", ""],
    ["P2", "sim", "Olena Kovalenko", "Олена Коваленко", "F", "22/11/1979", "",
     "Proteção temporária", "11/04/2022", "Porto"],
]  # fmt: skip


def csv_bytes(
    rows: Sequence[Sequence[object]], *, sep: str = ";", encoding: str = "utf-8-sig"
) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if c is None else c for c in row])
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows: Sequence[Sequence[object]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def counts(vault: Vault) -> dict[str, int]:
    """How many rows the case tables, the index, the settings and the audit log hold."""
    with vault.session() as session:
        return {
            table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("family", "member", "identifier", "audit_log", "setting", "search_index")
        }


def today() -> date:
    return date.today()
