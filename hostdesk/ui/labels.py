"""What the domain's stored values are called on screen.

Stored values stay stable English identifiers; people see these translated
labels. Every literal is a ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds
it, and is translated when it is shown, in the language in force then.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hostdesk.domain.alerts import AlertKind
from hostdesk.domain.vocabulary import Dimension, FamilyStatus, Role

_CONTEXT = "Labels"

_LABELS: dict[str, str] = {
    # family status
    FamilyStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    FamilyStatus.EXITED: QT_TRANSLATE_NOOP("Labels", "Exited"),
    # roles
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Labels", "Social worker"),
    # dimensions
    Dimension.HOUSING: QT_TRANSLATE_NOOP("Labels", "Housing"),
    Dimension.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health"),
    Dimension.EDUCATION: QT_TRANSLATE_NOOP("Labels", "Education"),
    Dimension.LANGUAGE: QT_TRANSLATE_NOOP("Labels", "Language"),
    Dimension.EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Employment"),
}

_ALERTS: dict[str, str] = {
    AlertKind.ARP_EXPIRING: QT_TRANSLATE_NOOP("Labels", "ARP expiring"),
    AlertKind.ARP_EXPIRED: QT_TRANSLATE_NOOP("Labels", "ARP expired"),
    AlertKind.PROGRAMME_ENDING: QT_TRANSLATE_NOOP("Labels", "ISS transition"),
    AlertKind.NO_RECENT_VISIT: QT_TRANSLATE_NOOP("Labels", "Visit overdue"),
    AlertKind.CHILD_WITHOUT_SCHOOL: QT_TRANSLATE_NOOP("Labels", "Child without school"),
    AlertKind.NO_LANGUAGE_COURSE: QT_TRANSLATE_NOOP("Labels", "No Portuguese course"),
    AlertKind.REFERRAL_UNANSWERED: QT_TRANSLATE_NOOP("Labels", "Referral unanswered"),
}


def label(value: str) -> str:
    """The translated label of a stored value (the value itself if it has none)."""
    source = _LABELS.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def alert_label(kind: str) -> str:
    source = _ALERTS.get(kind)
    return QCoreApplication.translate(_CONTEXT, source) if source else kind


def alert_kinds() -> list[tuple[str, str]]:
    """(value, label) pairs for a filter list, in the order the domain declares them."""
    return [(kind.value, alert_label(kind)) for kind in AlertKind]
