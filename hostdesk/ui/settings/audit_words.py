"""The audit log in sentences: what was done, to which case, which fields, in the user's words.

The log itself stores stable codes (``referral.answer``, ``fields: answered_on``);
a coordinator reads "Registou a resposta a um encaminhamento · Processo
HD-2026-00301 · Campos: data da resposta, resultado". A code this version does
not know is shown as it is, never hidden.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hostdesk.domain import vocabulary as v
from hostdesk.storage.audit_query import AuditRow
from hostdesk.ui.common.formatting import format_date, format_period
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.numbers import format_number

_ACTIONS = {
    "family.open": QT_TRANSLATE_NOOP("AuditWords", "Opened the case file"),
    "family.create": QT_TRANSLATE_NOOP("AuditWords", "Created the case"),
    "family.update": QT_TRANSLATE_NOOP("AuditWords", "Changed the case"),
    "family.anonymise": QT_TRANSLATE_NOOP("AuditWords", "Anonymised the case"),
    "member.create": QT_TRANSLATE_NOOP("AuditWords", "Added a member"),
    "member.update": QT_TRANSLATE_NOOP("AuditWords", "Changed a member's details"),
    "identifier.create": QT_TRANSLATE_NOOP("AuditWords", "Added a document number"),
    "identifier.update": QT_TRANSLATE_NOOP("AuditWords", "Changed a document number"),
    "identifier.delete": QT_TRANSLATE_NOOP("AuditWords", "Removed a document number"),
    "permit.create": QT_TRANSLATE_NOOP("AuditWords", "Recorded a residence permit (ARP)"),
    "permit.update": QT_TRANSLATE_NOOP("AuditWords", "Changed a residence permit (ARP)"),
    "activity.create": QT_TRANSLATE_NOOP("AuditWords", "Recorded a visit, call or note"),
    "task.create": QT_TRANSLATE_NOOP("AuditWords", "Added a follow-up task"),
    "task.complete": QT_TRANSLATE_NOOP("AuditWords", "Marked a follow-up task done"),
    "task.reopen": QT_TRANSLATE_NOOP("AuditWords", "Reopened a follow-up task"),
    "referral.create": QT_TRANSLATE_NOOP("AuditWords", "Made a referral"),
    "referral.answer": QT_TRANSLATE_NOOP("AuditWords", "Recorded the answer to a referral"),
    "referral.without_consent": QT_TRANSLATE_NOOP(
        "AuditWords", "Made a referral without a consent covering it"
    ),
    "payment.create": QT_TRANSLATE_NOOP("AuditWords", "Recorded an allowance payment"),
    "consent.record": QT_TRANSLATE_NOOP("AuditWords", "Recorded a consent"),
    "consent.withdraw": QT_TRANSLATE_NOOP("AuditWords", "Recorded that a consent was withdrawn"),
    "alert.acknowledge": QT_TRANSLATE_NOOP("AuditWords", "Acknowledged an alert"),
    "alert.snooze": QT_TRANSLATE_NOOP("AuditWords", "Snoozed an alert"),
    "alert.show_again": QT_TRANSLATE_NOOP("AuditWords", "Showed an alert again"),
    "subject_access.export": QT_TRANSLATE_NOOP(
        "AuditWords", "Exported a person's data for an access request"
    ),
    "import.commit": QT_TRANSLATE_NOOP("AuditWords", "Imported families from a spreadsheet"),
    "report.family.export": QT_TRANSLATE_NOOP("AuditWords", "Made the family's progress report"),
    "report.family.print": QT_TRANSLATE_NOOP(
        "AuditWords", "Printed the family's progress report"
    ),
    "activity.print": QT_TRANSLATE_NOOP("AuditWords", "Printed a visit, call or note"),
    "list.export": QT_TRANSLATE_NOOP(
        "AuditWords", "Exported a list to a spreadsheet (not encrypted)"
    ),
    "list.print": QT_TRANSLATE_NOOP("AuditWords", "Printed a list"),
    "report.monthly.export": QT_TRANSLATE_NOOP("AuditWords", "Built the monthly report"),
    "report.monthly.store": QT_TRANSLATE_NOOP("AuditWords", "Kept the monthly report as a draft"),
    "report.monthly.save": QT_TRANSLATE_NOOP("AuditWords", "Saved the monthly report to files"),
    "report.monthly.submit": QT_TRANSLATE_NOOP("AuditWords", "Submitted the monthly report"),
    "sync.identity.create": QT_TRANSLATE_NOOP(
        "AuditWords", "Created the entity's signing identity for the NAIR"
    ),
    "sync.enrollment.export": QT_TRANSLATE_NOOP(
        "AuditWords", "Saved the registration file for the NAIR"
    ),
    "sync.nair_key.pin": QT_TRANSLATE_NOOP("AuditWords", "Set up the NAIR's key"),
    "sync.nair_key.replace": QT_TRANSLATE_NOOP("AuditWords", "Replaced the NAIR's key"),
    "sync.bundle.enqueue": QT_TRANSLATE_NOOP("AuditWords", "Put a monthly report in the outbox"),
    "sync.bundle.seal": QT_TRANSLATE_NOOP("AuditWords", "Locked a monthly report for the NAIR"),
    "sync.bundle.export": QT_TRANSLATE_NOOP("AuditWords", "Exported a monthly report to a file"),
    "sync.bundle.delivered": QT_TRANSLATE_NOOP(
        "AuditWords", "The NAIR confirmed receiving a monthly report"
    ),
    "sync.bundle.rejected": QT_TRANSLATE_NOOP("AuditWords", "The NAIR refused a monthly report"),
    "user.add": QT_TRANSLATE_NOOP("AuditWords", "Added a user"),
    "user.remove": QT_TRANSLATE_NOOP("AuditWords", "Removed a user"),
    "user.change_passphrase": QT_TRANSLATE_NOOP("AuditWords", "Changed their own passphrase"),
    "user.reset_passphrase": QT_TRANSLATE_NOOP("AuditWords", "Reset a user's passphrase"),
    "vault.create": QT_TRANSLATE_NOOP("AuditWords", "Created the vault"),
    "vault.backup": QT_TRANSLATE_NOOP("AuditWords", "Made a backup"),
    "vault.restore": QT_TRANSLATE_NOOP("AuditWords", "Restored a backup"),
    "vault.upgrade": QT_TRANSLATE_NOOP("AuditWords", "Upgraded the vault to a newer HostDesk"),
    "vault.rekey": QT_TRANSLATE_NOOP("AuditWords", "Changed the vault's data key"),
    "key.export_raw": QT_TRANSLATE_NOOP("AuditWords", "Exported the database key"),
    "key.new_recovery": QT_TRANSLATE_NOOP("AuditWords", "Made a new recovery key"),
    "audit.baseline": QT_TRANSLATE_NOOP(
        "AuditWords", "Covered the records saved before this version in the audit log"
    ),
    "rows.save": QT_TRANSLATE_NOOP("AuditWords", "Saved records"),
    "demo.populate": QT_TRANSLATE_NOOP("AuditWords", "Filled the vault with demo families"),
    "setting.change": QT_TRANSLATE_NOOP("AuditWords", "Changed a setting"),
}
# "<table>.create" and "<table>.update" of the five dimensions' records and plan goals.
_RECORDS = {
    "housing": (
        QT_TRANSLATE_NOOP("AuditWords", "Added a housing record"),
        QT_TRANSLATE_NOOP("AuditWords", "Changed a housing record"),
    ),
    "health_record": (
        QT_TRANSLATE_NOOP("AuditWords", "Added a health record"),
        QT_TRANSLATE_NOOP("AuditWords", "Changed a health record"),
    ),
    "education": (
        QT_TRANSLATE_NOOP("AuditWords", "Added an education record"),
        QT_TRANSLATE_NOOP("AuditWords", "Changed an education record"),
    ),
    "language_course": (
        QT_TRANSLATE_NOOP("AuditWords", "Added a Portuguese course"),
        QT_TRANSLATE_NOOP("AuditWords", "Changed a Portuguese course"),
    ),
    "employment": (
        QT_TRANSLATE_NOOP("AuditWords", "Added an employment record"),
        QT_TRANSLATE_NOOP("AuditWords", "Changed an employment record"),
    ),
    "plan_goal": (
        QT_TRANSLATE_NOOP("AuditWords", "Added a plan goal"),
        QT_TRANSLATE_NOOP("AuditWords", "Changed a plan goal"),
    ),
}
# Field names as the forms call them.
_FIELDS = {
    "answered_on": QT_TRANSLATE_NOOP("AuditWords", "answer date"),
    "outcome": QT_TRANSLATE_NOOP("AuditWords", "outcome"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "reason"),
    "sent_on": QT_TRANSLATE_NOOP("AuditWords", "sending date"),
    "service": QT_TRANSLATE_NOOP("AuditWords", "service"),
    "dimension": QT_TRANSLATE_NOOP("AuditWords", "dimension"),
    "member_id": QT_TRANSLATE_NOOP("AuditWords", "person"),
    "family_id": QT_TRANSLATE_NOOP("AuditWords", "family"),
    "status": QT_TRANSLATE_NOOP("AuditWords", "state"),
    "exit_reason": QT_TRANSLATE_NOOP("AuditWords", "reason for leaving"),
    "exit_date": QT_TRANSLATE_NOOP("AuditWords", "date of leaving"),
    "arrival_channel": QT_TRANSLATE_NOOP("AuditWords", "arrival channel"),
    "arrival_date": QT_TRANSLATE_NOOP("AuditWords", "arrival date"),
    "case_type": QT_TRANSLATE_NOOP("AuditWords", "case type"),
    "nair_reference": QT_TRANSLATE_NOOP("AuditWords", "NAIR reference"),
    "municipality": QT_TRANSLATE_NOOP("AuditWords", "municipality"),
    "programme_start": QT_TRANSLATE_NOOP("AuditWords", "programme start"),
    "programme_months": QT_TRANSLATE_NOOP("AuditWords", "programme length"),
    "assigned_worker_id": QT_TRANSLATE_NOOP("AuditWords", "social worker"),
    "name_latin": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "name_original": QT_TRANSLATE_NOOP("AuditWords", "name in the original script"),
    "original_script": QT_TRANSLATE_NOOP("AuditWords", "script"),
    "sex": QT_TRANSLATE_NOOP("AuditWords", "sex"),
    "birth": QT_TRANSLATE_NOOP("AuditWords", "date of birth"),
    "birth_year": QT_TRANSLATE_NOOP("AuditWords", "year of birth"),
    "birth_month": QT_TRANSLATE_NOOP("AuditWords", "month of birth"),
    "birth_day": QT_TRANSLATE_NOOP("AuditWords", "day of birth"),
    "relationship": QT_TRANSLATE_NOOP("AuditWords", "relationship"),
    "nationality": QT_TRANSLATE_NOOP("AuditWords", "nationality"),
    "languages": QT_TRANSLATE_NOOP("AuditWords", "languages"),
    "vulnerabilities": QT_TRANSLATE_NOOP("AuditWords", "vulnerabilities"),
    "is_unaccompanied_minor": QT_TRANSLATE_NOOP("AuditWords", "unaccompanied minor"),
    "phone": QT_TRANSLATE_NOOP("AuditWords", "phone"),
    "in_education_or_training": QT_TRANSLATE_NOOP("AuditWords", "in education or training"),
    "is_head": QT_TRANSLATE_NOOP("AuditWords", "head of family"),
    "number": QT_TRANSLATE_NOOP("AuditWords", "number"),
    "issued_on": QT_TRANSLATE_NOOP("AuditWords", "issue date"),
    "expires_on": QT_TRANSLATE_NOOP("AuditWords", "expiry date"),
    "renewal_appointment": QT_TRANSLATE_NOOP("AuditWords", "renewal appointment"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "kind"),
    "address": QT_TRANSLATE_NOOP("AuditWords", "address"),
    "start_date": QT_TRANSLATE_NOOP("AuditWords", "start date"),
    "end_date": QT_TRANSLATE_NOOP("AuditWords", "end date"),
    "monthly_rent_cents": QT_TRANSLATE_NOOP("AuditWords", "monthly rent"),
    "notes": QT_TRANSLATE_NOOP("AuditWords", "notes"),
    "sns_registered": QT_TRANSLATE_NOOP("AuditWords", "SNS registration"),
    "health_centre": QT_TRANSLATE_NOOP("AuditWords", "health centre"),
    "has_family_doctor": QT_TRANSLATE_NOOP("AuditWords", "family doctor"),
    "vaccinations_up_to_date": QT_TRANSLATE_NOOP("AuditWords", "vaccinations"),
    "mental_health_followup": QT_TRANSLATE_NOOP("AuditWords", "mental health follow-up"),
    "interpreter_needed": QT_TRANSLATE_NOOP("AuditWords", "interpreter needed"),
    "recorded_on": QT_TRANSLATE_NOOP("AuditWords", "date recorded"),
    "institution": QT_TRANSLATE_NOOP("AuditWords", "institution"),
    "level": QT_TRANSLATE_NOOP("AuditWords", "level"),
    "course_type": QT_TRANSLATE_NOOP("AuditWords", "kind of course"),
    "provider": QT_TRANSLATE_NOOP("AuditWords", "provider"),
    "hours": QT_TRANSLATE_NOOP("AuditWords", "hours"),
    "cefr_level_reached": QT_TRANSLATE_NOOP("AuditWords", "level reached"),
    "level_reached_on": QT_TRANSLATE_NOOP("AuditWords", "date the level was reached"),
    "employer": QT_TRANSLATE_NOOP("AuditWords", "employer"),
    "sector": QT_TRANSLATE_NOOP("AuditWords", "sector"),
    "description": QT_TRANSLATE_NOOP("AuditWords", "description"),
    "target_date": QT_TRANSLATE_NOOP("AuditWords", "target date"),
    "achieved_on": QT_TRANSLATE_NOOP("AuditWords", "date achieved"),
}
_DETAILS = {
    "fields": QT_TRANSLATE_NOOP("AuditWords", "Fields"),
    "month": QT_TRANSLATE_NOOP("AuditWords", "Month"),
    "revision": QT_TRANSLATE_NOOP("AuditWords", "Revision"),
    "period": QT_TRANSLATE_NOOP("AuditWords", "Period"),
    "until": QT_TRANSLATE_NOOP("AuditWords", "Until"),
    "basis": QT_TRANSLATE_NOOP("AuditWords", "Ground"),
    "members": QT_TRANSLATE_NOOP("AuditWords", "People"),
    "families": QT_TRANSLATE_NOOP("AuditWords", "Families"),
    "activities": QT_TRANSLATE_NOOP("AuditWords", "Activities"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "Kind"),
    "scope": QT_TRANSLATE_NOOP("AuditWords", "Purpose"),
    "method": QT_TRANSLATE_NOOP("AuditWords", "How"),
    "lang": QT_TRANSLATE_NOOP("AuditWords", "Language"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "Role"),
    "with": QT_TRANSLATE_NOOP("AuditWords", "With"),
    "was_done_on": QT_TRANSLATE_NOOP("AuditWords", "Had been done on"),
    "retention_years": QT_TRANSLATE_NOOP("AuditWords", "Retention (years)"),
    "from": QT_TRANSLATE_NOOP("AuditWords", "From"),
    "to": QT_TRANSLATE_NOOP("AuditWords", "To"),
    "key_id": QT_TRANSLATE_NOOP("AuditWords", "Key"),
    "key_changed": QT_TRANSLATE_NOOP("AuditWords", "Key changed"),
    "new_recovery_key": QT_TRANSLATE_NOOP("AuditWords", "New recovery key"),
    "rows": QT_TRANSLATE_NOOP("AuditWords", "Records"),
    "format": QT_TRANSLATE_NOOP("AuditWords", "Format"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def action_text(action: str) -> str:
    """What was done, as a sentence; the code itself when this version does not know it."""
    if action in _ACTIONS:
        return _tr(_ACTIONS[action])
    table, _, verb = action.rpartition(".")
    if table in _RECORDS and verb in ("create", "update"):
        return _tr(_RECORDS[table][0 if verb == "create" else 1])
    return action


def field_label(name: str) -> str:
    return _tr(_FIELDS[name]) if name in _FIELDS else name.replace("_", " ")


def record_text(row: AuditRow) -> str:
    """Which record: the case, a month's report, a setting, a user."""
    if row.case_number:
        return QCoreApplication.translate("AuditWords", "Case %1").replace("%1", row.case_number)
    month = row.detail.get("month")
    if row.object_type == "monthly_report" and re.fullmatch(r"\d{4}-\d{2}", row.object_id):
        month = row.object_id  # a report built or saved names its month as the object
    if isinstance(month, str) and row.object_type in ("monthly_report", "outbox"):
        return QCoreApplication.translate("AuditWords", "Monthly report %1").replace(
            "%1", format_period(month)
        )
    if row.object_type == "setting":
        return QCoreApplication.translate("AuditWords", "Setting %1").replace("%1", row.object_id)
    if row.object_type == "list":
        return QCoreApplication.translate("AuditWords", "List: %1").replace(
            "%1", _list_name(row.object_id)
        )
    if row.object_type == "vault":
        return QCoreApplication.translate("AuditWords", "The vault")
    if row.object_type in ("app_user", "user"):
        return QCoreApplication.translate("AuditWords", "User %1").replace("%1", row.object_id)
    return f"{row.object_type} {row.object_id}".strip()


def _list_name(what: str) -> str:
    names = {
        "caseload": QCoreApplication.translate("AuditWords", "caseload"),
        "today": QCoreApplication.translate("AuditWords", "Today"),
    }
    return names.get(what, what)


def _value(key: str, value: Any) -> str:
    if key == "fields" and isinstance(value, list):
        return ", ".join(field_label(str(name)) for name in value)
    if key == "month" and isinstance(value, str):
        return format_period(value)
    if key in ("until", "was_done_on", "from", "to") and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if key == "basis" and isinstance(value, str):
        return label(v.SharingBasis, value)
    if key == "members" and isinstance(value, list):
        return format_number(len(value))
    if key == "scope" and isinstance(value, str):
        return label(v.ConsentScope, value)
    if key == "role" and isinstance(value, str):
        return label(v.Role, value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditWords", "yes")
            if value
            else QCoreApplication.translate("AuditWords", "no")
        )
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):  # counts by table ("rows")
        return ", ".join(f"{name} {_value('', count)}" for name, count in value.items())
    return str(value)


def detail_text(row: AuditRow) -> str:
    """The entry's details in words; the family is in the record column already."""
    parts = []
    for key, value in row.detail.items():
        if key == "family":
            continue
        if key == "sha256" and isinstance(value, str):
            parts.append(f"SHA-256 {value[:12]}…")
            continue
        name = _tr(_DETAILS[key]) if key in _DETAILS else key.replace("_", " ")
        parts.append(f"{name}: {_value(key, value)}")
    return "; ".join(parts)
