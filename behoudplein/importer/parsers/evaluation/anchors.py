"""Where each project description starts: its general-data table, with the title line and
caption just above it, or (failing a table) its title line from the table of contents; and
where the annexes of the contents start in the body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from behoudplein.importer import messages
from behoudplein.importer.parsers.evaluation.general_data import GeneralDataTable
from behoudplein.importer.parsers.evaluation.toc import (
    TableOfContents,
    TocEntry,
    TocGroup,
    covers,
)
from behoudplein.importer.parsers.text import (
    cells,
    clean,
    find_codes,
    heading_of,
    normalise_code,
)

_CAPTION_MAX_WORDS = 6
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
_LEADING_CODE = re.compile(r"([A-Za-z]{1,10}[ \u00a0]?\d{1,10}(?:-\d{1,10})?)(?![\w])")


@dataclass
class Anchor:
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


def find_anchors(
    lines: list[str], toc: TableOfContents, tables: Sequence[GeneralDataTable]
) -> tuple[list[Anchor], list[Anchor]]:
    anchors: list[Anchor] = []
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
    unique: list[Anchor] = []
    duplicates: list[Anchor] = []
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
) -> Anchor:
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
    return Anchor(
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
) -> Anchor | None:
    """A description without a general-data table, found by its title line."""
    for number in range(toc.last_line + 1, len(lines) + 1):
        if number in taken:
            continue
        text = clean(lines[number - 1]).lstrip("#").strip()
        if _leading_code(text) == entry.key and " - " in text[: len(entry.code) + 4]:
            return Anchor(number, number + 1, entry, entry.code, None, text)
    return None


def annex_boundaries(lines: list[str], toc: TableOfContents) -> list[int]:
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
