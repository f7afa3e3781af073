"""Import orchestration: bytes → type → parse → store, one transaction per document.

The command line (`behoudplein import`), the upload screen and the benchmark call these
functions; the JSON they return is the Public contract of SPEC.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from behoudplein.core.audit import audit_log
from behoudplein.importer import reading
from behoudplein.importer.extract import ExtractedDocument, UnreadableDocument, extract_document

if TYPE_CHECKING:
    from behoudplein.accounts.models import User
    from behoudplein.knowledge.models import SourceDocument

UNKNOWN_TYPE = "onbekend documenttype"
SYSTEM_USER_EMAIL = "systeem@behoudplein.invalid"
UNREADABLE = "Het bestand kan niet worden gelezen: {error}"
NOT_IMPLEMENTED_KIND = "Records van soort '{kind}' worden nog niet opgeslagen."

Progress = Callable[[int, int], None]

__all__ = [
    "UNKNOWN_TYPE",
    "ImportReport",
    "UnknownDocumentType",
    "UnreadableDocument",
    "import_document",
    "import_path",
]


class UnknownDocumentType(Exception):
    """The content matches no known document type."""

    def __init__(self, message: str = UNKNOWN_TYPE) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ImportReport:
    document_type: str | list[str]
    records: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    title: str = ""

    def as_json(self) -> dict[str, Any]:
        """The object of the Public contract: document_type, records, warnings."""
        return {
            "document_type": self.document_type,
            "records": self.records,
            "warnings": self.warnings,
        }


def unknown_document_json() -> dict[str, Any]:
    return {"document_type": "unknown", "records": [], "warnings": [UNKNOWN_TYPE]}


def system_user() -> User:
    """The user imports without a person are attributed to (inactive, cannot log in)."""
    from behoudplein.accounts.models import User

    user, created = User.objects.get_or_create(
        email=SYSTEM_USER_EMAIL, defaults={"full_name": "Systeem (import)", "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def read_source(path_or_bytes: str | Path | bytes) -> tuple[bytes, str | None]:
    if isinstance(path_or_bytes, bytes | bytearray):
        return bytes(path_or_bytes), None
    path = Path(path_or_bytes)
    try:
        return path.read_bytes(), path.name
    except OSError as error:
        raise UnreadableDocument(UNREADABLE.format(error=error.strerror or error)) from error


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def import_document(
    *,
    path_or_bytes: str | Path | bytes,
    dry_run: bool,
    draft: bool,
    type_name: str | None = None,
    by: User | None = None,
    filename: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import one document. Raises UnreadableDocument or UnknownDocumentType."""
    data, name = read_source(path_or_bytes)
    document = extract_document(data, filename=filename or name)
    types = [type_name] if type_name else reading.detect_types(document)
    if not types:
        raise UnknownDocumentType
    parts = []
    for part_type in types:
        try:
            parts.append(reading.parse(document, part_type))
        except KeyError as error:
            raise UnknownDocumentType(f"{UNKNOWN_TYPE}: {part_type}") from error
    report = ImportReport(
        document_type=types[0] if len(types) == 1 else types,
        warnings=list(document.warnings),
        dry_run=dry_run,
    )
    checksum = hashlib.sha256(data).hexdigest()
    with transaction.atomic():
        actor = by if by is not None else system_user()
        for part in parts:
            _store_part(part, document, checksum, report, draft=draft, progress=progress)
        if dry_run:
            transaction.set_rollback(True)
        elif any(report.counts.get(k) for k in ("created", "updated")):
            audit_log(
                action="importer.import",
                actor=actor,
                details={"document": report.title, "checksum": checksum, **report.counts},
            )
    return report


def _store_part(
    part: reading.Parsed,
    document: ExtractedDocument,
    checksum: str,
    report: ImportReport,
    *,
    draft: bool,
    progress: Progress | None,
) -> None:
    from behoudplein.knowledge import services as knowledge
    from behoudplein.knowledge.search_documents import sync_projects

    source = _source_document(part, checksum)
    report.title = report.title or source.title
    report.warnings.extend(part.warnings)
    total = len(part.records)
    projects_seen = 0
    to_index = []  # indexed in one batch at the end: one search index write, not one per project
    # What the projects need from the database is read once for all of them.
    cache = knowledge.project_store_cache(
        records=[record for record in part.records if record.get("kind") == "project"]
    )
    for index, record in enumerate(part.records, start=1):
        out = _json_safe(record)
        out.setdefault("warnings", [])
        line = record.get("source_line")
        if isinstance(line, int) and document.page_of(line) is not None:
            out["source_page"] = document.page_of(line)
        if record.get("kind") == "project":
            projects_seen += 1
            stored = knowledge.project_store_record(
                record=record,
                source_document=source,
                draft=draft,
                toc_position=projects_seen,
                index=False,
                cache=cache,
            )
            if stored.needs_indexing:
                to_index.append(stored.project)
            out["status"] = stored.status
            out["warnings"] = [*out["warnings"], *stored.warnings]
            report.warnings.extend(stored.warnings)
            report.counts[stored.status] = report.counts.get(stored.status, 0) + 1
        else:
            out["status"] = "skipped"
            out["warnings"].append(NOT_IMPLEMENTED_KIND.format(kind=record.get("kind")))
        report.records.append(out)
        if progress is not None:
            progress(index, total)
    sync_projects(to_index)


def _source_document(part: reading.Parsed, checksum: str) -> SourceDocument:
    from behoudplein.knowledge.models import SourceDocument

    meta = part.document

    def text(key: str, limit: int) -> str:
        value = meta.get(key)
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        return str(value or "").strip()[:limit]

    title = text("title", 300) or "Onbekend document"
    identity = {"title": title, "client": text("client", 300), "date": text("date", 40)}
    values = {
        "author_organisation": text("author_organisation", 300) or text("author", 300),
        "annexes": text("annexes", 200),
        "checksum": checksum,
        "document_type": part.document_type,
    }
    source = SourceDocument.objects.filter(**identity).first()
    if source is None:
        return SourceDocument.objects.create(**identity, **values, imported_at=timezone.now())
    if any(getattr(source, k) != v for k, v in values.items()):
        for key, value in values.items():
            setattr(source, key, value)
        source.imported_at = timezone.now()
        source.save()
    return source


def import_path(
    *,
    path: str | Path,
    dry_run: bool,
    draft: bool,
    type_name: str | None = None,
    by: User | None = None,
    progress: Progress | None = None,
) -> list[dict[str, Any]]:
    """Import every file of a folder, each in its own transaction; one JSON object per file."""
    files = sorted(p for p in Path(path).iterdir() if p.is_file() and not p.name.startswith("."))
    documents: list[dict[str, Any]] = []
    for index, file in enumerate(files, start=1):
        try:
            report = import_document(
                path_or_bytes=file, dry_run=dry_run, draft=draft, type_name=type_name, by=by
            )
            documents.append(report.as_json())
        except UnknownDocumentType:
            documents.append(unknown_document_json())
        except UnreadableDocument as error:
            documents.append(
                {"document_type": "unreadable", "records": [], "warnings": [error.message]}
            )
        if progress is not None:
            progress(index, len(files))
    return documents
