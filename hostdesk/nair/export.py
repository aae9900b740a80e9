"""The national CSV: one row per entity and month, from the latest revision received.

Only aggregate figures leave the service this way: the totals and the six
indicators of the monthly report (numerator, denominator and uncertain of each),
beside the registered identity of the entity. The columns are listed in
docs/nair-service.md.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from hostdesk.domain.csv_cells import safe_cell
from hostdesk.nair.store import EntityRecord, ReportRecord, Store
from hostdesk.nair.validation import load_schema
from hostdesk.storage.durable import write_atomically

# The columns follow the schema's own lists, so the CSV cannot drift from the report.
_PROPERTIES = load_schema("monthly-report-v1")["properties"]
TOTALS: tuple[str, ...] = tuple(_PROPERTIES["totals"]["required"])
INDICATORS: tuple[str, ...] = tuple(_PROPERTIES["indicators"]["required"])
SHARE_PARTS = ("numerator", "denominator", "uncertain")
IDENTITY = (
    "entity_id", "entity_name", "nair_code", "municipality",
    "month", "revision", "received_at", "bundle_id",
)  # fmt: skip
COLUMNS = (
    *IDENTITY,
    *TOTALS,
    *(f"{name}_{part}" for name in INDICATORS for part in SHARE_PARTS),
)


def export_csv(store: Store, out: Path) -> int:
    """Write the CSV to ``out`` (whole or not at all); returns the number of rows."""
    entities = {record.entity_id: record for record in store.entities()}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    rows = 0
    for record in store.latest_reports():
        writer.writerow(_row(entities[record.entity_id], record))
        rows += 1
    write_atomically(out, buffer.getvalue().encode("utf-8"))  # 0600: who reads it is chosen
    return rows


def _row(entity: EntityRecord, record: ReportRecord) -> list[Any]:
    report = json.loads(record.report_json)
    identity = [
        entity.entity_id, entity.name, entity.nair_code, entity.municipality,
        record.period, record.revision, record.received_at, record.bundle_id,
    ]  # fmt: skip
    totals = [report["totals"][name] for name in TOTALS]
    shares = [report["indicators"][name][part] for name in INDICATORS for part in SHARE_PARTS]
    # Every text cell, whether read with "," or ";" (hostdesk/domain/csv_cells.py).
    return [safe_cell(value) for value in identity] + totals + shares
