"""The monthly report sends only what docs/monthly-report.md lists: checked field by field on
a report built from a 300-family demo vault, and scanned for health and mental-health terms."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import text

from hostdesk import resources
from hostdesk.reports.monthly import SCHEMA_FILE, build_monthly_report
from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

# Every path a report may hold ("[]" stands for any list position). A new field must be
# added here and to docs/monthly-report.md, with the reason the NAIR needs it.
_PATHS = """
    schema month period period.start period.end revision supersedes_sha256
    entity entity.name entity.nair_code entity.par_member
    channel_rules channel_rules[] channel_rules[].channel channel_rules[].basis
    channel_rules[].effective_from channel_rules[].programme_months
    channel_rules[].allowance_scheme channel_rules[].iss_transition
    channel_rules[].counts_in_programme_figures channel_rules[].families_followed
    totals totals.families_followed totals.families_in_programme_at_end
    totals.members_in_programme_at_end totals.events totals.open_alerts
    totals.families_outside_programme_figures
    indicators health health.referrals_sent health.referrals_answered
    health.referrals_open_at_end health.families_by_status
    health.families_by_status.not_started health.families_by_status.in_progress
    health.families_by_status.achieved health.families_by_status.at_risk
    families families[] families[].case_number families[].nair_reference
    families[].case_type families[].arrival_channel families[].arrival_date
    families[].programme families[].programme.start families[].programme.end
    families[].programme.months families[].programme.month_at_end families[].status_at_end
    families[].exit families[].exit.date families[].exit.reason
    families[].iss_transition families[].iss_transition.meeting_date
    families[].iss_transition.outcome
    families[].dimensions families[].dimensions.housing families[].dimensions.education
    families[].dimensions.language families[].dimensions.employment
    families[].members families[].members[] families[].members[].ref
    families[].members[].relationship families[].members[].sex
    families[].members[].age_group families[].members[].unaccompanied_minor
    families[].members[].before_arrival
    families[].members[].before_arrival.occupation_isco08
    families[].members[].before_arrival.schooling_isced
    families[].members[].dimensions families[].members[].dimensions.housing
    families[].members[].dimensions.education families[].members[].dimensions.language
    families[].members[].dimensions.employment
    families[].members[].flags
    families[].members[].flags.in_training_education_or_employment
    families[].members[].flags.portuguese_classes families[].members[].flags.school_enrolled
    families[].members[].flags.sns_number families[].members[].flags.family_doctor
    families[].members[].flags.valid_permit
    families[].events families[].events[] families[].events[].date families[].events[].type
    families[].events[].member families[].events[].detail families[].events[].dimension
    families[].open_alerts families[].open_alerts[] families[].open_alerts[].kind
    families[].open_alerts[].severity families[].open_alerts[].due
    families[].open_alerts[].member families[].open_alerts[].dimension
    families[].open_alerts[].service
"""
ALLOWED_PATHS = frozenset(_PATHS.split()) | {
    f"indicators.{name}{part}"
    for name in (
        "working_age_in_training_education_or_employment", "portuguese_classes_access",
        "school_age_children_enrolled", "members_with_sns_number", "members_with_family_doctor",
        "families_ended_programme_autonomous",
    )
    for part in ("", ".numerator", ".denominator", ".uncertain")
}  # fmt: skip

# Words that would say something about a person's or a family's health, in both languages.
HEALTH_TERMS = re.compile(
    r"health|sa[uú]de|psycholog|psic[oó]log|mental|psychiatr|psiqui|therap|terap|trauma|"
    r"depress|anxiety|ansiedade|medic|m[eé]dic|vaccin|vacina|disab|defici|pregnan|gr[aá]vid|"
    r"vulnerab|illness|doen[cç]a|\bsns\b(?!_number)",
    re.IGNORECASE,
)
# What a string value may be: a date, a month, a hash, a "< 5" or a plain code.
PLAIN_VALUE = re.compile(r"|[0-9]{4}-[0-9]{2}(-[0-9]{2})?|[0-9a-f]{64}|< 5|[A-Za-z0-9_+-]{1,40}")
FREE_FIELDS = {"entity.name", "families[].case_number", "families[].nair_reference"}


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from walk(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for inner in value:
            yield from walk(inner, f"{path}[]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path: Path = tmp_path_factory.mktemp("demo300") / "vault"
    vault = create_demo_vault(path, PASSPHRASE, families=300, seed=1, kdf=FAST_TEST_PARAMS)
    yield vault
    vault.close()


def _months_back(n: int) -> str:
    today = date.today()
    index = today.year * 12 + today.month - 1 - n
    return f"{index // 12}-{index % 12 + 1:02d}"


@pytest.fixture(scope="module")
def reports(demo: Vault) -> list[dict[str, Any]]:
    return [build_monthly_report(demo, _months_back(n)).data for n in (1, 4)]


def test_the_demo_holds_what_must_not_leave(demo: Vault) -> None:
    """Without health referrals per person in the vault the scan below would prove nothing."""
    with demo.engine.connect() as conn:
        by_service = dict(
            conn.execute(text("SELECT service, count(*) FROM referral GROUP BY service")).all()
        )
        followups = conn.execute(
            text("SELECT count(*) FROM health_record WHERE mental_health_followup")
        ).scalar_one()
    assert by_service.get("psychologist", 0) > 0
    assert by_service.get("sns", 0) > 0
    assert followups > 0


def test_every_field_is_on_the_allowlist(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        assert report["families"], "a month with families, or the test checks nothing"
        for path, value in walk(report):
            if not path:
                continue
            assert path in ALLOWED_PATHS, f"{path} is not on the allowlist"
            if isinstance(value, str) and path not in FREE_FIELDS:
                assert PLAIN_VALUE.fullmatch(value), f"{path} holds more than a code"


def test_no_health_detail_at_person_or_family_level(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        for family in report["families"]:
            raw = json.dumps(family, ensure_ascii=False)
            found = HEALTH_TERMS.findall(raw.replace("sns_number", "").replace("family_doctor", ""))
            assert found == [], f"{family['case_number']} carries {sorted(set(found))}"
        # Across the whole report, nothing names mental health at all.
        whole = json.dumps(report, ensure_ascii=False)
        assert not re.search(r"psycholog|psic[oó]log|mental|psychiatr", whole, re.IGNORECASE)


def test_health_is_counted_per_entity_with_small_numbers_hidden(
    reports: list[dict[str, Any]],
) -> None:
    for report in reports:
        health = report["health"]
        counts = [
            health["referrals_sent"], health["referrals_answered"],
            health["referrals_open_at_end"], *health["families_by_status"].values(),
        ]  # fmt: skip
        for count in counts:
            assert count == "< 5" or (isinstance(count, int) and count >= 5)


def test_spontaneous_asylum_stays_out_of_the_programme_figures(
    reports: list[dict[str, Any]],
) -> None:
    for report in reports:
        channels = {f["arrival_channel"] for f in report["families"]}
        assert "spontaneous_asylum" not in channels
        rules = {r["channel"]: r for r in report["channel_rules"]}
        assert rules["spontaneous_asylum"]["counts_in_programme_figures"] is False
        assert rules["spontaneous_asylum"]["families_followed"] > 0
        # The demo entity confirmed temporary protection: shown as its choice.
        assert rules["temporary_protection"]["basis"] == "entity"
        outside = report["totals"]["families_outside_programme_figures"]
        assert outside == rules["spontaneous_asylum"]["families_followed"]


def test_the_reports_follow_the_schema(reports: list[dict[str, Any]]) -> None:
    schema = json.loads(resources.read_text(*SCHEMA_FILE))
    for report in reports:
        jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)
