"""The decoded report checked against its JSON Schema (resources/schemas/<version>.json).

A refusal names where the report breaks the schema (a JSON path and the rule),
never the offending value: the value could be a name sent by mistake, and the
reason goes back to the sender and into the log.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

SCHEMAS_DIR = Path(__file__).resolve().parents[2] / "resources" / "schemas"


class ReportInvalid(ValueError):
    """The report is not valid for its schema version; the message says where."""


@cache
def _validator(schema_version: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS_DIR / f"{schema_version}.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def validate_report(schema_version: str, report_json: bytes) -> dict[str, Any]:
    """The report as a dict, once it parses as UTF-8 JSON and follows its schema."""
    try:
        report = json.loads(report_json.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ReportInvalid("The report is not UTF-8 JSON.") from None
    error = jsonschema.exceptions.best_match(_validator(schema_version).iter_errors(report))
    if error is not None:
        where = "/" + "/".join(str(part) for part in error.absolute_path)
        raise ReportInvalid(
            f"The report does not follow {schema_version} at {where} (rule: {error.validator})."
        )
    return report  # type: ignore[no-any-return]
