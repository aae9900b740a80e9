"""The PAR export: an entity's monthly figures for the PAR platform's coordinator (JRS).

PAR member entities also report to the coordination of the Refugee Support
Platform, which the JRS runs: it coordinates PAR hosting entities and collects
data to monitor the integration process (source l. 798-818). They get the same
entity-level figures the NAIR gets, and nothing else: the monthly report's
totals, indicators, health counts and channel rules, never a family or a
person. The file says so in its ``legal_basis``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from hostdesk.reports.formatting import check_lang
from hostdesk.reports.monthly import canonical_json
from hostdesk.reports.monthly_build import INDICATORS, Month, build_monthly
from hostdesk.reports.monthly_load import load_month
from hostdesk.reports.spreadsheet import Cell, SheetFormat, spreadsheet_bytes
from hostdesk.storage import audit, settings
from hostdesk.storage.vault import Vault

FORMAT = "hostdesk-par-export-v1"
LEGAL_BASIS = (
    "Entity-level aggregate figures only: no family, no person, no identifier, numbers under 5 "
    "in the health counts shown as \"< 5\"; figures that cannot identify anyone are not "
    "personal data (GDPR recital 26). Shared with the PAR platform's coordination (JRS) under "
    "the entity's PAR-Famílias membership, to monitor the integration process."
)
_SECTIONS = ("totals", "indicators", "health", "channel_rules")


class ParExportRefused(Exception):
    """The export cannot be made; the message says why."""


@dataclass(frozen=True)
class ParExport:
    month: str
    data: dict[str, Any]
    json_bytes: bytes

    def file_stem(self) -> str:
        return f"par-{self.month}"

    def spreadsheet(self, kind: SheetFormat, lang: str = "pt") -> bytes:
        headers, rows = table(self.data, check_lang(lang))
        return spreadsheet_bytes(kind, headers, rows, f"PAR {self.month}")


def par_figures(report: dict[str, Any]) -> dict[str, Any]:
    """The monthly report's entity-level sections, and nothing of its families."""
    return {
        "format": FORMAT,
        "month": report["month"],
        "period": report["period"],
        "entity": {"name": report["entity"]["name"], "nair_code": report["entity"]["nair_code"]},
        "legal_basis": LEGAL_BASIS,
        **{section: report[section] for section in _SECTIONS},
    }


def build_par_export(vault: Vault, month: str) -> ParExport:
    """The month's PAR figures from the vault as it stands (audited as an export)."""
    parsed = Month.parse(month)
    with vault.session() as session:
        if not settings.get(session, settings.PAR_MEMBER):
            raise ParExportRefused(
                "The entity is not marked as a PAR member (Settings): there is no PAR "
                "coordinator to send figures to."
            )
        report = build_monthly(
            load_month(session, parsed, thresholds=settings.get(session, settings.ALERT_THRESHOLDS))
        )
    data = par_figures(report)
    encoded = canonical_json(data)
    with vault.changing() as session:
        audit.append(session, vault.user.username, "report.par.export", "par_export", str(parsed),
                     {"sha256": hashlib.sha256(encoded).hexdigest()})  # fmt: skip
    return ParExport(str(parsed), data, encoded)


_HEADERS = {
    "pt": ["Secção", "Número", "Valor", "De", "Idade incerta"],
    "en": ["Section", "Figure", "Value", "Of", "Age uncertain"],
}


def table(data: dict[str, Any], lang: str) -> tuple[list[str], list[list[Cell]]]:
    """The figures as rows: one per total, indicator, health count and channel."""
    rows: list[list[Cell]] = [["entity", "name", data["entity"]["name"], None, None],
                              ["entity", "month", data["month"], None, None]]  # fmt: skip
    rows += [["totals", k, v, None, None] for k, v in data["totals"].items()]
    for name in INDICATORS:
        share = data["indicators"][name]
        rows.append(["indicators", name, share["numerator"], share["denominator"],
                     share["uncertain"]])  # fmt: skip
    health = data["health"]
    rows += [["health", k, v, None, None] for k, v in health.items() if k != "families_by_status"]
    rows += [["health", f"families_{k}", v, None, None]
             for k, v in health["families_by_status"].items()]  # fmt: skip
    for rule in data["channel_rules"]:
        counted = "counted" if rule["counts_in_programme_figures"] else "not_counted"
        rows.append(["channel_rules", f"{rule['channel']} ({rule['basis']}, {counted})",
                     rule["families_followed"], None, None])  # fmt: skip
    rows.append(["legal_basis", "", data["legal_basis"], None, None])
    return _HEADERS[lang], rows


def json_text(export: ParExport) -> bytes:
    """The JSON for people too: indented, sorted (the canonical bytes are ``json_bytes``)."""
    return json.dumps(export.data, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")
