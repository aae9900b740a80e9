"""The caseload a social worker scrolls: order, filters and the rows shown."""

from __future__ import annotations

from datetime import date

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import caseload, families
from hostdesk.storage.caseload import CaseloadFilter, CaseloadSort, ProgrammePhase
from hostdesk.storage.vault import Vault

TODAY = date(2026, 11, 24)


def _family(vault: Vault, head: str, start: date, status: str = "active") -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=start, status=status,
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin=head, is_head=True)
        families.add_member(session, vault.user, family, name_latin=head + " Jr")
        assert family.id is not None
        return family.id


def test_families_are_listed_by_head_name_or_by_programme_end(vault: Vault) -> None:
    late = _family(vault, "Zainab Haidari", date(2026, 6, 1))
    early = _family(vault, "Amanuel Tesfay", date(2025, 1, 1))
    with vault.session() as session:
        assert caseload.family_ids(session, CaseloadSort.HEAD_NAME) == [early, late]
        by_end = caseload.family_ids(session, CaseloadSort.PROGRAMME_END, descending=True)
        assert by_end == [late, early]
        rows = caseload.rows_for(session, [late])
    assert rows[late].members == 2
    assert rows[late].head_latin == "Zainab Haidari"
    assert rows[late].programme_end == date(2027, 11, 30)


def test_the_phase_filter_separates_new_midway_transition_and_ended(vault: Vault) -> None:
    new = _family(vault, "A New", date(2026, 9, 1))
    midway = _family(vault, "B Midway", date(2025, 12, 1))
    transition = _family(vault, "C Transition", date(2025, 8, 1))
    ended = _family(vault, "D Ended", date(2024, 1, 1), status="closed")

    def phase(p: ProgrammePhase) -> list[int]:
        with vault.session() as session:
            return caseload.family_ids(
                session, filters=CaseloadFilter(phase=p, today=TODAY)
            )

    assert phase(ProgrammePhase.FIRST_MONTHS) == [new]
    assert phase(ProgrammePhase.MIDWAY) == [midway]
    assert phase(ProgrammePhase.TRANSITION) == [transition]
    assert phase(ProgrammePhase.ENDED) == [ended]
    with vault.session() as session:
        closed = caseload.family_ids(session, filters=CaseloadFilter(status="closed"))
    assert closed == [ended]


def test_an_empty_id_filter_shows_nothing_rather_than_everything(vault: Vault) -> None:
    _family(vault, "Someone", date(2026, 1, 1))
    with vault.session() as session:
        assert caseload.family_ids(session, filters=CaseloadFilter(family_ids=[])) == []


def test_a_family_without_a_head_yet_is_listed_first_by_name(vault: Vault) -> None:
    named = _family(vault, "Amanuel Tesfay", date(2026, 1, 1))
    with vault.changing() as session:
        headless = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 2, 1),
        )  # fmt: skip
    with vault.session() as session:
        ids = caseload.family_ids(session, CaseloadSort.HEAD_NAME)
        backwards = caseload.family_ids(session, CaseloadSort.HEAD_NAME, descending=True)
        first = caseload.family_ids(session, CaseloadSort.HEAD_NAME, limit=1)
    assert ids == [headless.id, named]
    assert backwards == [named, headless.id]
    assert first == [headless.id]


def test_a_family_outside_the_programme_has_no_month_and_no_phase(vault: Vault) -> None:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.SPONTANEOUS_ASYLUM,
            programme_start=date(2026, 9, 1),
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin="Cali Xasan", is_head=True)
        assert family.id is not None
        outside = family.id
    inside = _family(vault, "Zainab Haidari", date(2026, 9, 1))
    with vault.session() as session:
        rows = caseload.rows_for(session, [outside, inside])
        phase = CaseloadFilter(phase=ProgrammePhase.FIRST_MONTHS, today=TODAY)
        in_phase = caseload.family_ids(session, CaseloadSort.HEAD_NAME, filters=phase)
    assert (rows[outside].has_clock, rows[inside].has_clock) == (False, True)
    assert in_phase == [inside]
