"""The vault is asked once, the same way, wherever a person is created."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.duplicates import Person, Severity
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import casework, duplicates
from hostdesk.storage.vault import Vault


@pytest.fixture
def recorded(vault: Vault) -> tuple[Vault, int, str]:
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user,
            casework.FamilyDraft(ArrivalChannel.RESETTLEMENT, date(2026, 1, 5)),
            [casework.MemberDraft(
                "Mohammed Al-Hassan", "محمد الحسن", "Arab", birth=PartialDate(1987),
                is_head=True, identifiers={"nif": "501964843", "passport": "N1234567"},
            )],
        )  # fmt: skip
        assert family.id is not None
        return vault, family.id, family.case_number


def test_a_known_nif_is_refused_naming_the_case(recorded: tuple[Vault, int, str]) -> None:
    vault, family_id, case = recorded
    with vault.session() as session, pytest.raises(duplicates.DuplicateRefused) as refused:
        duplicates.refuse_duplicates(
            session, [Person("Someone Else", identifiers={"nif": "501964843"})],
            warnings_seen=True,
        )  # fmt: skip
    assert case in str(refused.value)
    assert refused.value.duplicate.family_id == family_id


def test_a_passport_or_the_same_name_and_birth_date_is_only_a_warning(
    recorded: tuple[Vault, int, str],
) -> None:
    vault, family_id, _case = recorded
    child = Person("Amina Al-Hassan", birth=PartialDate(2015, 2, 3),
                   identifiers={"passport": "N1234567"})  # fmt: skip
    namesake = Person("Muhamad Alhasan", birth=PartialDate(1987, 5, 20))  # another spelling
    with vault.session() as session:
        with pytest.raises(duplicates.PossibleDuplicates) as warned:
            duplicates.refuse_duplicates(session, [child])
        assert [(d.severity, d.identifier_kind) for d in warned.value.duplicates] == [
            (Severity.WARNING, "passport")
        ]
        found = duplicates.refuse_duplicates(session, [namesake], warnings_seen=True)
    assert [(d.family_id, d.by_name) for d in found] == [(family_id, True)]


def test_a_person_changed_is_not_their_own_duplicate(recorded: tuple[Vault, int, str]) -> None:
    vault, family_id, _case = recorded
    with vault.session() as session:
        file = casework.read_family(session, family_id)
        assert file is not None
        head = file.members[0].member
        me = Person(head.name_latin, birth=PartialDate(1987), identifiers={"nif": "501964843"})
        assert head.id is not None
        assert duplicates.find_duplicates(session, [me], exclude_members=[head.id]) == []
