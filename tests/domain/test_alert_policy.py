"""Every alert is held to the severity policy of docs/alerts.md.

Urgent means something must be done this week: no rule (of today, or added
later) may call an alert urgent whose date lies beyond the coming week, and
every kind is written down in the policy's table. Thousands of invented
families over two years of days, from a fixed seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from hostdesk.domain.alerts import (
    WEEK_DAYS,
    AlertKind,
    FamilySnapshot,
    MemberSnapshot,
    ReferralSnapshot,
    Severity,
    act_by,
    alert_key,
    alerts_for,
    due_this_week,
)
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import FamilyStatus

POLICY = "docs/alerts.md"


def _policy_text() -> str:
    # The docs are not shipped with the package: read from the checkout.
    return (Path(__file__).resolve().parents[2] / POLICY).read_text(encoding="utf-8")


def _day(rng: random.Random, around: date, spread: int) -> date:
    return around + timedelta(days=rng.randint(-spread, spread))


def _family(rng: random.Random, family_id: int, today: date) -> FamilySnapshot:
    start = _day(rng, today - timedelta(days=300), 300)
    members = [
        MemberSnapshot(
            member_id=family_id * 10 + n,
            birth=PartialDate(rng.randint(1950, 2024), rng.choice((None, rng.randint(1, 12)))),
            arp_expiry=_day(rng, today, 60) if rng.random() < 0.7 else None,
            in_school=rng.random() < 0.5,
            has_language_course=rng.random() < 0.5,
            is_unaccompanied_minor=rng.random() < 0.2,
            has_permit=rng.choice((None, None, False)),
            renewal_appointment=_day(rng, today + timedelta(days=10), 10)
            if rng.random() < 0.3
            else None,
        )
        for n in range(rng.randint(1, 5))
    ]
    if rng.random() < 0.2:  # an unaccompanied minor near or just past the 18th birthday
        eighteen = _day(rng, today, 200)
        born = eighteen.replace(year=eighteen.year - 18)
        members.append(MemberSnapshot(family_id * 10 + 9, PartialDate(born.year, born.month,
                                      born.day), None, False, True, True))  # fmt: skip
    if rng.random() < 0.2:  # a young adult who came alone, near the end of protection
        years = rng.choice((21, 25))
        ends = _day(rng, today, 200)
        born = ends.replace(year=ends.year - years)
        running = ("vocational_training", born.replace(year=born.year + 19), None)
        members.append(
            MemberSnapshot(
                family_id * 10 + 8,
                PartialDate(born.year, rng.choice((None, born.month))),
                None, False, True, True, has_permit=True,
                education_answer=rng.choice((None, True, False)),
                learning_records=(running,) if rng.random() < 0.5 else (),
            )
        )  # fmt: skip
    referrals = [
        ReferralSnapshot(family_id * 10 + n, _day(rng, today - timedelta(days=30), 30),
                         None, None, None)
        for n in range(rng.randint(0, 3))
    ]  # fmt: skip
    return FamilySnapshot(
        family_id=family_id,
        status=FamilyStatus.ACTIVE,
        programme_start=start,
        programme_months=rng.choice((18, 24)),
        arrival_date=_day(rng, start, 20) if rng.random() < 0.8 else None,
        last_visit=_day(rng, today - timedelta(days=40), 40) if rng.random() < 0.9 else None,
        members=members,
        referrals=referrals,
        has_clock=rng.random() < 0.9,
        iss_transition=rng.random() < 0.7,
        iss_recorded=rng.random() < 0.3,
    )


def test_no_alert_is_urgent_unless_its_date_falls_this_week() -> None:
    rng = random.Random(20261205)
    seen: set[tuple[AlertKind, Severity]] = set()
    for family_id in range(1, 3000):
        today = date(2026, 1, 1) + timedelta(days=rng.randint(0, 730))
        for alert in alerts_for(_family(rng, family_id, today), today):
            seen.add((alert.kind, alert.severity))
            deadline = act_by(alert)  # the day something must be done by
            if alert.severity is Severity.URGENT and deadline is not None:
                assert due_this_week(deadline, today), (alert, today)
            if alert.severity is not Severity.URGENT and deadline is not None:
                # Not urgent, yet dated: either later than this week, or a routine step.
                assert alert.kind in ROUTINE or deadline > today + timedelta(days=WEEK_DAYS), (
                    alert,
                    today,
                )
    # The generator reaches every kind, so the checks above covered each of them.
    assert {kind for kind, _ in seen} == set(AlertKind)


# Late routine steps (a visit due, an answer to chase, a course to find) wait in Próximos;
# so does the ISS meeting to arrange until its lead time before the end has come.
ROUTINE = {
    AlertKind.NO_RECENT_VISIT,
    AlertKind.REFERRAL_UNANSWERED,
    AlertKind.NO_LANGUAGE_COURSE,
    AlertKind.ISS_TRANSITION,
}


def test_every_kind_of_alert_is_in_the_written_policy() -> None:
    policy = _policy_text()
    missing = [kind.value for kind in AlertKind if f"`{kind.value}`" not in policy]
    assert missing == [], f"add these to the table in {POLICY}: {missing}"
    assert "Urgent means something must be done this week" in policy


def test_an_alert_is_named_by_its_occurrence() -> None:
    rng = random.Random(7)
    today = date(2026, 6, 1)
    family = _family(rng, 1, today)
    alerts = alerts_for(family, today)
    keys = [alert_key(a) for a in alerts]
    assert len(keys) == len(set(keys))  # one key per alert of a family
    assert all(k.split("/")[0] in {kind.value for kind in AlertKind} for k in keys)
