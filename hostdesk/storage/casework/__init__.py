"""Everyday casework on one family: members, visits, referrals, plans, records, payments.

Every write happens in the caller's transaction, appends an audit entry (ids
and field names only) and re-indexes what has free text. The ``...Draft``
dataclasses are what a form produces: plain values, already validated.
"""

from hostdesk.storage.casework.common import RecordNotFound
from hostdesk.storage.casework.consents import (
    ConsentDraft,
    ConsentRequired,
    record_consents,
    withdraw_consent,
)
from hostdesk.storage.casework.members import (
    FamilyDraft,
    MemberDraft,
    PermitDraft,
    ReasonRequired,
    add_member,
    create_family_with_members,
    current_permit,
    learning_spans,
    member_draft,
    records_show_learning,
    update_family,
    update_member,
)
from hostdesk.storage.casework.records import (
    CaseExtras,
    PaymentRefused,
    alert_snapshot,
    extras,
    rate_history,
    read_family,
    record_payment,
    save_record,
)
from hostdesk.storage.casework.transition import iss_transition, record_iss_transition
from hostdesk.storage.casework.visits import (
    ReferralDraft,
    TaskDraft,
    VisitDraft,
    add_task,
    answer_referral,
    complete_task,
    compose_notes,
    create_referral,
    record_visit,
    reopen_task,
    split_notes,
)

__all__ = [
    "CaseExtras", "ConsentDraft", "ConsentRequired", "FamilyDraft", "MemberDraft", "PaymentRefused",
    "PermitDraft", "ReasonRequired", "RecordNotFound", "ReferralDraft", "TaskDraft", "VisitDraft",
    "add_member", "add_task", "alert_snapshot", "answer_referral", "complete_task", "compose_notes",
    "create_family_with_members", "create_referral", "current_permit", "extras", "iss_transition",
    "learning_spans", "member_draft", "rate_history", "read_family", "record_consents",
    "record_iss_transition", "record_payment", "record_visit", "records_show_learning",
    "reopen_task", "save_record", "split_notes", "update_family", "update_member",
    "withdraw_consent",
]  # fmt: skip
