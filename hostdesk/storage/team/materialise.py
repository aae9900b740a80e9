"""Merged registers become rows in the vault's ordinary tables."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.rows import RowState
from hostdesk.storage import families, search
from hostdesk.storage.casework.visits import split_notes
from hostdesk.storage.models import Member, SQLModel
from hostdesk.storage.team.rowmap import MissingParent, Refs, decode_row
from hostdesk.storage.team.tables import BY_TABLE


def materialise(session: Session, refs: Refs, row: RowState, touched: set[tuple[str, int]]) -> bool:
    """Write the row's shown values into its table (or delete it); False while a parent
    row it names is not here yet."""
    spec = BY_TABLE[row.key.table]
    table = SQLModel.metadata.tables[spec.table]
    local = refs.id_of(spec.table, row.key.uid)
    if not row.exists:
        if local is not None:
            session.execute(table.delete().where(table.c.id == local))
            refs.forget(spec.table, row.key.uid)
            touched.add((f"-{spec.table}", local))
        return True
    try:
        values = decode_row(refs, spec, row.values())
    except MissingParent:
        return False
    if local is None:
        result = session.execute(table.insert().values({spec.key: row.key.uid, **values}))
        refs.forget(spec.table, row.key.uid)
        local = int(result.inserted_primary_key[0]) if spec.key != "key" else 0
    elif values:
        session.execute(table.update().where(table.c.id == local).values(values))
    touched.add((spec.table, local))
    return True


def reindex(session: Session, touched: set[tuple[str, int]]) -> None:
    """Bring the search index in line with the rows merged (each member once)."""
    members: set[int] = set()
    for table, local in sorted(touched):
        if table == "member":
            members.add(local)
        elif table in ("identifier", "residence_permit"):
            found = session.execute(
                text(f"SELECT member_id FROM {table} WHERE id = :i"), {"i": local}
            ).scalar()
            if found:
                members.add(int(found))
    for member_id in sorted(members):
        member = session.get(Member, member_id)
        if member is not None:
            families.reindex_member(session, member)
    for table, local in sorted(touched):
        if table == "family":
            found = session.execute(
                text("SELECT case_number, nair_reference FROM family WHERE id = :i"), {"i": local}
            ).first()
            if found:
                search.write_rows(session, [search.family_row(local, found[0], found[1])])
        elif table == "activity":
            note = session.execute(text("SELECT text FROM activity WHERE id = :i"), {"i": local})
            words = " ".join(split_notes(note.scalar() or "").values())
            search.write_rows(session, [search.note_row(search.HitKind.ACTIVITY, local, words)])
        elif table == "referral":
            found = session.execute(
                text("SELECT reason, outcome FROM referral WHERE id = :i"), {"i": local}
            ).first()
            if found:
                words = f"{found[0]} {found[1]}"
                search.write_rows(session, [search.note_row(search.HitKind.REFERRAL, local, words)])
        elif table in ("-family", "-member", "-activity", "-referral"):
            kind = {"-family": search.HitKind.FAMILY, "-member": search.HitKind.MEMBER,
                    "-activity": search.HitKind.ACTIVITY, "-referral": search.HitKind.REFERRAL}
            search.remove(session, kind[table], [local])  # fmt: skip
