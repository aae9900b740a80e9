"""``hostdesk report …``: registered by :func:`register` (to be filled in)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
