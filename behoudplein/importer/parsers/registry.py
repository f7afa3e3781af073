"""The one small registry of document-type parsers.

Detection looks at the content only: each parser scores the lines and the best score above
the threshold wins. File names never take part.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from behoudplein.importer.parsers.base import DocumentParser

P = TypeVar("P", bound=DocumentParser)

DETECTION_THRESHOLD = 0.5

_parsers: dict[str, DocumentParser] = {}


class UnknownDocumentType(KeyError):
    """No parser is registered under this type name."""


def register(parser_cls: type[P]) -> type[P]:
    """Class decorator: make a parser available under its ``type_name``."""
    _parsers[parser_cls.type_name] = parser_cls()
    return parser_cls


def get(type_name: str) -> DocumentParser:
    _load_builtin()
    try:
        return _parsers[type_name]
    except KeyError:
        raise UnknownDocumentType(type_name) from None


def names() -> list[str]:
    _load_builtin()
    return sorted(_parsers)


def scores(lines: Sequence[str]) -> dict[str, float]:
    """Every registered parser's score for these lines (for diagnostics)."""
    _load_builtin()
    return {name: parser.score(lines) for name, parser in _parsers.items()}


def detect_all(
    lines: Sequence[str], threshold: float = DETECTION_THRESHOLD
) -> list[DocumentParser]:
    """Parsers whose score reaches the threshold, best first (a document may mix types)."""
    _load_builtin()
    scored = sorted(
        ((parser.score(lines), name) for name, parser in _parsers.items()),
        key=lambda pair: (-pair[0], pair[1]),
    )
    return [_parsers[name] for score, name in scored if score >= threshold]


def detect(lines: Sequence[str], threshold: float = DETECTION_THRESHOLD) -> DocumentParser | None:
    """The best-scoring parser for these lines, or None when none reaches the threshold."""
    found = detect_all(lines, threshold)
    return found[0] if found else None


def _load_builtin() -> None:
    # Importing the package registers the parsers it ships with.
    import behoudplein.importer.parsers  # noqa: F401
