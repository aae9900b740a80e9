"""One synthetic sheet of families, as Portuguese offices keep it, and the check of an import.

The office-file tests write these rows in each format a program writes
(``test_import_office_files``), import the file, and compare every field of
every person with what was written: names joined from "Nome" and "Apelido",
sex from H/M, nationalities from Portuguese adjectives, channels in Portuguese,
phone, address and notes. Synthetic people only.

``python -m tests.storage.office_people csv OUT.csv`` writes the rows as UTF-8
CSV; the old-Excel fixture was made from it with LibreOffice (see
``fixtures/README.md``).
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from hostdesk.storage import families
from hostdesk.storage.models import Activity, Family, Housing, Identifier, Member
from hostdesk.storage.vault import Vault

HEADER = ["Processo", "Titular", "Nome", "Apelido", "Sexo", "Data de nascimento",
          "Nacionalidade", "NIF", "Via de chegada", "Início do programa", "Concelho",
          "Telefone", "Morada", "Observações"]  # fmt: skip
# Letters that read differently in every 8-bit encoding: ç ã é õ í ú ô ê à.
ROWS = [
    ["P-001", "sim", "Yousef", "Al-Khatib", "H", "1984", "Sírio", "271104619",
     "Reinstalação (ACNUR)", "15/03/2024", "Fundão", "912 345 678", "Rua da Conceição 12",
     "Precisa de intérprete"],
    ["P-001", "não", "Maryam", "Al-Khatib", "M", "05/1989", "Síria", "250938170", "", "", "", "",
     "", ""],
    ["P-001", "não", "Nour", "Al-Khatib", "M", "14/07/2015", "síria", "", "", "", "", "", "", ""],
    ["P-002", "sim", "Sebastião", "Gonçalves Antônio", "H", "22/11/1979", "Colombiano",
     "293741050", "Recolocação", "11/04/2022", "Póvoa de Varzim", "", "Travessa do Ó 3",
     "Família monoparental; à espera de vaga na creche"],
    ["P-003", "sim", "Amal", "Haidari", "M", "03/1991", "Palestiniana", "282645195",
     "Proteção temporária", "18/09/2023", "Évora", "961 000 111", "", ""],
    ["P-003", "não", "Inês", "Haidari Lourenço", "M", "2016", "Marroquina", "", "", "", "", "",
     "", ""],
]  # fmt: skip
FIRST_NAMES = {"Yousef", "Maryam", "Nour", "Sebastião", "Amal", "Inês"}


def as_csv(delimiter: str = ";") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([HEADER, *ROWS])
    return out.getvalue()


def _birth(text_value: str) -> str:
    parts = text_value.split("/")
    return "-".join(reversed(parts))


NATIONALITY = {"Sírio": "SY", "Síria": "SY", "síria": "SY", "Colombiano": "CO",
               "Palestiniana": "PS", "Marroquina": "MA"}  # fmt: skip
CHANNEL = {"Reinstalação (ACNUR)": "resettlement", "Recolocação": "relocation",
           "Proteção temporária": "temporary_protection"}  # fmt: skip


def check_vault(vault: Vault, *, phone_digits: bool = False) -> None:
    """Every field of every person and family in ``vault`` is what ``ROWS`` wrote.

    ``phone_digits``: LibreOffice read "912 345 678" as a number (fixtures/README.md).
    """
    with vault.session() as session:
        saved = session.exec(select(Family).order_by(Family.id)).all()
        heads = [r for r in ROWS if r[1] == "sim"]
        assert len(saved) == len(heads)
        for family, head in zip(saved, heads, strict=True):
            key = head[0]
            rows = [r for r in ROWS if r[0] == key]
            assert family.arrival_channel == CHANNEL[head[8]]
            day, month, year = (int(x) for x in head[9].split("/"))
            assert family.programme_start == date(year, month, day)
            assert family.municipality == head[10]
            members = session.exec(
                select(Member).where(Member.family_id == family.id).order_by(Member.id)
            ).all()
            assert len(members) == len(rows)
            for member, row in zip(members, rows, strict=True):
                assert member.name_latin == f"{row[2]} {row[3]}"
                assert member.is_head == (row[1] == "sim")
                assert member.sex == {"H": "M", "M": "F"}[row[4]]
                assert str(families.birth_of(member)) == _birth(row[5])
                assert member.nationality == NATIONALITY[row[6]]
                wanted = row[11].replace(" ", "") if phone_digits else row[11]
                assert member.phone == wanted
                nifs = session.exec(
                    select(Identifier.value).where(
                        Identifier.member_id == member.id, Identifier.kind == "nif"
                    )
                ).all()
                assert list(nifs) == ([row[7]] if row[7] else [])
            homes = session.exec(select(Housing).where(Housing.family_id == family.id)).all()
            assert [h.address for h in homes] == ([head[12]] if head[12] else [])
            notes = session.exec(select(Activity).where(Activity.family_id == family.id)).all()
            assert [n.text for n in notes] == ([head[13]] if head[13] else [])
        audit = session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        assert audit > len(ROWS)


if __name__ == "__main__":
    if sys.argv[1:2] == ["csv"] and len(sys.argv) == 3:
        Path(sys.argv[2]).write_text(as_csv(), encoding="utf-8", newline="")
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
