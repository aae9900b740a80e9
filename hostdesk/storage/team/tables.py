"""What travels between a team's devices, and what stays on each one.

Every table of the vault is declared here, once: travelling (per family, or
entity-wide) or local. A test fails when a table is neither, so that a table
added later is a decision, not an accident (docs/team-sync.md §7).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Scope(StrEnum):
    FAMILY = "family"  # sealed for the devices entitled to the family
    ENTITY = "entity"  # sealed for every active device


@dataclass(frozen=True)
class Travelling:
    table: str
    scope: Scope
    # How the row reaches its family: a column naming the family, or a member.
    family_column: str | None = None
    member_column: str | None = None
    key: str = "uid"  # the column holding the row's global id
    # Columns holding another row's local id: they travel as that row's global id.
    references: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # A JSON list of local ids (activity.members_present): travels as global ids.
    id_lists: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The global id is derived from these (a reference column's global id, or a value).
    derived_from: tuple[str, ...] = ()
    # Only the rows whose key is one of these travel (setting: the entity's shared keys).
    only_keys: tuple[str, ...] = ()
    # Never travels (a document's bytes: they follow on their own, hostdesk.sync.team.blobs).
    skipped: frozenset[str] = frozenset()
    # What a skipped column holds in a row that arrived without it.
    placeholders: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    # Bookkeeping: written apart, the later stamp wins and nobody is asked to choose.
    silent: frozenset[str] = frozenset({"updated_at"})


def _refs(**columns: str) -> Mapping[str, str]:
    return MappingProxyType(dict(columns))


SHARED_SETTINGS = ("alerts.thresholds", "gdpr.retention_years")

_F = Scope.FAMILY
TRAVELLING: tuple[Travelling, ...] = (
    # Parents before children: rows are merged in this order.
    Travelling("hosting_entity", Scope.ENTITY),
    Travelling("app_user", Scope.ENTITY, key="user_uuid"),
    Travelling("team_device", Scope.ENTITY),
    Travelling("allowance_rate", Scope.ENTITY, derived_from=("effective_from",)),
    Travelling("setting", Scope.ENTITY, key="key", only_keys=SHARED_SETTINGS),
    # The entity's confirmed rules per arrival channel: dated rows, never changed after.
    Travelling("channel_rule", Scope.ENTITY),
    Travelling("family", _F, family_column="uid", references=_refs(assigned_worker_id="app_user")),
    Travelling("family_share", _F, family_column="family_id",
               references=_refs(family_id="family", user_id="app_user"),
               derived_from=("family_id", "user_id")),
    Travelling("handover", _F, family_column="family_id",
               references=_refs(family_id="family", from_user_id="app_user",
                                to_user_id="app_user", by_user_id="app_user")),
    Travelling("member", _F, family_column="family_id", references=_refs(family_id="family")),
    Travelling("identifier", _F, member_column="member_id", references=_refs(member_id="member"),
               derived_from=("member_id", "kind")),
    Travelling("residence_permit", _F, member_column="member_id",
               references=_refs(member_id="member")),
    Travelling("health_record", _F, member_column="member_id",
               references=_refs(member_id="member"), derived_from=("member_id",)),
    Travelling("education", _F, member_column="member_id", references=_refs(member_id="member")),
    Travelling("language_course", _F, member_column="member_id",
               references=_refs(member_id="member")),
    Travelling("employment", _F, member_column="member_id", references=_refs(member_id="member")),
    # A document's row travels; its bytes (up to 20 MB) follow as their own sealed transfer,
    # and until they arrive the row holds none (docs/team-sync.md §12).
    Travelling("attachment", _F, family_column="family_id",
               references=_refs(family_id="family", member_id="member",
                                added_by_id="app_user"),
               skipped=frozenset({"content"}), placeholders=MappingProxyType({"content": b""})),
    Travelling("consent", _F, member_column="member_id",
               references=_refs(member_id="member", attachment_id="attachment")),
    Travelling("housing", _F, family_column="family_id", references=_refs(family_id="family")),
    Travelling("plan_goal", _F, family_column="family_id",
               references=_refs(family_id="family", member_id="member")),
    Travelling("activity", _F, family_column="family_id",
               references=_refs(family_id="family", author_id="app_user"),
               id_lists=_refs(members_present="member")),
    Travelling("referral", _F, family_column="family_id",
               references=_refs(family_id="family", member_id="member")),
    Travelling("allowance_payment", _F, family_column="family_id",
               references=_refs(family_id="family")),
    # A case merged into this family: its old number, still found by search.
    Travelling("case_alias", _F, family_column="family_id", references=_refs(family_id="family")),
    Travelling("iss_transition", _F, family_column="family_id",
               references=_refs(family_id="family"), derived_from=("family_id",)),
    Travelling("follow_up_task", _F, family_column="family_id",
               references=_refs(family_id="family", activity_id="activity",
                                assigned_to_id="app_user", done_by_id="app_user")),
)  # fmt: skip

LOCAL: frozenset[str] = frozenset({
    "alembic_version",
    "audit_log",  # each device keeps its own chain
    "audit_row", "audit_key", "audit_sealed_table",  # and its own rows' hashes (audit_rows)
    "monthly_report",  # the coordinator's device prepares and submits the report
    "sync_identity",  # the entity's NAIR signing key: on the submitting device only
    "sync_identity_pq",  # its post-quantum half, likewise
    "nair_key",
    "outbox",
    # An acknowledgement or snooze on Today stays with the laptop it was made on for now:
    # travelling needs the row's global id and its alert key in global ids (0010).
    "alert_response",
    "search_index",  # rebuilt from the rows on each device (and its FTS5 shadow tables)
    "team_state", "team_pending", "team_row", "team_erasure", "team_drop",
    "team_changeset", "team_peer", "team_family_recipients", "team_invite",
    "team_withheld", "team_blob", "team_merging",
})  # fmt: skip

BY_TABLE: Mapping[str, Travelling] = MappingProxyType({t.table: t for t in TRAVELLING})
ORDER: Mapping[str, int] = MappingProxyType({t.table: i for i, t in enumerate(TRAVELLING)})


def is_declared(table: str) -> bool:
    return table in BY_TABLE or table in LOCAL or table.startswith("search_index_")
