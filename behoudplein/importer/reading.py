"""The reading layer as the import services see it: detect a type, parse a document.

The parsers live in ``importer.parsers`` (their own module, written separately); this adapter
keeps the services working against one small interface, and answers "unknown type" while no
parser is installed.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from behoudplein.importer.extract import ExtractedDocument

PROJECT_EVALUATION_REPORT = "project_evaluation_report"


@dataclass
class Parsed:
    """What the services need from a parser's result."""

    document_type: str
    document: dict[str, Any]
    records: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)


def _registry() -> ModuleType | None:
    try:
        return importlib.import_module("behoudplein.importer.parsers.registry")
    except ModuleNotFoundError as error:
        if error.name and error.name.startswith("behoudplein.importer.parsers"):
            return None
        raise


def _as_list(found: Any) -> list[str]:
    if found is None or found == "":
        return []
    if isinstance(found, str):
        return [found]
    if isinstance(found, Iterable):
        return [str(getattr(item, "name", item)) for item in found if item]
    return [str(getattr(found, "name", found))]


def detect_types(document: ExtractedDocument) -> list[str]:
    """The document types found in the content; empty when none is recognised."""
    registry = _registry()
    if registry is None:
        return []
    detect_all = getattr(registry, "detect_all", None)
    if callable(detect_all):
        return _as_list(detect_all(document.lines))
    return _as_list(registry.detect(document.lines))


def parse(document: ExtractedDocument, type_name: str) -> Parsed:
    """Parse with the named parser; ``KeyError`` when no parser has that name."""
    registry = _registry()
    if registry is None:
        raise KeyError(type_name)
    parser = registry.get(type_name)
    if parser is None:
        raise KeyError(type_name)
    result = parser.parse(document)
    return Parsed(
        document_type=type_name,
        document=dict(getattr(result, "document", None) or {}),
        records=[dict(record) for record in getattr(result, "records", None) or []],
        warnings=[str(w) for w in getattr(result, "warnings", None) or []],
    )
