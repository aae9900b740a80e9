"""Acknowledging and snoozing an alert: kept with its reason, lapsing by itself, audited."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from hostdesk.storage import alert_responses, families
from hostdesk.storage.alert_responses import ResponseAction
from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault

TODAY = date(2026, 12, 4)


def _family(vault: Vault) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel="resettlement", programme_start=TODAY
        )
        assert family.id is not None
        return family.id


def _respond(vault: Vault, family_id: int, action: ResponseAction, **kw: object) -> int:
    with vault.changing() as session:
        row = alert_responses.respond(
            session, vault.user, family_id=family_id, kind="arp_expiring", key="k1",
            action=action, today=TODAY, **kw,  # type: ignore[arg-type]
        )  # fmt: skip
        assert row.id is not None
        return row.id


def _in_force(vault: Vault, day: date) -> dict[str, alert_responses.Answer]:
    with vault.session() as session:
        return alert_responses.answers_in_force(session, day)


def test_a_snooze_holds_until_its_day_then_lapses(vault: Vault) -> None:
    fid = _family(vault)
    _respond(vault, fid, ResponseAction.SNOOZED, reason="Booked", until=TODAY + timedelta(7))
    held = _in_force(vault, TODAY)["k1"]
    assert (held.action, held.reason, held.by) == (
        ResponseAction.SNOOZED,
        "Booked",
        vault.user.username,
    )
    assert "k1" in _in_force(vault, TODAY + timedelta(6))
    assert "k1" not in _in_force(vault, TODAY + timedelta(7))


def test_an_acknowledgement_holds_until_taken_back(vault: Vault) -> None:
    fid = _family(vault)
    answer = _respond(vault, fid, ResponseAction.ACKNOWLEDGED, reason="Dealt with by phone")
    assert "k1" in _in_force(vault, TODAY + timedelta(400))
    with vault.changing() as session:
        alert_responses.take_back(session, vault.user, answer)
    assert _in_force(vault, TODAY) == {}
    with vault.session() as session:
        query = "SELECT action, detail FROM audit_log WHERE action LIKE 'alert.%' ORDER BY seq"
        actions = session.execute(text(query)).all()
    assert [a for a, _ in actions] == ["alert.acknowledge", "alert.show_again"]
    assert all("phone" not in detail for _, detail in actions)
    assert json.loads(actions[0][1]) == {"family": fid, "kind": "arp_expiring"}


def test_no_reason_or_a_snooze_into_the_past_is_refused(vault: Vault) -> None:
    fid = _family(vault)
    with pytest.raises(VaultError):
        _respond(vault, fid, ResponseAction.ACKNOWLEDGED, reason="   ")
    with pytest.raises(VaultError):
        _respond(vault, fid, ResponseAction.SNOOZED, reason="Later", until=TODAY)
    assert _in_force(vault, TODAY) == {}
