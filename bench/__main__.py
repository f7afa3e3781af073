"""`python -m bench` runs every registered benchmark, `python -m bench NAME ...` the named ones.

Exit status: 0 when every benchmark ran (a figure that misses its target is reported, not an
error), 1 when one could not run, 2 for an unknown name (`unknown benchmark NAME`).
"""

from __future__ import annotations

import signal
import sys
import time
import traceback

from . import BENCHMARKS, BenchError, format_table, load, write_results


def _terminate(signum: int, frame: object) -> None:
    # Turn SIGTERM into SystemExit so every try/finally (server, database) still runs.
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        print("benchmarks:", ", ".join(BENCHMARKS))
        return 0
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        for n in unknown:
            print(f"unknown benchmark {n}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _terminate)
    failed = []
    for name in names:
        start = time.monotonic()
        print(f"-- bench {name}: running", flush=True)
        try:
            rows = load(name).run()
            if not rows:
                raise BenchError("the benchmark returned no rows")
        except BenchError as exc:
            print(f"bench {name} failed: {exc}", file=sys.stderr, flush=True)
            failed.append(name)
            continue
        except Exception:
            traceback.print_exc()
            print(f"bench {name} failed", file=sys.stderr, flush=True)
            failed.append(name)
            continue
        path = write_results(name, rows)
        print(format_table(name, rows))
        print(f"-- bench {name}: {time.monotonic() - start:.0f} s, wrote {path}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
