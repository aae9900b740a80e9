"""Full-text search over the case files, inside the encrypted database.

The FTS5 table is contentless: it holds only the index, and each row's rowid
says what the row stands for (``id * 8 + kind``), so a family, member or note
is re-indexed or removed by its rowid alone. Names are indexed twice: folded
words (case and accents ignored) and consonant skeletons, so that "Mohammed"
finds "Muhammad" and "محمد".

User input never reaches FTS5's query language: it is cut into plain word
tokens first, so quotes, ``AND``, ``*`` or ``NEAR(`` are just text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from sqlalchemy import text
from sqlalchemy.orm import Session

from hostdesk.domain import names

MAX_QUERY_TOKENS = 8
RANKED_MIN_LENGTH = 3
# Beyond this many matches, ranking costs more than it tells.
RANK_AT_MOST = 2000


class HitKind(IntEnum):
    FAMILY = 1
    MEMBER = 2
    ACTIVITY = 3
    REFERRAL = 4


def rowid_for(kind: HitKind, object_id: int) -> int:
    return object_id * 8 + int(kind)


def _split_rowid(rowid: int) -> tuple[HitKind, int]:
    return HitKind(rowid % 8), rowid // 8


@dataclass(frozen=True)
class IndexRow:
    rowid: int
    text: str
    skel: str


def family_row(family_id: int, case_number: str, nair_reference: str) -> IndexRow:
    return IndexRow(
        rowid_for(HitKind.FAMILY, family_id), names.fold(f"{case_number} {nair_reference}"), ""
    )


def member_row(
    member_id: int, name_latin: str, name_original: str, identifiers: Iterable[str] = ()
) -> IndexRow:
    words = f"{name_latin} {name_original}"
    skels = {s for w in names.tokens(words) if (s := names.skeleton(w))}
    # Each name on its own: joining a Latin word to an Arabic one makes no key.
    skels |= names.joined_skeletons(name_latin) | names.joined_skeletons(name_original)
    body = " ".join([words, *identifiers])
    return IndexRow(rowid_for(HitKind.MEMBER, member_id), names.fold(body), " ".join(sorted(skels)))


def note_row(kind: HitKind, object_id: int, note: str) -> IndexRow:
    return IndexRow(rowid_for(kind, object_id), names.fold(note), "")


def write_rows(session: Session, rows: Sequence[IndexRow]) -> None:
    """Index (or re-index) rows in the caller's transaction."""
    if not rows:
        return
    params = [{"rowid": r.rowid, "text": r.text, "skel": r.skel} for r in rows]
    session.execute(text("DELETE FROM search_index WHERE rowid = :rowid"), params)
    session.execute(
        text("INSERT INTO search_index (rowid, text, skel) VALUES (:rowid, :text, :skel)"),
        params,
    )


def remove(session: Session, kind: HitKind, object_ids: Iterable[int]) -> None:
    params = [{"rowid": rowid_for(kind, i)} for i in object_ids]
    if params:
        session.execute(text("DELETE FROM search_index WHERE rowid = :rowid"), params)


def match_expression(query: str) -> str | None:
    """Turn whatever a person typed into a safe FTS5 expression, or None."""
    clauses = []
    words = names.tokens(query)[:MAX_QUERY_TOKENS]
    if any(w not in names.PARTICLES for w in words):
        # "al" alone is searched for; beside other words it may be joined to them.
        words = [w for w in words if w not in names.PARTICLES]
    for token in words:
        # Prefix search on one letter would walk the whole vocabulary.
        alternatives = [f'text : "{token}"' + ("*" if len(token) > 1 else "")]
        if not token.isdigit() and len(token) > 2:
            skel = names.skeleton(token)
            if skel:
                alternatives.append(f'skel : "{skel}"')
        clauses.append("(" + " OR ".join(alternatives) + ")")
    if not clauses:
        return None
    expression = " AND ".join(clauses)
    joined = names.skeleton("".join(t for t in names.tokens(query) if not t.isdigit()))
    if len(clauses) > 1 and joined:
        # "Abdul Rahman" also finds "Abdulrahman", and the other way round.
        expression = f'({expression}) OR skel : "{joined}"'
    return expression


@dataclass(frozen=True)
class SearchHit:
    family_id: int
    member_id: int | None
    kind: HitKind


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Families and members matching ``query``, best first, one hit per family+member."""
    expression = match_expression(query)
    if expression is None:
        return []
    # Ranking needs every match scored: quick for a name, far too slow for the
    # thousands of notes a common word or a short prefix matches. Those broad
    # queries take the first matches unranked; a person then types more.
    words = names.tokens(query)
    wanted = limit * 4
    unranked = [
        r[0]
        for r in session.execute(
            text("SELECT rowid FROM search_index WHERE search_index MATCH :q LIMIT :n"),
            {"q": expression, "n": RANK_AT_MOST + 1},
        )
    ]
    broad = len(unranked) > RANK_AT_MOST or max(len(w) for w in words) < RANKED_MIN_LENGTH
    if broad:
        rowids = unranked[:wanted]
    else:
        rowids = [
            r[0]
            for r in session.execute(
                text(
                    "SELECT rowid FROM search_index WHERE search_index MATCH :q "
                    "ORDER BY rank LIMIT :n"
                ),
                {"q": expression, "n": wanted},
            )
        ]
    by_kind: dict[HitKind, list[int]] = {}
    for rowid in rowids:
        kind, object_id = _split_rowid(rowid)
        by_kind.setdefault(kind, []).append(object_id)
    owner = {
        HitKind.MEMBER: _families_of(session, "member", by_kind.get(HitKind.MEMBER, [])),
        HitKind.ACTIVITY: _families_of(session, "activity", by_kind.get(HitKind.ACTIVITY, [])),
        HitKind.REFERRAL: _families_of(session, "referral", by_kind.get(HitKind.REFERRAL, [])),
    }
    hits: list[SearchHit] = []
    seen: set[tuple[int, int | None]] = set()
    for rowid in rowids:
        kind, object_id = _split_rowid(rowid)
        if kind is HitKind.FAMILY:
            key: tuple[int, int | None] = (object_id, None)
        elif object_id in owner[kind]:
            family_id = owner[kind][object_id]
            key = (family_id, object_id if kind is HitKind.MEMBER else None)
        else:
            continue  # index row for a record that is gone
        if key not in seen:
            seen.add(key)
            hits.append(SearchHit(key[0], key[1], kind))
        if len(hits) >= limit:
            break
    return hits


def _families_of(session: Session, table: str, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    placeholders = ",".join(str(int(i)) for i in ids)
    rows = session.execute(text(f"SELECT id, family_id FROM {table} WHERE id IN ({placeholders})"))
    return {row[0]: row[1] for row in rows}
