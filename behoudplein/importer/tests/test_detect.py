from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence

import pytest

from behoudplein.importer.extract import ExtractedDocument, extract_document
from behoudplein.importer.parsers import registry
from behoudplein.importer.parsers.base import DocumentParser, ParseResult
from behoudplein.importer.tests.seeds import OTHER_SEEDS, seed_bytes
from behoudplein.importer.tests.synthetic import synthetic_report

TYPE = "project_evaluation_report"


def test_seed_is_detected() -> None:
    document = extract_document(seed_bytes())
    parser = registry.detect(document.lines)
    assert parser is not None
    assert parser.type_name == TYPE
    assert registry.scores(document.lines)[TYPE] >= 0.9


@pytest.mark.parametrize("filename", [None, "evaluatie.txt", "scan.pdf", "notulen.docx", "x"])
def test_renaming_does_not_matter(filename: str | None) -> None:
    document = extract_document(seed_bytes(), filename=filename)
    parser = registry.detect(document.lines)
    assert parser is not None and parser.type_name == TYPE


def test_random_text_is_not_detected() -> None:
    rng = random.Random(7)
    words = ["de", "het", "een", "project", "werk", "zorg", "regio", "medewerkers", "en", "van"]
    lines = [" ".join(rng.choice(words) for _ in range(12)) for _ in range(400)]
    assert registry.detect(lines) is None
    assert registry.detect([]) is None


def test_prose_about_projects_is_not_detected() -> None:
    lines = [
        "# Verslag van de regiobijeenkomst",
        "",
        "Het projectnummer van de aanvraag volgt later; de aanvrager belt nog.",
        "De subsidieperiode loopt tot eind volgend jaar, zei de voorzitter.",
        "",
        "## Vervolg",
        "Wij spreken in maart opnieuw af.",
    ]
    assert registry.detect(lines) is None


@pytest.mark.parametrize("name", OTHER_SEEDS)
def test_other_seed_documents_are_not_evaluation_reports(name: str) -> None:
    document = extract_document(seed_bytes(name))
    assert TYPE not in [parser.type_name for parser in registry.detect_all(document.lines)]


def test_detection_does_not_rely_on_report_specific_words() -> None:
    text = seed_bytes().decode("utf-8")
    # Other code prefixes, no client, programme or author names.
    text = re.sub(r"\bDW(?=\s?\d)", "AB", text)
    text = re.sub(r"\bSRA(?=\s?\d)", "XY", text)
    for word in ("DWSRA", "SZW", "Ecorys", "Ministerie", "Sociale Zaken", "Werknemersregelingen"):
        text = text.replace(word, "Iets")
    lines = text.splitlines()
    parser = registry.detect(lines)
    assert parser is not None and parser.type_name == TYPE


def test_synthetic_report_of_the_same_genre_is_detected() -> None:
    assert registry.scores(synthetic_report().splitlines())[TYPE] >= 0.9


def test_get_and_names() -> None:
    assert registry.get(TYPE).type_name == TYPE
    assert TYPE in registry.names()
    with pytest.raises(registry.UnknownDocumentType):
        registry.get("intervention_guide")
    with pytest.raises(KeyError):
        registry.get("no_such_type")


class _AlwaysParser(DocumentParser):
    type_name = "test_always"

    def score(self, lines: Sequence[str]) -> float:
        return 0.95 if any("ALTIJD" in line for line in lines) else 0.0

    def parse(self, document: ExtractedDocument) -> ParseResult:
        return ParseResult(document_type=self.type_name)


@pytest.fixture
def extra_parser() -> Iterator[type[_AlwaysParser]]:
    registry.register(_AlwaysParser)
    yield _AlwaysParser
    registry._parsers.pop(_AlwaysParser.type_name, None)


def test_register_and_choose_by_score(extra_parser: type[_AlwaysParser]) -> None:
    assert "test_always" in registry.names()
    found = registry.detect(["ALTIJD", "tekst"])
    assert found is not None and found.type_name == "test_always"
    assert str(found) == "test_always" and found.name == "test_always"
    assert registry.detect(["tekst"]) is None
    both = registry.detect_all([*synthetic_report().splitlines(), "ALTIJD"])
    assert [parser.type_name for parser in both] == [TYPE, "test_always"]
