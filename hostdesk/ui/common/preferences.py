"""Per-machine preferences kept outside any vault (QSettings).

Only what is needed before a vault is unlocked lives here: the interface
language and the last vault opened. Nothing about families is ever stored here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = ("pt_PT", "en")
DEFAULT_LANGUAGE = "pt_PT"


def _settings() -> QSettings:
    return QSettings("HostDesk", "HostDesk")


def language() -> str:
    value = _settings().value("ui/language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(value)
    _settings().setValue("ui/language", value)


def last_vault() -> Path | None:
    value = _settings().value("vault/last")
    return Path(str(value)) if value else None


def set_last_vault(path: Path) -> None:
    _settings().setValue("vault/last", str(path))
