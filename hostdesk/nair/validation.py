"""The decoded report checked against its JSON Schema (resources/schemas/<version>.json).

A refusal names where the report breaks the schema (a JSON path and the rule),
never the offending value: the value could be a name sent by mistake, and the
reason goes back to the sender and into the log.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

# jsonschema-rs (Rust): the pure-Python jsonschema took 1.5 s on a 1,000-family report,
# 95 % of the service's time per bundle; this takes about 10 ms with the same verdicts.
import jsonschema_rs

from hostdesk import resources
from hostdesk.sync import jsonlimits
from hostdesk.sync.bundle import MAX_FILE_BYTES, REPORT_JSON

# Four times a real report (the busiest demo month, 1,004 families: 2.36 MB, 21,957 objects
# and lists, 97,966 commas) and far below what would take the service's memory: 8 MiB of
# ``[{},…]`` would parse to some 190 MiB of Python objects, and the schema validator copies
# what it is given. tests/nair/test_memory_bound.py holds the service to its stated bound.
REPORT_JSON_LIMITS = jsonlimits.JsonLimits(
    max_bytes=MAX_FILE_BYTES[REPORT_JSON], max_depth=32, max_containers=100_000,
    max_values=400_000,
)  # fmt: skip



# Every version an entity may still send: v1 from HostDesk before issue 12, v2 after.
KNOWN_VERSIONS = frozenset({"monthly-report-v1", "monthly-report-v2"})


class ReportInvalid(ValueError):
    """The report is not valid for its schema version; the message says where."""


@cache
def load_schema(schema_version: str) -> dict[str, Any]:
    """The JSON Schema of a report version, as kept in resources/schemas."""
    if schema_version not in KNOWN_VERSIONS:
        raise ReportInvalid(f"The report format {schema_version!r} is not known here.")
    return json.loads(resources.read_text("schemas", f"{schema_version}.json"))  # type: ignore[no-any-return]


@cache
def _validator(schema_version: str) -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(load_schema(schema_version))


def validate_report(schema_version: str, report_json: bytes) -> dict[str, Any]:
    """The report as a dict, once it parses as UTF-8 JSON and follows its schema."""
    try:
        report = jsonlimits.loads(report_json, REPORT_JSON_LIMITS, "report")
    except jsonlimits.JsonRefused as refused:
        raise ReportInvalid(str(refused)) from None
    except ValueError:
        raise ReportInvalid("The report is not UTF-8 JSON.") from None
    error = next(iter(_validator(schema_version).iter_errors(report)), None)
    if error is not None:
        # The library's own message quotes the value: only the path and the rule are used.
        where = "/" + "/".join(str(part) for part in error.instance_path)
        rule = error.schema_path[-1] if error.schema_path else "schema"
        raise ReportInvalid(
            f"The report does not follow {schema_version} at {where} (rule: {rule})."
        )
    return report  # type: ignore[no-any-return]
