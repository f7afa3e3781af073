"""The table of contents: the authoritative list of projects, their codes and titles.

An entry reads 'CODE - Title<TAB>page'; a code is letters followed by digits, optionally a
range ('AB2015-2019' for one description covering several numbers). Group lines between the
entries ('Bijlage 6<TAB>Title<TAB>7') tell which annex or chapter a project belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from behoudplein.importer.parsers.text import clean, heading_of, normalise_code

_ENTRY = re.compile(
    r"^(?P<code>[A-Za-z]{1,10}[ \u00a0]?\d{1,10}(?:[-\u2013]\d{1,10})?)"
    r"\s+[-\u2013\u2014]\s+(?P<title>\S.*)$"
)
_GROUP_HEAD = re.compile(r"^(?P<label>[^\W\d_]+)\s+(?P<number>\d{1,3}[a-z]?|[IVXLC]{1,6})$")
_GROUP_ONE_CELL = re.compile(
    r"^(?P<label>[^\W\d_]+)\s+(?P<number>\d{1,3}[a-z]?|[IVXLC]{1,6})\s+(?P<title>\S.*)$"
)
_CHAPTER = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<title>\S.*)$")
_PAGE = re.compile(r"^\d{1,4}$")
_LEADER_PAGE = re.compile(r"^(?P<text>.*?)(?:\s*\.{3,}\s*|\s{2,})(?P<page>\d{1,4})$")
_LOOSE_PAGE = re.compile(r"^(?P<text>.*?\S)(?:\s*\.{3,}\s*|\s+)(?P<page>\d{1,4})$")
_RANGE = re.compile(r"^(?P<prefix>[A-Z]+)(?P<first>\d+)[-\u2013](?P<last>\d+)$")
_MAX_RANGE = 50


@dataclass(frozen=True)
class TocGroup:
    label: str  # e.g. 'Bijlage 6'
    number: str
    title: str
    page: int | None
    line: int


@dataclass(frozen=True)
class TocEntry:
    code: str  # as printed, without spaces
    title: str
    page: int | None
    line: int
    group: TocGroup | None
    covers: frozenset[str]  # normalised project numbers the entry stands for

    @property
    def key(self) -> str:
        return normalise_code(self.code)


@dataclass
class TableOfContents:
    entries: list[TocEntry] = field(default_factory=list)
    groups: list[TocGroup] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0

    def by_key(self) -> dict[str, TocEntry]:
        return {entry.key: entry for entry in self.entries}

    def entry_for_numbers(self, codes: list[str]) -> TocEntry | None:
        """The entry a general-data table belongs to, given the codes in its number cell."""
        if not codes:
            return None
        wanted = set(codes)
        for entry in self.entries:
            if entry.key in wanted and len(wanted) == 1:
                return entry
        for entry in self.entries:
            if wanted <= entry.covers:
                return entry
        return None


@dataclass(frozen=True)
class _Line:
    kind: str  # 'entry' or 'group'
    text: str
    title: str
    page: int | None
    code: str = ""
    number: str = ""


def parse_toc(lines: list[str]) -> TableOfContents:
    """Find the block of contents lines with the most project entries.

    Page numbers are read after a tab, dot leaders or wide spaces; only when that finds no
    contents (PDF text keeps neither tabs nor leaders) after a single space as well.
    """
    for loose in (False, True):
        best = _best_block(lines, loose=loose)
        if len(best.entries) >= 2 and any(entry.page for entry in best.entries):
            return best
    return TableOfContents()


def _best_block(lines: list[str], *, loose: bool) -> TableOfContents:
    best = TableOfContents()
    index = 0
    while index < len(lines):
        parsed = _parse_line(lines[index], loose=loose)
        if parsed is None or (parsed.page is None and parsed.kind == "group"):
            index += 1
            continue
        block, index = _read_block(lines, index, loose=loose)
        if len(block.entries) > len(best.entries):
            best = block
    return best


def _read_block(lines: list[str], start: int, *, loose: bool) -> tuple[TableOfContents, int]:
    block = TableOfContents(first_line=start + 1)
    group: TocGroup | None = None
    index = start
    pending_blank = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            pending_blank += 1
            if pending_blank > 2:
                break
            index += 1
            continue
        parsed = _parse_line(line, loose=loose)
        if parsed is None:
            break
        pending_blank = 0
        if parsed.kind == "group":
            group = TocGroup(
                label=parsed.text,
                number=parsed.number,
                title=parsed.title,
                page=parsed.page,
                line=index + 1,
            )
            block.groups.append(group)
        else:
            block.entries.append(
                TocEntry(
                    code=parsed.code,
                    title=parsed.title,
                    page=parsed.page,
                    line=index + 1,
                    group=group,
                    covers=covers(parsed.code),
                )
            )
        block.last_line = index + 1
        index += 1
    return block, index


_MAYBE_TOC = re.compile(r"\t|^\s*[A-Za-z]{1,10}[ \u00a0]?\d|\d\s*$")


def _parse_line(line: str, *, loose: bool = False) -> _Line | None:
    if not _MAYBE_TOC.search(line) or heading_of(line) is not None:
        return None  # body headings repeat entries; the contents are not headings
    parts = [clean(part) for part in line.split("\t")]
    parts = [part for part in parts if part]
    if not parts:
        return None
    page: int | None = None
    if len(parts) > 1 and _PAGE.match(parts[-1]):
        page = int(parts.pop())
    elif len(parts) == 1:
        leader = (_LOOSE_PAGE if loose else _LEADER_PAGE).match(parts[0])
        if leader:
            parts = [leader.group("text")]
            page = int(leader.group("page"))
    text = " ".join(parts)
    entry = _ENTRY.match(text)
    if entry:
        code = "".join(entry.group("code").split())
        return _Line("entry", text, entry.group("title").strip(), page, code=code)
    head = _GROUP_HEAD.match(parts[0]) if len(parts) >= 2 else None
    if head:
        return _Line("group", parts[0], " ".join(parts[1:]), page, number=head.group("number"))
    if page is None:
        return None
    one = _GROUP_ONE_CELL.match(text)
    if one:
        label = f"{one.group('label')} {one.group('number')}"
        return _Line("group", label, one.group("title"), page, number=one.group("number"))
    chapter = _CHAPTER.match(text)
    if chapter:
        number = chapter.group("number")
        return _Line("group", number, chapter.group("title"), page, number=number)
    return None


def covers(code: str) -> frozenset[str]:
    """Normalised numbers a code stands for: itself, or every number of a range."""
    key = normalise_code(code)
    match = _RANGE.match(key)
    if not match:
        return frozenset({key})
    first, last = match.group("first"), match.group("last")
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    low, high = int(first), int(last)
    if not 0 < high - low <= _MAX_RANGE:
        return frozenset({key})
    width = len(first)
    prefix = match.group("prefix")
    return frozenset({key} | {f"{prefix}{number:0{width}d}" for number in range(low, high + 1)})
