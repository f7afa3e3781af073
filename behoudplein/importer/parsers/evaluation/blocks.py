"""Turn the body lines of a section into text or list items.

Page breaks of the source split sentences over paragraphs and leave footnotes and rules in
between; these helpers glue the pieces back and drop the debris.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from behoudplein.importer.parsers.text import bullet_text, clean, is_bullet, is_noise

_TERMINAL = (".", "!", "?", ";", ":", ")", '"', "'")
_RISK_INTRO = re.compile(r"valkuil|risico|bedreiging|aandachtspunt", re.IGNORECASE)


@dataclass
class Paragraph:
    text: str
    bullet: bool
    line: int  # 1-based line where it starts


def paragraphs(lines: list[tuple[int, str]]) -> list[Paragraph]:
    """Group numbered lines into bullet items and paragraphs, skipping page-break debris."""
    result: list[Paragraph] = []
    current: Paragraph | None = None
    for number, line in lines:
        if is_noise(line):
            continue
        if not line.strip():
            current = None
            continue
        if is_bullet(line):
            current = Paragraph(bullet_text(line), True, number)
            result.append(current)
            continue
        text = clean(line)
        if not text:
            continue
        if current is not None:
            current.text = f"{current.text} {text}"
            continue
        previous = result[-1] if result else None
        if previous is not None and _continues(previous.text, text):
            previous.text = f"{previous.text} {text}"
            current = previous
            continue
        current = Paragraph(text, False, number)
        result.append(current)
    return [paragraph for paragraph in result if paragraph.text]


def _continues(previous: str, text: str) -> bool:
    """A sentence cut by a page break: no closing punctuation, next part in lower case."""
    return not previous.endswith(_TERMINAL) and text[:1].islower()


def as_text(items: list[Paragraph]) -> str | None:
    """Paragraphs separated by blank lines; bullets as '- item' lines."""
    out: list[str] = []
    for item in items:
        if item.bullet:
            if out and not out[-1].startswith("- "):
                out.append("")
            out.append(f"- {item.text}")
        else:
            if out:
                out.append("")
            out.append(item.text)
    text = "\n".join(out).strip()
    return text or None


@dataclass
class ItemList:
    items: list[str] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)


def as_items(items: list[Paragraph]) -> ItemList:
    """One entry per bullet or paragraph; an introduction ending in ':' is not an item.

    Bullets introduced by a sentence about pitfalls or risks go to ``risks``.
    """
    result = ItemList()
    target = result.items
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if not item.bullet:
            if item.text.endswith(":") and following is not None and following.bullet:
                target = result.risks if _RISK_INTRO.search(item.text) else result.items
                continue
            target = result.items
        target.append(item.text)
    return result
