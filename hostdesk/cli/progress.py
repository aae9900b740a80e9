"""A percentage on the terminal for long commands (only when stderr is a terminal)."""

from __future__ import annotations

import sys


def percent_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{100 * done // max(1, total):3d}%", end="", file=sys.stderr, flush=True)


def end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
