"""The `search` benchmark: 100,000 synthetic Dutch documents, 500 queries with facets, on
SQLite and on PostgreSQL, at the service layer and through the HTTP API.

Per backend (everything made here is removed again): a fresh database (SQLite file in a
temporary folder; PostgreSQL database created and dropped, unreachable = failure), migrated;
a subprocess (bench/search_worker.py) indexes the corpus through
`search.services.index_documents` (the path `reindex` uses) and times the 500 queries in
process; then the same gunicorn server as the `pages` bench (bench/pages.py helpers,
production settings) answers the same 500 queries as `/api/v1/search?...` under
`wrk -t1 -cCONNECTIONS` (bench/lua/p95.lua cycles through them) after a warm-up.

Also, at the service layer, the same queries once the first BENCH_SEARCH_SMALL_DOCS (2000; 0 =
skip) documents are in: rows `*_small_service_p95_ms`, beyond SPEC.md's required ones.

Knobs: BENCH_SEARCH_DOCS (100000), BENCH_SEARCH_SMALL_DOCS (2000), BENCH_SEARCH_CONNECTIONS
(2: one per core here), BENCH_SEARCH_DURATION (20 s), BENCH_PG_URL (see pages).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import BENCH_DIR, BenchError, row
from .pages import (
    RESULT_RE,
    _check,
    find_wrk,
    gunicorn,
    manage,
    scratch_database,
    server_env,
)

DOCUMENTS = int(os.environ.get("BENCH_SEARCH_DOCS", "100000"))
# A small index too: there the database may plan differently (PostgreSQL did: see docs/search.md).
SMALL_DOCUMENTS = int(os.environ.get("BENCH_SEARCH_SMALL_DOCS", "2000"))
CONNECTIONS = int(os.environ.get("BENCH_SEARCH_CONNECTIONS", "2"))
DURATION_S = int(os.environ.get("BENCH_SEARCH_DURATION", "20"))
WARMUP_S = 60
LUA = BENCH_DIR / "lua" / "p95.lua"
WORKER_RE = RESULT_RE


def log(msg: str) -> None:
    print(f"   search: {msg}", flush=True)


def _wrk(tool: str, port: int, paths_file: Path, seconds: int) -> dict[str, float]:
    import subprocess

    cmd = [tool, "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "-s", str(LUA)]
    cmd.append(f"http://127.0.0.1:{port}/")
    env = {**os.environ, "BENCH_PATHS": str(paths_file)}
    r = subprocess.run(
        cmd, capture_output=True, text=True, timeout=seconds + 60, check=False, env=env
    )
    match = RESULT_RE.search(r.stdout)
    if r.returncode != 0 or not match:
        raise BenchError(f"`{' '.join(cmd)}` failed (exit {r.returncode}):\n{r.stdout}{r.stderr}")
    figures = {k: float(v) for k, v in (kv.split("=", 1) for kv in match.group(1).split())}
    if figures["requests"] <= 0 or figures["errors_status"] > 0:
        raise BenchError(
            f"search API: {figures['errors_status']:g} errors of {figures['requests']:g}"
        )
    return figures


def backend(tool: str, tmp: Path, database_url: str) -> dict[str, Any]:
    env = server_env(tmp, database_url)
    manage(env, "migrate", "--no-input")
    manage(env, "createcachetable")
    log(f"{database_url.split(':')[0]}: indexing {DOCUMENTS} documents, 500 service queries")
    out = _check(
        [sys.executable, "-m", "bench.search_worker", str(DOCUMENTS), str(SMALL_DOCUMENTS)],
        env,
        "python -m bench.search_worker",
        timeout=1500,
    )
    match = RESULT_RE.search(out)
    if not match:
        raise BenchError(f"search worker printed no result:\n{out[-2000:]}")
    result: dict[str, Any] = json.loads(match.group(1))
    paths_file = tmp / "paths.txt"
    paths_file.write_text("\n".join(result.pop("paths")) + "\n", encoding="utf-8")
    small = result["small"]
    if small:
        log(
            f"{result['backend']}: at {small['documents']} documents service p50 "
            f"{small['p50_ms']} ms, p95 {small['p95_ms']} ms"
        )
    log(
        f"{result['backend']}: indexed in {result['index_s']} s, {result['db_size_mb']} MB; "
        f"service p50 {result['service_p50_ms']} ms, p95 {result['service_p95_ms']} ms"
    )
    with gunicorn(env, tmp) as port:
        _wrk(tool, port, paths_file, WARMUP_S)
        api = _wrk(tool, port, paths_file, DURATION_S)
    log(f"{result['backend']}: API p50 {api['p50_ms']:.1f} ms, p95 {api['p95_ms']:.1f} ms")
    result["api"] = api
    return result


def run() -> list[dict[str, Any]]:
    tool = find_wrk()
    with tempfile.TemporaryDirectory(prefix="behoudplein-bench-search-") as tmpdir:
        tmp = Path(tmpdir)
        (tmp / "sqlite").mkdir()
        (tmp / "pg").mkdir()
        sqlite = backend(tool, tmp / "sqlite", f"sqlite:///{tmp / 'sqlite' / 'search.sqlite3'}")
        with scratch_database(f"behoudplein_bench_search_{os.getpid()}") as url:
            pg = backend(tool, tmp / "pg", url)
    rows = []
    for name, result in (("sqlite", sqlite), ("pg", pg)):
        common = {
            "documents": result["documents"],
            "distinct_word_forms": result["distinct_word_forms"],
            "index_s": result["index_s"],
            "db_size_mb": result["db_size_mb"],
            "queries": result["queries"],
            "query_mix": result["query_mix"],
            "median_hits": result["median_hits"],
            "zero_hit_queries": result["zero_hit_queries"],
        }
        rows.append(
            row(
                f"{name}_service_p95_ms",
                result["service_p95_ms"],
                "ms",
                target=50,
                better="lower",
                p50_ms=result["service_p50_ms"],
                max_ms=result["service_max_ms"],
                **common,
            )
        )
        small = result["small"]
        if small:
            rows.append(
                row(
                    f"{name}_small_service_p95_ms",
                    small["p95_ms"],
                    "ms",
                    target=50,
                    better="lower",
                    p50_ms=small["p50_ms"],
                    max_ms=small["max_ms"],
                    documents=small["documents"],
                    queries=result["queries"],
                    note="the same 500 queries on the first documents of the same corpus",
                )
            )
        api = result["api"]
        rows.append(
            row(
                f"{name}_api_p95_ms",
                api["p95_ms"],
                "ms",
                target=100,
                better="lower",
                p50_ms=round(api["p50_ms"], 2),
                rps=round(api["rps"], 1),
                requests=int(api["requests"]),
                load=f"wrk -t1 -c{CONNECTIONS} -d{DURATION_S}s after {WARMUP_S} s warm-up",
                server="gunicorn (bench/pages.py set-up, production settings)",
                **common,
            )
        )
    return rows
