"""Write synthetic families into a vault fast: Core bulk inserts, batch by batch.

The ORM's unit of work costs far more than the inserts themselves at tens of
thousands of families, so rows are built as plain dicts with explicit ids and
sent with ``executemany``, one transaction per batch. The search index is
written with the same row builders the repositories use, and each batch leaves
one audit entry (ids and counts, nothing personal), so a demo vault is as
searchable and as auditable as one filled by hand.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, insert, text
from sqlmodel import Session

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit, programme_rules, search, settings
from hostdesk.storage.casework.visits import compose_notes
from hostdesk.storage.database import DB_NAME
from hostdesk.storage.demo.rules import DEMO_PAR_MEMBER, TEMPORARY_PROTECTION_RULE
from hostdesk.storage.demo.synthetic import SynthFamily, generate_families
from hostdesk.storage.durable import fsync_directory
from hostdesk.storage.errors import VaultAlreadyExists
from hostdesk.storage.header import HEADER_NAME
from hostdesk.storage.kdf import KdfParams
from hostdesk.storage.models import (
    Activity,
    AllowancePayment,
    Consent,
    Education,
    Employment,
    Family,
    FollowUpTask,
    HealthRecord,
    Housing,
    Identifier,
    IssTransition,
    LanguageCourse,
    Member,
    PlanGoal,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.vault import Vault

Progress = Callable[[int, int], None]

DEMO_ENTITY = "Associação Demo de Acolhimento"
DEMO_COORDINATOR = "coordenadora"
# Invented social workers, so the caseload can be filtered by worker.
DEMO_WORKERS = (("tecnica.ana", "Ana Martins"), ("tecnico.rui", "Rui Sousa"))
BATCH_FAMILIES = 500
AUDIT_ACTION = "demo.populate"


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


# Parents before children: foreign keys are enforced on every connection.
_TABLES: tuple[Table, ...] = tuple(
    _table(m)
    for m in (
        Family, Member, Identifier, ResidencePermit, HealthRecord, Education, LanguageCourse,
        Employment, Consent, Housing, PlanGoal, Activity, FollowUpTask, Referral,
        AllowancePayment, IssTransition,
    )
)  # fmt: skip


@dataclass
class PopulateResult:
    """How many rows of each kind were written."""

    families: int = 0
    members: int = 0
    activities: int = 0
    referrals: int = 0
    rows: int = 0  # all tables together, search index excluded
    index_rows: int = 0
    batches: int = 0

    def add(self, other: PopulateResult) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _stamp(d: date, hour: int) -> datetime:
    return datetime.combine(d, time(hour), UTC)


class _Ids:
    """The next free id of every table, read once: ids are assigned here, not by SQLite."""

    def __init__(self, session: Session) -> None:
        self.next: dict[str, int] = {}
        for table in _TABLES:
            last = session.execute(text(f"SELECT coalesce(max(id), 0) FROM {table.name}"))
            self.next[table.name] = int(last.scalar_one()) + 1

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


@dataclass(frozen=True)
class _Staff:
    workers: tuple[int, ...]
    coordinator: int | None

    @classmethod
    def read(cls, session: Session) -> _Staff:
        rows = session.execute(text("SELECT id, role FROM app_user WHERE active ORDER BY id"))
        users = [(int(r[0]), str(r[1])) for r in rows]
        workers = tuple(i for i, role in users if role == Role.SOCIAL_WORKER.value)
        coordinator = next((i for i, role in users if role == Role.COORDINATOR.value), None)
        if not workers:
            workers = tuple(i for i, _ in users)
        return cls(workers, coordinator)


class _NoteIndex:
    """``search.note_row`` with its text folding done once per distinct note.

    Folding is pure Python, character by character, and dominated the cost of
    a batch; generated notes repeat a lot, and the folded text of a note does
    not depend on the row it belongs to, only the rowid does.
    """

    MAX_CACHED = 200_000

    def __init__(self) -> None:
        self._by_text: dict[str, search.IndexRow] = {}

    def row(self, kind: search.HitKind, object_id: int, note: str) -> search.IndexRow:
        cached = self._by_text.get(note)
        if cached is None:
            if len(self._by_text) >= self.MAX_CACHED:
                self._by_text.clear()
            cached = self._by_text[note] = search.note_row(kind, object_id, note)
        return search.IndexRow(search.rowid_for(kind, object_id), cached.text, cached.skel)


class _Batch:
    """Rows of one batch, by table, plus the search index rows for them."""

    def __init__(self, ids: _Ids, staff: _Staff, notes: _NoteIndex) -> None:
        self.ids = ids
        self.staff = staff
        self.notes = notes
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _TABLES}
        self.index: list[search.IndexRow] = []
        self.result = PopulateResult()

    def add_family(self, fam: SynthFamily) -> None:
        take = self.ids.take
        rows = self.rows
        family_id = take("family")
        worker = (
            self.staff.workers[fam.worker % len(self.staff.workers)] if self.staff.workers else None
        )
        created = _stamp(fam.programme_start, 9)
        rows["family"].append({
            "id": family_id, "case_number": fam.case_number, "nair_reference": fam.nair_reference,
            "case_type": fam.case_type, "arrival_channel": fam.arrival_channel,
            "arrival_date": fam.arrival_date, "programme_start": fam.programme_start,
            "programme_months": fam.programme_months, "programme_end": fam.programme_end,
            "status": fam.status, "exit_reason": fam.exit_reason, "exit_date": fam.exit_date,
            "municipality": fam.municipality, "assigned_worker_id": worker,
            "created_at": created, "updated_at": _stamp(fam.exit_date or fam.programme_start, 17),
            "programme_reason": fam.programme_reason,
        })  # fmt: skip
        if fam.iss is not None:
            rows["iss_transition"].append({
                "id": self.ids.take("iss_transition"), "family_id": family_id,
                "meeting_on": fam.iss.meeting_on, "outcome": fam.iss.outcome,
                "contact": fam.iss.contact,
            })  # fmt: skip
        self.index.append(search.family_row(family_id, fam.case_number, fam.nair_reference))
        member_ids = [self._add_member(family_id, m, created) for m in fam.members]
        self._add_family_records(fam, family_id, member_ids, worker, created)
        self.result.families += 1
        self.result.members += len(member_ids)

    def _add_member(self, family_id: int, m: Any, created: datetime) -> int:
        take = self.ids.take
        rows = self.rows
        member_id = take("member")
        birth = m.birth
        rows["member"].append({
            "id": member_id, "family_id": family_id, "is_head": m.is_head,
            "relationship": m.relationship, "name_latin": m.name_latin,
            "name_original": m.name_original, "original_script": m.original_script,
            "sex": m.sex,
            "birth_year": birth.year if birth else None,
            "birth_month": birth.month if birth else None,
            "birth_day": birth.day if birth else None,
            "nationality": m.nationality, "languages": m.languages,
            "vulnerabilities": m.vulnerabilities,
            "is_unaccompanied_minor": m.is_unaccompanied_minor,
            "created_at": created, "updated_at": created,
            "asylum_applied_on": m.asylum_applied_on, "asylum_decision": m.asylum_decision,
            "asylum_decision_on": m.asylum_decision_on, "occupation_isco": m.occupation_isco,
            "occupation_text": m.occupation_text, "schooling_isced": m.schooling_isced,
            "before_arrival_changed_on": created.date() if m.occupation_isco or m.schooling_isced
            else None,
        })  # fmt: skip
        for i in m.identifiers:
            rows["identifier"].append({
                "id": take("identifier"), "member_id": member_id, "kind": i.kind,
                "value": i.value, "issued_by": i.issued_by, "expires_on": i.expires_on,
            })  # fmt: skip
        for p in m.permits:
            rows["residence_permit"].append({
                "id": take("residence_permit"), "member_id": member_id, "number": p.number,
                "issued_on": p.issued_on, "expires_on": p.expires_on,
                "renewal_appointment": p.renewal_appointment, "notes": p.notes,
                "permit_type": p.permit_type,
            })  # fmt: skip
        # Indexed as families.reindex_member does: names, identifiers, permit numbers.
        self.index.append(
            search.member_row(
                member_id,
                m.name_latin,
                m.name_original,
                [*(i.value for i in m.identifiers), *dict.fromkeys(p.number for p in m.permits)],
            )
        )
        h = m.health
        if h is not None:
            rows["health_record"].append({
                "id": take("health_record"), "member_id": member_id,
                "sns_registered": h.sns_registered, "health_centre": h.health_centre,
                "has_family_doctor": h.has_family_doctor,
                "vaccinations_up_to_date": h.vaccinations_up_to_date,
                "mental_health_followup": h.mental_health_followup,
                "interpreter_needed": h.interpreter_needed, "status": h.status, "notes": h.notes,
            })  # fmt: skip
        for e in m.education:
            rows["education"].append({
                "id": take("education"), "member_id": member_id, "kind": e.kind,
                "institution": e.institution, "level": e.level, "start_date": e.start_date,
                "end_date": e.end_date, "status": e.status, "notes": e.notes,
            })  # fmt: skip
        for c in m.courses:
            rows["language_course"].append({
                "id": take("language_course"), "member_id": member_id,
                "course_type": c.course_type, "provider": c.provider,
                "start_date": c.start_date, "end_date": c.end_date, "hours": c.hours,
                "cefr_level_reached": c.cefr_level_reached,
                "level_reached_on": c.level_reached_on, "notes": c.notes,
            })  # fmt: skip
        for j in m.jobs:
            rows["employment"].append({
                "id": take("employment"), "member_id": member_id, "kind": j.kind,
                "employer": j.employer, "sector": j.sector, "start_date": j.start_date,
                "end_date": j.end_date, "notes": j.notes,
            })  # fmt: skip
        for c in m.consents:
            rows["consent"].append({
                "id": take("consent"), "member_id": member_id, "scope": c.scope,
                "given_on": c.given_on, "method": c.method, "document_ref": c.document_ref,
                "withdrawn_on": None,
            })  # fmt: skip
        return member_id

    def _add_family_records(
        self,
        fam: SynthFamily,
        family_id: int,
        member_ids: list[int],
        worker: int | None,
        created: datetime,
    ) -> None:
        take = self.ids.take
        rows = self.rows
        index = self.index
        coordinator = self.staff.coordinator or worker
        note_row = self.notes.row
        for h in fam.housing:
            rows["housing"].append({
                "id": take("housing"), "family_id": family_id, "kind": h.kind,
                "address": h.address, "municipality": h.municipality,
                "start_date": h.start_date, "end_date": h.end_date,
                "monthly_rent_cents": h.monthly_rent_cents, "status": h.status, "notes": h.notes,
            })  # fmt: skip
        for g in fam.goals:
            rows["plan_goal"].append({
                "id": take("plan_goal"), "family_id": family_id,
                "member_id": member_ids[g.member] if g.member is not None else None,
                "dimension": g.dimension, "description": g.description, "status": g.status,
                "target_date": g.target_date, "achieved_on": g.achieved_on,
            })  # fmt: skip
        activity_ids = []
        activity_rows = rows["activity"]
        activity_kind = search.HitKind.ACTIVITY
        for a in fam.activities:
            activity_id = take("activity")
            activity_ids.append(activity_id)
            activity_rows.append({
                "id": activity_id, "family_id": family_id, "kind": a.kind,
                "occurred_on": a.occurred_on,
                "author_id": coordinator if a.by_coordinator else worker,
                "place": a.place, "members_present": [member_ids[i] for i in a.members_present],
                "dimensions": list(a.dimensions), "text": compose_notes(a.notes),
                "created_at": _stamp(a.occurred_on, 18),
            })  # fmt: skip
            # Indexed as casework.record_visit does: the words, not the section markers.
            index.append(note_row(activity_kind, activity_id, " ".join(a.notes.values())))
        for t in fam.tasks:
            made = fam.activities[t.activity].occurred_on if t.activity is not None else None
            rows["follow_up_task"].append({
                "id": take("follow_up_task"), "family_id": family_id,
                "activity_id": activity_ids[t.activity] if t.activity is not None else None,
                "assigned_to_id": worker, "description": t.description, "due_on": t.due_on,
                "done_on": t.done_on, "created_at": _stamp(made, 18) if made else created,
            })  # fmt: skip
        for r in fam.referrals:
            referral_id = take("referral")
            rows["referral"].append({
                "id": referral_id, "family_id": family_id,
                "member_id": member_ids[r.member] if r.member is not None else None,
                "service": r.service, "dimension": r.dimension, "reason": r.reason,
                "sent_on": r.sent_on, "answered_on": r.answered_on, "outcome": r.outcome,
                "created_at": _stamp(r.sent_on, 12),
            })  # fmt: skip
            index.append(note_row(search.HitKind.REFERRAL, referral_id, f"{r.reason} {r.outcome}"))
        for p in fam.payments:
            rows["allowance_payment"].append({
                "id": take("allowance_payment"), "family_id": family_id, "period": p.period,
                "amount_cents": p.amount_cents, "paid_on": p.paid_on, "note": p.note,
                "pro_rated": False,
            })  # fmt: skip
        self.result.activities += len(fam.activities)
        self.result.referrals += len(fam.referrals)

    def write(self, session: Session, actor: str) -> PopulateResult:
        """Insert everything of the batch, index it and audit it, in the caller's transaction."""
        for table in _TABLES:
            batch_rows = self.rows[table.name]
            if batch_rows:
                session.execute(insert(table), batch_rows)
                self.result.rows += len(batch_rows)
        search.write_rows(session, self.index)
        self.result.index_rows = len(self.index)
        self.result.batches = 1
        family_rows = self.rows["family"]
        if family_rows:
            audit.append(
                session,
                actor,
                AUDIT_ACTION,
                "family",
                f"{family_rows[0]['id']}-{family_rows[-1]['id']}",
                {
                    "families": self.result.families,
                    "members": self.result.members,
                    "activities": self.result.activities,
                },
            )
        return self.result


def _batches(items: Iterable[SynthFamily], size: int) -> Iterator[list[SynthFamily]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def populate(
    engine_or_vault: Engine | Vault,
    families: Iterable[SynthFamily],
    progress: Progress | None = None,
    *,
    total: int | None = None,
    batch_size: int = BATCH_FAMILIES,
    actor: str | None = None,
) -> PopulateResult:
    """Insert ``families`` (a list or a lazy iterator) batch by batch.

    Each batch is one transaction: an interruption keeps whole batches only.
    ``progress(done, total)`` is called after each batch; ``total`` defaults to
    ``len(families)`` when it has one, else 0 (unknown). Case numbers must not
    already be in the vault: this is for filling a new one.
    """
    if isinstance(engine_or_vault, Vault):
        engine = engine_or_vault.engine
        actor = actor or engine_or_vault.user.username
    else:
        engine = engine_or_vault
        actor = actor or "demo"
    if total is None:
        total = len(families) if isinstance(families, Sized) else 0
    result = PopulateResult()
    with Session(engine) as session:
        ids = _Ids(session)
        staff = _Staff.read(session)
        notes = _NoteIndex()
        session.rollback()
        done = 0
        for chunk in _batches(families, batch_size):
            batch = _Batch(ids, staff, notes)
            for fam in chunk:
                batch.add_family(fam)
            result.add(batch.write(session, actor))
            session.commit()
            done += len(chunk)
            if progress is not None:
                progress(done, max(total, done))
        _gather_statistics(session)
    return result


def _gather_statistics(session: Session) -> None:
    """Give SQLite's query planner statistics about the freshly filled tables.

    Without them it joins each family to its head through ix_member_head_name
    (is_head, name_latin), scanning every head once per family: the caseload's
    first page went from 2 ms to 90 ms at 2,000 families. A sampled ANALYZE
    (``analysis_limit``) costs well under a second even at 25,000 families.
    """
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
    conn.exec_driver_sql("ANALYZE")
    conn.exec_driver_sql("PRAGMA analysis_limit = 0")
    session.commit()


def configure_demo_entity(vault: Vault) -> None:
    """The rules the generated families follow (hostdesk.storage.demo.rules), in the vault."""
    rule = TEMPORARY_PROTECTION_RULE
    with vault.changing() as session:
        settings.put(session, vault.user.username, settings.PAR_MEMBER, DEMO_PAR_MEMBER)
        programme_rules.confirm_rule(
            session, vault.user, rule.channel, rule.effective_from,
            programme_months=rule.programme_months, allowance_scheme=rule.allowance_scheme,
            iss_transition=rule.iss_transition,
            counts_in_nair_figures=rule.counts_in_nair_figures,
        )  # fmt: skip


def create_demo_vault(
    path: Path | str,
    passphrase: str,
    families: int = 300,
    seed: int = 1,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
    *,
    with_social_workers: bool = False,
) -> Vault:
    """A new vault full of synthetic families, returned open by its coordinator.

    ``with_social_workers`` adds two social workers with the same passphrase
    (it is a demo) and shares the caseload between them; it is off by default
    because a vault with several users must be opened naming one (the CLI's
    ``--user``). ``kdf=None`` calibrates the key derivation on this machine.

    The vault is filled in a hidden folder beside ``path`` and renamed into
    place only when complete: an interrupted demo (a killed process, a full
    disk) leaves no half-filled vault under ``path``, and the next demo removes
    what it left.
    """
    path = Path(path)
    if (path / HEADER_NAME).exists() or (path / DB_NAME).exists():
        raise VaultAlreadyExists(
            f"There is already a vault in {path}; open it, or choose an empty folder."
        )
    _remove_unfinished(path)
    staging = path.with_name(f"{_unfinished_prefix(path)}{uuid.uuid4().hex[:8]}")
    vault, _recovery = Vault.create(
        staging,
        entity_name=DEMO_ENTITY,
        username=DEMO_COORDINATOR,
        passphrase=passphrase,
        kdf=kdf,
    )
    try:
        for username, display_name in DEMO_WORKERS if with_social_workers else ():
            vault.add_user(username, Role.SOCIAL_WORKER, passphrase, display_name=display_name)
        configure_demo_entity(vault)
        populate(vault, generate_families(families, seed=seed), progress, total=families)
    except BaseException:
        vault.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    vault.close()
    if path.is_dir():
        path.rmdir()  # an empty folder chosen for it (checked above: no vault in it)
    os.rename(staging, path)
    fsync_directory(path.parent)
    return Vault.open(path, DEMO_COORDINATOR, passphrase)


def _unfinished_prefix(path: Path) -> str:
    return f".{path.name}.demo-unfinished-"


def _remove_unfinished(path: Path) -> None:
    """What an interrupted demo for ``path`` left: synthetic data only, never used."""
    if not path.parent.is_dir():
        return
    for left in path.parent.glob(_unfinished_prefix(path) + "*"):
        shutil.rmtree(left, ignore_errors=True)
