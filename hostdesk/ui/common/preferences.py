"""Per-machine preferences kept outside any vault (QSettings).

Only what belongs to this computer lives here: the interface language, the
last vault opened and the folder where reports are saved. Nothing about
families is ever stored here.
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


def reports_folder() -> Path | None:
    """The folder chosen once for PDF reports (None until chosen, or if it is gone)."""
    value = _settings().value("reports/folder")
    path = Path(str(value)) if value else None
    return path if path is not None and path.is_dir() else None


def set_reports_folder(path: Path) -> None:
    _settings().setValue("reports/folder", str(path))


def start_folder() -> str:
    """Where a save dialog opens: the reports folder, else the home folder (never the
    program's working folder)."""
    return str(reports_folder() or Path.home())
