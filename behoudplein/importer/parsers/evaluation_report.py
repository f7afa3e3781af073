"""Parser for project evaluation reports: annexes with one description per subsidised project.

A project is anchored on what really marks it, not on headings: its general-data table (with
the project number) and its entry in the table of contents. The table of contents gives the
code and the title; the table gives the figures; the text after the table gives the sections.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from behoudplein.importer import messages
from behoudplein.importer.extract import ExtractedDocument
from behoudplein.importer.parsers.base import DocumentParser, ParseResult
from behoudplein.importer.parsers.evaluation.anchors import (
    Anchor,
    annex_boundaries,
    find_anchors,
)
from behoudplein.importer.parsers.evaluation.fields import read_fields
from behoudplein.importer.parsers.evaluation.front_matter import read_front_matter
from behoudplein.importer.parsers.evaluation.general_data import (
    GeneralDataTable,
    find_tables,
)
from behoudplein.importer.parsers.evaluation.sections import (
    SECTION_KEYS,
    SectionsResult,
    classify,
    split_sections,
)
from behoudplein.importer.parsers.evaluation.toc import (
    TableOfContents,
    TocGroup,
    parse_toc,
)
from behoudplein.importer.parsers.registry import register
from behoudplein.importer.parsers.text import (
    heading_of,
    normalise_code,
)

TYPE_NAME = "project_evaluation_report"


@register
class EvaluationReportParser(DocumentParser):
    type_name = TYPE_NAME

    def score(self, lines: Sequence[str]) -> float:
        all_lines = list(lines)
        toc, tables = _analyse(tuple(all_lines))
        table_score = 0.0
        if tables:
            fields: set[str] = set().union(*(table.fields for table in tables))
            numbered = any(table.first("szw_number") for table in tables)
            table_score = min(1.0, len(fields - {"partners", "total_budget"}) / 5)
            table_score *= 1.0 if numbered else 0.5
        kinds: set[str] = set()
        for line in all_lines:
            heading = heading_of(line)
            if heading is not None:
                kinds.update(classify(heading.text))
        section_score = min(1.0, len(kinds) / 5)
        toc_score = min(1.0, len(toc.entries) / 5)
        return round(0.5 * table_score + 0.3 * section_score + 0.2 * toc_score, 3)

    def parse(self, document: ExtractedDocument) -> ParseResult:
        return parse_evaluation_report(document)


@lru_cache(maxsize=8)
def _analyse(lines: tuple[str, ...]) -> tuple[TableOfContents, tuple[GeneralDataTable, ...]]:
    """Contents and general-data tables; cached so detection and parsing share the work."""
    as_list = list(lines)
    return parse_toc(as_list), tuple(find_tables(as_list))


def parse_evaluation_report(document: ExtractedDocument) -> ParseResult:
    lines = document.lines
    toc, tables = _analyse(tuple(lines))
    known = toc.by_key()
    warnings: list[str] = [] if toc.entries else [messages.TOC_NOT_FOUND]
    anchors, duplicates = find_anchors(lines, toc, tables)
    boundaries = annex_boundaries(lines, toc)
    known_codes = frozenset(known)
    records: list[dict[str, Any]] = []
    results: list[SectionsResult] = []
    back_matter_from = len(lines) + 1
    for index, anchor in enumerate(anchors):
        end = anchors[index + 1].start if index + 1 < len(anchors) else len(lines) + 1
        end = min([end, *(line for line in boundaries if line > anchor.start)])
        result = split_sections(
            lines,
            anchor.body_start,
            end,
            own_code=anchor.key or "",
            known_codes=known_codes,
        )
        results.append(result)
        records.append(_record(anchor, result, toc, boundaries, document))
        back_matter_from = result.end_line
    shared = _link_shared_sections(records, results, toc)
    for record in records:
        _add_missing_section_warnings(record)
    warnings.extend(_completeness(toc, anchors, duplicates))
    order = {entry.key: position for position, entry in enumerate(toc.entries)}
    records.sort(key=lambda r: (order.get(normalise_code(r["code"] or ""), len(order)),))
    front = read_front_matter(lines, toc, back_matter_from=back_matter_from)
    front["completeness"] = _completeness_summary(toc, anchors, duplicates)
    return ParseResult(
        document_type=TYPE_NAME,
        document=front,
        records=records,
        warnings=warnings,
        shared_sections=shared,
    )


def _group_for(anchor: Anchor, toc: TableOfContents, boundaries: list[int]) -> TocGroup | None:
    if anchor.entry is not None:
        return anchor.entry.group
    before = [line for line in boundaries if line < anchor.start]
    if not before or not toc.groups:
        return None
    return toc.groups[min(len(before), len(toc.groups)) - 1]


def _record(
    anchor: Anchor,
    result: SectionsResult,
    toc: TableOfContents,
    boundaries: list[int],
    document: ExtractedDocument,
) -> dict[str, Any]:
    fields, warnings = read_fields(anchor.table)
    warnings = [*anchor.warnings, *warnings]
    group = _group_for(anchor, toc, boundaries)
    title = anchor.entry.title if anchor.entry else _title_from_line(anchor.title_line)
    for heading, keys in result.combined:
        names = " en ".join(messages.SECTION_NAMES[key] for key in keys)
        warnings.append(messages.SECTION_COMBINED.format(heading=heading, sections=names))
    by_key = {entry.key: entry.code for entry in toc.entries}
    return {
        "kind": "project",
        "code": anchor.code,
        "title": title,
        "annex": group.number if group else None,
        "category": group.title if group else None,
        **fields,
        "source_line": anchor.start,
        "source_page": document.page_of(anchor.start),
        "toc_page": anchor.entry.page if anchor.entry else None,
        "sections": result.sections,
        "shared_sections": {},
        "related_codes": [by_key.get(code, code) for code in result.mentions],
        "warnings": warnings,
    }


def _title_from_line(line: str | None) -> str | None:
    if not line:
        return None
    _, separator, rest = line.partition(" - ")
    return rest.strip() or None if separator else None


def _link_shared_sections(
    records: list[dict[str, Any]], results: list[SectionsResult], toc: TableOfContents
) -> dict[str, dict[str, Any]]:
    order = {entry.key: position for position, entry in enumerate(toc.entries)}
    by_key = {normalise_code(r["code"]): r for r in records if r["code"]}
    shared: dict[str, dict[str, Any]] = {}
    for owner, result in zip(records, results, strict=True):
        for scope in result.shared:
            members = sorted(
                (code for code in scope.codes if code in by_key),
                key=lambda code: order.get(code, len(order)),
            )
            for key in scope.keys:
                linked = [
                    code
                    for code in members
                    if key in scope.heading_keys
                    or by_key[code] is owner
                    or owner["code"] in by_key[code]["related_codes"]
                ]
                if len(linked) < 2:
                    continue
                printed = [by_key[code]["code"] for code in linked]
                section_id = f"{'+'.join(printed)}:{key}"
                content = owner["sections"][key]
                shared[section_id] = {
                    "id": section_id,
                    "section": key,
                    "projects": printed,
                    "owner": owner["code"],
                    "heading": scope.heading,
                    "source_line": scope.line,
                    "content": content,
                }
                for code in linked:
                    record = by_key[code]
                    record["shared_sections"][key] = section_id
                    if record is not owner and not record["sections"][key]:
                        record["sections"][key] = content
                    if record is not owner:
                        record["warnings"].append(
                            messages.SECTION_SHARED.format(
                                section=messages.SECTION_NAMES[key], codes=", ".join(printed)
                            )
                        )
    return shared


def _add_missing_section_warnings(record: dict[str, Any]) -> None:
    for key in SECTION_KEYS:
        if not record["sections"][key]:
            record["warnings"].append(
                messages.SECTION_NOT_FOUND.format(section=messages.SECTION_NAMES[key])
            )


def _completeness(
    toc: TableOfContents, anchors: list[Anchor], duplicates: list[Anchor]
) -> list[str]:
    warnings: list[str] = []
    found = {anchor.key for anchor in anchors}
    missing = [entry.code for entry in toc.entries if entry.key not in found]
    warnings.extend(messages.TOC_PROJECT_MISSING.format(code=code) for code in missing)
    if toc.entries:
        warnings.extend(
            messages.PROJECT_NOT_IN_TOC.format(code=anchor.code, line=anchor.start)
            for anchor in anchors
            if anchor.entry is None
        )
    warnings.extend(
        messages.PROJECT_DUPLICATE.format(code=anchor.code, line=anchor.start)
        for anchor in duplicates
    )
    if missing:
        found_count = len(toc.entries) - len(missing)
        warnings.append(
            messages.PROJECTS_FOUND.format(found=found_count, expected=len(toc.entries))
        )
    return warnings


def _completeness_summary(
    toc: TableOfContents, anchors: list[Anchor], duplicates: list[Anchor]
) -> dict[str, Any]:
    found = {anchor.key for anchor in anchors}
    return {
        "toc_entries": len(toc.entries),
        "found": sum(1 for entry in toc.entries if entry.key in found),
        "missing": [entry.code for entry in toc.entries if entry.key not in found],
        "not_in_toc": [anchor.code for anchor in anchors if anchor.entry is None],
        "duplicates": [anchor.code for anchor in duplicates],
    }
