"""One backend's in-process half of the `search` benchmark (run by bench/search.py with the
backend's DATABASE_URL): index the corpus through services.index_documents, then time 500
queries at the service layer. Prints one line `BENCH_RESULT {json}`."""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main(documents: int) -> dict[str, object]:
    import django

    django.setup()
    from django.db import connection

    from behoudplein.search import services

    from .search_corpus import Corpus

    started = time.monotonic()
    corpus = Corpus(documents)
    generated_s = time.monotonic() - started
    started = time.monotonic()
    written = services.index_documents(corpus.documents())
    index_s = time.monotonic() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
            cursor.execute("SELECT pg_database_size(current_database())")
            size = cursor.fetchone()[0]
    else:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA page_count")
            pages = cursor.fetchone()[0]
            cursor.execute("PRAGMA page_size")
            size = pages * cursor.fetchone()[0]
    queries = corpus.queries()
    for query in queries:  # warm-up: analyzer, caches, database pages
        _search(services, query["params"])
    timings: list[float] = []
    hits: dict[str, list[int]] = defaultdict(list)
    for query in queries:
        start = time.perf_counter()
        results = _search(services, query["params"])
        timings.append((time.perf_counter() - start) * 1000)
        hits[query["category"]].append(results.count)
    return {
        "backend": connection.vendor,
        "documents": written,
        "distinct_word_forms": corpus.distinct_forms(),
        "generate_s": round(generated_s, 1),
        "index_s": round(index_s, 1),
        "db_size_mb": round(size / 1e6, 1),
        "service_p50_ms": round(statistics.median(timings), 2),
        "service_p95_ms": round(percentile(timings, 0.95), 2),
        "service_max_ms": round(max(timings), 2),
        "queries": len(queries),
        "query_mix": {k: len(v) for k, v in hits.items()},
        "median_hits": {k: statistics.median(v) for k, v in hits.items()},
        "zero_hit_queries": {k: sum(1 for n in v if n == 0) for k, v in hits.items()},
        "paths": [_path(q["params"]) for q in queries],
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
    result = main(int(sys.argv[1]))
    print("BENCH_RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
