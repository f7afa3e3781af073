"""Bad input end to end: what the reading layer does with files that are not what they seem."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from behoudplein.importer.extract import UnreadableDocument, extract_document
from behoudplein.importer.parsers import registry
from behoudplein.importer.tests.seeds import parsed_seed, seed_bytes
from behoudplein.importer.tests.synthetic import synthetic_report

TYPE = "project_evaluation_report"


def test_empty_file() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        extract_document(b"", filename="leeg.txt")
    assert caught.value.message


def test_binary_garbage() -> None:
    garbage = random.Random(3).randbytes(20_000)
    with pytest.raises(UnreadableDocument):
        extract_document(garbage, filename="rapport.txt")


def test_truncated_document_parses_what_is_there_and_reports_the_rest() -> None:
    text = seed_bytes().decode("utf-8")
    truncated = text[: int(len(text) * 0.3)]
    document = extract_document(truncated.encode("utf-8"))
    parser = registry.detect(document.lines)
    assert parser is not None and parser.type_name == TYPE
    result = parser.parse(document)

    completeness = result.document["completeness"]
    assert completeness["toc_entries"] == 43
    assert 5 < completeness["found"] < 43
    assert completeness["found"] + len(completeness["missing"]) == 43
    assert len(result.records) == completeness["found"]
    for code in completeness["missing"]:
        assert any(code in warning for warning in result.warnings)
    assert any("van de 43 projecten" in warning for warning in result.warnings)

    # What was there is read as in the complete document.
    _, full = parsed_seed()
    complete = {record["code"]: record for record in full.records}
    for record in result.records[:-1]:
        expected = complete[record["code"]]
        for key in ("title", "submitter", "executor", "period_start", "max_subsidy_eur"):
            assert record[key] == expected[key], (record["code"], key)


def test_misleading_extension_gives_a_warning_and_the_same_records() -> None:
    data = seed_bytes()
    named = extract_document(data, filename="evaluatie.pdf")
    assert named.format == "text"
    assert len(named.warnings) == 1
    plain = extract_document(data)
    parser = registry.get(TYPE)
    assert parser.parse(named).records == parser.parse(plain).records


def test_pdf_bytes_with_a_text_name_are_read_as_pdf() -> None:
    from behoudplein.importer.tests.pdf_builder import text_pdf

    document = extract_document(text_pdf([["Inhoud van een PDF"]]), filename="notities.md")
    assert document.format == "pdf"
    assert registry.detect(document.lines) is None


def test_contents_without_descriptions_reports_every_project_missing() -> None:
    report = synthetic_report()
    contents_only = report[: report.index("# Hoofdstuk 2 Projecten techniek")]
    result = registry.get(TYPE).parse(extract_document(contents_only.encode()))
    assert result.records == []
    assert result.document["completeness"]["missing"] == ["TW101", "TW102", "ZB7", "ZB8-9", "ZB12"]


def test_descriptions_without_contents_still_give_records() -> None:
    report = synthetic_report()
    start = report.index("## Inhoud")
    end = report.index("# Hoofdstuk 2 Projecten techniek")
    result = registry.get(TYPE).parse(extract_document((report[:start] + report[end:]).encode()))
    assert "Geen inhoudsopgave met projectcodes gevonden." in result.warnings
    codes = [record["code"] for record in result.records]
    assert codes[:2] == ["TW101", "TW102"]
    assert _title(result.records, "TW101") == "Leren in de werkplaats"


def _title(records: list[dict[str, object]], code: str) -> object:
    return next(record["title"] for record in records if record["code"] == code)


def test_duplicate_description_is_reported() -> None:
    report = synthetic_report()
    start = report.index("## ZB8-9")
    end = report.index("### Algemene gegevens\n\nProjectnummer\t2021ZB10")
    duplicated = report.replace(report[start:end], report[start:end] * 2)
    result = registry.get(TYPE).parse(extract_document(duplicated.encode()))
    assert result.document["completeness"]["duplicates"] == ["ZB8-9"]
    assert [record["code"] for record in result.records].count("ZB8-9") == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=60))
def test_parser_never_crashes_on_arbitrary_lines(lines: list[str]) -> None:
    from behoudplein.importer.extract import ExtractedDocument

    parser = registry.get(TYPE)
    assert 0.0 <= parser.score(lines) <= 1.0
    result = parser.parse(ExtractedDocument(lines=lines, format="text"))
    assert isinstance(result.records, list)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_parser_never_crashes_on_shuffled_report_lines(data: st.DataObject) -> None:
    from behoudplein.importer.extract import ExtractedDocument

    lines = synthetic_report().splitlines()
    shuffled = data.draw(st.permutations(lines))
    result = registry.get(TYPE).parse(ExtractedDocument(lines=list(shuffled), format="text"))
    for record in result.records:
        assert record["kind"] == "project"
