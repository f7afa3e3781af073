"""What every document-type parser offers and returns."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from behoudplein.importer.extract import ExtractedDocument


@dataclass
class ParseResult:
    """Records read from one document.

    ``records`` follow the Public contract of SPEC.md (each has a ``kind``); ``document``
    describes the source (title, client, date, ...); ``shared_sections`` holds sections a
    document attributes to several records, stored once under a stable id that those records
    reference.
    """

    document_type: str
    document: dict[str, Any] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    shared_sections: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "document_type": self.document_type,
            "document": self.document,
            "records": self.records,
            "warnings": self.warnings,
            "shared_sections": self.shared_sections,
        }


class DocumentParser(ABC):
    """One document type: how much a text looks like it, and how to read it."""

    type_name: ClassVar[str]

    @property
    def name(self) -> str:
        return self.type_name

    def __str__(self) -> str:
        return self.type_name

    @abstractmethod
    def score(self, lines: Sequence[str]) -> float:
        """0.0 (not this type) to 1.0 (certainly this type), from the content only."""

    @abstractmethod
    def parse(self, document: ExtractedDocument) -> ParseResult:
        """Read the records; never raises for odd content, reports warnings instead."""
