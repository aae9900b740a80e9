"""The dashboard's figures for a small hand-built vault."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import add_months
from hostdesk.domain.vocabulary import ArrivalChannel, Dimension, DimensionStatus
from hostdesk.storage import dashboard, families
from hostdesk.storage.dashboard import Behind, MonthFigure, Selection
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.storage.test_alert_snapshots import TODAY, build_small_caseload

NS, IP, OK, RISK = (
    DimensionStatus.NOT_STARTED,
    DimensionStatus.IN_PROGRESS,
    DimensionStatus.ACHIEVED,
    DimensionStatus.AT_RISK,
)


def test_families_and_people_by_programme_month(vault: Vault) -> None:
    build_small_caseload(vault, TODAY)
    with vault.session() as session:
        figures = dashboard.figures(session, TODAY)
    assert figures.active_families == 2
    assert figures.active_members == 5
    assert figures.exited_families == 1
    assert figures.in_transition == 1  # month 15 of 18
    months = {m.month: (m.families, m.members) for m in figures.by_month}
    assert [m.month for m in figures.by_month] == list(range(1, 19))  # to month 18 of 18
    assert months[4] == (1, 4)
    assert months[15] == (1, 1)
    assert sum(f for f, _ in months.values()) == 2
    assert figures.not_started == MonthFigure(0, 0, 0)
    assert figures.ended == MonthFigure(-1, 0, 0)


def test_families_not_started_yet_and_past_their_end(vault: Vault) -> None:
    build_small_caseload(vault, TODAY)
    with vault.changing() as session:
        for case, start in (("HD-2026-00090", TODAY + timedelta(days=10)),
                            ("HD-2024-00091", add_months(TODAY, -19))):  # fmt: skip
            family = families.create_family(
                session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
                programme_start=start, case_number=case,
            )  # fmt: skip
            families.add_member(
                session, vault.user, family, name_latin="Test", birth=PartialDate(1980)
            )
    with vault.session() as session:
        figures = dashboard.figures(session, TODAY)
    assert figures.active_families == 4
    assert figures.not_started == MonthFigure(0, 1, 1)
    assert figures.ended == MonthFigure(-1, 1, 1)
    assert sum(m.families for m in figures.by_month) == 2


def test_status_on_each_of_the_five_dimensions(vault: Vault) -> None:
    build_small_caseload(vault, TODAY)
    with vault.session() as session:
        figures = dashboard.figures(session, TODAY)

    def nonzero(d: Dimension) -> dict[DimensionStatus, int]:
        return {s: n for s, n in figures.by_status[d].items() if n}

    # One family with a current home, the other's reception centre stay has ended.
    assert nonzero(Dimension.HOUSING) == {IP: 1, NS: 1}
    # Both health records achieved in one family; one at risk in the other.
    assert nonzero(Dimension.HEALTH) == {OK: 1, RISK: 1}
    # A school enrolment in progress; no education record in the other family.
    assert nonzero(Dimension.EDUCATION) == {IP: 1, NS: 1}
    # A course under way; a course with A1 reached.
    assert nonzero(Dimension.LANGUAGE) == {IP: 1, OK: 1}
    # A current contract; a job search.
    assert nonzero(Dimension.EMPLOYMENT) == {OK: 1, IP: 1}
    assert all(sum(c.values()) == 2 for c in figures.by_status.values())
    assert all(set(c) == set(DimensionStatus) for c in figures.by_status.values())


def test_an_empty_vault_has_empty_figures(vault: Vault) -> None:
    with vault.session() as session:
        figures = dashboard.figures(session, TODAY)
    assert (figures.active_families, figures.active_members, figures.by_month) == (0, 0, [])
    assert all(sum(c.values()) == 0 for c in figures.by_status.values())


def test_every_figure_opens_exactly_the_families_it_counts(tmp_path: Path) -> None:
    from hostdesk.storage.demo.writer import create_demo_vault

    vault = create_demo_vault(
        tmp_path / "demo", "demo passphrase", families=80, seed=7, kdf=KDF_FLOOR
    )
    today = date.today()
    try:
        with vault.session() as session:
            figures = dashboard.figures(session, today)

            def behind(selection: Selection) -> list[int]:
                return dashboard.families_behind(session, today, selection)

            assert len(behind(Selection(Behind.ACTIVE))) == figures.active_families
            assert len(behind(Selection(Behind.EXITED))) == figures.exited_families
            assert len(behind(Selection(Behind.TRANSITION))) == figures.in_transition
            assert len(behind(Selection(Behind.ENDED))) == figures.ended.families
            assert len(behind(Selection(Behind.NOT_STARTED))) == figures.not_started.families
            assert len(behind(Selection(Behind.WITHOUT_CLOCK))) == figures.without_clock
            # The demo follows the programme's rules: spontaneous asylum has no clock.
            assert figures.without_clock > 0
            in_months = sum(m.families for m in figures.by_month)
            assert figures.active_families == (
                in_months + figures.ended.families + figures.not_started.families
                + figures.without_clock
            )  # fmt: skip
            for month in figures.by_month:
                chosen = behind(Selection(Behind.MONTH, month=month.month))
                assert len(chosen) == month.families, month
            seen: set[int] = set()
            for dimension, counts in figures.by_status.items():
                for status, count in counts.items():
                    chosen = behind(Selection(Behind.STATUS, dimension=dimension, status=status))
                    assert len(chosen) == count, (dimension, status)
                    seen.update(chosen)
            assert figures.active_families > 10 and len(seen) == figures.active_families
    finally:
        vault.close()
