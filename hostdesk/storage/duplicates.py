"""Look in the vault for people who may already be recorded (rules: ``domain.duplicates``).

One check for every place a person is created: the family and member forms
(``refuse_duplicates`` in the save's transaction), the spreadsheet import
(``recorded_with``, for a whole sheet at once) and, in a team, the
coordinator's device when a change arrives (``find_duplicates`` on the
arriving people: a duplicate found there is a conflict to resolve).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain import duplicates as rule
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage.casework.members import MemberDraft
from hostdesk.storage.errors import VaultError

_CHUNK = 500


class DuplicateRefused(VaultError):
    """A NIF, NISS, SNS or citizen card number is already another person's."""

    def __init__(self, found: rule.Duplicate) -> None:
        self.duplicate = found
        super().__init__(
            f"This {_LABEL.get(found.identifier_kind or '', 'number')} is already recorded, "
            f"in case {found.case_number}; the person was not saved."
        )


class PossibleDuplicates(VaultError):
    """Warnings only: the person may already be recorded. Nothing was saved."""

    def __init__(self, found: Sequence[rule.Duplicate]) -> None:
        self.duplicates = tuple(found)
        cases = ", ".join(dict.fromkeys(d.case_number for d in found))
        super().__init__(f"This person may already be recorded, in case {cases}.")


_LABEL = {
    "nif": "NIF",
    "niss": "NISS",
    "sns": "SNS number",
    "citizen_card": "citizen card number",
    "passport": "passport number",
    "travel_document": "travel document number",
}


def recorded_with(
    session: Session,
    identifiers: Collection[tuple[str, str]],
    birth_years: Collection[int],
    exclude_members: Collection[int] = (),
) -> list[rule.Recorded]:
    """People holding any of these (kind, value) identifiers or born in any of these years."""
    wanted_ids = {(k, v) for k, v in identifiers if v and k in rule.CHECKED_KINDS}
    member_ids: set[int] = set()
    for kind, value in wanted_ids:
        member_ids.update(
            session.execute(
                text("SELECT member_id FROM identifier WHERE kind = :k AND value = :v"),
                {"k": kind, "v": value},
            ).scalars()
        )
    years = sorted({int(y) for y in birth_years})
    for start in range(0, len(years), _CHUNK):
        chunk = ",".join(str(y) for y in years[start : start + _CHUNK])
        member_ids.update(
            session.execute(text(f"SELECT id FROM member WHERE birth_year IN ({chunk})")).scalars()
        )
    member_ids -= set(exclude_members)
    return _load(session, sorted(member_ids))


def _load(session: Session, member_ids: list[int]) -> list[rule.Recorded]:
    out: list[rule.Recorded] = []
    for start in range(0, len(member_ids), _CHUNK):
        chunk = ",".join(str(int(i)) for i in member_ids[start : start + _CHUNK])
        ids: dict[int, dict[str, str]] = {}
        for member_id, kind, value in session.execute(
            text(f"SELECT member_id, kind, value FROM identifier WHERE member_id IN ({chunk})")
        ):
            if value:
                ids.setdefault(member_id, {})[kind] = value
        rows = session.execute(
            text(
                "SELECT m.id, m.family_id, f.case_number, m.name_latin, m.name_original, "
                "m.birth_year, m.birth_month, m.birth_day FROM member m "
                f"JOIN family f ON f.id = m.family_id WHERE m.id IN ({chunk}) "
                "AND f.anonymised_on IS NULL"
            )
        )
        for member_id, family_id, case, latin, original, year, month, day in rows:
            birth = PartialDate(year, month, day) if year is not None else None
            person = rule.Person(latin or "", original or "", birth, ids.get(member_id, {}))
            out.append(rule.Recorded(family_id, case, member_id, person))
    return out


def find_duplicates(
    session: Session, people: Iterable[rule.Person], exclude_members: Collection[int] = ()
) -> list[rule.Duplicate]:
    """Everyone in the vault that one of ``people`` may be, refusals first.

    ``exclude_members``: the people being changed themselves (a member form
    editing someone must not find that someone).
    """
    people = list(people)
    identifiers = {(k, v) for p in people for k, v in p.identifiers.items()}
    years = {p.birth.year for p in people if p.birth is not None}
    candidates = recorded_with(session, identifiers, years, exclude_members)
    found = [d for p in people for d in rule.compare_all(p, candidates)]
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda d: (d.severity is not rule.Severity.REFUSED, d.case_number))


def refuse_duplicates(
    session: Session,
    people: Iterable[rule.Person],
    *,
    exclude_members: Collection[int] = (),
    warnings_seen: bool = False,
) -> list[rule.Duplicate]:
    """Raise ``DuplicateRefused`` for a refused number, ``PossibleDuplicates`` for
    warnings the user has not seen yet; return the warnings otherwise."""
    found = find_duplicates(session, people, exclude_members)
    refused = [d for d in found if d.severity is rule.Severity.REFUSED]
    if refused:
        raise DuplicateRefused(refused[0])
    if found and not warnings_seen:
        raise PossibleDuplicates(found)
    return found


def person_of(draft: MemberDraft) -> rule.Person:
    """The person a form's draft describes, as the duplicate check sees them."""
    return rule.Person(draft.name_latin, draft.name_original, draft.birth, dict(draft.identifiers))
