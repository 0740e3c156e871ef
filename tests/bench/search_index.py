"""The search index's footprint and speed on given databases (issue 18): the index's share of the file (`dbstat`),
`core.search` per keystroke (the bench's typed words, every prefix, Thai titles, 30 results, as `make bench` does),
and a digest of every result, to show that two databases answer alike.

    python -m tests.bench.search_index DB [DB …] [--rounds 5] [--results out.json]

Not part of `make bench`: the 75,000-booth database alone is 1.5–2.3 GB. It opens each database as given (a copy
of an older one is migrated in place).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from kiosk.core.catalog import search
from kiosk.core.store import database as kdb
from tests.bench.__main__ import TYPED, percentiles


def measure(path: Path, rounds: int) -> tuple[dict, dict]:
    with kdb.connect(path) as db:
        space = kdb.space(db)
        queries = [word[:i] for word in TYPED for i in range(1, len(word) + 1)]
        results = {}
        for q in queries:  # warm the page cache once, and keep what each query finds
            found = search.search(db, q, lang="th", limit=30)
            results[q] = hashlib.sha1(repr(found).encode()).hexdigest()[:12]
        samples = []
        for _ in range(rounds):
            for q in queries:
                started = time.perf_counter()
                search.search(db, q, lang="th", limit=30)
                samples.append(time.perf_counter() - started)
    index = sum(row["bytes"] for row in space if row["table"].startswith("search_"))
    total = sum(row["bytes"] for row in space)
    return {"file_mb": path.stat().st_size / 1e6, "pages_mb": total / 1e6, "index_mb": index / 1e6,
            **percentiles(samples)}, results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("databases", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--results", type=Path, help="write each query's result digest here (JSON)")
    args = parser.parse_args()
    digests = {}
    for path in args.databases:
        figures, digests[str(path)] = measure(path, args.rounds)
        print(f"{path}: file {figures['file_mb']:.1f} MB, index {figures['index_mb']:.1f} MB; search p50 "
              f"{figures['p50_ms']:.2f} ms, p95 {figures['p95_ms']:.2f} ms, max {figures['max_ms']:.1f} ms "
              f"({figures['n']} keystrokes)", flush=True)
    if args.results:
        args.results.write_text(json.dumps(digests, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
