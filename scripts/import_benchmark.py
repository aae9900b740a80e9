"""Time a spreadsheet import of 5,000 people: reading, checking and saving, CSV and .xlsx.

    .venv/bin/python scripts/import_benchmark.py [--rows 5000] [--existing 0] [--seed 7]

Writes a synthetic spreadsheet (one row per person, from the demo generator:
names in Latin (first name and surname in two columns) and in their own
script, sex as H/M, partial dates, NIF, NISS, SNS, a phone and an address) as a
Portuguese-Excel CSV (";", UTF-8 with BOM) and as an .xlsx, then imports each
into a new vault, optionally already holding ``--existing`` demo families (the
duplicate check then has people to compare against). Prints the time of each
step; the key derivation uses the fast test parameters, since unlocking is not
what is measured. Everything is made and deleted in a temporary folder.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from hostdesk.domain.importing.rows import ProblemKind
from hostdesk.storage import importing
from hostdesk.storage.demo.synthetic import SynthFamily, generate_families
from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.formatting import format_partial

PASSPHRASE = "import benchmark, synthetic data only"
HEADER = ["Processo", "Titular", "Parentesco", "Nome", "Apelido", "Nome original", "Sexo",
          "Data de nascimento", "Nacionalidade", "NIF", "NISS", "N.º utente",
          "Data de chegada", "Via de chegada", "Início do programa", "Concelho", "Telefone",
          "Morada"]  # fmt: skip
# Sex as Portuguese offices write it: H (homem) and M (mulher).
SEXES = {"M": "H", "F": "M", "X": "X", "U": ""}
CHANNELS = {
    "relocation": "Recolocação",
    "resettlement": "Reinstalação",
    "spontaneous_asylum": "Asilo espontâneo",
    "temporary_protection": "Proteção temporária",
}
RELATIONSHIPS = {
    "head": "Chefe", "spouse": "Cônjuge", "child": "Filho(a)", "parent": "Pai/Mãe",
    "sibling": "Irmão/Irmã", "grandchild": "Neto(a)", "other_relative": "Outro familiar",
    "other": "Outro",
}  # fmt: skip
T = TypeVar("T")


def _rows(count: int, seed: int, as_dates: bool, start: int) -> Iterator[list[Any]]:
    """People of synthetic families, one row each, ``count`` in all.

    Identifiers are drawn by family number: starting after the vault's demo
    families keeps the file's NIFs new to it, as a real file's would mostly be.
    """
    made = 0
    family: SynthFamily
    for family in generate_families(count, seed=seed, start=start):
        for member in family.members:
            ids = {i.kind: i.value for i in member.identifiers}
            first = member is family.members[0]

            def day(value: date | None, first: bool = first) -> Any:
                if not first or value is None:
                    return ""
                return (
                    datetime(value.year, value.month, value.day)
                    if as_dates
                    else (value.strftime("%d/%m/%Y"))
                )

            given, _, surname = member.name_latin.partition(" ")
            yield [
                family.case_number, "sim" if member.is_head else "não",
                RELATIONSHIPS[member.relationship], given, surname, member.name_original,
                SEXES[member.sex], format_partial(member.birth), member.nationality,
                ids.get("nif", ""), ids.get("niss", ""), ids.get("sns", ""),
                day(family.arrival_date), CHANNELS[family.arrival_channel] if first else "",
                day(family.programme_start), family.municipality if first else "",
                f"9{made % 100_000_000:08d}" if first else "",
                f"Rua Sintética {made}, {family.municipality}" if first else "",
            ]  # fmt: skip
            made += 1
            if made >= count:
                return


def write_csv(path: Path, rows: int, seed: int, start: int = 0) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(_rows(rows, seed, as_dates=False, start=start))


def write_xlsx(path: Path, rows: int, seed: int, start: int = 0) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Famílias")
    sheet.append(HEADER)
    for row in _rows(rows, seed, as_dates=True, start=start):
        sheet.append(row)
    book.save(path)


Timing = tuple[str, float, float]  # step, wall-clock seconds, CPU seconds of this process


def timed(what: str, work: Callable[[], T], results: list[Timing]) -> T:
    start, cpu = time.perf_counter(), time.process_time()
    value = work()
    results.append((what, time.perf_counter() - start, time.process_time() - cpu))
    return value


def new_vault(path: Path, existing: int) -> Vault:
    if existing:
        return create_demo_vault(path, PASSPHRASE, families=existing, seed=1, kdf=KDF_FLOOR)
    vault, _recovery = Vault.create(
        path, entity_name="Benchmark", username="coordenacao", passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    return vault


def measure(path: Path, vault: Vault) -> list[Timing]:
    results: list[Timing] = []
    table = timed("read", lambda: importing.read_sheet(path), results)
    with vault.session() as session:
        mapping, _saved = importing.mapping_for(session, table)
    done = timed("check", lambda: importing.preview(vault, table, mapping), results)
    summary = timed("save", lambda: importing.commit(vault, done, only_valid=True), results)
    errors = len(done.plan.rows_with(ProblemKind.ERROR))
    print(
        f"  {path.suffix[1:]:>4}: {len(table.rows)} rows, {summary.families} families, "
        f"{summary.people} people saved; {errors} rows with errors, "
        f"{len(done.plan.problems)} problems in all"
    )
    results.append(
        ("total", sum(wall for _w, wall, _c in results), sum(cpu for _w, _wall, cpu in results))
    )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--existing", type=int, default=0, help="demo families already there")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hostdesk-import-bench-") as tmp:
        folder = Path(tmp)
        files = {"csv": folder / "familias.csv", "xlsx": folder / "familias.xlsx"}
        write_csv(files["csv"], args.rows, args.seed, start=args.existing)
        write_xlsx(files["xlsx"], args.rows, args.seed, start=args.existing)
        print(f"{args.rows} rows; vault holding {args.existing} demo families before each import")
        table: dict[str, list[Timing]] = {}
        for kind, path in files.items():
            with new_vault(folder / f"vault-{kind}", args.existing) as vault:
                table[kind] = measure(path, vault)
        # Wall-clock time is what a person waits; CPU time shows it apart from what
        # other programs on a busy machine take (the load average is printed too).
        print(f"  load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(
            f"  {'step':<8}" + "".join(f"{kind + ' wall':>12}{kind + ' cpu':>11}" for kind in table)
        )
        for index, (what, _wall, _cpu) in enumerate(table["csv"]):
            cells = "".join(
                f"{table[k][index][1]:>11.2f}s{table[k][index][2]:>10.2f}s" for k in table
            )
            print(f"  {what:<8}{cells}")
    return 0


if __name__ == "__main__":
    # Throwaway vaults: the derivation made cheap in code, never in their headers.
    with cheap_derivation_for_tests():
        sys.exit(main())
