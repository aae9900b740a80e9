"""The programme's vocabulary: the closed lists a case file is made of.

Values are stable English identifiers stored in the database; labels for
people live in the UI's translations.
"""

from __future__ import annotations

from enum import StrEnum


class Dimension(StrEnum):
    """The five dimensions followed for every family and person."""

    HOUSING = "housing"
    HEALTH = "health"
    EDUCATION = "education"
    LANGUAGE = "language"
    EMPLOYMENT = "employment"


class Role(StrEnum):
    COORDINATOR = "coordinator"
    SOCIAL_WORKER = "social_worker"


class ArrivalChannel(StrEnum):
    RELOCATION = "relocation"
    RESETTLEMENT = "resettlement"
    SPONTANEOUS_ASYLUM = "spontaneous_asylum"
    TEMPORARY_PROTECTION = "temporary_protection"


class AllowanceScheme(StrEnum):
    """Which living allowance the hosting entity owes a family of a channel."""

    EU_SCHEME = "eu_scheme"  # 150 € head, 107.5 € other adult, 75 € child (dated rates)
    NONE = "none"


class CaseType(StrEnum):
    FAMILY = "family"
    UNACCOMPANIED_MINOR = "unaccompanied_minor"


class FamilyStatus(StrEnum):
    ACTIVE = "active"
    EXITED = "exited"


class ExitReason(StrEnum):
    PROGRAMME_ENDED = "programme_ended"
    LEFT_PORTUGAL = "left_portugal"
    TRANSFERRED = "transferred"
    WITHDRAWN = "withdrawn"


class CaseDeletionReason(StrEnum):
    """Why a case created by mistake was deleted (the audit log keeps the code)."""

    DUPLICATE = "duplicate"  # the family was already recorded
    CREATED_BY_MISTAKE = "created_by_mistake"  # no such family (a typing or test entry)


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


class Relationship(StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    GRANDCHILD = "grandchild"
    OTHER_RELATIVE = "other_relative"
    OTHER = "other"


class Script(StrEnum):
    """Writing system of a name as written in its own script."""

    LATIN = "Latn"
    ARABIC = "Arab"
    ETHIOPIC = "Ethi"
    CYRILLIC = "Cyrl"
    OTHER = "Zyyy"


class IdentifierKind(StrEnum):
    NIF = "nif"
    NISS = "niss"
    SNS = "sns"
    CITIZEN_CARD = "citizen_card"
    PASSPORT = "passport"
    TRAVEL_DOCUMENT = "travel_document"
    NAIR_REFERENCE = "nair_reference"


class ActivityKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    APPOINTMENT = "appointment"
    NOTE = "note"


class ReferralService(StrEnum):
    SNS = "sns"
    SCHOOL = "school"
    IEFP = "iefp"
    ISS = "iss"
    TTS = "tts"
    PSYCHOLOGIST = "psychologist"
    LEGAL = "legal"
    OTHER = "other"


class GoalStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class CourseType(StrEnum):
    PLA = "pla"  # Português Língua de Acolhimento
    PPT = "ppt"  # Português para Todos, which PLA replaced in 2020
    NON_FORMAL = "non_formal"
    TECHNICAL = "technical"
    LITERACY = "literacy"


class CefrLevel(StrEnum):
    PRE_A1 = "pre_A1"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class EducationKind(StrEnum):
    SCHOOL_ENROLMENT = "school_enrolment"
    QUALIFICATION_RECOGNITION = "qualification_recognition"
    PRIOR_LEARNING = "prior_learning"  # Centros Qualifica
    VOCATIONAL_TRAINING = "vocational_training"
    HIGHER_EDUCATION = "higher_education"


class EmploymentKind(StrEnum):
    IEFP_REGISTRATION = "iefp_registration"
    TRAINING = "training"
    JOB_SEARCH = "job_search"
    CONTRACT = "contract"
    SELF_EMPLOYED = "self_employed"


class HousingKind(StrEnum):
    RENTED_BY_ENTITY = "rented_by_entity"
    RENTED_BY_FAMILY = "rented_by_family"
    SOCIAL_HOUSING = "social_housing"
    RECEPTION_CENTRE = "reception_centre"
    HOST_FAMILY = "host_family"


class DimensionStatus(StrEnum):
    """Where a family or person stands on one dimension."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    AT_RISK = "at_risk"


class ConsentScope(StrEnum):
    CASE_MANAGEMENT = "case_management"
    REFERRALS = "referrals"
    REPORTING = "reporting"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    ORAL_WITH_INTERPRETER = "oral_with_interpreter"
    ORAL = "oral"


class SharingBasis(StrEnum):
    """Why a person's data were shared without a recorded consent that covers it.

    The lawful grounds of GDPR art. 6(1) and 9(2) a social worker can name on
    the spot; "consent pending" says the consent is being collected.
    """

    CONSENT_PENDING = "consent_pending"
    VITAL_INTEREST = "vital_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    PUBLIC_TASK = "public_task"


class PermitType(StrEnum):
    """What a residence permit is: its renewals and reporting differ."""

    ARP = "arp"  # autorização de residência provisória, while the asylum claim is decided
    REFUGEE = "refugee"  # residence permit as a refugee
    SUBSIDIARY_PROTECTION = "subsidiary_protection"  # residence permit, subsidiary protection
    TEMPORARY_PROTECTION = "temporary_protection"  # the one-year temporary-protection permit


class AsylumDecision(StrEnum):
    """The outcome of an asylum application, once decided."""

    REFUGEE_STATUS = "refugee_status"
    SUBSIDIARY_PROTECTION = "subsidiary_protection"
    REFUSED = "refused"
    INADMISSIBLE = "inadmissible"
    WITHDRAWN = "withdrawn"


class IssOutcome(StrEnum):
    """What the ISS meeting of the programme's last months decided."""

    SOCIAL_ASSISTANCE_NEEDED = "social_assistance_needed"
    NO_SOCIAL_ASSISTANCE_NEEDED = "no_social_assistance_needed"


class MinorStatus(StrEnum):
    """An unaccompanied minor's status on a day: it follows age, not the flag set on arrival."""

    MINOR = "minor"
    YOUNG_ADULT = "young_adult"  # 18 or over, came as an unaccompanied minor
    ADULT = "adult"  # past the young-adult years


class AttachmentKind(StrEnum):
    """What a scanned or photographed document attached to a case file is."""

    CONSENT_FORM = "consent_form"  # a consent signed on paper
    RESIDENCE_PERMIT = "residence_permit"  # the ARP card and its renewals
    IDENTITY_DOCUMENT = "identity_document"  # passport, travel document, citizen card
    SCHOOL_ENROLMENT = "school_enrolment"
    TENANCY_CONTRACT = "tenancy_contract"
    MEDICAL_LETTER = "medical_letter"  # special-category data (GDPR art. 9)
    EMPLOYMENT = "employment"  # contract, IEFP registration, training certificate
    OTHER = "other"
