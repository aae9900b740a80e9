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
def load_schema(schema_version: str) -> dict[str, Any]:
    """The JSON Schema of a report version, as kept in resources/schemas."""
    text = (SCHEMAS_DIR / f"{schema_version}.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@cache
def _validator(schema_version: str) -> jsonschema.Draft202012Validator:
    schema = load_schema(schema_version)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(inline_definitions(schema))


def inline_definitions(schema: dict[str, Any]) -> dict[str, Any]:
    """The same schema with each ``{"$ref": "#/$defs/x"}`` replaced by the definition.

    Resolving references is a third of the time of validating a large report;
    the schemas have no recursive definitions, so the result means the same.
    A schema where that is not possible (recursion) is returned unchanged.
    """
    defs = schema.get("$defs", {})
    prefix = "#/$defs/"

    def inline(node: Any, chain: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, chain) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix) and len(node) == 1:
            name = ref[len(prefix) :]
            if name in chain:
                raise RecursionError(name)
            return inline(defs[name], (*chain, name))
        return {key: inline(value, chain) for key, value in node.items() if key != "$defs"}

    try:
        flat: dict[str, Any] = inline(schema, ())
    except (RecursionError, KeyError):
        return schema
    # A reference that could not be replaced would now point at nothing.
    return schema if prefix in json.dumps(flat) else flat


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
