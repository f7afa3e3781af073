"""One backend's in-process half of the `search` benchmark (run by bench/search.py with the
backend's DATABASE_URL): index the corpus through services.index_documents, then time 500
queries at the service layer — also once the first SMALL documents are in, when asked
(`python -m bench.search_worker DOCUMENTS [SMALL]`). Prints one line `BENCH_RESULT {json}`.
With BENCH_GATED=1 it waits at `_gate` before and after each timing phase (see there)."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections import defaultdict
from itertools import islice


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main(documents: int, small: int = 0) -> dict[str, object]:
    """Index ``documents`` and time the queries; with ``small``, also time them once the first
    ``small`` documents are in (the corpus is the same prefix, so this costs no extra indexing)."""
    import django

    django.setup()
    from django.db import connection

    from behoudplein.search import services

    from .search_corpus import Corpus

    started = time.monotonic()
    corpus = Corpus(documents)
    queries = corpus.queries()
    generated_s = time.monotonic() - started
    items = corpus.documents()
    index_s = 0.0
    written = 0
    small_figures: dict[str, object] = {}
    if 0 < small < documents:
        started = time.monotonic()
        written += services.index_documents(islice(items, small))
        index_s += time.monotonic() - started
        _analyze(connection)
        _gate("measure")
        timings, _ = _time_queries(services, queries)
        _gate("continue")
        small_figures = {"documents": written, **_latencies(timings)}
    started = time.monotonic()
    written += services.index_documents(items)
    index_s += time.monotonic() - started
    size = _analyze(connection)
    _gate("measure")
    timings, hits = _time_queries(services, queries)
    latencies = _latencies(timings)
    return {
        "backend": connection.vendor,
        "documents": written,
        "distinct_word_forms": corpus.distinct_forms(),
        "generate_s": round(generated_s, 1),
        "index_s": round(index_s, 1),
        "db_size_mb": round(size / 1e6, 1),
        **{f"service_{name}": value for name, value in latencies.items()},
        "small": small_figures,
        "queries": len(queries),
        "query_mix": {k: len(v) for k, v in hits.items()},
        "median_hits": {k: statistics.median(v) for k, v in hits.items()},
        "zero_hit_queries": {k: sum(1 for n in v if n == 0) for k, v in hits.items()},
        "paths": [_path(q["params"]) for q in queries],
    }


def _gate(kind: str) -> None:
    """Under bench/search.py (BENCH_GATED=1): say so and wait for its go-ahead. The other
    backend indexes at the same time; 'measure' waits until nothing else runs, 'continue'
    until every backend has measured."""
    if os.environ.get("BENCH_GATED") == "1":
        print(f"BENCH_GATE {kind}", flush=True)
        if not sys.stdin.readline():
            raise SystemExit("bench/search.py went away")


def _analyze(connection) -> int:  # type: ignore[no-untyped-def]
    """Fresh planner statistics (PostgreSQL); returns the database size in bytes."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
            cursor.execute("SELECT pg_database_size(current_database())")
            return int(cursor.fetchone()[0])
        cursor.execute("PRAGMA page_count")
        pages = cursor.fetchone()[0]
        cursor.execute("PRAGMA page_size")
        return int(pages * cursor.fetchone()[0])


def _time_queries(services, queries):  # type: ignore[no-untyped-def]
    for query in queries:  # warm-up: analyzer, caches, database pages
        _search(services, query["params"])
    timings: list[float] = []
    hits: dict[str, list[int]] = defaultdict(list)
    for query in queries:
        start = time.perf_counter()
        results = _search(services, query["params"])
        timings.append((time.perf_counter() - start) * 1000)
        hits[query["category"]].append(results.count)
    return timings, hits


def _latencies(timings: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "max_ms": round(max(timings), 2),
    }


def _search(services, params):  # type: ignore[no-untyped-def]
    filters = {k: params[k] for k in ("region", "sector", "year") if k in params}
    return services.search(
        query=params["q"], user=None, kind=params.get("kind"), filters=filters, limit=10
    )


def _path(params: dict[str, object]) -> str:
    from urllib.parse import urlencode

    return "/api/v1/search?" + urlencode(params)


if __name__ == "__main__":
    result = main(*(int(arg) for arg in sys.argv[1:3]))
    print("BENCH_RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
