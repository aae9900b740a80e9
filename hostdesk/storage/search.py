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

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from hostdesk.domain import name_distance, name_keys, names
from hostdesk.domain.vocabulary import Script

MAX_QUERY_TOKENS = 8
RANKED_MIN_LENGTH = 3
# Beyond this many matches, ranking costs more than it tells.
RANK_AT_MOST = 2000
# A word as typed counts more than a key it shares with another spelling: the
# people spelt as asked come first, namesakes spelt otherwise next.
TEXT_WEIGHT = 4.0


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


def family_row(
    family_id: int, case_number: str, nair_reference: str, aliases: Iterable[str] = ()
) -> IndexRow:
    """The family's case number and NAIR reference, and those of cases merged into it."""
    body = " ".join([case_number, nair_reference, *aliases])
    return IndexRow(rowid_for(HitKind.FAMILY, family_id), names.fold(body), "")


def member_row(
    member_id: int,
    name_latin: str,
    name_original: str,
    identifiers: Iterable[str] = (),
    fold: Callable[[str], str] = names.fold,
) -> IndexRow:
    """``fold``: ``names.fold`` or one equal to it (a team merge folds word by word, cached)."""
    words = f"{name_latin} {name_original}"
    skels = name_keys.name_keys([name_latin, name_original])
    body = " ".join([words, *identifiers])
    return IndexRow(rowid_for(HitKind.MEMBER, member_id), fold(body), " ".join(sorted(skels)))


def note_row(kind: HitKind, object_id: int, note: str) -> IndexRow:
    return IndexRow(rowid_for(kind, object_id), names.fold(note), "")


def write_rows(session: Session | Connection, rows: Sequence[IndexRow]) -> None:
    """Index (or re-index) rows in the caller's transaction."""
    if not rows:
        return
    # Through the driver, parameters as tuples: a joining laptop indexes tens of thousands of
    # rows, and SQLAlchemy's handling of each row's parameters cost more than FTS5's work.
    connection = session if isinstance(session, Connection) else session.connection()
    connection.exec_driver_sql(
        "DELETE FROM search_index WHERE rowid = ?", [(r.rowid,) for r in rows]
    )
    connection.exec_driver_sql(
        "INSERT INTO search_index (rowid, text, skel) VALUES (?, ?, ?)",
        [(r.rowid, r.text, r.skel) for r in rows],
    )


def remove(session: Session | Connection, kind: HitKind, object_ids: Iterable[int]) -> None:
    params = [{"rowid": rowid_for(kind, i)} for i in object_ids]
    if params:
        session.execute(text("DELETE FROM search_index WHERE rowid = :rowid"), params)


def _word_clause(spelt: str) -> str:
    token = names.fold(spelt)
    # Prefix search on one letter would walk the whole vocabulary.
    alternatives = [f'text : "{token}"' + ("*" if len(token) > 1 else "")]
    if not token.isdigit() and len(token) > 2:
        alternatives += [f'skel : "{key}"' for key in sorted(name_keys.word_keys(spelt))]
    return "(" + " OR ".join(alternatives) + ")"


_REINDEX_BATCH = 2000


def _keys_version(conn: Session | Connection) -> int:
    # SQLite's user_version, which nothing else uses: the index is local to this
    # database file (never synced nor restored apart from it), and so is this.
    return int(conn.execute(text("PRAGMA user_version")).scalar_one())


def index_with_current_keys(conn: Session | Connection) -> int:
    """Index every person with this version's keys and record that, in the caller's transaction."""
    count = reindex_all_members(conn)
    conn.execute(text(f"PRAGMA user_version = {int(name_keys.KEYS_VERSION)}"))
    return count


def bring_keys_up_to_date(engine: Engine) -> int | None:
    """Index every person again when the vault's keys are another version's.

    An older version's keys would miss the spellings the new ones find, and a
    person saved since would carry new keys beside others' old ones. Returns
    how many people were indexed, or None when the keys were current.
    """
    with engine.connect() as conn:
        if _keys_version(conn) == name_keys.KEYS_VERSION:
            return None
    with engine.begin() as conn:
        return index_with_current_keys(conn)


def reindex_all_members(conn: Session | Connection) -> int:
    """Index every person again (after the keys changed), in the caller's transaction."""
    count = 0
    last = 0
    while True:
        rows = conn.execute(
            text(
                "SELECT m.id, m.name_latin, m.name_original, "
                "(SELECT group_concat(i.value, ' ') FROM identifier i WHERE i.member_id = m.id), "
                "(SELECT group_concat(p.number, ' ') FROM residence_permit p "
                " WHERE p.member_id = m.id) "
                "FROM member m WHERE m.id > :last ORDER BY m.id LIMIT :n"
            ),
            {"last": last, "n": _REINDEX_BATCH},
        ).fetchall()
        if not rows:
            return count
        write_rows(
            conn,
            [
                member_row(i, latin or "", original or "", f"{ids or ''} {permits or ''}".split())
                for i, latin, original, ids, permits in rows
            ],
        )
        count += len(rows)
        last = rows[-1][0]


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every run of adjacent words that may be one compound written apart."""
    return [
        (i, i + size)
        for size in range(2, name_keys.MAX_JOINED_WORDS + 1)
        for i in range(len(words) - size + 1)
        if name_keys.joinable(words[i : i + size])
    ]


# Each compound run doubles the ways to read a query: past this many, runs are left out.
MAX_RUNS = 3


def match_expression(query: str) -> str | None:
    """Turn whatever a person typed into a safe FTS5 expression, or None.

    Every word must match (as typed, begun, or by a key), except that a
    compound may be written apart in the query and joined on file or the
    other way round ("Abdul Rahman", "Abdulrahman"; "Haile Selassie",
    "Haileselassie"): each way of reading the query's runs is an alternative.
    """
    words = names.spelt_words(query)[:MAX_QUERY_TOKENS]
    only_particles = all(w in names.PARTICLES for w in words)
    runs = _runs(words)[:MAX_RUNS]
    starting: dict[int, list[int]] = {}
    for begin, finish in runs:
        starting.setdefault(begin, []).append(finish)
    memo: dict[int, str] = {}

    def clause(i: int) -> str:
        word = words[i]
        # Beside other words an article is not insisted on: it may be joined to them.
        return "" if word in names.PARTICLES and not only_particles else _word_clause(word)

    def rest(i: int) -> str:
        """The expression for words[i:]."""
        if i >= len(words):
            return ""
        if i in memo:
            return memo[i]
        ways = [" AND ".join(p for p in (clause(i), rest(i + 1)) if p)]
        for finish in starting.get(i, []):
            keys = sorted(name_keys.run_keys(words[i:finish]))
            if keys:
                joined = "(" + " OR ".join(f'skel : "{k}"' for k in keys) + ")"
                ways.append(" AND ".join(p for p in (joined, rest(finish)) if p))
        ways = [w for w in ways if w]
        if len(ways) > 1:
            memo[i] = "(" + " OR ".join(f"({w})" for w in ways) + ")"
        else:
            memo[i] = ways[0] if ways else ""  # only articles left: "Ziyad al"
        return memo[i]

    return rest(0) or None


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
                    f"ORDER BY bm25(search_index, {TEXT_WEIGHT}, 1.0) LIMIT :n"
                ),
                {"q": expression, "n": wanted},
            )
        ]
        rowids = _closest_spellings_first(session, query, rowids)
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


def _closest_spellings_first(session: Session, query: str, rowids: list[int]) -> list[int]:
    """People whose names are spelt as typed first, then close spellings, far ones, the rest.

    The index ranks a word begun (Koval, Kovalenko) like a word matched, and
    a key shared with another spelling like the spelling itself: Viktor finds
    Viktoriia, Hasan finds Hussein. The names read back here tell them apart
    (see ``name_distance``). Where some people match every word as typed or
    closely, those who match a word only far off or begun are other people
    and are left out; a word begun (muham) keeps them when nobody matches more.
    Rows that are not people rank as close spellings.
    """
    typed = names.spelt_words(query)[:MAX_QUERY_TOKENS]
    asked = [i for i, w in enumerate(typed) if w not in names.PARTICLES and not w.isdigit()]
    # The order past the first screenful (50) matters little: only those are read back.
    rowids, later = rowids[:RERANKED], rowids[RERANKED:]
    members = [object_id for kind, object_id in map(_split_rowid, rowids) if kind is HitKind.MEMBER]
    if not asked or not members:
        return rowids + later
    runs = _runs(typed)[:MAX_RUNS]
    placeholders = ",".join(str(int(i)) for i in members)
    held = {
        row[0]: _held(f"{row[1]} {row[2]}")
        for row in session.execute(
            text(f"SELECT id, name_latin, name_original FROM member WHERE id IN ({placeholders})")
        )
    }
    neutral = [_CLOSE] * len(asked)
    with_article = {i for i in asked if _asks_article(typed, i)}

    def closeness(rowid: int) -> list[int]:
        kind, object_id = _split_rowid(rowid)
        if kind is not HitKind.MEMBER or object_id not in held:
            return neutral
        return held[object_id].closeness(typed, asked, runs, with_article)

    scores = {rowid: closeness(rowid) for rowid in rowids}
    people = [score for score in scores.values() if score is not neutral]
    for floor in (_CLOSE, _FAR):
        if any(min(score) >= floor for score in people):
            rowids = [r for r in rowids if min(scores[r]) >= floor or scores[r] is neutral]
            break
    order = {rowid: position for position, rowid in enumerate(rowids)}
    return sorted(rowids, key=lambda r: (-sum(scores[r]), order[r])) + later


def _asks_article(typed: list[str], i: int) -> bool:
    """Whether the word is asked with its article (Al Ahmed, Al-Ahmed, Alahmed)."""
    joined = name_keys.article_free(_fold_word(typed[i])) is not None
    return joined or (i > 0 and typed[i - 1] in _ARTICLES)


_AS_TYPED, _CLOSE, _FAR, _BEGUN = 4, 3, 2, 1
# A query's words are folded once for the fifty people read back, not fifty times.
_fold_word = functools.lru_cache(maxsize=4096)(names.fold)
_ARTICLES = frozenset({"al", "el"})
RERANKED = 50


@functools.lru_cache(maxsize=20_000)
def _held(names_text: str) -> _Held:
    """A person's names read for closeness; names repeat, so remembered."""
    return _Held(names_text)


class _Held:
    """A person's names, as the closeness of a query's words to them needs them."""

    def __init__(self, names_text: str) -> None:
        tokens = names.tokens(names_text)
        after_article = [tokens[k] + tokens[k + 1] for k in range(len(tokens) - 1)
                         if tokens[k] in _ARTICLES]  # fmt: skip
        words = name_keys.name_words(names_text)
        # Al-Omar is also read joined (Alomar), as it is often typed, and Alomar
        # apart: before a vowel the keys take no article (Alina), a family name may.
        before_vowel = [w[2:] for w in words if len(w) > 4 and w[:2] in _ARTICLES
                        and w[2] in "aeiou" and names.script_of(w) is Script.LATIN]  # fmt: skip
        self.words = words + after_article + before_vowel
        self.folded = [names.fold(w) for w in self.words]
        self.latin = [names.script_of(w) is Script.LATIN for w in self.words]
        self.joined = name_keys.joined_keys(names_text)
        # Family names held with their article: Al-Ahmad, Al Ahmad, Alahmad.
        self.with_article = (
            {w[2:] for w in after_article}
            | set(after_article)
            | {w for w in self.folded if name_keys.article_free(w) is not None}
            | {names.fold(w) for w in before_vowel}
        )

    def closeness(
        self,
        typed: list[str],
        asked: list[int],
        runs: list[tuple[int, int]],
        with_article: set[int],
    ) -> list[int]:
        """How close each asked word (an index into ``typed``) comes to these names."""
        scores = {i: self._asked(typed[i], i in with_article) for i in asked}
        for begin, finish in runs:
            # A compound typed apart (Abdul Rahman) and held joined (Abdulrahman).
            keys = name_keys.run_keys(typed[begin:finish])
            if any(keys & name_keys.word_keys(w) for w in self.words) or keys & self.joined:
                for i in range(begin, finish):
                    if i in scores:
                        scores[i] = max(scores[i], _CLOSE)
        return [scores[i] for i in asked]

    def _asked(self, spelt: str, with_article: bool) -> int:
        score = self._word(spelt, with_article)
        if with_article and score < _AS_TYPED and not spelt.startswith(tuple(_ARTICLES)):
            # Al Ahmed asked, Alahmad held: the article joined before a vowel
            # is no article to the keys (Alina), so the two are read joined.
            score = max(score, self._word("al" + spelt, False))
        return score

    def _word(self, spelt: str, with_article: bool) -> int:
        folded = _fold_word(spelt)
        if folded in self.folded:
            return self._article(_AS_TYPED, [self.folded.index(folded)], with_article)
        keys = name_keys.word_keys(spelt)
        best, where, other_script = 0, [], False
        for j, word in enumerate(self.words):
            if not keys & name_keys.word_keys(word):
                continue
            if not self.latin[j]:
                other_script = True
                continue
            # Spelt, not folded: the háčeks of Ševčenko say SH (folded, it is Sevcenko).
            close = name_distance.close_spellings(spelt, word)
            score = _CLOSE if close else _FAR
            if score > best:
                best, where = score, [j]
            elif score == best:
                where.append(j)
        # The name in its own script counts only where its Latin spelling has no
        # word of that name: the Latin spelling says which reading it is (Вікторія
        # shares Viktor's key, Viktoriia is far from it).
        if other_script and not best:
            best = _FAR if any(self.latin) else _CLOSE
        if best < _CLOSE and keys & self.joined:
            return _CLOSE
        if best:
            return self._article(best, where, with_article)
        return _BEGUN if any(w.startswith(folded) for w in self.folded) else 0

    def _article(self, score: int, where: list[int], with_article: bool) -> int:
        """Al Ahmed asked, Ahmed held without an article: another family name, far."""
        if with_article and where and not any(self.folded[j] in self.with_article for j in where):
            return min(score, _FAR)
        return score


def _families_of(session: Session, table: str, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    placeholders = ",".join(str(int(i)) for i in ids)
    rows = session.execute(text(f"SELECT id, family_id FROM {table} WHERE id IN ({placeholders})"))
    return {row[0]: row[1] for row in rows}
