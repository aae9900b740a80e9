"""The service's schema check gives the reference implementation's verdicts, never values."""

from __future__ import annotations

import jsonschema
import pytest

from hostdesk.nair.validation import ReportInvalid, load_schema, validate_report
from hostdesk.sync.keys import canonical
from tests.nair_support import sample_report


def _schema() -> dict:  # type: ignore[type-arg]
    return load_schema("monthly-report-v1")


def _family() -> dict:  # type: ignore[type-arg]
    status = {
        d: "in_progress" for d in ("housing", "health", "education", "language", "employment")
    }
    flags = dict.fromkeys(("in_training_education_or_employment", "portuguese_classes",
                           "school_enrolled", "sns_number", "family_doctor"), False)  # fmt: skip
    return {
        "case_number": "HD-2026-00001", "nair_reference": "NAIR-1", "case_type": "family",
        "arrival_channel": "resettlement", "arrival_date": None,
        "programme": {"start": "2026-01-01", "end": "2027-06-30", "months": 18, "month_at_end": 11},
        "status_at_end": "active", "exit": None, "dimensions": status,
        "members": [{"ref": "P1", "relationship": "head", "sex": "F", "age_group": "18-64",
                     "unaccompanied_minor": False, "dimensions": status, "flags": flags}],
        "events": [{"date": "2026-11-03", "type": "arp_renewed", "member": "P1", "detail": None,
                    "dimension": None}],
        "open_alerts": [],
    }  # fmt: skip


@pytest.mark.parametrize(
    "damage",
    [
        lambda r: r["families"][0]["members"][0].update(name="Someone"),
        lambda r: r["families"][0]["members"][0].update(ref="Fatima"),
        lambda r: r["families"][0]["events"][0].update(detail="free text, with spaces"),
        lambda r: r["families"][0].update(exit={"date": "2026-11-30", "reason": "deported"}),
        lambda r: r["indicators"]["portuguese_classes_access"].update(numerator=-1),
        lambda r: r.update(supersedes_sha256="not-a-hash"),
    ],
)
def test_the_service_and_the_reference_validator_agree(damage) -> None:  # type: ignore[no-untyped-def]
    report = sample_report()
    report["families"] = [_family()]
    original = jsonschema.Draft202012Validator(_schema())
    assert original.is_valid(report)
    validate_report("monthly-report-v1", canonical(report))
    damage(report)
    assert not original.is_valid(report)
    with pytest.raises(ReportInvalid) as refused:
        validate_report("monthly-report-v1", canonical(report))
    for value in ("Someone", "Fatima", "free text", "deported", "not-a-hash"):
        assert value not in str(refused.value)


def test_a_report_that_is_not_json_is_refused() -> None:
    with pytest.raises(ReportInvalid, match="not UTF-8 JSON"):
        validate_report("monthly-report-v1", b"\xff\xfe")


def test_both_versions_are_known_and_nothing_else(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Entities on HostDesk before issue 12 still send v1; v2 reports are checked as v2."""
    report = sample_report()
    report["families"] = [_family()]
    validate_report("monthly-report-v1", canonical(report))
    # A v1 report is not a v2 one: v2 has the channel rules and the entity's health totals.
    with pytest.raises(ReportInvalid, match="monthly-report-v2"):
        validate_report("monthly-report-v2", canonical(report))
    with pytest.raises(ReportInvalid, match="not known"):
        validate_report("../../etc/passwd", canonical(report))
