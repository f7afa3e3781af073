"""What the report says about itself: title, client, authors, place and date, annexes and the
organisation that wrote it (an 'Over <name>' page at the back)."""

from __future__ import annotations

import re
from typing import Any

from behoudplein.importer.parsers.evaluation.toc import TableOfContents
from behoudplein.importer.parsers.text import clean, heading_of
from behoudplein.importer.parsing.dates import parse_date, to_iso

_CLIENT = re.compile(r"^(?:opdrachtgever|in\s+opdracht\s+van|client)\s*:?\s*(?P<value>.*)$", re.I)
_PLACE_DATE = re.compile(r"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Za-z]+)*),\s+(?P<date>.+)$")
_ABOUT = re.compile(r"^(?:over|about)\s+(?P<name>\S.{0,60})$", re.IGNORECASE)
_NAME = re.compile(r"^[A-Z][^\W\d_]*(?:\s+(?:[a-z]{1,4}|[A-Z][^\W\d_.]*\.?|\([^)]{1,40}\)))+$")
_FRONT_LIMIT = 80  # lines searched for the title page when there is no table of contents


def read_front_matter(
    lines: list[str], toc: TableOfContents, *, back_matter_from: int
) -> dict[str, Any]:
    """Document facts; ``back_matter_from`` is the 1-based line after the last project."""
    front_end = toc.first_line - 1 if toc.first_line else min(len(lines), _FRONT_LIMIT)
    front = [(number, lines[number - 1]) for number in range(1, front_end + 1)]
    title, subtitle = _title(front)
    place, when = _place_and_date(front)
    client, client_lines = _client(front)
    document: dict[str, Any] = {
        "title": title,
        "subtitle": subtitle,
        "client": client,
        "author_organisation": _author_organisation(lines, back_matter_from),
        "authors": _authors(
            [(number, line) for number, line in front if number not in client_lines],
            {title, subtitle},
        ),
        "place": place,
        "date": when,
        "annexes": [
            {"label": group.label, "number": group.number, "title": group.title, "page": group.page}
            for group in toc.groups
        ],
    }
    return document


def _title(front: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    texts = [_plain(line) for _, line in front if _plain(line)]
    headings = [heading_of(line) for _, line in front]
    title = next((h.text for h in headings if h is not None and h.level == 1), None)
    if title is None:
        title = texts[0] if texts else None
    subtitle = None
    if title in texts:
        following = texts[texts.index(title) + 1 :]
        if following and not _CLIENT.match(following[0]) and len(following[0]) <= 120:
            subtitle = following[0]
    return title, subtitle


def _plain(line: str) -> str:
    heading = heading_of(line)
    return heading.text if heading is not None else clean(line)


def _client(front: list[tuple[int, str]]) -> tuple[str | None, set[int]]:
    """The client and the lines it took (the last mention wins: it follows the authors)."""
    found: tuple[str | None, set[int]] = (None, set())
    taken: set[int] = set()
    for index, (number, line) in enumerate(front):
        match = _CLIENT.match(clean(line))
        if not match:
            continue
        parts = [match.group("value")] if match.group("value") else []
        taken.add(number)
        for following_number, following in front[index + 1 :]:
            text = clean(following)
            if not text or _PLACE_DATE.match(text):
                break
            parts.append(text)
            taken.add(following_number)
        found = (" ".join(parts) or None, taken)
    return found


def _place_and_date(front: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    for _, line in front:
        match = _PLACE_DATE.match(clean(line))
        if match:
            found = parse_date(match.group("date"))
            if found is not None:
                return match.group("place"), to_iso(found)
    return None, None


def _authors(front: list[tuple[int, str]], known: set[str | None]) -> list[str]:
    authors: list[str] = []
    for _, line in front:
        text = clean(line)
        if not text or text in known or heading_of(line) is not None:
            continue
        if _NAME.match(text) and len(text.split()) <= 7 and text not in authors:
            authors.append(text)
    return authors


def _author_organisation(lines: list[str], start: int) -> str | None:
    for line in lines[max(start - 1, 0) :]:
        heading = heading_of(line)
        if heading is None:
            continue
        match = _ABOUT.match(heading.text)
        if match:
            return match.group("name").strip()
    return None
