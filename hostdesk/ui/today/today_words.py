"""What the Today screen says about an item: its group, urgency, sentence and answer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hostdesk.domain.alerts import AlertKind, Severity
from hostdesk.storage.alert_responses import Answer, ResponseAction
from hostdesk.ui.common.numbers import plural

if TYPE_CHECKING:
    from hostdesk.ui.today.today_model import TodayItem

TASK = "task"
WEEK = "week"


def pt_date(value: date | None) -> str:
    """A date as written in Portugal (dd/mm/aaaa), whatever the interface language."""
    if value is None:
        return ""
    locale = QLocale(QLocale.Language.Portuguese, QLocale.Country.Portugal)
    return locale.toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")


def section_label(section: str) -> str:
    if section == WEEK:
        return QCoreApplication.translate("TodayView", "This week: must be done by %1")
    return QCoreApplication.translate("TodayView", "Coming up (can wait past this week)")


def answer_text(answer: Answer) -> str:
    """Who acknowledged or snoozed an item, until when, and why."""
    if answer.action is ResponseAction.SNOOZED:
        text = QCoreApplication.translate("TodayView", "snoozed until %1 by %2: %3")
        text = text.replace("%1", pt_date(answer.until))
    else:
        text = QCoreApplication.translate("TodayView", "acknowledged on %1 by %2: %3")
        text = text.replace("%1", pt_date(answer.on))
    return text.replace("%2", answer.by).replace("%3", answer.reason)


def group_label(kind: str) -> str:
    return {
        AlertKind.ARP_EXPIRED.value: QCoreApplication.translate("TodayView", "ARP expired"),
        AlertKind.ARP_EXPIRING.value: QCoreApplication.translate("TodayView", "ARP expiring"),
        AlertKind.PROGRAMME_ENDING.value: QCoreApplication.translate(
            "TodayView", "ISS transition and programme end"
        ),
        AlertKind.NO_RECENT_VISIT.value: QCoreApplication.translate("TodayView", "Visits overdue"),
        AlertKind.CHILD_WITHOUT_SCHOOL.value: QCoreApplication.translate(
            "TodayView", "Children without school"
        ),
        AlertKind.NO_LANGUAGE_COURSE.value: QCoreApplication.translate(
            "TodayView", "Without a Portuguese course"
        ),
        AlertKind.REFERRAL_UNANSWERED.value: QCoreApplication.translate(
            "TodayView", "Referrals unanswered"
        ),
        AlertKind.NO_VALID_PERMIT.value: QCoreApplication.translate(
            "TodayView", "Without a valid permit"
        ),
        AlertKind.RENEWAL_APPOINTMENT.value: QCoreApplication.translate(
            "TodayView", "Permit renewal appointments"
        ),
        AlertKind.MINOR_TURNING_18.value: QCoreApplication.translate(
            "TodayView", "Unaccompanied minors turning 18"
        ),
        AlertKind.YOUNG_ADULT.value: QCoreApplication.translate(
            "TodayView", "Young adults who came as unaccompanied minors"
        ),
        AlertKind.ISS_TRANSITION.value: QCoreApplication.translate(
            "TodayView", "ISS transition to record"
        ),
        AlertKind.YOUNG_ADULT_PROTECTION_ENDING.value: QCoreApplication.translate(
            "TodayView", "Young adults whose protection is ending"
        ),
        TASK: QCoreApplication.translate("TodayView", "Follow-up tasks"),
    }[kind]


def severity_label(severity: Severity) -> str:
    return {
        Severity.URGENT: QCoreApplication.translate("TodayView", "Urgent"),
        Severity.WARNING: QCoreApplication.translate("TodayView", "Important"),
        Severity.INFO: QCoreApplication.translate("TodayView", "To check"),
    }[severity]


def service_label(service: str) -> str:
    return {
        "sns": QCoreApplication.translate("TodayView", "SNS (health)"),
        "school": QCoreApplication.translate("TodayView", "school"),
        "iefp": QCoreApplication.translate("TodayView", "IEFP"),
        "iss": QCoreApplication.translate("TodayView", "ISS"),
        "tts": QCoreApplication.translate("TodayView", "TTS (interpreting)"),
        "psychologist": QCoreApplication.translate("TodayView", "psychologist"),
        "legal": QCoreApplication.translate("TodayView", "legal counselling"),
    }.get(service, QCoreApplication.translate("TodayView", "another service"))


def describe_item(item: TodayItem) -> str:
    """What the item is about, in one line."""
    kind, days = item.kind, item.days
    # One and many spelled out: lupdate does not see QCoreApplication.translate's count,
    # so a "%n" message only ever had its singular (the plural came out in English).
    if kind == AlertKind.ARP_EXPIRING.value:
        if days == 0:
            return QCoreApplication.translate("TodayView", "ARP expires today")
        return plural(
            days,
            QCoreApplication.translate("TodayView", "ARP expires in 1 day"),
            QCoreApplication.translate("TodayView", "ARP expires in %1 days"),
        )
    if kind == AlertKind.ARP_EXPIRED.value:
        return plural(
            -days,
            QCoreApplication.translate("TodayView", "ARP expired 1 day ago"),
            QCoreApplication.translate("TodayView", "ARP expired %1 days ago"),
        )
    if kind == AlertKind.PROGRAMME_ENDING.value:
        if days >= 0:
            return plural(
                days,
                QCoreApplication.translate(
                    "TodayView", "Programme ends in 1 day: plan the transition with ISS"
                ),
                QCoreApplication.translate(
                    "TodayView", "Programme ends in %1 days: plan the transition with ISS"
                ),
            )
        return plural(
            -days,
            QCoreApplication.translate(
                "TodayView", "Programme ended 1 day ago: record the exit or an extension"
            ),
            QCoreApplication.translate(
                "TodayView", "Programme ended %1 days ago: record the exit or an extension"
            ),
        )
    if kind == AlertKind.NO_RECENT_VISIT.value:
        return plural(
            days,
            QCoreApplication.translate("TodayView", "No visit recorded for 1 day"),
            QCoreApplication.translate("TodayView", "No visit recorded for %1 days"),
        )
    if kind == AlertKind.ISS_TRANSITION.value:
        return plural(
            days,
            QCoreApplication.translate(
                "TodayView", "Programme ends in 1 day: no ISS meeting recorded yet"
            ),
            QCoreApplication.translate(
                "TodayView", "Programme ends in %1 days: no ISS meeting recorded yet"
            ),
        )
    if kind == AlertKind.NO_VALID_PERMIT.value:
        return QCoreApplication.translate("TodayView", "No residence permit recorded")
    if kind == AlertKind.RENEWAL_APPOINTMENT.value:
        return plural(
            days,
            QCoreApplication.translate("TodayView", "Permit renewal appointment in 1 day"),
            QCoreApplication.translate("TodayView", "Permit renewal appointment in %1 days"),
        )
    if kind == AlertKind.MINOR_TURNING_18.value:
        return plural(
            days,
            QCoreApplication.translate("TodayView", "Turns 18 in 1 day"),
            QCoreApplication.translate("TodayView", "Turns 18 in %1 days"),
        )
    if kind == AlertKind.YOUNG_ADULT.value:
        return plural(
            -days,
            QCoreApplication.translate(
                "TodayView", "Turned 18 1 day ago: review the support as a young adult"
            ),
            QCoreApplication.translate(
                "TodayView", "Turned 18 %1 days ago: review the support as a young adult"
            ),
        )
    if kind == AlertKind.YOUNG_ADULT_PROTECTION_ENDING.value:
        # Dated by the last day of protection, as an ARP by its last valid day.
        if days == 0:
            return QCoreApplication.translate(
                "TodayView", "Young-adult protection ends today: arrange the support after it"
            )
        return plural(
            days,
            QCoreApplication.translate(
                "TodayView", "Young-adult protection ends in 1 day: arrange the support after it"
            ),
            QCoreApplication.translate(
                "TodayView", "Young-adult protection ends in %1 days: arrange the support after it"
            ),
        )
    if kind == AlertKind.CHILD_WITHOUT_SCHOOL.value:
        if item.severity is Severity.INFO:
            return QCoreApplication.translate(
                "TodayView", "May be of school age (birth date incomplete); no school enrolment"
            )
        return QCoreApplication.translate("TodayView", "No school enrolment recorded")
    if kind == AlertKind.NO_LANGUAGE_COURSE.value:
        return QCoreApplication.translate("TodayView", "No Portuguese course recorded")
    if kind == AlertKind.REFERRAL_UNANSWERED.value:
        return (
            QCoreApplication.translate("TodayView", "Referral to %1 sent on %2, not answered yet")
            .replace("%1", service_label(item.service))
            .replace("%2", pt_date(item.since))
        )
    return item.task
