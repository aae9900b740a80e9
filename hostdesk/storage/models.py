"""The case file as database tables (SQLModel).

Every schema change ships as an Alembic migration under ``migrations/``; these
classes describe the newest schema and must match the last revision (a test
checks that). Dates are ``date``; money is integer euro cents; enums are stored
as their stable string values from :mod:`hostdesk.domain.vocabulary`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def new_uid() -> str:
    """A row's global id (docs/team-sync.md §2): 128 random bits in hex."""
    return uuid.uuid4().hex


def _global_id() -> Any:
    # Column default too, so that Core inserts (the demo writer, bulk imports) get one.
    return Field(default_factory=new_uid, index=True, unique=True,
                 sa_column_kwargs={"default": new_uid})  # fmt: skip


class HostingEntity(SQLModel, table=True):
    __tablename__ = "hosting_entity"

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    name: str
    kind: str = ""  # municipality, ngo, foundation, par_member
    municipality: str = ""
    address: str = ""
    nair_code: str = ""
    created_at: datetime


class AppUser(SQLModel, table=True):
    """A person who uses the app; the key slot for the user lives in the header."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    user_uuid: str = Field(unique=True)
    username: str = Field(unique=True)
    display_name: str = ""
    role: str
    active: bool = True
    created_at: datetime


class Family(SQLModel, table=True):
    __tablename__ = "family"
    __table_args__ = (
        Index("ix_family_status_end", "status", "programme_end"),
        Index("ix_family_worker", "assigned_worker_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    case_number: str = Field(unique=True)
    nair_reference: str = ""
    case_type: str = "family"
    arrival_channel: str
    arrival_date: date | None = None
    programme_start: date
    programme_months: int = 18
    # Derived from start and length, stored so the caseload can sort by it on an index.
    programme_end: date = Field(index=True)
    status: str = "active"
    exit_reason: str | None = None
    exit_date: date | None = None
    # Set once the retention period ran out and identifying data were removed (0006).
    anonymised_on: date | None = None
    municipality: str = ""
    assigned_worker_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime
    updated_at: datetime
    # Why a 24-month programme outside PAR-Famílias or without children (0007).
    programme_reason: str = Field(default="", sa_column_kwargs={"server_default": ""})


class CaseAlias(SQLModel, table=True):
    """The case number of a case merged into ``family_id`` (added in revision 0009).

    Search still finds the family by it; ``merged_case`` keeps the merged
    case's own programme data (channel, dates, status, municipality), with no
    name or note in it, so nothing recorded is lost.
    """

    __tablename__ = "case_alias"
    __table_args__ = (Index("ix_case_alias_family", "family_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    case_number: str = Field(unique=True)
    family_id: int = Field(foreign_key="family.id")
    nair_reference: str = ""
    merged_on: date
    merged_by: str
    merged_case: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False)
    )


class FamilyShare(SQLModel, table=True):
    """A second worker who follows the family too (cover during leave, say)."""

    __tablename__ = "family_share"
    __table_args__ = (
        UniqueConstraint("family_id", "user_id", name="uq_family_share_family_user"),
        Index("ix_family_share_user", "user_id", "family_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    user_id: int = Field(foreign_key="app_user.id")
    note: str = ""
    created_at: datetime


class Handover(SQLModel, table=True):
    """One change of the family's assigned worker, with the note left for the next one."""

    __tablename__ = "handover"
    __table_args__ = (Index("ix_handover_family", "family_id", "handed_at"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    from_user_id: int | None = Field(default=None, foreign_key="app_user.id")
    to_user_id: int = Field(foreign_key="app_user.id")
    by_user_id: int | None = Field(default=None, foreign_key="app_user.id")
    note: str = ""
    handed_at: datetime


class Member(SQLModel, table=True):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_family_head", "family_id", "is_head"),
        Index("ix_member_head_name", "is_head", "name_latin", "family_id"),
        Index("ix_member_birth_year", "birth_year"),  # duplicate look-ups (0009)
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    is_head: bool = False
    relationship: str = "other"
    name_latin: str
    name_original: str = ""
    original_script: str = "Latn"
    sex: str = "U"
    # A partial date of birth: year alone, year and month, or the full date.
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    nationality: str = ""  # ISO 3166-1 alpha-2
    languages: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    vulnerabilities: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Came as an unaccompanied minor; the status on a day follows age (domain.minors).
    is_unaccompanied_minor: bool = False
    # A phone number to reach the person, as written (0008).
    phone: str = Field(default="", sa_column_kwargs={"server_default": ""})
    created_at: datetime
    updated_at: datetime
    # The asylum application and its decision (an AsylumDecision) (0007).
    asylum_applied_on: date | None = None
    asylum_decision: str | None = None
    asylum_decision_on: date | None = None
    # Before arrival (0007): an ISCO-08 major or sub-major group code, with the job as told
    # (never sent); the highest schooling completed as an ISCED level; when either changed.
    occupation_isco: str | None = None
    schooling_isced: str | None = None
    before_arrival_changed_on: date | None = None
    occupation_text: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # A young adult who came as an unaccompanied minor is in education or training, as the
    # worker answered (0018): protection may continue to 25 rather than 21. None: not
    # answered, the education and training records decide (domain.minors).
    in_education_or_training: bool | None = None


class Identifier(SQLModel, table=True):
    """NIF, NISS, SNS number, citizen card, passport or travel document, NAIR reference."""

    __tablename__ = "identifier"
    __table_args__ = (
        Index("ix_identifier_member", "member_id"),
        Index("ix_identifier_kind_value", "kind", "value"),  # duplicate look-ups (0009)
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    member_id: int = Field(foreign_key="member.id")
    kind: str
    value: str
    issued_by: str = ""
    expires_on: date | None = None


class ResidencePermit(SQLModel, table=True):
    """The ARP (provisional residence permit) and its renewals."""

    __tablename__ = "residence_permit"
    __table_args__ = (Index("ix_permit_member_expiry", "member_id", "expires_on"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    member_id: int = Field(foreign_key="member.id")
    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = Field(default=None, index=True)
    renewal_appointment: date | None = None
    notes: str = ""
    # A PermitType: ARP, refugee, subsidiary or temporary protection (0007).
    permit_type: str = Field(default="arp", sa_column_kwargs={"server_default": "arp"})


class Housing(SQLModel, table=True):
    __tablename__ = "housing"
    __table_args__ = (Index("ix_housing_family", "family_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    kind: str
    address: str = ""
    municipality: str = ""
    start_date: date | None = None
    end_date: date | None = None
    monthly_rent_cents: int | None = None
    status: str = "in_progress"
    notes: str = ""


class HealthRecord(SQLModel, table=True):
    __tablename__ = "health_record"

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    member_id: int = Field(foreign_key="member.id", unique=True)
    sns_registered: bool = False
    health_centre: str = ""
    has_family_doctor: bool = False
    vaccinations_up_to_date: bool | None = None
    mental_health_followup: bool = False
    interpreter_needed: bool = False
    status: str = "not_started"
    notes: str = ""
    # The day the record was first written (0010): no health state is shown before it.
    recorded_on: date | None = None


class Education(SQLModel, table=True):
    __tablename__ = "education"
    __table_args__ = (Index("ix_education_member", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    member_id: int = Field(foreign_key="member.id")
    kind: str
    institution: str = ""
    level: str = ""
    start_date: date | None = None
    end_date: date | None = None
    status: str = "in_progress"
    notes: str = ""


class LanguageCourse(SQLModel, table=True):
    __tablename__ = "language_course"
    __table_args__ = (Index("ix_language_member", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    member_id: int = Field(foreign_key="member.id")
    course_type: str
    provider: str = ""
    start_date: date | None = None
    end_date: date | None = None
    hours: int = 0
    cefr_level_reached: str | None = None
    level_reached_on: date | None = None
    notes: str = ""


class Employment(SQLModel, table=True):
    __tablename__ = "employment"
    __table_args__ = (Index("ix_employment_member", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    member_id: int = Field(foreign_key="member.id")
    kind: str
    employer: str = ""
    sector: str = ""
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""


class PlanGoal(SQLModel, table=True):
    """A goal of the family's integration plan on one dimension."""

    __tablename__ = "plan_goal"
    __table_args__ = (Index("ix_goal_family", "family_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    member_id: int | None = Field(default=None, foreign_key="member.id")
    dimension: str
    description: str
    status: str = "planned"
    target_date: date | None = None
    achieved_on: date | None = None


class Activity(SQLModel, table=True):
    """A visit, call, appointment or note in the family's timeline."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_family_date", "family_id", "occurred_on"),
        Index("ix_activity_family_kind", "family_id", "kind", "occurred_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    kind: str
    occurred_on: date
    author_id: int | None = Field(default=None, foreign_key="app_user.id")
    place: str = ""
    members_present: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    dimensions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    text: str = ""
    created_at: datetime


class Referral(SQLModel, table=True):
    """A referral to another service, and whether and how it was answered."""

    __tablename__ = "referral"
    __table_args__ = (
        Index("ix_referral_family", "family_id"),
        Index("ix_referral_open", "answered_on", "sent_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    member_id: int | None = Field(default=None, foreign_key="member.id")
    service: str
    dimension: str | None = None
    reason: str = ""
    sent_on: date
    answered_on: date | None = None
    outcome: str = ""
    created_at: datetime
    # Sent without a consent covering it: the lawful ground given (a SharingBasis) (0006).
    sharing_basis: str | None = None
    sharing_note: str = Field(default="", sa_column_kwargs={"server_default": ""})


class AllowanceRate(SQLModel, table=True):
    """Monthly living-allowance rates, dated: the history is kept, never overwritten."""

    __tablename__ = "allowance_rate"

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    effective_from: date = Field(unique=True)
    head_cents: int
    other_adult_cents: int
    child_cents: int


class AllowancePayment(SQLModel, table=True):
    __tablename__ = "allowance_payment"
    __table_args__ = (Index("ix_payment_family_period", "family_id", "period"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    period: str  # YYYY-MM
    amount_cents: int
    paid_on: date
    note: str = ""
    # Pro-rated for a partial first or last month of the programme (0007).
    pro_rated: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})


class ChannelRule(SQLModel, table=True):
    """The entity's confirmed rule for an arrival channel from a date on (added in 0007).

    Dated like the allowance rates: a change is a new row, the history is kept.
    ``programme_months`` None means no programme clock for the channel.
    """

    __tablename__ = "channel_rule"
    __table_args__ = (UniqueConstraint("channel", "effective_from", name="ux_channel_rule_from"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    channel: str
    effective_from: date
    programme_months: int | None = None
    allowance_scheme: str
    iss_transition: bool
    counts_in_nair_figures: bool
    confirmed_by: str
    confirmed_at: datetime


class IssTransition(SQLModel, table=True):
    """The ISS meeting of the programme's last months and its outcome (added in 0007)."""

    __tablename__ = "iss_transition"

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id", unique=True)
    meeting_on: date | None = None
    outcome: str | None = None  # an IssOutcome
    contact: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Attachment(SQLModel, table=True):
    """A scanned or photographed document of a family, or of one person in it (0015).

    The file's bytes are the last column, so that listing reads only the small
    columns before them and a later change capture (team sync) can carry the
    row at once and the content lazily. Deleting the family or the person
    deletes their documents (ON DELETE CASCADE).
    """

    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_family", "family_id", "added_at"),
        Index("ix_attachment_member", "member_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()  # 0017: the row travels in team sync, its bytes lazily
    family_id: int = Field(foreign_key="family.id", ondelete="CASCADE")
    # None: the document is about the whole family (a tenancy contract, say).
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="CASCADE")
    kind: str  # an AttachmentKind value
    title: str = ""
    document_date: date | None = None
    mime_type: str
    size_bytes: int
    sha256: str  # of content, checked at every opening
    added_by_id: int | None = Field(default=None, foreign_key="app_user.id")
    added_at: datetime
    content: bytes


class Consent(SQLModel, table=True):
    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_member", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    member_id: int = Field(foreign_key="member.id")
    scope: str
    given_on: date
    method: str
    document_ref: str = ""
    withdrawn_on: date | None = None
    # The signed form, scanned into the vault (0015); the reference above says where the paper is.
    attachment_id: int | None = Field(
        default=None, foreign_key="attachment.id", ondelete="SET NULL"
    )


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str  # JSON


class FollowUpTask(SQLModel, table=True):
    """A follow-up task from a visit or plan (added in revision 0002)."""

    __tablename__ = "follow_up_task"
    __table_args__ = (
        Index("ix_task_family", "family_id"),
        Index("ix_task_open_due", "done_on", "due_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _global_id()
    family_id: int = Field(foreign_key="family.id")
    activity_id: int | None = Field(default=None, foreign_key="activity.id")
    assigned_to_id: int | None = Field(default=None, foreign_key="app_user.id")
    description: str
    due_on: date | None = None
    done_on: date | None = None
    created_at: datetime
    done_by_id: int | None = None  # an app_user id (0010)


class AlertResponse(SQLModel, table=True):
    """An alert or task acknowledged or snoozed, with the reason (added in revision 0010).

    ``alert_key`` names one occurrence of an alert (see ``domain.alerts.alert_key``);
    a snooze ends on ``until``; ``cleared_at`` marks an answer taken back.
    """

    __tablename__ = "alert_response"
    __table_args__ = (
        Index("ix_alert_response_key", "alert_key"),
        Index("ix_alert_response_family", "family_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    alert_key: str
    family_id: int = Field(foreign_key="family.id")
    kind: str
    action: str  # acknowledged or snoozed
    until: date | None = None
    reason: str  # free text: never in the audit log
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime
    cleared_at: datetime | None = None


class MonthlyReport(SQLModel, table=True):
    """One revision of a month's report to the NAIR (added in revision 0003).

    A draft may be replaced; once submitted the row is frozen (triggers in the
    migration refuse any change or deletion), and a correction is a new
    revision of the same month with the old one kept.
    """

    __tablename__ = "monthly_report"
    __table_args__ = (Index("ux_monthly_report_revision", "month", "revision", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    month: str  # YYYY-MM
    revision: int
    schema_version: str
    json_data: bytes  # the canonical JSON, exactly as hashed and sent
    pdf_data: bytes
    sha256: str  # of json_data
    created_at: datetime
    created_by: str  # user name, as in the audit log
    submitted: bool = False
    submitted_at: datetime | None = None
    submitted_by: str | None = None


# The team tables (revision 0014) live in their own module; imported here so that the
# metadata, and the check that the models match the migrations, include them.
# The audit log's tables, in their own module (see there).
from hostdesk.storage.audit_models import (  # noqa: E402, F401
    AuditEntry,
    AuditKey,
    AuditRow,
    AuditSealedTable,
)

# The NAIR sync's tables, in their own module (see there).
from hostdesk.storage.sync_models import (  # noqa: E402, F401
    NairKey,
    OutboxBundle,
    SyncIdentity,
    SyncIdentityPq,
)
from hostdesk.storage.team import models as _team_models  # noqa: E402, F401
