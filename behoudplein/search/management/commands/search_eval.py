"""`behoudplein search_eval [--set dev|validation|all]`: nDCG@10, recall@10 and MRR.

Loads the seed report and the demo data into the current database when they are missing.
`--compare-with DATABASE_URL` also evaluates on another database (e.g. PostgreSQL next to
SQLite) in a subprocess and prints both backends with their top-10 overlap.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from behoudplein.search import evaluation


class Command(BaseCommand):
    help = "Meet de zoekkwaliteit op de beoordeelde zoekvragen (nDCG@10, recall@10, MRR)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--set", dest="which", default="all", choices=["dev", "validation", "all"]
        )
        parser.add_argument("--json", action="store_true")
        parser.add_argument(
            "--rankings",
            action="store_true",
            help="Met --json ook de rangschikking per zoekvraag van de validatieset (om twee "
            "databases te vergelijken; zonder dit alleen voor --set dev).",
        )
        parser.add_argument("--compare-with", dest="other_url", default="")
        parser.add_argument(
            "--per-query",
            action="store_true",
            help="Per zoekvraag nDCG@10 en de beoordeelde documenten buiten de top 10 "
            "(alleen met --set dev).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["per_query"] and options["which"] != "dev":
            # The validation queries are only ever looked at as a whole (issue 6), so that
            # nobody tunes the engine to them.
            raise CommandError("--per-query alleen met --set dev: de validatieset blijft geheel.")
        if options["per_query"] and options["json"]:
            raise CommandError("--per-query schrijft tekst; --json geeft de rangschikkingen al.")
        if not evaluation.SEED.exists():
            raise CommandError(f"Seed ontbreekt: {evaluation.SEED}")
        evaluation.ensure_corpus()
        which = options["which"]
        report = evaluation.evaluate(which)
        data: dict[str, Any] = report.summary()
        if which == "dev" or options["rankings"]:
            # The validation queries one by one only for a comparison of backends (issue 6).
            data["rankings"] = report.rankings
        if options["json"]:
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self._print(report.summary())
        if options["per_query"]:
            self._print_per_query(report)
        if options["other_url"]:
            other = run_elsewhere(options["other_url"], which)
            self._print({k: v for k, v in other.items() if k != "rankings"})
            overlaps = [
                evaluation.overlap(ranking, other["rankings"].get(query, []))
                for query, ranking in report.rankings.items()
            ]
            mean = sum(overlaps) / len(overlaps) if overlaps else 1.0
            self.stdout.write(f"top-10 overlap: {mean:.3f} (min {min(overlaps, default=1):.2f})")

    def _print_per_query(self, report: evaluation.Report) -> None:
        """Worst first: each query's nDCG@10 and what it should have found in the top 10."""
        judged = {item["query"]: item["relevant"] for item in evaluation.load_queries("dev")}
        for query, metrics in sorted(report.per_query.items(), key=lambda kv: kv[1]["ndcg"]):
            self.stdout.write(f"{metrics['ndcg']:.3f}  {query}")
            top = report.rankings[query][: evaluation.CUTOFF]
            missed = [f"{key} ({grade})" for key, grade in judged[query].items() if key not in top]
            if missed:
                self.stdout.write(f"       niet in de top 10: {', '.join(missed)}")

    def _print(self, summary: dict[str, Any]) -> None:
        self.stdout.write(
            f"{summary['backend']:10} {summary['set']:10} {summary['queries']:3} queries  "
            f"nDCG@10 {summary['ndcg@10']:.3f}  recall@10 {summary['recall@10']:.3f}  "
            f"MRR {summary['mrr']:.3f}"
        )


def run_elsewhere(database_url: str, which: str) -> dict[str, Any]:
    """Migrate the other database and evaluate there (a fresh process, its own settings)."""
    env = {**os.environ, "DATABASE_URL": database_url}
    base = [sys.executable, "-m", "behoudplein"]
    subprocess.run([*base, "migrate", "--no-input", "-v0"], env=env, check=True)  # noqa: S603
    out = subprocess.run(  # noqa: S603
        [*base, "search_eval", "--set", which, "--json", "--rankings"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result
