"""The `search` benchmark: 100,000 synthetic Dutch documents, 500 queries with facets, on
SQLite and on PostgreSQL, at the service layer and through the HTTP API.

Per backend (everything made here is removed again): a fresh database (SQLite file in a
temporary folder; PostgreSQL database created and dropped, unreachable = failure), migrated;
a subprocess (bench/search_worker.py) indexes the corpus through
`search.services.index_documents` (the path `reindex` uses) and times the 500 queries in
process. The two backends' workers index at the same time (one core each; `_run_workers`
keeps every timing phase to itself). Then, one backend after the other, the same gunicorn
server as the `pages` bench (bench/pages.py helpers, production settings) answers the same
500 queries as `/api/v1/search?...` under `wrk -t1 -cCONNECTIONS` (bench/lua/p95.lua cycles
through them) after a warm-up.

Also, at the service layer, the same queries once the first BENCH_SEARCH_SMALL_DOCS (2000; 0 =
skip) documents are in: rows `*_small_service_p95_ms`, beyond SPEC.md's required ones.

Knobs: BENCH_SEARCH_DOCS (100000), BENCH_SEARCH_SMALL_DOCS (2000), BENCH_SEARCH_CONNECTIONS
(2: one per core here), BENCH_SEARCH_DURATION (20 s), BENCH_SEARCH_WARMUP (30 s: some 1,500
requests, each query three times), BENCH_PG_URL (see pages).
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from . import BENCH_DIR, REPO_DIR, BenchError, row
from .pages import (
    RESULT_RE,
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
WARMUP_S = int(os.environ.get("BENCH_SEARCH_WARMUP", "30"))
LUA = BENCH_DIR / "lua" / "p95.lua"
WORKER_RE = RESULT_RE


def log(msg: str) -> None:
    print(f"   search: {msg}", flush=True)


def _wrk(tool: str, port: int, paths_file: Path, seconds: int) -> dict[str, float]:
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


class Worker:
    """One backend's bench/search_worker.py, run gated (see `_run_workers`)."""

    def __init__(self, name: str, tmp: Path, database_url: str) -> None:
        self.name = name
        self.tmp = tmp
        self.env = {**server_env(tmp, database_url), "BENCH_GATED": "1"}
        self.process: subprocess.Popen[str] | None = None
        self.waiting: str | None = None  # the gate it waits at: 'measure' or 'continue'
        self.result: dict[str, Any] | None = None
        self.done = False
        self.stderr: TextIO | None = None

    def start(self, lines: queue.Queue[tuple[Worker, str | None]]) -> None:
        manage(self.env, "migrate", "--no-input")
        manage(self.env, "createcachetable")
        cmd = [sys.executable, "-m", "bench.search_worker", str(DOCUMENTS), str(SMALL_DOCUMENTS)]
        self.stderr = (self.tmp / "worker.log").open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            cmd,
            cwd=REPO_DIR,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
        )
        stdout = self.process.stdout
        assert stdout is not None

        def read() -> None:
            for line in stdout:
                lines.put((self, line.rstrip("\n")))
            lines.put((self, None))

        threading.Thread(target=read, daemon=True).start()

    def go(self) -> None:
        assert self.process is not None and self.process.stdin is not None
        self.waiting = None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def failure(self) -> str:
        if self.stderr is not None:
            self.stderr.close()
        return (self.tmp / "worker.log").read_text(encoding="utf-8")[-3000:]


def _run_workers(workers: list[Worker], timeout_s: float = 1800) -> None:
    """Both backends index at the same time (one core each); each timing phase runs alone.

    A worker stops at a 'measure' gate before timing queries and at a 'continue' gate after.
    Only when every unfinished worker waits at a gate does one move on: one 'measure' waiter
    at a time, or, once all have measured, every 'continue' waiter together. So no query is
    timed while the other backend indexes; index times do include sharing the 2 cores.
    """
    lines: queue.Queue[tuple[Worker, str | None]] = queue.Queue()
    for worker in workers:
        worker.start(lines)
    deadline = time.monotonic() + timeout_s
    try:
        while not all(w.done for w in workers):
            try:
                worker, line = lines.get(timeout=max(1.0, deadline - time.monotonic()))
            except queue.Empty:
                raise BenchError(f"search workers still busy after {timeout_s:.0f} s") from None
            if line is None:
                assert worker.process is not None
                if worker.process.wait() != 0 or worker.result is None:
                    raise BenchError(f"{worker.name} search worker failed:\n{worker.failure()}")
                worker.done = True
            elif line.startswith("BENCH_GATE "):
                worker.waiting = line.split()[1]
            elif match := RESULT_RE.search(line):
                worker.result = json.loads(match.group(1))
            live = [w for w in workers if not w.done]
            if live and all(w.waiting for w in live):
                measuring = [w for w in live if w.waiting == "measure"]
                for w in measuring[:1] or live:
                    w.go()
    finally:
        for worker in workers:
            if worker.process is not None and worker.process.poll() is None:
                worker.process.kill()
            if worker.stderr is not None and not worker.stderr.closed:
                worker.stderr.close()


def _report(worker: Worker) -> dict[str, Any]:
    result = worker.result
    assert result is not None
    paths_file = worker.tmp / "paths.txt"
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
    return result


def _api(tool: str, worker: Worker, result: dict[str, Any]) -> None:
    with gunicorn(worker.env, worker.tmp) as port:
        _wrk(tool, port, worker.tmp / "paths.txt", WARMUP_S)
        api = _wrk(tool, port, worker.tmp / "paths.txt", DURATION_S)
    log(f"{result['backend']}: API p50 {api['p50_ms']:.1f} ms, p95 {api['p95_ms']:.1f} ms")
    result["api"] = api


def run() -> list[dict[str, Any]]:
    tool = find_wrk()
    with tempfile.TemporaryDirectory(prefix="behoudplein-bench-search-") as tmpdir:
        tmp = Path(tmpdir)
        (tmp / "sqlite").mkdir()
        (tmp / "pg").mkdir()
        with scratch_database(f"behoudplein_bench_search_{os.getpid()}") as url:
            workers = [
                Worker("sqlite", tmp / "sqlite", f"sqlite:///{tmp / 'sqlite' / 'search.sqlite3'}"),
                Worker("postgres", tmp / "pg", url),
            ]
            log(f"both backends: indexing {DOCUMENTS} documents at once, then 500 queries each")
            _run_workers(workers)
            sqlite, pg = (_report(w) for w in workers)
            # The API runs need the machine to themselves too: one backend after the other.
            _api(tool, workers[0], sqlite)
            _api(tool, workers[1], pg)
    rows = []
    for name, result in (("sqlite", sqlite), ("pg", pg)):
        common = {
            "documents": result["documents"],
            "distinct_word_forms": result["distinct_word_forms"],
            "index_s": result["index_s"],
            "indexing": "both backends at once, sharing the 2 cores",
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
