"""The composition root: builds the desktop application from its parts."""

from __future__ import annotations

from pathlib import Path


def run_gui(vault_dir: Path | None = None, demo: bool = False) -> int:
    """Open the desktop app on ``vault_dir``, or on the synthetic demo vault."""
    from hostdesk.ui.application import run

    return run(vault_dir, demo)
