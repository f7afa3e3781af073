"""Access to the seed documents beside the repository (tests skip when they are absent)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from behoudplein.importer.extract import ExtractedDocument, extract_document
from behoudplein.importer.parsers.base import ParseResult

SEEDS_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
EVALUATION_SEED = "evaluatie-dwsra-bijlagen-6-7-8.txt"
OTHER_SEEDS = (
    "actieplan-van-werk-naar-werk-matchtafel.txt",
    "flevoland-actielijn-behoud.txt",
    "interventiewijzer-duurzame-inzetbaarheid.txt",
    "sectorplanplus-delen-aanpak-behoud.txt",
)


def seed_bytes(name: str = EVALUATION_SEED) -> bytes:
    path = SEEDS_DIR / name
    if not path.is_file():
        pytest.skip(f"seed document not available: {path}")
    return path.read_bytes()


@lru_cache(maxsize=1)
def _parsed(data: bytes) -> tuple[ExtractedDocument, ParseResult]:
    from behoudplein.importer.parsers import registry

    document = extract_document(data)
    return document, registry.get("project_evaluation_report").parse(document)


def parsed_seed() -> tuple[ExtractedDocument, ParseResult]:
    """The evaluation seed, extracted and parsed once per test session."""
    return _parsed(seed_bytes())
