"""The shipped classification tables (ISCO-08 groups, ISCED levels), read once."""

from __future__ import annotations

from functools import cache

from hostdesk import resources
from hostdesk.domain.classifications import Classification, parse_isced, parse_isco


@cache
def isco08() -> Classification:
    return parse_isco(resources.read_text("data", "isco08-groups.json"))


@cache
def isced2011() -> Classification:
    return parse_isced(resources.read_text("data", "isced2011-levels.json"))
