"""Relevance on the judged query set: nDCG@10, recall@10 and MRR, as a visitor searches.

The judgments (tests/judgments/queries.json) name documents by natural key:
``project:DW2012``, ``lesson:DW2012/obstacles/1``, ``share:61000001/T3``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import connection

from . import services

JUDGMENTS = Path(__file__).resolve().parent / "tests" / "judgments" / "queries.json"
SEEDS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED = SEEDS_DIR / "evaluatie-dwsra-bijlagen-6-7-8.txt"
CUTOFF = 10


def judged_key(kind: str, key: Any) -> str:
    if kind == "lesson":
        return f"lesson:{key['code']}/{key['section']}/{key['index']}"
    if kind == "project":
        return f"project:{key['code']}"
    if kind == "share":
        return f"share:{key['organisation']}/{key['round']}"
    return f"{kind}:{services.natural_key(key)}"


def load_queries(which: str = "all") -> list[dict[str, Any]]:
    queries: list[dict[str, Any]] = json.loads(JUDGMENTS.read_text(encoding="utf-8"))["queries"]
    return [q for q in queries if which == "all" or q["set"] == which]


def ndcg(ranking: list[str], judged: dict[str, int], cutoff: int = CUTOFF) -> float:
    gains = [2 ** judged.get(key, 0) - 1 for key in ranking[:cutoff]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in judged.values()), reverse=True)[:cutoff]
    best = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best else 0.0


def recall(ranking: list[str], judged: dict[str, int], cutoff: int = CUTOFF) -> float:
    relevant = {k for k, g in judged.items() if g > 0}
    return len(relevant.intersection(ranking[:cutoff])) / len(relevant) if relevant else 0.0


def reciprocal_rank(ranking: list[str], judged: dict[str, int]) -> float:
    for position, key in enumerate(ranking, start=1):
        if judged.get(key, 0) > 0:
            return 1.0 / position
    return 0.0


@dataclass
class Report:
    backend: str
    which: str
    rankings: dict[str, list[str]] = field(default_factory=dict)
    per_query: dict[str, dict[str, float]] = field(default_factory=dict)

    def mean(self, metric: str) -> float:
        values = [m[metric] for m in self.per_query.values()]
        return sum(values) / len(values) if values else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "set": self.which,
            "queries": len(self.per_query),
            "ndcg@10": round(self.mean("ndcg"), 4),
            "recall@10": round(self.mean("recall"), 4),
            "mrr": round(self.mean("mrr"), 4),
        }


def evaluate(which: str = "all", queries: Iterable[dict[str, Any]] | None = None) -> Report:
    report = Report(backend=connection.vendor, which=which)
    for item in queries if queries is not None else load_queries(which):
        results = services.search(query=item["query"], user=AnonymousUser(), limit=CUTOFF)
        ranking = [judged_key(hit.kind, hit.key) for hit in results.results]
        judged = item["relevant"]
        report.rankings[item["query"]] = ranking
        report.per_query[item["query"]] = {
            "ndcg": ndcg(ranking, judged),
            "recall": recall(ranking, judged),
            "mrr": reciprocal_rank(ranking, judged),
        }
    return report


def overlap(a: list[str], b: list[str], cutoff: int = CUTOFF) -> float:
    """Share of the top-10 two rankings have in common (1.0 when both are empty)."""
    top_a, top_b = set(a[:cutoff]), set(b[:cutoff])
    size = max(len(top_a), len(top_b))
    return len(top_a & top_b) / size if size else 1.0


def ensure_corpus() -> None:
    """The seed report (through the importer) and the demo data, then a reindex."""
    from behoudplein.knowledge.models import Project

    if not Project.objects.filter(code="DW2012").exists():
        from behoudplein.importer.services import import_document

        import_document(path_or_bytes=SEED, dry_run=False, draft=False)
    if not Project.objects.filter(code="DEMO01").exists():
        from behoudplein.core.demo import load_demo

        load_demo()
    services.reindex()
