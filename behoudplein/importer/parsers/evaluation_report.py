"""Parser for project evaluation reports: annexes with one description per subsidised project.

A project is anchored on what really marks it, not on headings: its general-data table (with
the project number) and its entry in the table of contents. The table of contents gives the
code and the title; the table gives the figures; the text after the table gives the sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from behoudplein.importer import messages
from behoudplein.importer.extract import ExtractedDocument
from behoudplein.importer.parsers.base import DocumentParser, ParseResult
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
    TocEntry,
    TocGroup,
    covers,
    parse_toc,
)
from behoudplein.importer.parsers.registry import register
from behoudplein.importer.parsers.text import (
    cells,
    clean,
    find_codes,
    heading_of,
    normalise_code,
)

TYPE_NAME = "project_evaluation_report"
_CAPTION_MAX_WORDS = 6
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
_LEADING_CODE = re.compile(r"([A-Za-z]{1,10}[ \u00a0]?\d{1,10}(?:-\d{1,10})?)(?![\w])")


@dataclass
class _Anchor:
    start: int  # 1-based first line of the description (title, caption or table)
    body_start: int  # 1-based first line after the table (or title)
    entry: TocEntry | None
    code: str | None
    table: GeneralDataTable | None
    title_line: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def key(self) -> str | None:
        return normalise_code(self.code) if self.code else None


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
    anchors, duplicates = _find_anchors(lines, toc, tables)
    boundaries = _annex_boundaries(lines, toc)
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


def _find_anchors(
    lines: list[str], toc: TableOfContents, tables: Sequence[GeneralDataTable]
) -> tuple[list[_Anchor], list[_Anchor]]:
    anchors: list[_Anchor] = []
    known = toc.by_key()
    for table in tables:
        if table.first_line <= toc.last_line:
            continue
        anchors.append(_anchor_for_table(lines, table, toc, known))
    found = {anchor.key for anchor in anchors if anchor.entry is not None}
    taken = {number for a in anchors if a.table for number in range(a.start, a.body_start)}
    for entry in toc.entries:
        if entry.key not in found:
            anchor = _anchor_for_title(lines, entry, toc, taken)
            if anchor is not None:
                anchors.append(anchor)
    anchors.sort(key=lambda anchor: anchor.start)
    unique: list[_Anchor] = []
    duplicates: list[_Anchor] = []
    seen: set[str] = set()
    for anchor in anchors:
        if anchor.key is not None and anchor.key in seen:
            duplicates.append(anchor)
            continue
        if anchor.key is not None:
            seen.add(anchor.key)
        unique.append(anchor)
    return unique, duplicates


def _anchor_for_table(
    lines: list[str],
    table: GeneralDataTable,
    toc: TableOfContents,
    known: dict[str, TocEntry],
) -> _Anchor:
    numbers = table.number_codes
    header = _header(lines, table.first_line, set(numbers) | set(known), toc.groups)
    title_number, title_line = header.get("title", (None, None))
    caption_number, _ = header.get("caption", (None, None))
    top_row = header.get("table_head", (table.first_line, ""))[0]
    start = min(n for n in (title_number, caption_number, top_row) if n is not None)
    entry = toc.entry_for_numbers(numbers)
    lead = _leading_code(title_line or "")
    warnings: tuple[str, ...] = ()
    if entry is None and lead is not None and lead in known:
        entry = known[lead]
        if numbers:
            number_row = table.first("szw_number")
            number = number_row.value if number_row else ""
            warnings = (messages.NUMBER_NOT_MATCHING.format(number=number),)
    if entry is not None:
        code: str | None = entry.code
    elif lead is not None and title_line is not None:
        code = _printed_leading_code(title_line)
    else:
        code = numbers[0] if numbers else None
    return _Anchor(
        start=start,
        body_start=table.last_line + 1,
        entry=entry,
        code=code,
        table=table,
        title_line=title_line,
        warnings=warnings,
    )


def _header(
    lines: list[str], first_row: int, codes: set[str], groups: list[TocGroup]
) -> dict[str, tuple[int, str]]:
    """Title line (with a code) and caption heading right above a general-data table.

    Header and rule rows of the table itself ('| Gegeven | Waarde |', '|---|') are skipped.
    """
    found: dict[str, tuple[int, str]] = {}
    number = first_row - 1
    while number >= 1 and _is_table_head(lines[number - 1]):
        found["table_head"] = (number, "")
        number -= 1
    while number >= 1:
        line = lines[number - 1]
        text = clean(line)
        if not text:
            number -= 1
            continue
        lead = _leading_code(text)
        if lead is not None and covers(lead) & codes and "title" not in found:
            found["title"] = (number, text)
        elif (
            "title" not in found
            and "caption" not in found
            and heading_of(line) is not None
            and len(text.split()) <= _CAPTION_MAX_WORDS
            and not find_codes(text)
            and not any(text.startswith(group.label) for group in groups)
        ):
            found["caption"] = (number, text)
        else:
            break
        number -= 1
    return found


def _is_table_head(line: str) -> bool:
    return bool(cells(line)) or bool(_TABLE_RULE.fullmatch(line.strip()))


def _printed_leading_code(text: str) -> str | None:
    match = _LEADING_CODE.match(text.lstrip("#* ").strip())
    return "".join(match.group(1).split()) if match else None


def _leading_code(text: str) -> str | None:
    """The code a title line starts with ('AB2014 - Title' -> 'AB2014'), else None."""
    match = _LEADING_CODE.match(text.lstrip("#* ").strip())
    return normalise_code(match.group(1)) if match else None


def _anchor_for_title(
    lines: list[str], entry: TocEntry, toc: TableOfContents, taken: set[int]
) -> _Anchor | None:
    """A description without a general-data table, found by its title line."""
    for number in range(toc.last_line + 1, len(lines) + 1):
        if number in taken:
            continue
        text = clean(lines[number - 1]).lstrip("#").strip()
        if _leading_code(text) == entry.key and " - " in text[: len(entry.code) + 4]:
            return _Anchor(number, number + 1, entry, entry.code, None, text)
    return None


def _annex_boundaries(lines: list[str], toc: TableOfContents) -> list[int]:
    boundaries: list[int] = []
    if not toc.groups:
        return boundaries
    # PDF text keeps no heading marks: there the whole group line must come back verbatim.
    plain = {f"{group.label} {group.title}".lower() for group in toc.groups}
    for number in range(toc.last_line + 1, len(lines) + 1):
        line = lines[number - 1]
        heading = heading_of(line)
        if heading is None:
            if clean(line).lower() in plain:
                boundaries.append(number)
            continue
        for group in toc.groups:
            label = group.label
            if heading.text.startswith(label) and heading.text[len(label) : len(label) + 1] in (
                "",
                " ",
                ":",
            ):
                boundaries.append(number)
                break
    return boundaries


def _group_for(anchor: _Anchor, toc: TableOfContents, boundaries: list[int]) -> TocGroup | None:
    if anchor.entry is not None:
        return anchor.entry.group
    before = [line for line in boundaries if line < anchor.start]
    if not before or not toc.groups:
        return None
    return toc.groups[min(len(before), len(toc.groups)) - 1]


def _record(
    anchor: _Anchor,
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
    toc: TableOfContents, anchors: list[_Anchor], duplicates: list[_Anchor]
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
    toc: TableOfContents, anchors: list[_Anchor], duplicates: list[_Anchor]
) -> dict[str, Any]:
    found = {anchor.key for anchor in anchors}
    return {
        "toc_entries": len(toc.entries),
        "found": sum(1 for entry in toc.entries if entry.key in found),
        "missing": [entry.code for entry in toc.entries if entry.key not in found],
        "not_in_toc": [anchor.code for anchor in anchors if anchor.entry is None],
        "duplicates": [anchor.code for anchor in duplicates],
    }
