"""Anonymisation reaches every text column of a family's file, including columns added later.

Each table that belongs to a family (through ``family_id`` or ``member_id``, directly
or through another such table) gets one row whose every text or binary column holds a marker
(a document's bytes are as identifying as its title);
after anonymisation no column may still hold it, except the coded values listed
below (vocabulary codes, dates as text, the case number kept for the figures). A new
free-text column fails here until anonymisation blanks it, or it is listed as coded
with the reason.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import text
from sqlmodel import SQLModel

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import families, retention
from hostdesk.storage.vault import Vault

MARKER = "Zq9marker"
TODAY = date(2026, 12, 5)

# Columns that hold a code from the vocabulary or a value the figures keep, never free text.
CODED: dict[str, set[str]] = {
    # The case number stays so the figures and the audit log still name the file.
    "family": {
        "case_number",
        "case_type",
        "arrival_channel",
        "status",
        "exit_reason",
        "municipality",
    },
    # Member ids and dimension codes.
    "activity": {"kind", "members_present", "dimensions"},
    "allowance_payment": {"period"},
    # A municipality counts in the figures; the address is what identifies.
    "housing": {"kind", "municipality", "status"},
    # Vocabulary codes and ISO codes (nationality, languages).
    # Issue 12 adds codes: an AsylumDecision, an ISCO-08 group, an ISCED level.
    "member": {
        "relationship",
        "original_script",
        "sex",
        "nationality",
        "languages",
        "asylum_decision",
        "occupation_isco",
        "schooling_isced",
    },
    # A PermitType code (ARP, refugee...); the number that identifies is blanked.
    "residence_permit": {"permit_type"},
    # An IssOutcome code; the ISS contact is blanked.
    "iss_transition": {"outcome"},
    "consent": {"scope", "method"},
    "education": {"kind", "level", "status"},
    "employment": {"kind", "sector"},
    "health_record": {"status"},
    "identifier": {"kind"},
    # The course's provider is an organisation (IEFP, a school), not the person.
    "language_course": {"course_type", "provider", "cefr_level_reached"},
    "plan_goal": {"dimension", "status"},
    "referral": {"service", "dimension", "sharing_basis"},
    # A merged case's number (as the family's own), the coordinator who merged
    # (staff, not the family) and its programme codes and dates (no name or note).
    "case_alias": {"case_number", "merged_by", "merged_case"},
    # An alert's key (kind, ids and a date), its kind and acknowledged/snoozed: codes;
    # the reason, free text, is blanked.
    "alert_response": {"alert_key", "kind", "action"},
}


def _family_tables() -> list[sa.Table]:
    """Tables whose rows belong to one family, parents before children."""
    owned = {"family"}
    tables: list[sa.Table] = []
    for table in SQLModel.metadata.sorted_tables:
        targets = {fk.column.table.name for fk in table.foreign_keys}
        if table.name == "family" or targets & owned:
            owned.add(table.name)
            tables.append(table)
    return tables


def _type(column: sa.Column[Any]) -> sa.types.TypeEngine[Any]:
    # SQLModel's AutoString and UTCDateTime decorate String and DateTime.
    return getattr(column.type, "impl_instance", column.type)


def _is_text(column: sa.Column[Any]) -> bool:
    return isinstance(_type(column), sa.String)


def _is_binary(column: sa.Column[Any]) -> bool:
    return isinstance(_type(column), sa.LargeBinary)


def _value(column: sa.Column[Any], ids: dict[str, int], user_id: int) -> object:
    for fk in column.foreign_keys:
        target = fk.column.table.name
        return user_id if target == "app_user" else ids.get(target)
    kind = _type(column)
    if _is_text(column):
        return MARKER
    if _is_binary(column):
        return b"%PDF-1.4 " + MARKER.encode()
    if isinstance(kind, sa.JSON):
        return [MARKER]
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer):
        return 1
    if isinstance(kind, sa.DateTime):
        return datetime(2018, 3, 1, 10, 0, tzinfo=UTC)
    if isinstance(kind, sa.Date):
        return date(2018, 3, 1)
    return None


def test_every_text_column_of_a_family_is_blanked_or_coded(vault: Vault) -> None:
    assert vault.user.id is not None
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2017, 1, 1), status="exited", exit_reason="left_portugal",
            exit_date=date(2018, 6, 30),
        )  # fmt: skip
        assert family.id is not None
        ids = {"family": family.id}
        for table in _family_tables()[1:]:
            row = {
                c.name: _value(c, ids, vault.user.id) for c in table.columns if not c.primary_key
            }
            result = session.execute(table.insert().values(**row))
            ids[table.name] = int(result.inserted_primary_key[0])  # type: ignore[index]
    with vault.changing() as session:
        retention.anonymise_family(session, vault.user, ids["family"], TODAY)

    left: list[str] = []
    with vault.session() as session:
        for table in _family_tables():
            for column in table.columns:
                if column.name in CODED.get(table.name, set()):
                    continue
                if column.name == "uid":
                    continue  # a random global id (docs/team-sync.md §2), never content
                if not (_is_text(column) or _is_binary(column) or isinstance(column.type, sa.JSON)):
                    continue
                value = session.execute(
                    text(f'SELECT "{column.name}" FROM "{table.name}" WHERE id = :id'),
                    {"id": ids[table.name]},
                ).scalar()
                if isinstance(value, bytes):
                    value = value.decode("latin-1")
                if value is not None and MARKER in str(value):
                    left.append(f"{table.name}.{column.name}")
    assert not left, (
        f"{left}: "
        "anonymisation leaves these columns as they were: blank them in "
        "storage/retention.py, or list them in CODED with the reason"
    )
