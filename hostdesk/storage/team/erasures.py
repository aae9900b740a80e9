"""Erasures as the vault keeps them, and the drops they cause (logged without values)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.erasure import Drop, Erasure, ErasureKind, RowImage
from hostdesk.domain.team.vectors import Dot
from hostdesk.storage import audit
from hostdesk.storage.team.codec import vv_from_json, vv_to_json


def erasure_to_json(erasure: Erasure) -> dict[str, Any]:
    return {
        "family": erasure.family, "kind": erasure.kind.value, "origin": erasure.dot.origin,
        "seq": erasure.dot.seq, "hlc": str(erasure.hlc), "seen": vv_to_json(erasure.seen),
        "rows": [{"t": r.table, "u": r.uid, "v": dict(r.values)} for r in erasure.rows],
    }  # fmt: skip


def erasure_from_json(data: Any) -> Erasure:
    if not isinstance(data, dict):
        raise ValueError("an erasure is an object")
    rows = tuple(RowImage(r["t"], r["u"], dict(r["v"])) for r in data.get("rows", []))
    return Erasure(
        str(data["family"]), ErasureKind(data["kind"]), Dot(str(data["origin"]), int(data["seq"])),
        Hlc.parse(data["hlc"]), vv_from_json(data["seen"]), rows,
    )  # fmt: skip


def load(session: Session, family: str | None) -> Erasure | None:
    if family is None:
        return None
    found = session.execute(
        text("SELECT data FROM team_erasure WHERE family = :f"), {"f": family}
    ).scalar()
    return None if found is None else erasure_from_json(json.loads(found))


def save(session: Session, erasure: Erasure) -> None:
    session.execute(
        text("INSERT OR REPLACE INTO team_erasure (family, kind, origin, seq, data)"
             " VALUES (:f, :k, :o, :s, :d)"),
        {"f": erasure.family, "k": erasure.kind.value, "o": erasure.dot.origin,
         "s": erasure.dot.seq,
         "d": json.dumps(erasure_to_json(erasure), sort_keys=True, ensure_ascii=False)},
    )  # fmt: skip


def log_drops(session: Session, drops: list[Drop], actor: str) -> None:
    """Each dropped edit: its device, change set, table, row and field; never its value."""
    if not drops:
        return
    now = datetime.now(UTC)
    session.execute(
        text("INSERT INTO team_drop (origin, seq, family, tbl, uid, fld, at)"
             " VALUES (:o, :s, :f, :t, :u, :d, :at)"),
        [{"o": d.dot.origin, "s": d.dot.seq, "f": d.family, "t": d.table, "u": d.uid,
          "d": d.field, "at": now} for d in drops],
    )  # fmt: skip
    origins = sorted({f"{d.dot.origin}:{d.dot.seq}" for d in drops})
    audit.append(session, actor, "team.drop", "family", drops[0].family,
                 {"edits": len(drops), "change_sets": origins[:20]})  # fmt: skip
