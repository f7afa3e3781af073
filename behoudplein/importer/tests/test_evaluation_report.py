from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from docx import Document

from behoudplein.importer.extract import extract_document
from behoudplein.importer.parsers import registry
from behoudplein.importer.parsers.base import ParseResult
from behoudplein.importer.tests.pdf_builder import text_pdf
from behoudplein.importer.tests.seeds import parsed_seed
from behoudplein.importer.tests.synthetic import synthetic_plain_lines, synthetic_report

TYPE = "project_evaluation_report"
ISO = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _record(result: ParseResult, code: str) -> dict[str, Any]:
    matches = [record for record in result.records if record["code"] == code]
    assert len(matches) == 1, code
    return matches[0]


def _parse_text(text: str) -> ParseResult:
    return registry.get(TYPE).parse(extract_document(text.encode()))


# --- the seed -----------------------------------------------------------------------------


def test_every_contents_entry_is_found_exactly_once() -> None:
    _, result = parsed_seed()
    completeness = result.document["completeness"]
    assert completeness == {
        "toc_entries": 43,
        "found": 43,
        "missing": [],
        "not_in_toc": [],
        "duplicates": [],
    }
    codes = [record["code"] for record in result.records]
    assert len(codes) == len(set(codes)) == 43
    assert result.warnings == []


def test_records_have_the_contract_shape() -> None:
    _, result = parsed_seed()
    for record in result.records:
        assert record["kind"] == "project"
        assert " " not in record["code"]
        for key, value in record.items():
            if key.endswith(("_eur", "_pct")):
                assert value is None or isinstance(value, int), (record["code"], key)
        for key in ("period_start", "period_end"):
            assert record[key] is None or ISO.match(record[key])
        assert isinstance(record["source_line"], int)
        assert set(record["sections"]) >= {
            "cause",
            "goal",
            "activities",
            "obstacles",
            "success_factors",
            "lessons",
            "continuation",
        }
        assert isinstance(record["warnings"], list)
    json.dumps(result.as_json())  # serialisable as the CLI prints it


def test_source_line_points_at_the_description() -> None:
    document, result = parsed_seed()
    for record in result.records:
        window = document.lines[record["source_line"] - 1 : record["source_line"] + 8]
        numbers = "".join(window)
        assert any(number in numbers for number in record["project_numbers"]), record["code"]


def test_document_facts() -> None:
    _, result = parsed_seed()
    document = result.document
    assert document["title"] == "Evaluatie DWSRA"
    assert document["subtitle"] == "Bijlagen 6, 7 en 8"
    assert document["client"].startswith("Ministerie van Sociale Zaken")
    assert document["date"] == "2020-02-11"
    assert document["place"] == "Rotterdam"
    assert document["author_organisation"] == "Ecorys"
    assert [annex["number"] for annex in document["annexes"]] == ["6", "7", "8"]
    assert len(document["authors"]) == 7


def test_activities_with_intended_and_realised() -> None:
    _, result = parsed_seed()
    activities = _record(result, "DW2012")["sections"]["activities"]
    assert [activity["title"] for activity in activities] == [
        "Landelijke events",
        "Regionale events",
        "Leermanagementsysteem",
        "Ondersteuning bij toepassing loopbaanwijzer",
        "Arbeidsbemiddelaars",
        "Masterclass Mobri",
    ]
    for activity in activities:
        assert activity["intended"] and activity["realised"], activity["title"]
    assert "450" in activities[0]["realised"]
    assert "400 deelnemers" in activities[0]["intended"]


def test_activities_from_inline_labels() -> None:
    _, result = parsed_seed()
    activities = _record(result, "DW2013")["sections"]["activities"]
    first = activities[0]
    assert first["title"].startswith("DW1")
    assert first["intended"].startswith("100 deelnemers")
    assert "180 werkzoekenden" in first["realised"]


def test_activities_from_a_table() -> None:
    _, result = parsed_seed()
    activities = _record(result, "DW20110")["sections"]["activities"]
    assert [activity["title"] for activity in activities] == [
        "App & Portal",
        "24H Personal Plan",
        "Opvolging met vitaliserend aanbod",
    ]
    assert all(activity["intended"] and activity["realised"] for activity in activities)
    # The row continued after a page break is glued back to its activity.
    assert "eigen loopbaan" in activities[1]["intended"]


def test_phase_heading_repeating_the_titles_continues_the_activities() -> None:
    _, result = parsed_seed()
    activities = _record(result, "DW20137")["sections"]["activities"]
    assert len(activities) == 3
    assert "148 kandidaten" in activities[0]["realised"]
    assert "44" in activities[1]["realised"]


@pytest.mark.parametrize(
    ("code", "section", "count"),
    [
        ("DW2012", "lessons", 3),
        ("DW2014", "obstacles", 6),
        ("DW2014", "lessons", 7),
        ("SRA20139", "lessons", 6),
        ("SRA20147", "success_factors", 4),
        ("SRA20116", "obstacles", 5),
    ],
)
def test_list_sections(code: str, section: str, count: int) -> None:
    _, result = parsed_seed()
    assert len(_record(result, code)["sections"][section]) == count


def test_lessons_are_found_wherever_the_document_has_them() -> None:
    _, result = parsed_seed()
    without = [record["code"] for record in result.records if not record["sections"]["lessons"]]
    assert without == []


def test_item_cut_by_a_page_break_is_one_item() -> None:
    _, result = parsed_seed()
    factors = _record(result, "SRA20111")["sections"]["success_factors"]
    assert len(factors) == 2
    assert "geografisch is afgebakend" in factors[0]


def test_combined_heading_fills_both_sections_and_keeps_risks_apart() -> None:
    _, result = parsed_seed()
    record = _record(result, "DW2013")
    sections = record["sections"]
    assert sections["success_factors"] == sections["lessons"]
    assert len(sections["lessons"]) == 11
    assert len(sections["risks"]) == 2
    assert any("combineert" in warning for warning in record["warnings"])


def test_back_matter_is_not_part_of_the_last_project() -> None:
    _, result = parsed_seed()
    continuation = _record(result, "SRA20147")["sections"]["continuation"]
    assert continuation.startswith("Het dashboard")
    assert "Ecorys" not in continuation


def test_code_like_labels_inside_projects_do_not_start_projects() -> None:
    _, result = parsed_seed()
    # Pilot labels ('DW1'), activity labels ('SRA 1') and cross-references stay inside.
    codes = {record["code"] for record in result.records}
    assert not codes & {"DW1", "DW2", "SRA1", "SRA2", "S1"}
    assert _record(result, "DW20127")["related_codes"] == ["SRA20146"]


def test_shared_section_is_stored_once_and_linked() -> None:
    _, result = parsed_seed()
    section_id = "DW20132+DW20134+DW20135:success_factors"
    shared = result.shared_sections[section_id]
    assert shared["projects"] == ["DW20132", "DW20134", "DW20135"]
    assert shared["owner"] == "DW20135"
    assert len(shared["content"]) == 2
    for code in ("DW20132", "DW20134", "DW20135"):
        record = _record(result, code)
        assert record["shared_sections"]["success_factors"] == section_id
        assert record["sections"]["success_factors"] == shared["content"]
    # The descriptions that refer to DW20135 also share its lessons and continuation.
    for key in ("lessons", "continuation"):
        assert _record(result, "DW20132")["shared_sections"][key].endswith(f":{key}")
    assert _record(result, "DW20130")["shared_sections"] == {}


def test_missing_sections_are_reported() -> None:
    _, result = parsed_seed()
    record = _record(result, "DW2014")
    assert "Sectie 'borging' niet gevonden." in record["warnings"]
    assert "Rij 'uitvoerder' ontbreekt in de tabel met algemene gegevens." in record["warnings"]


# --- another report of the same genre -------------------------------------------------------


def test_other_prefixes_labels_and_heading_styles() -> None:
    result = _parse_text(synthetic_report())
    assert [record["code"] for record in result.records] == [
        "TW101",
        "TW102",
        "ZB7",
        "ZB8-9",
        "ZB10",
    ]
    tw101 = _record(result, "TW101")
    assert tw101["submitter"] == "Stichting Vakwerk"
    assert tw101["executor"] == "Vakwerk BV; Leerbedrijf Noord"
    assert (tw101["period_start"], tw101["period_end"]) == ("2021-03-01", "2022-02-28")
    assert (tw101["direct_costs_eur"], tw101["max_subsidy_eur"]) == (120000, 84000)
    assert (tw101["requested_subsidy_eur"], tw101["requested_pct"]) == (80000, 95)
    assert tw101["annex"] == "2"
    activities = tw101["sections"]["activities"]
    assert [(a["title"], bool(a["intended"]), bool(a["realised"])) for a in activities] == [
        ("Werkplaatsdagen", True, True),
        ("Coaching", True, True),
    ]


def test_granted_amount_is_not_a_requested_amount() -> None:
    record = _record(_parse_text(synthetic_report()), "TW102")
    assert record["title"] == "Samen sterker - Techniekpact"
    assert (record["granted_subsidy_eur"], record["granted_pct"]) == (35000, 100)
    assert (record["requested_subsidy_eur"], record["requested_pct"]) == (None, None)
    assert (record["period_start"], record["period_end"]) == ("2021-01", "2022-12")
    assert record["executor"] is None


def test_unreadable_and_unknown_amounts() -> None:
    record = _record(_parse_text(synthetic_report()), "ZB7")
    assert record["direct_costs_eur"] is None
    assert record["direct_costs_text"] == "€ 12.34"
    assert record["requested_subsidy_eur"] is None
    assert record["requested_subsidy_text"] is None
    assert any("niet leesbaar" in warning for warning in record["warnings"])


def test_one_description_for_a_range_of_numbers_carries_the_totals() -> None:
    record = _record(_parse_text(synthetic_report()), "ZB8-9")
    assert record["project_numbers"] == ["2021ZB8", "2021ZB9"]
    assert (record["direct_costs_eur"], record["max_subsidy_eur"]) == (20000, 14000)


def test_missing_and_extra_projects_are_reported() -> None:
    result = _parse_text(synthetic_report())
    assert any("ZB12" in warning for warning in result.warnings)
    assert any("ZB10" in warning and "inhoudsopgave" in warning for warning in result.warnings)
    assert result.document["completeness"]["missing"] == ["ZB12"]
    assert result.document["completeness"]["not_in_toc"] == ["ZB10"]


def test_shared_heading_without_cross_reference_shares_only_that_section() -> None:
    result = _parse_text(synthetic_report())
    assert list(result.shared_sections) == ["TW101+TW102:lessons"]
    assert _record(result, "TW101")["sections"]["lessons"] == [
        "Begin klein en vier elk resultaat.",
        "Laat bedrijven zelf de agenda maken.",
    ]
    assert _record(result, "TW101")["sections"]["continuation"] == "De werkplaats blijft open."


def test_synthetic_report_as_pdf_text() -> None:
    lines = synthetic_plain_lines()
    pages = [lines[start : start + 50] for start in range(0, len(lines), 50)]
    document = extract_document(text_pdf(pages))
    parser = registry.detect(document.lines)
    assert parser is not None and parser.type_name == TYPE
    result = parser.parse(document)
    assert result.document["completeness"]["found"] == 4
    record = _record(result, "ZB8-9")
    assert record["title"] == "Twee zorgpilots"
    assert record["source_page"] == document.page_of(record["source_line"])
    assert (record["period_start"], record["period_end"]) == ("2021-04-01", "2022-03-31")
    tw102 = _record(result, "TW102")
    assert tw102["szw_number"] == "TW 102"
    assert tw102["executor"] is None
    assert tw102["granted_subsidy_eur"] == 35000


def _as_docx(text: str) -> bytes:
    document = Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            for row_cells, row in zip(table.rows, rows, strict=True):
                for cell, value in zip(row_cells.cells, row, strict=False):
                    cell.text = value
            rows.clear()

    for line in text.splitlines():
        if "\t" in line and not line.startswith("\t"):
            rows.append(line.split("\t"))
            continue
        flush()
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        if heading:
            document.add_heading(heading.group(2), level=len(heading.group(1)))
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            document.add_paragraph(line.replace("\t", " "))
    flush()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_synthetic_report_as_docx() -> None:
    document = extract_document(_as_docx(synthetic_report()), filename="rapport.docx")
    assert document.format == "docx"
    result = registry.get(TYPE).parse(document)
    record = _record(result, "ZB8-9")
    assert record["submitter"] == "Zorgnetwerk Zuid"
    assert record["direct_costs_eur"] == 20000
    assert record["sections"]["obstacles"] == ["Verschillende werkwijzen per regio."]
    tw102 = _record(result, "TW102")
    assert tw102["granted_subsidy_eur"] == 35000
    assert tw102["sections"]["lessons"]
