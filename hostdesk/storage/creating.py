"""New families and members: the one place that writes them, and everything that goes with them.

A family typed into the form, a member added to a family, and thousands of
families from a spreadsheet all become rows here. Each new row gets, in this
module only, its search-index row and its audit entry (ids and field names),
so no caller can forget one and the form and the import can never drift
apart. Rows are gathered in a ``NewRows`` and written by ``NewRows.save``: one
statement per table for the whole batch, which is what lets an import save
5,000 people in a few seconds. A form's save is a batch of one.

``NewRows.save`` is the hook for anything that must see every new row (the
team sync's change capture): ``NewRows.rows`` holds each table's rows, as
written, ids included.

Ids are given here (the next free one of each table, read inside the write
transaction), not by SQLite, so that rows can refer to one another before a
single statement runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, Table, text
from sqlmodel import Session

from hostdesk.domain import names
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import ActivityKind, PermitType
from hostdesk.storage import audit, search
from hostdesk.storage.models import Activity, Family, Housing, Identifier, Member, ResidencePermit
from hostdesk.storage.vault import CurrentUser

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 50


class Cancelled(Exception):
    """The person cancelled while the rows were gathered; nothing was written."""


@dataclass
class PermitDraft:
    """The ARP (provisional residence permit) as a form holds it."""

    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    renewal_appointment: date | None = None
    permit_type: str = PermitType.ARP.value

    def is_empty(self) -> bool:
        return not self.number and not any(
            (self.issued_on, self.expires_on, self.renewal_appointment)
        )


@dataclass
class MemberDraft:
    """One person as a form holds them; ``identifiers`` maps a kind to a normalised value.

    ``phone`` None means "not shown by this form": a change keeps the stored one.
    """

    name_latin: str
    name_original: str = ""
    original_script: str = "Latn"
    sex: str = "U"
    birth: PartialDate | None = None
    relationship: str = "other"
    nationality: str = ""
    is_head: bool = False
    is_unaccompanied_minor: bool = False
    identifiers: dict[str, str] = field(default_factory=dict)
    permit: PermitDraft = field(default_factory=PermitDraft)
    phone: str | None = None
    # Legal status (issue 12): the asylum application and its decision (an AsylumDecision).
    asylum_applied_on: date | None = None
    asylum_decision: str | None = None
    asylum_decision_on: date | None = None
    # Before arrival: an ISCO-08 group code and the job as told; an ISCED level.
    occupation_isco: str | None = None
    occupation_text: str = ""
    schooling_isced: str | None = None
    # A young adult who came alone is in education or training (protection to 25, not 21):
    # the worker's answer; None, not answered, leaves it to the person's records.
    in_education_or_training: bool | None = None


@dataclass
class FamilyDraft:
    arrival_channel: str
    programme_start: date
    programme_months: int = 18
    case_type: str = "family"
    arrival_date: date | None = None
    nair_reference: str = ""
    municipality: str = ""
    # Why a length other than the channel's (24 months outside PAR-Famílias or without
    # children, an extension): asked for and kept (issue 12).
    programme_reason: str = ""


@dataclass
class NewFamily:
    """A family to create: its draft, its members (head first), and what a spreadsheet adds.

    ``address`` becomes a housing record (kind not yet known), ``note`` a note
    in the family's timeline, dated the day it is written.
    """

    draft: FamilyDraft
    members: list[MemberDraft]
    address: str = ""
    note: str = ""
    worker_id: int | None = None  # the assigned worker; the creator's when None


@dataclass(frozen=True)
class CreatedFamily:
    id: int
    case_number: str
    member_ids: tuple[int, ...]


MEMBER_COLUMNS = (
    "name_latin", "name_original", "original_script", "sex", "relationship",
    "nationality", "is_head", "is_unaccompanied_minor", "asylum_applied_on", "asylum_decision",
    "asylum_decision_on", "occupation_isco", "occupation_text", "schooling_isced",
    "in_education_or_training",
)  # fmt: skip
# What the NAIR gets again when it changes (coded only; the free text stays here).
BEFORE_ARRIVAL = ("occupation_isco", "schooling_isced")


def now() -> datetime:
    return datetime.now(UTC)


def case_number_prefix(session: Session, year: int) -> str:
    """``HD-2026-``; in a team, with this device's own code (``HD-2026-B``), so that
    laptops numbering apart never collide (docs/team-sync.md §2)."""
    code = session.execute(text("SELECT device_code FROM team_state WHERE id = 1")).scalar()
    return f"HD-{year}-{code or ''}"


def next_case_number(session: Session, year: int) -> str:
    """The next free case number of the year on this device, e.g. ``HD-2026-00042``."""
    prefix = case_number_prefix(session, year)
    last = session.execute(
        text(
            "SELECT max(CAST(substr(case_number, :start) AS INTEGER)) FROM family"
            " WHERE case_number GLOB :pattern"
        ),
        {"start": len(prefix) + 1, "pattern": prefix + "[0-9]*"},
    ).scalar()
    return f"{prefix}{(last or 0) + 1:05d}"


def birth_columns(birth: PartialDate | None) -> dict[str, int | None]:
    return {
        "birth_year": birth.year if birth else None,
        "birth_month": birth.month if birth else None,
        "birth_day": birth.day if birth else None,
    }


def member_index_row(
    member_id: int,
    values: dict[str, Any],
    numbers: Sequence[str],
    fold: Callable[[str], str] = names.fold,
) -> Any:
    """A member's search row: names, identifier and permit numbers, phone (as written, and
    its digits alone: "912 345 678" is found by 912345678 too)."""
    phone = str(values.get("phone") or "")
    found = [*numbers, phone, "".join(ch for ch in phone if ch.isdigit())]
    return search.member_row(
        member_id, values["name_latin"], values.get("name_original") or "",
        [n for n in found if n], fold,
    )  # fmt: skip


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


def _defaults(model: type) -> dict[str, Callable[[], Any]]:
    """Each column's default as the model declares it (inserts bypass the ORM), as a
    function called for every row: a factory (a global id, an empty list) gives each
    row its own value."""
    found: dict[str, Callable[[], Any]] = {}
    for name, info in model.model_fields.items():  # type: ignore[attr-defined]
        if name == "id":
            continue
        if info.default_factory is not None:
            found[name] = info.default_factory
        elif info.default is not PydanticUndefined:
            found[name] = lambda value=info.default: value
    return found


# Parents before children: foreign keys are enforced on every connection.
_MODELS = (Family, Member, Identifier, ResidencePermit, Housing, Activity)
_DEFAULTS = {_table(m).name: _defaults(m) for m in _MODELS}


class NewRows:
    """New rows of a batch with their index rows and audit entries, written by ``save``."""

    def __init__(self, session: Session, actor: CurrentUser) -> None:
        self.session = session
        self.actor = actor
        self.rows: dict[str, list[dict[str, Any]]] = {_table(m).name: [] for m in _MODELS}
        self.index: list[search.IndexRow] = []
        self.entries: list[audit.Entry] = []
        self._next_id: dict[str, int] = {}
        self._case_numbers: dict[int, int] = {}
        self._prefixes: dict[int, str] = {}
        self.stamp = now()

    def _take_id(self, table: str) -> int:
        if table not in self._next_id:
            last = self.session.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}"))
            self._next_id[table] = int(last.scalar_one()) + 1
        value = self._next_id[table]
        self._next_id[table] = value + 1
        return value

    def _row(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        defaults = {name: make() for name, make in _DEFAULTS[table].items() if name not in values}
        row = {**defaults, **values, "id": self._take_id(table)}
        self.rows[table].append(row)
        return row

    def _case_number(self, year: int) -> str:
        if year not in self._case_numbers:
            self._prefixes[year] = case_number_prefix(self.session, year)
            last = next_case_number(self.session, year)
            self._case_numbers[year] = int(last[len(self._prefixes[year]) :])
        number = self._case_numbers[year]
        self._case_numbers[year] = number + 1
        return f"{self._prefixes[year]}{number:05d}"

    # -- the rows, each with what goes with it --------------------------------------

    def family(self, values: dict[str, Any]) -> dict[str, Any]:
        """A family row from its columns (``arrival_channel``, ``programme_start``...).

        The family is the creator's unless ``assigned_worker_id`` names another worker.
        """
        start: date = values["programme_start"]
        if values.get("assigned_worker_id") is None:
            values = {**values, "assigned_worker_id": self.actor.id}
        months: int = values.get("programme_months", 18)
        row = self._row("family", {
            **values,
            "case_number": values.get("case_number") or self._case_number(start.year),
            "programme_months": months,
            "programme_end": ProgrammeClock(start, months).end_date,
            "created_at": self.stamp, "updated_at": self.stamp,
        })  # fmt: skip
        self.index.append(search.family_row(row["id"], row["case_number"], row["nair_reference"]))
        self.entries.append(audit.Entry("family.create", "family", row["id"]))
        return row

    def member(
        self,
        family_id: int,
        values: dict[str, Any],
        birth: PartialDate | None = None,
        identifiers: dict[str, str] | None = None,
        permit: PermitDraft | None = None,
    ) -> dict[str, Any]:
        """A member row, its identifiers and its permit, indexed once with all of them."""
        row = self._row("member", {
            **values, **birth_columns(birth), "family_id": family_id,
            "created_at": self.stamp, "updated_at": self.stamp,
        })  # fmt: skip
        self.entries.append(audit.Entry("member.create", "member", row["id"]))
        numbers = [
            self.identifier(row["id"], kind, value)["value"]
            for kind, value in (identifiers or {}).items()
            if value
        ]
        if permit is not None and not permit.is_empty():
            numbers += [self.permit(row["id"], permit)["number"]]
        self.index.append(member_index_row(row["id"], row, [n for n in numbers if n]))
        return row

    def identifier(self, member_id: int, kind: str, value: str) -> dict[str, Any]:
        """An identifier row; the caller indexes the member (``member`` does)."""
        row = self._row("identifier", {"member_id": member_id, "kind": kind, "value": value})
        self.entries.append(
            audit.Entry("identifier.create", "identifier", row["id"], {"kind": kind})
        )
        return row

    def permit(self, member_id: int, draft: PermitDraft) -> dict[str, Any]:
        values = {name: value for name, value in vars(draft).items() if value}
        row = self._row("residence_permit", {"member_id": member_id, **values})
        self.entries.append(
            audit.Entry("permit.create", "residence_permit", row["id"], {"fields": list(values)})
        )
        return row

    def housing(self, family_id: int, values: dict[str, Any]) -> dict[str, Any]:
        row = self._row("housing", {"family_id": family_id, **values})
        self.entries.append(audit.Entry(
            "housing.create", "housing", row["id"], {"fields": sorted(["family_id", *values])}
        ))  # fmt: skip
        return row

    def note(self, family_id: int, author_id: int | None, note: str) -> dict[str, Any]:
        row = self._row("activity", {
            "family_id": family_id, "kind": ActivityKind.NOTE.value,
            "occurred_on": self.stamp.date(), "author_id": author_id, "text": note,
            "created_at": self.stamp,
        })  # fmt: skip
        self.index.append(search.note_row(search.HitKind.ACTIVITY, row["id"], note))
        self.entries.append(
            audit.Entry("activity.create", "activity", row["id"], {"family": family_id})
        )
        return row

    # -- writing ---------------------------------------------------------------------

    def save(self) -> None:
        """Insert every row, then its index rows, then its audit entries, in the caller's
        transaction. Everything new passes through here (see the module's note)."""
        connection = self.session.connection()
        for model in _MODELS:
            table = _table(model)
            if self.rows[table.name]:
                _insert_many(connection, table, self.rows[table.name])
        search.write_rows(self.session, self.index)
        audit.append_many(self.session, self.actor.username, self.entries)


def _insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT for all ``rows``, each value converted by its column type's own bind
    processor: SQLAlchemy's per-row parameter handling costs more than the insert itself
    for tens of thousands of rows."""
    columns = list(table.columns)
    dialect = connection.dialect
    convert = [c.type.bind_processor(dialect) for c in columns]
    names = [c.name for c in columns]
    params = [
        tuple(
            f(row.get(name)) if f is not None else row.get(name)
            for name, f in zip(names, convert, strict=True)
        )
        for row in rows
    ]
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, params)


def _member_values(draft: MemberDraft) -> dict[str, Any]:
    values = {name: getattr(draft, name) for name in MEMBER_COLUMNS}
    values["phone"] = draft.phone or ""
    if any(values[name] for name in BEFORE_ARRIVAL):
        values["before_arrival_changed_on"] = date.today()  # the NAIR gets the codes
    return values


def write_new_families(
    session: Session,
    actor: CurrentUser,
    families: Sequence[NewFamily],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[CreatedFamily]:
    """Create families with their members (and housing and note), in the caller's transaction.

    ``cancelled`` is asked between families: when it says yes, ``Cancelled`` is
    raised before anything is written. Returns the new families in the order given.
    """
    rows = NewRows(session, actor)
    created: list[CreatedFamily] = []
    total = len(families)
    for position, new in enumerate(families, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        family = rows.family({**vars(new.draft), "assigned_worker_id": new.worker_id})
        member_ids = tuple(
            rows.member(family["id"], _member_values(m), m.birth, m.identifiers, m.permit)["id"]
            for m in new.members
        )
        if new.address:
            # The kind ("" until someone says it) is not on a sheet of people; nor are dates.
            rows.housing(family["id"], {"kind": "", "address": new.address,
                                        "municipality": new.draft.municipality})  # fmt: skip
        if new.note:
            rows.note(family["id"], actor.id, new.note)
        created.append(CreatedFamily(family["id"], family["case_number"], member_ids))
        if progress is not None and (position % _PROGRESS_EVERY == 0 or position == total):
            progress(position, total)
    rows.save()
    return created


def write_new_member(
    session: Session, actor: CurrentUser, family_id: int, draft: MemberDraft
) -> int:
    """Add one member (with identifiers and permit) to an existing family; its id."""
    rows = NewRows(session, actor)
    member = rows.member(family_id, _member_values(draft), draft.birth, draft.identifiers,
                         draft.permit)  # fmt: skip
    rows.save()
    return int(member["id"])
