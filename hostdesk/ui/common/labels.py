"""On-screen names of the programme's vocabulary and of the alerts.

Stored values stay the stable English identifiers of ``hostdesk.domain.vocabulary``;
people see these labels, translated when shown. Every literal is a
``QT_TRANSLATE_NOOP`` in the "Labels" context, so ``pyside6-lupdate`` finds
each text once.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hostdesk.domain import vocabulary as v
from hostdesk.domain.alerts import AlertKind
from hostdesk.sync.outbox import BundleState

_LABELS: dict[type[StrEnum], dict[str, str]] = {
    v.Role: {
        v.Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
        v.Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Labels", "Social worker"),
    },
    v.Dimension: {
        v.Dimension.HOUSING: QT_TRANSLATE_NOOP("Labels", "Housing"),
        v.Dimension.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health"),
        v.Dimension.EDUCATION: QT_TRANSLATE_NOOP("Labels", "Education"),
        v.Dimension.LANGUAGE: QT_TRANSLATE_NOOP("Labels", "Language"),
        v.Dimension.EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Employment"),
    },
    v.ArrivalChannel: {
        v.ArrivalChannel.RELOCATION: QT_TRANSLATE_NOOP("Labels", "EU relocation"),
        v.ArrivalChannel.RESETTLEMENT: QT_TRANSLATE_NOOP("Labels", "Resettlement"),
        v.ArrivalChannel.SPONTANEOUS_ASYLUM: QT_TRANSLATE_NOOP("Labels", "Spontaneous asylum"),
        v.ArrivalChannel.TEMPORARY_PROTECTION: QT_TRANSLATE_NOOP("Labels", "Temporary protection"),
    },
    v.CaseType: {
        v.CaseType.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family"),
        v.CaseType.UNACCOMPANIED_MINOR: QT_TRANSLATE_NOOP("Labels", "Unaccompanied minor"),
    },
    v.FamilyStatus: {
        v.FamilyStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        v.FamilyStatus.EXITED: QT_TRANSLATE_NOOP("Labels", "Exited"),
    },
    v.Sex: {
        v.Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
        v.Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
        v.Sex.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
        v.Sex.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
    v.Relationship: {
        v.Relationship.HEAD: QT_TRANSLATE_NOOP("Labels", "Head of family"),
        v.Relationship.SPOUSE: QT_TRANSLATE_NOOP("Labels", "Spouse or partner"),
        v.Relationship.CHILD: QT_TRANSLATE_NOOP("Labels", "Child"),
        v.Relationship.PARENT: QT_TRANSLATE_NOOP("Labels", "Parent"),
        v.Relationship.SIBLING: QT_TRANSLATE_NOOP("Labels", "Brother or sister"),
        v.Relationship.GRANDCHILD: QT_TRANSLATE_NOOP("Labels", "Grandchild"),
        v.Relationship.OTHER_RELATIVE: QT_TRANSLATE_NOOP("Labels", "Other relative"),
        v.Relationship.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    v.ActivityKind: {
        v.ActivityKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
        v.ActivityKind.CALL: QT_TRANSLATE_NOOP("Labels", "Phone call"),
        v.ActivityKind.APPOINTMENT: QT_TRANSLATE_NOOP("Labels", "Appointment"),
        v.ActivityKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    },
    v.ReferralService: {
        v.ReferralService.SNS: QT_TRANSLATE_NOOP("Labels", "Health service (SNS)"),
        v.ReferralService.SCHOOL: QT_TRANSLATE_NOOP("Labels", "School"),
        v.ReferralService.IEFP: QT_TRANSLATE_NOOP("Labels", "Employment institute (IEFP)"),
        v.ReferralService.ISS: QT_TRANSLATE_NOOP("Labels", "Social security (ISS)"),
        v.ReferralService.TTS: QT_TRANSLATE_NOOP("Labels", "Telephone translation (TTS)"),
        v.ReferralService.PSYCHOLOGIST: QT_TRANSLATE_NOOP("Labels", "Psychologist"),
        v.ReferralService.LEGAL: QT_TRANSLATE_NOOP("Labels", "Legal counselling"),
        v.ReferralService.OTHER: QT_TRANSLATE_NOOP("Labels", "Other service"),
    },
    v.GoalStatus: {
        v.GoalStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
        v.GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        v.GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Achieved"),
        v.GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Dropped"),
    },
    v.DimensionStatus: {
        v.DimensionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
        v.DimensionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        v.DimensionStatus.ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Achieved"),
        v.DimensionStatus.AT_RISK: QT_TRANSLATE_NOOP("Labels", "At risk"),
    },
    v.CourseType: {
        v.CourseType.PLA: QT_TRANSLATE_NOOP("Labels", "Portuguese as a host language (PLA)"),
        v.CourseType.PPT: QT_TRANSLATE_NOOP("Labels", "Portuguese for All (PPT, before 2020)"),
        v.CourseType.NON_FORMAL: QT_TRANSLATE_NOOP("Labels", "Non-formal classes"),
        v.CourseType.TECHNICAL: QT_TRANSLATE_NOOP("Labels", "Technical Portuguese"),
        v.CourseType.LITERACY: QT_TRANSLATE_NOOP("Labels", "Literacy programme"),
    },
    v.CefrLevel: {
        v.CefrLevel.PRE_A1: QT_TRANSLATE_NOOP("Labels", "Below A1"),
        **{level: level.value for level in v.CefrLevel if level is not v.CefrLevel.PRE_A1},
    },
    v.EducationKind: {
        v.EducationKind.SCHOOL_ENROLMENT: QT_TRANSLATE_NOOP("Labels", "School enrolment"),
        v.EducationKind.QUALIFICATION_RECOGNITION: QT_TRANSLATE_NOOP(
            "Labels", "Recognition of qualifications"
        ),
        v.EducationKind.PRIOR_LEARNING: QT_TRANSLATE_NOOP(
            "Labels", "Prior learning (Centro Qualifica)"
        ),
        v.EducationKind.VOCATIONAL_TRAINING: QT_TRANSLATE_NOOP("Labels", "Vocational training"),
        v.EducationKind.HIGHER_EDUCATION: QT_TRANSLATE_NOOP("Labels", "Higher education"),
    },
    v.EmploymentKind: {
        v.EmploymentKind.IEFP_REGISTRATION: QT_TRANSLATE_NOOP("Labels", "IEFP registration"),
        v.EmploymentKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training"),
        v.EmploymentKind.JOB_SEARCH: QT_TRANSLATE_NOOP("Labels", "Job search"),
        v.EmploymentKind.CONTRACT: QT_TRANSLATE_NOOP("Labels", "Employment contract"),
        v.EmploymentKind.SELF_EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Self-employed"),
    },
    v.HousingKind: {
        v.HousingKind.RENTED_BY_ENTITY: QT_TRANSLATE_NOOP("Labels", "Rented by the entity"),
        v.HousingKind.RENTED_BY_FAMILY: QT_TRANSLATE_NOOP("Labels", "Rented by the family"),
        v.HousingKind.SOCIAL_HOUSING: QT_TRANSLATE_NOOP("Labels", "Social housing"),
        v.HousingKind.RECEPTION_CENTRE: QT_TRANSLATE_NOOP("Labels", "Reception centre"),
        v.HousingKind.HOST_FAMILY: QT_TRANSLATE_NOOP("Labels", "Host family"),
    },
    v.IdentifierKind: {
        v.IdentifierKind.NIF: QT_TRANSLATE_NOOP("Labels", "NIF (tax number)"),
        v.IdentifierKind.NISS: QT_TRANSLATE_NOOP("Labels", "NISS (social security)"),
        v.IdentifierKind.SNS: QT_TRANSLATE_NOOP("Labels", "SNS user number"),
        v.IdentifierKind.CITIZEN_CARD: QT_TRANSLATE_NOOP("Labels", "Citizen Card"),
        v.IdentifierKind.PASSPORT: QT_TRANSLATE_NOOP("Labels", "Passport"),
        v.IdentifierKind.TRAVEL_DOCUMENT: QT_TRANSLATE_NOOP("Labels", "Travel document"),
        v.IdentifierKind.NAIR_REFERENCE: QT_TRANSLATE_NOOP("Labels", "NAIR reference"),
    },
    v.ExitReason: {
        v.ExitReason.PROGRAMME_ENDED: QT_TRANSLATE_NOOP("Labels", "End of the programme"),
        v.ExitReason.LEFT_PORTUGAL: QT_TRANSLATE_NOOP("Labels", "Left Portugal"),
        v.ExitReason.TRANSFERRED: QT_TRANSLATE_NOOP("Labels", "Transferred to another entity"),
        v.ExitReason.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrew from the programme"),
    },
    v.CaseDeletionReason: {
        v.CaseDeletionReason.DUPLICATE: QT_TRANSLATE_NOOP(
            "Labels", "The family was already recorded (a duplicate)"
        ),
        v.CaseDeletionReason.CREATED_BY_MISTAKE: QT_TRANSLATE_NOOP(
            "Labels", "Created by mistake (no such family)"
        ),
    },
    v.ConsentScope: {
        v.ConsentScope.CASE_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Case management"),
        v.ConsentScope.REFERRALS: QT_TRANSLATE_NOOP("Labels", "Referrals to other services"),
        v.ConsentScope.REPORTING: QT_TRANSLATE_NOOP("Labels", "Reports to ACM/AIMA"),
    },
    v.ConsentMethod: {
        v.ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("Labels", "In writing"),
        v.ConsentMethod.ORAL_WITH_INTERPRETER: QT_TRANSLATE_NOOP(
            "Labels", "Orally, with an interpreter"
        ),
        v.ConsentMethod.ORAL: QT_TRANSLATE_NOOP("Labels", "Orally"),
    },
    v.SharingBasis: {
        v.SharingBasis.CONSENT_PENDING: QT_TRANSLATE_NOOP("Labels", "Consent is being collected"),
        v.SharingBasis.VITAL_INTEREST: QT_TRANSLATE_NOOP(
            "Labels", "Vital interest of the person (urgent)"
        ),
        v.SharingBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("Labels", "Legal obligation"),
        v.SharingBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Labels", "Task in the public interest"),
    },
    v.PermitType: {
        v.PermitType.ARP: QT_TRANSLATE_NOOP("Labels", "Provisional residence permit (ARP)"),
        v.PermitType.REFUGEE: QT_TRANSLATE_NOOP("Labels", "Residence permit (refugee)"),
        v.PermitType.SUBSIDIARY_PROTECTION: QT_TRANSLATE_NOOP(
            "Labels", "Residence permit (subsidiary protection)"
        ),
        v.PermitType.TEMPORARY_PROTECTION: QT_TRANSLATE_NOOP(
            "Labels", "Temporary protection permit"
        ),
    },
    v.AsylumDecision: {
        v.AsylumDecision.REFUGEE_STATUS: QT_TRANSLATE_NOOP("Labels", "Refugee status granted"),
        v.AsylumDecision.SUBSIDIARY_PROTECTION: QT_TRANSLATE_NOOP(
            "Labels", "Subsidiary protection granted"
        ),
        v.AsylumDecision.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
        v.AsylumDecision.INADMISSIBLE: QT_TRANSLATE_NOOP("Labels", "Inadmissible"),
        v.AsylumDecision.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
    v.IssOutcome: {
        v.IssOutcome.SOCIAL_ASSISTANCE_NEEDED: QT_TRANSLATE_NOOP(
            "Labels", "Social assistance needed after the programme"
        ),
        v.IssOutcome.NO_SOCIAL_ASSISTANCE_NEEDED: QT_TRANSLATE_NOOP(
            "Labels", "No social assistance needed"
        ),
    },
    v.MinorStatus: {
        v.MinorStatus.MINOR: QT_TRANSLATE_NOOP("Labels", "Unaccompanied minor"),
        v.MinorStatus.YOUNG_ADULT: QT_TRANSLATE_NOOP(
            "Labels", "Young adult (came as an unaccompanied minor)"
        ),
        v.MinorStatus.ADULT: QT_TRANSLATE_NOOP("Labels", "Adult (came as an unaccompanied minor)"),
    },
    v.AllowanceScheme: {
        v.AllowanceScheme.EU_SCHEME: QT_TRANSLATE_NOOP("Labels", "EU-scheme allowance"),
        v.AllowanceScheme.NONE: QT_TRANSLATE_NOOP("Labels", "No allowance"),
    },
    v.AttachmentKind: {
        v.AttachmentKind.CONSENT_FORM: QT_TRANSLATE_NOOP("Labels", "Signed consent form"),
        v.AttachmentKind.RESIDENCE_PERMIT: QT_TRANSLATE_NOOP("Labels", "Residence permit (ARP)"),
        v.AttachmentKind.IDENTITY_DOCUMENT: QT_TRANSLATE_NOOP(
            "Labels", "Identity or travel document"
        ),
        v.AttachmentKind.SCHOOL_ENROLMENT: QT_TRANSLATE_NOOP("Labels", "School enrolment"),
        v.AttachmentKind.TENANCY_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Tenancy contract"),
        v.AttachmentKind.MEDICAL_LETTER: QT_TRANSLATE_NOOP("Labels", "Medical letter or report"),
        v.AttachmentKind.EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Employment or training"),
        v.AttachmentKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other document"),
    },
    BundleState: {
        BundleState.WAITING: QT_TRANSLATE_NOOP("Labels", "Waiting: sending is not set up"),
        BundleState.QUEUED: QT_TRANSLATE_NOOP("Labels", "Waiting to be sent"),
        BundleState.SENDING: QT_TRANSLATE_NOOP("Labels", "Sending"),
        BundleState.DELIVERED: QT_TRANSLATE_NOOP("Labels", "Delivered"),
        BundleState.REJECTED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    },
}


def label(enum: type[StrEnum], value: str | None) -> str:
    """The translated label of a stored value; the value itself if it is not in ``enum``."""
    if value is None:
        return ""
    source = _LABELS[enum].get(value)
    return QCoreApplication.translate("Labels", source) if source else value


def choices(enum: type[StrEnum], values: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(value, label) pairs in the order ``enum`` declares them."""
    wanted = [m.value for m in enum] if values is None else list(values)
    return [(value, label(enum, value)) for value in wanted]


def dimension_label(value: str | None) -> str:
    return label(v.Dimension, value)


_ALERTS: dict[str, str] = {
    AlertKind.ARP_EXPIRING: QT_TRANSLATE_NOOP("Labels", "ARP expiring"),
    AlertKind.ARP_EXPIRED: QT_TRANSLATE_NOOP("Labels", "ARP expired"),
    AlertKind.PROGRAMME_ENDING: QT_TRANSLATE_NOOP("Labels", "Programme ending"),
    AlertKind.NO_RECENT_VISIT: QT_TRANSLATE_NOOP("Labels", "Visit overdue"),
    AlertKind.CHILD_WITHOUT_SCHOOL: QT_TRANSLATE_NOOP("Labels", "Child without school"),
    AlertKind.NO_LANGUAGE_COURSE: QT_TRANSLATE_NOOP("Labels", "No Portuguese course"),
    AlertKind.REFERRAL_UNANSWERED: QT_TRANSLATE_NOOP("Labels", "Referral unanswered"),
    AlertKind.NO_VALID_PERMIT: QT_TRANSLATE_NOOP("Labels", "No valid permit"),
    AlertKind.RENEWAL_APPOINTMENT: QT_TRANSLATE_NOOP("Labels", "Permit renewal appointment"),
    AlertKind.MINOR_TURNING_18: QT_TRANSLATE_NOOP("Labels", "Minor turning 18"),
    AlertKind.YOUNG_ADULT: QT_TRANSLATE_NOOP("Labels", "Young adult"),
    AlertKind.ISS_TRANSITION: QT_TRANSLATE_NOOP("Labels", "ISS transition"),
    AlertKind.YOUNG_ADULT_PROTECTION_ENDING: QT_TRANSLATE_NOOP(
        "Labels", "Young adult's protection ending"
    ),
}


def alert_label(kind: str) -> str:
    source = _ALERTS.get(kind)
    return QCoreApplication.translate("Labels", source) if source else kind


def alert_kinds() -> list[tuple[str, str]]:
    """(value, label) pairs for a filter list, in the order the domain declares them."""
    return [(kind.value, alert_label(kind)) for kind in AlertKind]
