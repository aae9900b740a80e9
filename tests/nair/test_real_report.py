"""A monthly report built from a real vault travels to the service and into the national CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx

from hostdesk.nair.cli import main
from hostdesk.nair.export import INDICATORS, TOTALS
from hostdesk.reports.monthly import build_monthly_report
from hostdesk.storage.vault import Vault
from hostdesk.sync.receipt import verify_receipt
from tests.nair_support import NairService, make_entity, seal_report
from tests.reports.conftest import add_sample_family


def test_a_vaults_november_report_arrives_whole_and_its_figures_reach_the_csv(
    vault: Vault, nair_service: NairService, tmp_path: Path
) -> None:
    add_sample_family(vault)
    draft = build_monthly_report(vault, "2026-11")
    # Registered as the vault names itself: the NAIR refuses a report naming another entity.
    nair_entity = make_entity(name=draft.data["entity"]["name"],
                              nair_code=draft.data["entity"]["nair_code"])  # fmt: skip
    nair_service.register(nair_entity)
    sealed = seal_report(nair_entity, nair_service.public_keys, month="2026-11",
                         revision=draft.revision, report_json=draft.json_bytes,
                         report_pdf=draft.pdf_bytes,
                         schema_version="monthly-report-v2")  # fmt: skip
    response = httpx.post(f"{nair_service.url}/v1/bundles", content=sealed.data)
    assert response.status_code == 201, response.text
    verify_receipt(response.content, nair_service.public_keys.verify_key,
                   bundle_id=sealed.header.bundle_id, bundle_sha256=sealed.sha256)  # fmt: skip
    [stored] = nair_service.store.reports()
    assert stored.report_json.encode("utf-8") == draft.json_bytes
    # Decrypted content lives in the database only: no temporary or side files.
    names = {path.name for path in nair_service.data_dir.iterdir()}
    assert names <= {"nair.sqlite3", "nair.sqlite3-wal", "nair.sqlite3-shm"}

    out = tmp_path / "national.csv"
    assert main(["export", "--data", str(nair_service.data_dir), "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    for name in TOTALS:
        assert int(row[name]) == draft.data["totals"][name]
    for name in INDICATORS:
        for part in ("numerator", "denominator", "uncertain"):
            assert int(row[f"{name}_{part}"]) == draft.data["indicators"][name][part]
    assert row["families_followed"] == "1"
