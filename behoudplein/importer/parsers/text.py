"""Line helpers shared by the parsers: markup removal, headings, bullets, table cells, codes.

Documents arrive as text converted from PDF or Word, so a heading may be Markdown ('### X'),
bold or italic on a line of its own ('**X**', '<b>X</b>', '*X*'), and table rows are either
tab-separated or Markdown pipes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_FOOTNOTE_MARK = re.compile(r"<sup>\s*\d+\s*</sup>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_WHOLE_BOLD = re.compile(r"^\s*(?:\*\*|__|<b>|<strong>)(.+?)(?:\*\*|__|</b>|</strong>)\s*:?\s*$")
_WHOLE_ITALIC = re.compile(r"^\s*(?:\*|_|<i>|<em>)(?![*\s])(.+?)(?:\*|_|</i>|</em>)\s*:?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,2}[.)]|[a-zA-Z][.)])\s+")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zA-Z][.)]|[IVX]{1,4}\.)\s+")
_FOOTNOTE_LINE = re.compile(r"^\s*<sup>\s*\d+\s*</sup>")
_RULE = re.compile(r"^\s*(?:-{3,}|_{3,}|\*{3,})\s*$")
_CODE = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,10})[ \u00a0]?(\d{1,10})(?![\d])")

# An emphasised line longer than this is a highlighted sentence, not a heading.
_MAX_EMPHASIS_HEADING = 320
# Heading levels for emphasis-only lines: below every Markdown level.
BOLD_LEVEL = 7
ITALIC_LEVEL = 8


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


_MARKUP_HINT = re.compile(r"[<*\[&]")


def clean(text: str) -> str:
    """Plain text of a line: footnote marks, tags, link syntax and emphasis removed."""
    if not _MARKUP_HINT.search(text):
        return " ".join(text.split())
    text = _FOOTNOTE_MARK.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("**", "")
    text = html.unescape(text)
    return " ".join(text.split())


def heading_of(line: str) -> Heading | None:
    """The heading a line stands for, or None for body text and table rows."""
    if "\t" in line.strip():
        return None
    match = _MD_HEADING.match(line)
    if match:
        text = clean(match.group(2)).rstrip(":").strip()
        return Heading(len(match.group(1)), text) if text else None
    if _BULLET.match(line) and not line.lstrip().startswith(("**", "*", "<")):
        return None
    for pattern, level in ((_WHOLE_BOLD, BOLD_LEVEL), (_WHOLE_ITALIC, ITALIC_LEVEL)):
        match = pattern.match(line)
        if match:
            text = clean(match.group(1)).rstrip(":").strip()
            if text and len(text) <= _MAX_EMPHASIS_HEADING:
                return Heading(level, text)
    return None


def strip_numbering(text: str) -> str:
    """'3. Activiteiten' -> 'Activiteiten'."""
    return _NUMBERING.sub("", text, count=1).strip()


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def bullet_text(line: str) -> str:
    return clean(_BULLET.sub("", line, count=1))


def is_noise(line: str) -> bool:
    """Footnote bodies and horizontal rules left behind by page breaks."""
    return bool(_FOOTNOTE_LINE.match(line) or _RULE.match(line))


def cells(line: str) -> list[str]:
    """Cells of a table row (tab- or pipe-separated), cleaned; [] for other lines."""
    if "\t" in line:
        return [clean(cell) for cell in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        inner = stripped[1:-1]
        if re.fullmatch(r"[\s|:-]+", inner):
            return []
        return [clean(cell) for cell in inner.split("|")]
    return []


def normalise_code(code: str) -> str:
    """'AB 2014' -> 'AB2014'; codes compare in upper case without spaces."""
    return "".join(code.split()).upper()


def find_codes(text: str) -> list[str]:
    """Code-like tokens (letters followed by digits) in text, normalised, in order."""
    return [normalise_code(a + b) for a, b in _CODE.findall(text)]
