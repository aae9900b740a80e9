"""Measure how well search finds other spellings, quickly, on a plain SQLite copy.

    .venv/bin/python scripts/search_quality.py --families 5000 --db /tmp/hd-sq

The tuning loop for ``hostdesk.domain.names``: builds (once) a plain,
unencrypted database of N synthetic families with the vault's schema, then
re-indexes every member with the code as it is now and asks it variant-spelling
queries drawn from the generator's spelling table (the tuning list; the tests
hold a separate list). For each query it reports whether the family was found
(among the 50 hits the screen shows, and among the first ten) and how many of
the first ten hits are unrelated families: families with nobody whose name is a
spelling of the name asked for. ``scripts/benchmark.py`` measures the same on
the encrypted vault at 25,000 families.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from benchmark import build_plain, plain_engine  # type: ignore[import-not-found]
from benchmark_queries import (  # type: ignore[import-not-found]
    other_spelling_queries,
    realistic_queries,
    related_families,
)
from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage import search

TOP = 10


def reindex(session: Session) -> int:
    rows = session.execute(
        text(
            "SELECT m.id, m.name_latin, m.name_original, "
            "(SELECT group_concat(value, ' ') FROM identifier i WHERE i.member_id = m.id) "
            "FROM member m"
        )
    ).fetchall()
    index = [search.member_row(i, latin, original, (ids or "").split()) for i, latin, original, ids
             in rows]  # fmt: skip
    search.write_rows(session, index)
    session.commit()
    return len(index)


def _time_realistic(session: Session, count: int, families: int, seed: int, today: date) -> None:
    queries = realistic_queries(count, families, seed, today)
    for q in queries[:10]:
        search.search(session, q.text)  # a warm page cache, as the benchmark has
    by_kind: dict[str, list[float]] = {}
    for q in queries:
        t0 = time.perf_counter()
        search.search(session, q.text)
        by_kind.setdefault(q.kind, []).append(time.perf_counter() - t0)
    every = sorted(t for ts in by_kind.values() for t in ts)
    print(f"realistic queries: p50 {statistics.median(every) * 1000:.1f} ms, "
          f"p95 {every[int(len(every) * 0.95)] * 1000:.1f} ms; p95 by kind: "
          + ", ".join(f"{k} {sorted(v)[int(len(v) * 0.95)] * 1000:.1f}"
                      for k, v in by_kind.items()))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=5000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/hostdesk-search-quality"))
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=15, help="misses and noisy queries to print")
    parser.add_argument("--no-reindex", action="store_true", help="keep the index as it is")
    parser.add_argument(
        "--realistic", type=int, default=0,
        help="also time this many of the benchmark's realistic queries (its mix of kinds)",
    )  # fmt: skip
    args = parser.parse_args()
    today = date(2026, 6, 1)
    folder = args.db / str(args.families)
    if not (folder / "plain.db").exists():
        build_plain(folder, args.families, args.seed, today)
    engine = plain_engine(folder / "plain.db")
    with Session(engine) as session:
        if not args.no_reindex:
            started = time.perf_counter()
            count = reindex(session)
            print(f"re-indexed {count} members in {time.perf_counter() - started:.1f} s")
        if args.realistic:
            _time_realistic(session, args.realistic, args.families, args.seed, today)
        size = session.execute(
            text("SELECT count(*) FROM search_index_data")
        ).scalar_one()
        print(f"index data rows: {size}")
        queries = other_spelling_queries(args.queries, args.families, args.seed, today)
        ids = dict(session.execute(text("SELECT case_number, id FROM family")).fetchall())
        by_origin: dict[str, list[tuple[bool, bool, int]]] = {}
        latencies = []
        misses, noisy = [], []
        for q in queries:
            t0 = time.perf_counter()
            hits = search.search(session, q.text)
            latencies.append(time.perf_counter() - t0)
            families = list(dict.fromkeys(h.family_id for h in hits))
            target = ids[q.case_number]
            found = target in families
            related = related_families(session, q.text, families[:TOP])
            unrelated = sum(1 for f in families[:TOP] if f != target and f not in related)
            by_origin.setdefault(q.origin, []).append((found, target in families[:TOP], unrelated))
            if not found:
                misses.append(q)
            if unrelated > 1:
                noisy.append((q, unrelated))
    engine.dispose()
    total = [r for rs in by_origin.values() for r in rs]
    print(f"{'origin':<12}{'n':>5}{'found':>8}{'top10':>8}{'noisy':>8}{'unrel':>8}")
    for origin, rs in [*sorted(by_origin.items()), ("ALL", total)]:
        n = len(rs)
        found, top, noisy_share = (sum(r[0] for r in rs) / n, sum(r[1] for r in rs) / n,
                                   sum(r[2] > 1 for r in rs) / n)  # fmt: skip
        mean = sum(r[2] for r in rs) / n
        print(f"{origin:<12}{n:>5}{found:>8.1%}{top:>8.1%}{noisy_share:>8.1%}{mean:>8.2f}")
    ordered = sorted(latencies)
    print(f"latency p50 {statistics.median(ordered) * 1000:.1f} ms, "
          f"p95 {ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms")  # fmt: skip
    rng = random.Random(0)
    for q in rng.sample(misses, min(args.show, len(misses))):
        print(f"  MISS  {q.origin:<10} {q.text!r} (was {q.original!r})")
    for q, n in rng.sample(noisy, min(args.show, len(noisy))):
        print(f"  NOISY {q.origin:<10} {q.text!r}: {n} unrelated in the first {TOP}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
