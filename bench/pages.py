"""The `pages` benchmark: the site under production settings behind gunicorn on PostgreSQL.

Set-up (everything made here is removed again): a fresh PostgreSQL database, migrated, with
1,000 generated organisations (bench/pages_data.py); collectstatic into a temporary
STATIC_ROOT; gunicorn on a free 127.0.0.1 port with `behoudplein.settings.prod`. Then for each
page `wrk -t1 -c20 -d30s` after a 5 s warm-up, with bench/lua/p95.lua (sends
`X-Forwarded-Proto: https`, as the reverse proxy would, and prints p50/p95/req/s):

- home_p95_ms: `/`
- list_p95_ms: the organisation list filtered on a branch, `/organisaties?branch=vvt`
- list_throughput_ratio: list req/s divided by the req/s of `/_bench/baseline` (a bare 20-row
  table from the database: same server, same middleware, same run; routed only when the
  setting BENCH_BASELINE_VIEW is on), measured right before and right after the list page
  (their mean counts).

Environment knobs (defaults are the measured configuration): BENCH_PAGES_WORKERS,
BENCH_PAGES_DURATION (seconds per page), BENCH_PG_URL (maintenance database to connect to).
"""

from __future__ import annotations

import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from . import BENCH_DIR, REPO_DIR, BenchError, row

ORGANISATIONS = 1000
CONNECTIONS = 20
THREADS = 1
WARMUP_S = 5
DURATION_S = int(os.environ.get("BENCH_PAGES_DURATION", "30"))
CORES = os.cpu_count() or 1
# cores + 1 sync workers, not gunicorn's 2 * cores + 1: PostgreSQL and wrk share these cores.
# In alternating runs on the 2-core machine, 5 sync workers were no faster on the list page,
# slower on the bare page and used more CPU per request; gthread workers (2-3 x 4-8 threads)
# gave a worse list p95. BENCH_PAGES_WORKERS overrides it.
WORKERS = int(os.environ.get("BENCH_PAGES_WORKERS", str(CORES + 1)))
WORKER_CLASS = "sync"
CACHE_URL = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/14")
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
LUA = BENCH_DIR / "lua" / "p95.lua"
HEADERS = {"X-Forwarded-Proto": "https"}

HOME = "/"
LIST = "/organisaties?branch=vvt"
BASELINE = "/_bench/baseline"

RESULT_RE = re.compile(r"^BENCH_RESULT (.*)$", re.M)


def log(msg: str) -> None:
    print(f"   pages: {msg}", flush=True)


# --------------------------------------------------------------------------- tools


def find_wrk() -> str:
    wrk = shutil.which("wrk") or ("/usr/bin/wrk" if Path("/usr/bin/wrk").exists() else None)
    if wrk:
        return wrk
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("wrk is missing: installing Debian's wrk with apt-get")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, timeout=600)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"], env=env, check=False, timeout=600
        )
        wrk = shutil.which("wrk")
        if wrk:
            return wrk
        raise BenchError("apt-get could not install wrk; install it by hand: apt-get install wrk")
    raise BenchError(
        "wrk is not installed. Install Debian's wrk (`sudo apt-get install wrk`), "
        "or run `make bench` as root to have it installed, then run `make bench BENCH=pages` again."
    )


# --------------------------------------------------------------------------- database


def _pg_connect() -> Any:
    import psycopg

    try:
        return psycopg.connect(PG_URL, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise BenchError(
            f"PostgreSQL is not reachable at {PG_URL} ({exc}). Start it "
            "(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) "
            "or point BENCH_PG_URL at a maintenance database."
        ) from exc


@contextmanager
def scratch_database(name: str):
    """Create database `name` (dropping a leftover first); always drop it afterwards."""
    from psycopg import sql

    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    with _pg_connect() as conn:
        conn.execute(drop)
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    parts = urlsplit(PG_URL)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with _pg_connect() as conn:
            conn.execute(drop)
        log(f"dropped database {name}")


# --------------------------------------------------------------------------- server


def server_env(tmp: Path, database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    # Production defaults for everything the bench does not set itself.
    for key in ("CACHE_URL", "LOG_LEVEL", "LOG_FORMAT", "SECURE_SSL_REDIRECT", "PYTHONSTARTUP"):
        env.pop(key, None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "behoudplein.settings.prod",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "BEHOUDPLEIN_VAR_DIR": str(tmp / "var"),
            "BENCH_BASELINE_VIEW": "1",
            # Production runs the shared cache on Redis (README "In production").
            "CACHE_URL": CACHE_URL,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> str:
    cmd = [sys.executable, "-m", "behoudplein", *args]
    return _check([*cmd], env, " ".join(["behoudplein", *args]))


def _check(cmd: list[str], env: dict[str, str], label: str, timeout: int = 600) -> str:
    r = subprocess.run(
        cmd, cwd=REPO_DIR, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if r.returncode != 0:
        raise BenchError(
            f"`{label}` failed (exit {r.returncode}):\n{(r.stdout + r.stderr)[-3000:]}"
        )
    return r.stdout


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(port: int, path: str, timeout: float = 10) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=HEADERS)
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


@contextmanager
def gunicorn(env: dict[str, str], tmp: Path):
    """Start gunicorn on a free 127.0.0.1 port, wait for /health, always stop it."""
    port = free_port()
    logfile = tmp / "gunicorn.log"
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "behoudplein.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(WORKERS),
        "--worker-class",
        WORKER_CLASS,
        "--worker-tmp-dir",
        "/dev/shm" if Path("/dev/shm").is_dir() else str(tmp),
        "--log-level",
        "warning",
        "--timeout",
        "60",
    ]
    with logfile.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=REPO_DIR, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise BenchError(f"gunicorn exited ({proc.returncode}):\n{_tail(logfile)}")
            try:
                status, _body = get(port, "/health", timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise BenchError(f"gunicorn did not answer /health in 60 s:\n{_tail(logfile)}")
            time.sleep(0.25)
        log(f"gunicorn up on 127.0.0.1:{port}, {WORKERS} {WORKER_CLASS} workers")
        yield port
    finally:
        _stop(proc)
        log("gunicorn stopped")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    # Workers whose master died: their process group carries the master's id.
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _tail(path: Path, n: int = 3000) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[-n:]
    except OSError:
        return ""


# --------------------------------------------------------------------------- load


def wrk(tool: str, port: int, path: str, seconds: int) -> dict[str, float]:
    url = f"http://127.0.0.1:{port}{path}"
    cmd = [tool, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "-s", str(LUA), url]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, check=False)
    match = RESULT_RE.search(r.stdout)
    if r.returncode != 0 or not match:
        raise BenchError(f"`{' '.join(cmd)}` failed (exit {r.returncode}):\n{r.stdout}{r.stderr}")
    figures = {k: float(v) for k, v in (kv.split("=", 1) for kv in match.group(1).split())}
    if figures["requests"] <= 0:
        raise BenchError(f"wrk made no requests to {path}:\n{r.stdout}")
    if figures["errors_status"] > 0:
        raise BenchError(f"{path} answered {figures['errors_status']:g} times with 4xx/5xx")
    return figures


def measure(tool: str, port: int, path: str) -> dict[str, float]:
    wrk(tool, port, path, WARMUP_S)
    figures = wrk(tool, port, path, DURATION_S)
    log(
        f"{path}: p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, "
        f"{figures['rps']:.0f} req/s"
    )
    return figures


def precheck(port: int) -> None:
    """Every page answers 200 with what it should show, not a redirect or an error page."""
    expectations = {
        HOME: 'id="inhoud"',
        LIST: 'id="resultaten"',
        BASELINE: "<tbody>",
    }
    for path, needle in expectations.items():
        status, body = get(port, path)
        if status != 200 or needle not in body:
            raise BenchError(f"GET {path} answered {status} without {needle!r}:\n{body[:500]}")
    _status, body = get(port, BASELINE)
    rows = body.count("<tr>") - 1
    if rows != 20:
        raise BenchError(f"{BASELINE} shows {rows} rows, not 20")


# --------------------------------------------------------------------------- run


def run() -> list[dict[str, Any]]:
    tool = find_wrk()
    load_before = round(os.getloadavg()[0], 2)
    db_name = f"behoudplein_bench_pages_{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="behoudplein-bench-pages-") as tmpdir:
        tmp = Path(tmpdir)
        with scratch_database(db_name) as database_url:
            env = server_env(tmp, database_url)
            log(f"database {db_name}: migrate, createcachetable, collectstatic, data")
            manage(env, "migrate", "--no-input")
            manage(env, "createcachetable")
            manage(env, "collectstatic", "--no-input")
            data = _check(
                [sys.executable, "-m", "bench.pages_data", str(ORGANISATIONS)],
                env,
                "python -m bench.pages_data",
            ).strip()
            log(f"generated {data}")
            counts = dict(kv.split("=") for kv in data.split())
            with gunicorn(env, tmp) as port:
                precheck(port)
                # The bare page is measured right before and right after the list page, and
                # the ratio uses their mean: other work on the machine that comes or goes
                # during the run then weighs on both sides instead of on one.
                before = measure(tool, port, BASELINE)
                listing = measure(tool, port, LIST)
                after = measure(tool, port, BASELINE)
                home = measure(tool, port, HOME)
    common = {
        "server": "gunicorn",
        "cache": CACHE_URL.split("://")[0],
        "workers": WORKERS,
        "worker_class": WORKER_CLASS,
        "cores": CORES,
        "settings": "behoudplein.settings.prod",
        "database": "postgresql",
        "organisations": int(counts["organisations"]),
        "load": f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION_S}s after {WARMUP_S} s warm-up",
        # Other work on the machine competes for the same cores: the 1-minute load average.
        "loadavg_before": load_before,
        "loadavg_after": round(os.getloadavg()[0], 2),
    }

    def detail(f: dict[str, float], path: str) -> dict[str, Any]:
        return {
            "path": path,
            "p50_ms": round(f["p50_ms"], 2),
            "p99_ms": round(f["p99_ms"], 2),
            "rps": round(f["rps"], 1),
            "requests": int(f["requests"]),
            "socket_errors": int(
                f["errors_connect"] + f["errors_read"] + f["errors_write"] + f["errors_timeout"]
            ),
        }

    baseline_rps = (before["rps"] + after["rps"]) / 2
    spread = max(before["rps"], after["rps"]) / min(before["rps"], after["rps"])
    if spread > 1.2:
        print(
            f"   pages: warning: the bare page ran at {before['rps']:.0f} then "
            f"{after['rps']:.0f} req/s: the machine's load changed during the run, so the "
            "throughput ratio is unreliable; run it again on a quiet machine",
            flush=True,
        )
    return [
        row(
            "home_p95_ms",
            home["p95_ms"],
            "ms",
            target=100,
            better="lower",
            **detail(home, HOME),
            **common,
        ),
        row(
            "list_p95_ms",
            listing["p95_ms"],
            "ms",
            target=100,
            better="lower",
            branch_organisations=int(counts["vvt"]),
            **detail(listing, LIST),
            **common,
        ),
        row(
            "list_throughput_ratio",
            listing["rps"] / baseline_rps,
            "ratio",
            target=0.5,
            better="higher",
            list_rps=round(listing["rps"], 1),
            baseline_rps=round(baseline_rps, 1),
            baseline_rps_before=round(before["rps"], 1),
            baseline_rps_after=round(after["rps"], 1),
            baseline_path=BASELINE,
            baseline_p50_ms=round(after["p50_ms"], 2),
            baseline_p95_ms=round(after["p95_ms"], 2),
            **common,
        ),
    ]
