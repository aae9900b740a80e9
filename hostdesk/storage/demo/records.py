"""The records a synthetic family is made of (plain dataclasses, no database).

Members are referred to by their position in ``SynthFamily.members``; the
writer turns positions into database ids. Drawn by :mod:`hostdesk.storage.demo.synthetic`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hostdesk.domain.partial_date import PartialDate

# ---------------------------------------------------------------------------
# The records a family is made of. Members are referred to by their position
# in ``SynthFamily.members``; the writer turns positions into database ids.


@dataclass(slots=True)
class SynthIdentifier:
    kind: str
    value: str
    issued_by: str = ""
    expires_on: date | None = None


@dataclass(slots=True)
class SynthPermit:
    number: str
    issued_on: date
    expires_on: date
    renewal_appointment: date | None = None
    notes: str = ""
    permit_type: str = "arp"


@dataclass(slots=True)
class SynthHealth:
    sns_registered: bool
    health_centre: str
    has_family_doctor: bool
    vaccinations_up_to_date: bool | None
    mental_health_followup: bool
    interpreter_needed: bool
    status: str
    notes: str = ""


@dataclass(slots=True)
class SynthEducation:
    kind: str
    institution: str
    level: str
    start_date: date | None
    end_date: date | None
    status: str
    notes: str = ""


@dataclass(slots=True)
class SynthCourse:
    course_type: str
    provider: str
    start_date: date
    end_date: date | None
    hours: int
    cefr_level_reached: str | None
    level_reached_on: date | None
    notes: str = ""


@dataclass(slots=True)
class SynthJob:
    kind: str
    employer: str
    sector: str
    start_date: date
    end_date: date | None
    notes: str = ""


@dataclass(slots=True)
class SynthConsent:
    scope: str
    given_on: date
    method: str
    document_ref: str = ""


@dataclass(slots=True)
class SynthMember:
    is_head: bool
    relationship: str
    name_latin: str
    name_original: str
    original_script: str
    sex: str
    birth: PartialDate | None
    nationality: str
    languages: list[str]
    vulnerabilities: list[str] = field(default_factory=list)
    is_unaccompanied_minor: bool = False
    identifiers: list[SynthIdentifier] = field(default_factory=list)
    permits: list[SynthPermit] = field(default_factory=list)
    health: SynthHealth | None = None
    education: list[SynthEducation] = field(default_factory=list)
    courses: list[SynthCourse] = field(default_factory=list)
    jobs: list[SynthJob] = field(default_factory=list)
    consents: list[SynthConsent] = field(default_factory=list)
    asylum_applied_on: date | None = None
    asylum_decision: str | None = None
    asylum_decision_on: date | None = None
    occupation_isco: str | None = None
    occupation_text: str = ""
    schooling_isced: str | None = None


@dataclass(slots=True)
class SynthIss:
    """The ISS meeting of the programme's last months."""

    meeting_on: date
    outcome: str
    contact: str


@dataclass(slots=True)
class SynthHousing:
    kind: str
    address: str
    municipality: str
    start_date: date
    end_date: date | None
    monthly_rent_cents: int | None
    status: str
    notes: str = ""


@dataclass(slots=True)
class SynthGoal:
    dimension: str
    description: str
    status: str
    target_date: date | None
    achieved_on: date | None
    member: int | None = None


@dataclass(slots=True)
class SynthActivity:
    kind: str
    occurred_on: date
    place: str
    members_present: tuple[int, ...]
    # A general note (key "") and a note per dimension, as casework.compose_notes takes them.
    notes: dict[str, str]
    dimensions: tuple[str, ...]
    # Most entries are written by the family's own social worker.
    by_coordinator: bool = False


@dataclass(slots=True)
class SynthReferral:
    service: str
    dimension: str | None
    reason: str
    sent_on: date
    answered_on: date | None
    outcome: str
    member: int | None = None


@dataclass(slots=True)
class SynthPayment:
    period: str
    amount_cents: int
    paid_on: date
    note: str = ""


@dataclass(slots=True)
class SynthTask:
    description: str
    due_on: date | None
    done_on: date | None
    activity: int | None = None  # position in ``SynthFamily.activities``


@dataclass(slots=True)
class SynthFamily:
    index: int
    origin: str
    case_number: str
    nair_reference: str
    case_type: str
    arrival_channel: str
    arrival_date: date
    programme_start: date
    programme_months: int
    programme_end: date
    status: str
    exit_reason: str | None
    exit_date: date | None
    municipality: str
    # Which social worker follows the family; the writer maps it onto real users.
    worker: int
    members: list[SynthMember] = field(default_factory=list)
    housing: list[SynthHousing] = field(default_factory=list)
    goals: list[SynthGoal] = field(default_factory=list)
    activities: list[SynthActivity] = field(default_factory=list)
    referrals: list[SynthReferral] = field(default_factory=list)
    payments: list[SynthPayment] = field(default_factory=list)
    tasks: list[SynthTask] = field(default_factory=list)
    programme_reason: str = ""
    iss: SynthIss | None = None
