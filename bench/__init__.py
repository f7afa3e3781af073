"""The benchmark harness: `python -m bench [NAME ...]` (`make bench BENCH=NAME`).

Every benchmark is a module with `run() -> list[dict]` returning rows in SPEC.md's format
(see `row()`); register it in BENCHMARKS with one line. The harness writes
`bench/results/NAME.json` and prints the figures against their targets.
"""

from __future__ import annotations

import importlib
import json
import math
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"

# NAME -> module (imported only when that benchmark runs) with `run() -> list[dict]`.
BENCHMARKS: dict[str, str] = {
    "pages": "bench.pages",
    "importer": "bench.importer",
    "search": "bench.search",
}


class BenchError(RuntimeError):
    """A benchmark could not run (missing tool, server did not start, ...): no result file."""


def row(
    metric: str,
    value: float,
    unit: str,
    *,
    target: float,
    better: str,
    **params: Any,
) -> dict[str, Any]:
    """One result row; figures without a target of their own go into `params`."""
    if better not in ("lower", "higher"):
        raise ValueError(f"better must be 'lower' or 'higher', not {better!r}")
    value, target = float(value), float(target)
    if not (math.isfinite(value) and math.isfinite(target)):
        raise BenchError(f"{metric}: value {value} / target {target} is not a finite number")
    return {
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "target": target,
        "better": better,
        "params": params,
    }


def meets(r: dict[str, Any]) -> bool:
    if r["better"] == "lower":
        return r["value"] <= r["target"]
    return r["value"] >= r["target"]


def load(name: str) -> Any:
    return importlib.import_module(BENCHMARKS[name])


def write_results(name: str, rows: list[dict[str, Any]]) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def format_table(name: str, rows: list[dict[str, Any]]) -> str:
    header = ("metric", "value", "unit", "target", "result")
    lines = [
        (
            r["metric"],
            f"{r['value']:g}",
            r["unit"],
            f"{'<=' if r['better'] == 'lower' else '>='} {r['target']:g}",
            "meets" if meets(r) else "MISSES",
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=False)]
    out = [f"== {name} =="]
    for cells in (header, *lines):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return "\n".join(out)
