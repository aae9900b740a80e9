"""Settings kept in the vault, each declared once with its type and default.

Values are JSON in the ``setting`` table. A stored value that no longer fits
its declaration (an older or hand-edited vault) falls back to the default
rather than breaking the app.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlmodel import Session

from hostdesk.domain.alerts import AlertThresholds
from hostdesk.domain.retention import DEFAULT_RETENTION_YEARS
from hostdesk.storage import audit
from hostdesk.storage.models import Setting

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    key: str
    default: T
    description: str


IDLE_LOCK_MINUTES: SettingSpec[int] = SettingSpec(
    "ui.idle_lock_minutes", 10, "Lock the app after this many minutes without use."
)
ALERT_THRESHOLDS: SettingSpec[AlertThresholds] = SettingSpec(
    "alerts.thresholds", AlertThresholds(), "When the alerts on the Today screen fire."
)
LANGUAGE: SettingSpec[str] = SettingSpec("ui.language", "pt_PT", "Language of the interface.")


def _encode(value: Any) -> str:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    return json.dumps(value, sort_keys=True)


def _decode(spec: SettingSpec[T], raw: str) -> T:
    data = json.loads(raw)
    default = spec.default
    if dataclasses.is_dataclass(default) and not isinstance(default, type):
        known = {f.name for f in dataclasses.fields(default)}
        # Keys a newer or older version wrote are ignored; missing ones keep the default.
        return dataclasses.replace(default, **{k: v for k, v in data.items() if k in known})
    if not isinstance(data, type(default)):
        raise TypeError(f"expected {type(default).__name__}")
    return data  # type: ignore[no-any-return]


def get(session: Session, spec: SettingSpec[T]) -> T:
    row = session.get(Setting, spec.key)
    if row is None:
        return spec.default
    try:
        return _decode(spec, row.value)
    except (ValueError, TypeError):
        log.warning("setting %s does not fit its declaration; using the default", spec.key)
        return spec.default


def put(session: Session, actor: str, spec: SettingSpec[T], value: T) -> None:
    """Store a setting in the caller's transaction, with an audit entry.

    A value equal to the stored one writes nothing, so that saving a settings
    screen audits what changed, not every field on it.
    """
    encoded = _encode(value)
    row = session.get(Setting, spec.key)
    if row is not None and row.value == encoded:
        return
    if row is None:
        session.add(Setting(key=spec.key, value=encoded))
    else:
        row.value = encoded
        session.add(row)
    audit.append(session, actor, "setting.change", "setting", spec.key)


# Appended for backups (hostdesk.storage.backup).
LAST_BACKUP_AT: SettingSpec[str] = SettingSpec(
    "backup.last_at", "", "When the last backup was written (UTC, ISO 8601); empty if never."
)
BACKUP_REMINDER_DAYS: SettingSpec[int] = SettingSpec(
    "backup.reminder_days", 7, "Remind the coordinator when the last backup is older than this."
)

# Appended for spreadsheet imports (hostdesk.storage.importing.mappings).
IMPORT_MAPPINGS: SettingSpec[dict[str, dict[str, str]]] = SettingSpec(
    "import.mappings",
    {},
    "Column mappings of spreadsheet imports, by header signature, for next time.",
)

# Appended for data protection (hostdesk.storage.retention): the default is an assumption
# (see hostdesk.domain.retention) each entity confirms with its data-protection officer.
RETENTION_YEARS: SettingSpec[int] = SettingSpec(
    "gdpr.retention_years",
    DEFAULT_RETENTION_YEARS,
    "Years after a family's exit before its file is due for anonymisation.",
)

# Appended for the programme's rules (issue 12, docs/programme-rules.md).
PAR_MEMBER: SettingSpec[bool] = SettingSpec(
    "programme.par_member",
    False,
    "The entity is a member of the Refugee Support Platform (PAR-Famílias: 24 months, "
    "families with children).",
)
PRO_RATE_PARTIAL_MONTHS: SettingSpec[bool] = SettingSpec(
    "allowance.pro_rate_partial_months",
    False,
    "Pro-rate the allowance of a programme's partial first and last months by the days in it.",
)
