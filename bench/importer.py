"""`importer` benchmark: parse and store the evaluation-report seed in-process on SQLite.

Calls the same service as `behoudplein import` (importer.services.import_document) on a fresh
SQLite database after django.setup(); metric `seed_import_s`, peak memory in params.
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

REPO_DIR = Path(__file__).resolve().parent.parent
SEED = REPO_DIR.parent / "shared" / "seeds" / "evaluatie-dwsra-bijlagen-6-7-8.txt"
TARGET_S = 2.0
RUNS = 3


def _setup(database: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "behoudplein.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def run() -> list[dict[str, Any]]:
    if not SEED.is_file():
        raise RuntimeError(f"seed document not available: {SEED}")
    with tempfile.TemporaryDirectory() as tmp:
        _setup(Path(tmp) / "bench.sqlite3")
        from django.db import connection

        from behoudplein.importer.services import import_document
        from behoudplein.knowledge.models import Lesson, Project, SourceDocument, Tag

        def reset() -> None:
            # Every run starts from an empty Kennisbank (rules stay, as after migrate).
            for model in (Project, Lesson, SourceDocument, Tag):
                model.objects.all().delete()

        data = SEED.read_bytes()
        timings = []
        for _ in range(RUNS):
            reset()
            start = time.perf_counter()
            report = import_document(path_or_bytes=data, dry_run=False, draft=False)
            timings.append(time.perf_counter() - start)
        projects = Project.objects.count()
        reset()
        tracemalloc.start()
        import_document(path_or_bytes=data, dry_run=False, draft=False)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        connection.close()
    return [
        {
            "metric": "seed_import_s",
            "value": round(statistics.median(timings), 3),
            "unit": "s",
            "target": TARGET_S,
            "better": "lower",
            "params": {
                "database": "sqlite",
                "runs": RUNS,
                "best_s": round(min(timings), 3),
                "projects": projects,
                "records": len(report.records),
                "peak_python_alloc_mb": round(peak / 1e6, 1),
                "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
        }
    ]


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
