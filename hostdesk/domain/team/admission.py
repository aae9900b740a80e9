"""Whether a change set may be merged now, or must wait (never dropped).

Two reasons to wait: a stamp far ahead of this device's clock (a laptop with
a wrong date must not win every conflict), and a change set written by a
newer HostDesk whose tables or fields this version does not know ("update
HostDesk"). A held change set is tried again at every contact.
"""

from __future__ import annotations

from enum import StrEnum

from hostdesk.domain.team.clock import Hlc, too_far_ahead

# The travelling tables and fields, as a number: raised whenever they change.
# 2: documents (``attachment``) travel, their bytes apart; consents name their document.
SCHEMA_LEVEL = 2


class Hold(StrEnum):
    CLOCK_AHEAD = "clock_ahead"
    NEWER_SCHEMA = "newer_schema"


def admission(
    stamp: Hlc, schema_level: int, wall_ms: int, own_level: int = SCHEMA_LEVEL
) -> Hold | None:
    if schema_level > own_level:
        return Hold.NEWER_SCHEMA
    if too_far_ahead(stamp, wall_ms):
        return Hold.CLOCK_AHEAD
    return None
