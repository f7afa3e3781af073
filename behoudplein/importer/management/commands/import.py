"""`behoudplein import PATH [--dry-run] [--json] [--type TYPE] [--draft]` (SPEC Public contract)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from behoudplein.importer.services import (
    UNKNOWN_TYPE,
    UnknownDocumentType,
    UnreadableDocument,
    import_document,
    import_path,
)


class Command(BaseCommand):
    help = "Importeer een document of een map met documenten (type herkend aan de inhoud)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="bestand of map")
        parser.add_argument("--dry-run", action="store_true", help="alleen tonen, niets opslaan")
        parser.add_argument("--json", action="store_true", help="één JSON-object op stdout")
        parser.add_argument(
            "--type", dest="type_name", help="documenttype (overschrijft herkenning)"
        )
        parser.add_argument("--draft", action="store_true", help="records niet publiceren")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"])
        common = {
            "dry_run": options["dry_run"],
            "draft": options["draft"],
            "type_name": options["type_name"],
            "progress": self._progress,
        }
        if path.is_dir():
            documents = import_path(path=path, **common)
            self._end_progress()
            recognised = [
                d for d in documents if d["document_type"] not in ("unknown", "unreadable")
            ]
            self._output({"documents": documents}, options["json"])
            if not recognised:
                sys.exit(2 if any(d["document_type"] == "unknown" for d in documents) else 1)
            return
        try:
            report = import_document(path_or_bytes=path, **common)
        except UnreadableDocument as error:
            self._end_progress()
            self.stderr.write(error.message)
            sys.exit(1)
        except UnknownDocumentType as error:
            self._end_progress()
            self.stderr.write(error.message if UNKNOWN_TYPE in error.message else UNKNOWN_TYPE)
            sys.exit(2)
        self._end_progress()
        self._output(report.as_json(), options["json"])
        for warning in report.warnings if options["json"] else []:
            self.stderr.write(f"waarschuwing: {warning}")

    _progress_shown = False

    def _progress(self, done: int, total: int) -> None:
        self._progress_shown = True
        width = 30
        filled = width * done // max(total, 1)
        self.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stderr.flush()

    def _end_progress(self) -> None:
        if self._progress_shown:
            self.stderr.write("")
            self._progress_shown = False

    def _output(self, obj: dict[str, Any], as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(obj, ensure_ascii=False))
            return
        documents = obj.get("documents", [obj])
        for document in documents:
            records = document["records"]
            statuses: dict[str, int] = {}
            for record in records:
                statuses[record.get("status", "?")] = statuses.get(record.get("status", "?"), 0) + 1
            summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "geen records"
            self.stdout.write(f"{document['document_type']}: {len(records)} records ({summary})")
            for warning in document["warnings"]:
                self.stdout.write(f"  waarschuwing: {warning}")
