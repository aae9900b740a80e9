"""What the vault already holds about the file's people: identifiers and name keys."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.importing.duplicates import KnownPeople, person_keys, wanted
from hostdesk.domain.importing.rows import ImportPlan

_CHUNK = 500


def known_people(session: Session, plan: ImportPlan) -> KnownPeople:
    ids, years = wanted(plan)
    known = KnownPeople()
    kinds = sorted({kind for kind, _value in ids})
    if kinds:
        # One pass over the identifiers of the kinds wanted: the value has no index.
        placeholders = ",".join(f":k{i}" for i in range(len(kinds)))
        rows = session.execute(
            text(
                "SELECT i.kind, i.value, f.case_number FROM identifier i "
                "JOIN member m ON m.id = i.member_id JOIN family f ON f.id = m.family_id "
                f"WHERE i.kind IN ({placeholders})"
            ),
            {f"k{i}": kind for i, kind in enumerate(kinds)},
        )
        for kind, value, case_number in rows:
            if (kind, value) in ids:
                known.identifiers.setdefault((kind, value), case_number)
    ordered = sorted(years)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        rows = session.execute(
            text(
                "SELECT m.name_latin, m.name_original, m.birth_year, f.case_number "
                "FROM member m JOIN family f ON f.id = m.family_id "
                f"WHERE m.birth_year IN ({','.join(str(int(y)) for y in chunk)})"
            )
        )
        for latin, original, year, case_number in rows:
            for key in person_keys(latin or "", original or ""):
                known.people.setdefault((key, year), case_number)
    return known
