"""A laptop that held families before it joined its team: they wait until they are offered.

When such a vault joins (``withhold_all``), every family it holds is noted as
withheld: nothing of it travels (capture skips it, an erasure of it stays here,
a reassignment never removes it). Once the team's welcome has arrived, each is
checked (``check_duplicates``) against the team's families this laptop now holds,
with the rule the forms and the import use (``domain.duplicates``): the same NIF,
NISS, SNS, citizen card, passport or travel document number; or the same name
(any spelling, script or word order) and birth date (a part unknown on either
side matching any).
The user then offers families (``offer``): each goes to the team as if created
now, under this device's next change set, with the users its rows name that the
team does not know yet.

Every withheld family takes this device's code into its case number as the laptop
joins, before the welcome is merged (``renumber_withheld``: ``HD-2026-00042``
becomes ``HD-2026-B00042``): the team's own families arrive with numbers made
elsewhere, which may be the very numbers this laptop gave (both started at
00001), and numbers with this device's code are the only ones no other device
makes. The change of number is audited and shown with the family.

"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.duplicates import CHECKED_KINDS, births_match, person_keys
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit, search
from hostdesk.storage.creating import next_case_number
from hostdesk.storage.team import bulk
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team.capture import capture
from hostdesk.storage.team.families import rows_of_families
from hostdesk.storage.vault import CurrentUser

_NUMBERED = re.compile(r"\AHD-(\d{4})-(\d+)\Z")
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"


@dataclass(frozen=True)
class Withheld:
    """A family of this laptop the team does not have yet."""

    family: str  # its global id
    case_number: str
    head: str  # the head's name as written in Latin letters (shown on this laptop only)
    duplicate_case: str  # a team family that may be the same one, or ""
    duplicate_by: str  # "nif", "niss", … (the same number), "name" (name and year), or ""


@dataclass(frozen=True)
class OfferStatus:
    """Families this laptop shared, and how many a coordinator's device is known to hold
    (from the last file it wrote that this laptop imported)."""

    sent: int
    received: int


OFFERED_KEY = "team.offered"  # a local setting: family -> the change set that carried it


@dataclass(frozen=True)
class Offered:
    families: int
    renumbered: dict[str, str]  # old case number -> new one
    users: int  # users the team did not know, sent with them


def withhold_all(session: Session) -> int:
    """Every family this vault holds waits to be offered (called as it joins a team)."""
    now = datetime.now(UTC)
    uids = list(session.execute(text("SELECT uid FROM family WHERE uid IS NOT NULL")).scalars())
    session.connection().exec_driver_sql(
        "INSERT OR IGNORE INTO team_withheld (family, duplicate, noted_at) VALUES (?, '', ?)",
        [(uid, now.isoformat(sep=" ")) for uid in uids],
    )
    return len(uids)


def withheld_families(session: Session) -> set[str]:
    return set(session.execute(text("SELECT family FROM team_withheld")).scalars())


def check_duplicates(session: Session) -> int:
    """Compare each withheld family's people with the team's families held here; returns
    how many may be duplicates."""
    withheld = withheld_families(session)
    if not withheld:
        return 0
    people = session.execute(
        text(
            "SELECT f.uid, f.case_number, m.name_latin, m.name_original, m.birth_year,"
            " m.birth_month, m.birth_day FROM member m JOIN family f ON f.id = m.family_id"
            " WHERE m.birth_year IS NOT NULL"
        )
    ).all()
    numbers = session.execute(
        text(
            "SELECT f.uid, f.case_number, i.kind, i.value FROM identifier i"
            " JOIN member m ON m.id = i.member_id JOIN family f ON f.id = m.family_id"
            " WHERE i.value != ''"
        )
    ).all()
    known_ids: dict[tuple[str, str], str] = {}
    for uid, case, kind, value in numbers:
        if uid not in withheld and kind in CHECKED_KINDS:
            known_ids.setdefault((kind, value), case)
    # Names keyed with the year of birth, the rest of the date compared by the rule.
    known_names: dict[tuple[tuple[str, ...], int], list[tuple[str, PartialDate]]] = {}
    for uid, case, latin, original, year, month, day in people:
        if uid not in withheld:
            born = PartialDate(year, month, day)
            for key in person_keys(latin or "", original or ""):
                known_names.setdefault((key, year), []).append((case, born))
    found: dict[str, dict[str, str]] = {}
    for uid, _case, kind, value in numbers:
        if uid in withheld and uid not in found and (kind, value) in known_ids:
            found[uid] = {"case": known_ids[(kind, value)], "by": kind}
    for uid, _case, latin, original, year, month, day in people:
        if uid not in withheld or uid in found:
            continue
        born = PartialDate(year, month, day)
        for key in person_keys(latin or "", original or ""):
            same = [c for c, b in known_names.get((key, year), []) if births_match(born, b)]
            if same:
                found[uid] = {"case": same[0], "by": "name"}
                break
    session.connection().exec_driver_sql(
        "UPDATE team_withheld SET duplicate = ? WHERE family = ?",
        [(json.dumps(found[uid], sort_keys=True) if uid in found else "", uid)
         for uid in sorted(withheld)],
    )  # fmt: skip
    return len(found)


def list_withheld(session: Session) -> list[Withheld]:
    rows = session.execute(
        text(
            "SELECT w.family, f.case_number, w.duplicate,"
            " (SELECT m.name_latin FROM member m WHERE m.family_id = f.id"
            "  ORDER BY m.is_head DESC, m.id LIMIT 1)"
            " FROM team_withheld w JOIN family f ON f.uid = w.family ORDER BY f.case_number"
        )
    ).all()
    found = []
    for family, case, duplicate, head in rows:
        data = json.loads(duplicate) if duplicate else {}
        found.append(Withheld(family, case, head or "", data.get("case", ""), data.get("by", "")))
    return found


def offer(session: Session, actor: CurrentUser, families: list[str]) -> Offered:
    """Send these withheld families to the team with this device's next change set."""
    me = team_device.current(session)
    if me is None:
        raise ValueError("this vault takes part in no team")
    chosen = sorted(set(families) & withheld_families(session))
    if not chosen:
        return Offered(0, {}, 0)
    connection = session.connection()
    for part in bulk.chunks(chosen):
        marks = ", ".join("?" for _ in part)
        connection.exec_driver_sql(f"DELETE FROM team_withheld WHERE family IN ({marks})",
                                   tuple(part))
    team_users = _team_users(session)
    renumbered = renumber(session, chosen)
    _assign_to(session, actor, chosen, team_users)
    rows = rows_of_families(session, chosen)
    named_users = {
        row[column]
        for spec, row, _family in rows
        for column, target in spec.references.items()
        if target == "app_user" and row[column] is not None
    }
    new_users = sorted(u for u in named_users if u not in team_users)
    notes = [(spec.table, int(row["rowid"])) for spec, row, _family in rows]
    notes += [("app_user", user) for user in new_users]
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO team_pending (tbl, rid, fld, uid, family, at)"
        f" VALUES (?, ?, '*', NULL, NULL, {_NOW_MS})",
        notes,
    )
    _note_offered(session, chosen, me.next_seq)
    audit.append(session, actor.username, "team.offer", "team", me.team,
                 {"families": len(chosen), "renumbered": len(renumbered),
                  "users": len(new_users)})  # fmt: skip
    capture(session)
    return Offered(len(chosen), renumbered, len(new_users))


def _offered(session: Session) -> dict[str, int]:
    found = session.execute(
        text("SELECT value FROM setting WHERE key = :k"), {"k": OFFERED_KEY}
    ).scalar()
    return dict(json.loads(found)) if found else {}


def _note_offered(session: Session, families: list[str], seq: int) -> None:
    offered = _offered(session) | dict.fromkeys(families, seq)
    session.execute(
        text("INSERT OR REPLACE INTO setting (key, value) VALUES (:k, :v)"),
        {"k": OFFERED_KEY, "v": json.dumps(offered, sort_keys=True)},
    )


def offered_status(session: Session) -> OfferStatus:
    """How many shared families a coordinator's device holds, as far as this laptop knows."""
    me = team_device.current(session)
    offered = _offered(session)
    if me is None or not offered:
        return OfferStatus(0, 0)
    coordinators = session.execute(
        text("SELECT p.holds FROM team_device d JOIN app_user u ON u.user_uuid = d.user_uuid"
             " JOIN team_peer p ON p.device = d.uid WHERE u.role = :r"
             " AND d.revoked_at IS NULL AND d.uid != :me"),
        {"r": Role.COORDINATOR.value, "me": me.device},
    ).scalars()  # fmt: skip
    held = max((int(json.loads(h or "{}").get(me.device, 0)) for h in coordinators), default=0)
    return OfferStatus(len(offered), sum(1 for seq in offered.values() if seq <= held))


def _team_users(session: Session) -> set[int]:
    """Local ids of the users the team knows: those that came from it, and this device's."""
    from_team = set(
        session.execute(
            text(
                "SELECT u.id FROM app_user u JOIN team_row r"
                " ON r.tbl = 'app_user' AND r.uid = u.user_uuid WHERE r.state NOT IN ('{}', '')"
            )
        ).scalars()
    )
    mine = session.execute(
        text(
            "SELECT u.id FROM app_user u JOIN team_device d ON d.user_uuid = u.user_uuid"
            " JOIN team_state s ON s.device_id = d.uid"
        )
    ).scalars()
    return from_team | set(mine)


def renumber_withheld(session: Session, actor: str) -> dict[str, str]:
    """Every withheld family's number with this device's code (called as the laptop joins,
    once its code is known and before the team's families arrive)."""
    changed = renumber(session, sorted(withheld_families(session)))
    if changed:
        audit.append(session, actor, "team.renumber", "team", "withheld",
                     {"families": len(changed)})  # fmt: skip
    return changed


def renumber(session: Session, families: list[str]) -> dict[str, str]:
    """Each family's number with this device's code (see the module's note)."""
    code = session.execute(text("SELECT device_code FROM team_state")).scalar() or ""
    if not code:
        return {}  # the team's first device numbers without a code: nothing to avoid
    rows = bulk.select_in(
        session.connection(), "SELECT id, case_number, nair_reference FROM family"
        " WHERE uid IN ({in})", families,
    )  # fmt: skip
    taken = set(session.execute(text("SELECT case_number FROM family")).scalars())
    changed: dict[str, str] = {}
    index = []
    for family_id, number, reference in rows:
        if re.fullmatch(rf"HD-\d{{4}}-{re.escape(code)}\d+", number or ""):
            continue  # it has this device's code already (numbered since joining)
        match = _NUMBERED.match(number or "")
        wanted = f"HD-{match.group(1)}-{code}{match.group(2)}" if match else f"{number}-{code}"
        if wanted in taken:
            year = int(match.group(1)) if match else datetime.now(UTC).year
            wanted = next_case_number(session, year)
        session.execute(text("UPDATE family SET case_number = :n WHERE id = :i"),
                        {"n": wanted, "i": family_id})  # fmt: skip
        taken.add(wanted)
        changed[number] = wanted
        index.append(search.family_row(family_id, wanted, reference or ""))
    search.write_rows(session, index)
    return changed


def _assign_to(
    session: Session, actor: CurrentUser, families: list[str], team_users: set[int]
) -> None:
    """A family whose worker the team does not know goes to the user of this laptop (else a
    reassignment would take it away from here at the next contact)."""
    rows = bulk.select_in(
        session.connection(), "SELECT id, assigned_worker_id FROM family WHERE uid IN ({in})",
        families,
    )  # fmt: skip
    moved = [family_id for family_id, worker in rows if worker not in team_users]
    for family_id in moved:
        session.execute(text("UPDATE family SET assigned_worker_id = :w WHERE id = :i"),
                        {"w": actor.id, "i": family_id})  # fmt: skip
    if moved:
        audit.append(session, actor.username, "team.offer_assign", "family", moved[0],
                     {"families": len(moved)})  # fmt: skip
