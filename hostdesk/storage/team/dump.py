"""The vault's travelling content as one canonical text: equal on devices that hold the
same change sets and the same families (what the tests compare)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage.models import SQLModel
from hostdesk.storage.team.codec import row_from_json
from hostdesk.storage.team.rowmap import Refs, encode_row
from hostdesk.storage.team.tables import BY_TABLE, TRAVELLING


def canonical_dump(session: Session, families: Iterable[str] | None = None) -> str:
    """Rows (by global id, references as global ids), conflicts and erasures; limited to
    ``families`` (and the entity's rows) when given."""
    refs = Refs(session)
    wanted = None if families is None else set(families)
    rows = []
    for spec in TRAVELLING:
        if spec.table == "team_device":
            continue  # each device's own row differs in nothing but is listed everywhere
        table = SQLModel.metadata.tables[spec.table]
        query = table.select()
        if spec.only_keys:
            query = query.where(table.c[spec.key].in_(spec.only_keys))
        for row in session.execute(query).mappings():
            family = refs.family_of(spec, row)
            if wanted is not None and family is not None and family not in wanted:
                continue
            rows.append([spec.table, str(row[spec.key]), family, encode_row(refs, spec, row)])
    conflicts = []
    for tbl, uid, family, data in session.execute(
        text("SELECT tbl, uid, family, state FROM team_row WHERE conflicted = 1")
    ):
        if wanted is not None and family is not None and family not in wanted:
            continue
        for conflict in row_from_json(tbl, uid, family, data).conflicts(BY_TABLE[tbl].silent):
            values = sorted(json.dumps(w.value, sort_keys=True) for w in conflict.writes)
            conflicts.append([tbl, uid, conflict.field, values])
    erased = [list(r) for r in session.execute(text("SELECT family, kind FROM team_erasure"))
              if wanted is None or r[0] in wanted]  # fmt: skip
    return json.dumps(
        {"rows": sorted(rows, key=lambda r: (r[0], r[1])), "conflicts": sorted(conflicts),
         "erased": sorted(erased)},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str,
    )  # fmt: skip
