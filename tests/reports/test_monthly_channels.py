"""Who the monthly report lists: the families the channel rules count in the NAIR's figures."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import AllowanceScheme, ArrivalChannel, Role
from hostdesk.reports.monthly import build_monthly_report
from hostdesk.storage import families, programme_rules
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.models import Referral
from hostdesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

MONTH = "2026-11"


def _family(vault: Vault, case: str, channel: str) -> int:
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel=channel, programme_start=date(2026, 5, 1),
            case_number=case,
        )  # fmt: skip
        families.add_member(s, vault.user, family, name_latin="Someone", is_head=True,
                            relationship="head", birth=PartialDate(1980))  # fmt: skip
        assert family.id is not None
        return family.id


def _cases(vault: Vault) -> list[str]:
    return [f["case_number"] for f in build_monthly_report(vault, MONTH).data["families"]]


def _confirm_temporary_protection(vault: Vault, since: date) -> None:
    with vault.changing() as s:
        programme_rules.confirm_rule(
            s, vault.user, ArrivalChannel.TEMPORARY_PROTECTION, since, programme_months=12,
            allowance_scheme=AllowanceScheme.EU_SCHEME, iss_transition=False,
            counts_in_nair_figures=True,
        )  # fmt: skip


def test_spontaneous_asylum_is_a_number_and_temporary_protection_waits(vault: Vault) -> None:
    _family(vault, "HD-2026-00001", "resettlement")
    _family(vault, "HD-2026-00002", "spontaneous_asylum")
    _family(vault, "HD-2026-00003", "temporary_protection")
    report = build_monthly_report(vault, MONTH).data
    assert [f["case_number"] for f in report["families"]] == ["HD-2026-00001"]
    assert report["totals"]["families_outside_programme_figures"] == 2
    rules = {r["channel"]: r for r in report["channel_rules"]}
    assert rules["spontaneous_asylum"]["basis"] == "sources"
    assert rules["temporary_protection"]["basis"] == "unconfirmed"

    # Confirmed from December: November's report is as it was.
    _confirm_temporary_protection(vault, date(2026, 12, 1))
    assert _cases(vault) == ["HD-2026-00001"]
    # Confirmed from November: the family counts, and the rule shows as the entity's choice.
    _confirm_temporary_protection(vault, date(2026, 11, 1))
    report = build_monthly_report(vault, MONTH).data
    assert [f["case_number"] for f in report["families"]] == ["HD-2026-00001", "HD-2026-00003"]
    rule = next(r for r in report["channel_rules"] if r["channel"] == "temporary_protection")
    assert (rule["basis"], rule["programme_months"], rule["effective_from"]) == (
        "entity", 12, "2026-11-01",
    )  # fmt: skip


def test_only_a_coordinator_confirms_a_rule(vault: Vault) -> None:
    vault.add_user("tecnica.rita", Role.SOCIAL_WORKER, PASSPHRASE)
    path = vault.path
    vault.close()
    with Vault.open(path, "tecnica.rita", PASSPHRASE) as worker, pytest.raises(PermissionDenied):
        _confirm_temporary_protection(worker, date(2026, 11, 1))


def test_health_referrals_are_counted_per_entity(vault: Vault) -> None:
    family = _family(vault, "HD-2026-00001", "relocation")
    now = datetime.now(UTC)
    with vault.changing() as s:
        for day in range(1, 7):  # six to the SNS or a psychologist in November
            service = "psychologist" if day % 2 else "sns"
            s.add(Referral(family_id=family, service=service, sent_on=date(2026, 11, day),
                           created_at=now))  # fmt: skip
        s.add(Referral(family_id=family, service="iefp", dimension="employment",
                       sent_on=date(2026, 11, 2), created_at=now))  # fmt: skip
    report = build_monthly_report(vault, MONTH).data
    assert report["health"]["referrals_sent"] == 6
    assert report["health"]["referrals_answered"] == "< 5"
    assert report["health"]["referrals_open_at_end"] == 6
    (only,) = report["families"]
    assert [(e["type"], e["detail"]) for e in only["events"]] == [("referral_sent", "iefp")]
