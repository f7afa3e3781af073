"""Split a project description into its sections: cause, goal, activities, obstacles,
success factors, lessons and continuation.

Headings are not trusted for their level: a section may be '### Knelpunten', '**Knelpunten**'
or '## 6. Knelpunten', and a level-2 heading is often only a sub-heading. A heading opens a
section when its first words name one; inside the activities every other heading is an
activity or a phase marker. Sections come in a usual order (cause, goal, activities, then the
closing ones), which decides what a heading like 'Doelstellingen deelproject 2' means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from behoudplein.importer.parsers.evaluation.activities import ActivityCollector
from behoudplein.importer.parsers.evaluation.blocks import as_items, as_text, paragraphs
from behoudplein.importer.parsers.text import (
    Heading,
    clean,
    find_codes,
    heading_of,
    strip_numbering,
)

SECTION_KEYS = (
    "cause",
    "goal",
    "activities",
    "obstacles",
    "success_factors",
    "lessons",
    "continuation",
)
CLOSING = frozenset({"obstacles", "success_factors", "lessons", "continuation"})
LIST_SECTIONS = ("obstacles", "success_factors", "lessons")

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("obstacles", r"knelpunt|belemmering|obstakel|moeilijkhed"),
        ("success_factors", r"succes\s*-?\s*factor|succesfactor|wat\s+werkte"),
        ("lessons", r"less(?:en|ons)\b|leerpunt|geleerd"),
        ("continuation", r"borging|voortzetting|continuïteit|hoe\s+verder"),
        ("cause", r"aanleiding|achtergrond|probleem\s*(?:analyse|stelling)|context\b"),
        ("goal", r"doel(?:en|stelling\w*)?\b"),
        ("activities", r"\w*activiteit|resultat|realisatie|uitvoering|opbrengst|aanpak"),
    )
)
# Words that may precede the word naming a section ('Geplande en behaalde resultaten').
_LEAD_WORDS = frozenset(
    {
        "beoogde",
        "voorziene",
        "geplande",
        "behaalde",
        "gerealiseerde",
        "specifieke",
        "belangrijkste",
        "overige",
        "en",
        "de",
        "het",
        "onze",
    }
)
_PARTS = re.compile(r"\s+(?:en|&)\s+|,\s*|:\s*")
# A plain line standing alone may be a heading when it is short and names a section.
_MAX_PLAIN_HEADING_WORDS = 6
_PLAIN_LEVEL = 9


def classify(heading: str) -> list[str]:
    """Section keys a heading opens, in order; [] when its first words name none."""
    words = strip_numbering(clean(heading)).lower().split()
    while words and words[0] in _LEAD_WORDS:
        words.pop(0)
    text = " ".join(words)
    kinds: list[str] = []
    for index, part in enumerate(_PARTS.split(text)):
        part_words = [word for word in part.split() if word not in _LEAD_WORDS]
        part = " ".join(part_words)
        kind = next((name for name, pattern in _KINDS if pattern.match(part)), None)
        if kind is None:
            if index == 0:
                return []
            continue
        if kind not in kinds:
            kinds.append(kind)
    return kinds


@dataclass
class SharedScope:
    """Sections a heading attributes to several projects ('... voor de projecten A1 en A2')."""

    codes: list[str]
    keys: list[str] = field(default_factory=list)
    heading: str = ""
    line: int = 0
    # Keys the heading itself names; later sections of the description only count as
    # shared for projects that refer to this description.
    heading_keys: list[str] = field(default_factory=list)


@dataclass
class SectionsResult:
    sections: dict[str, Any]
    end_line: int  # 1-based, exclusive: where the description ends
    shared: list[SharedScope] = field(default_factory=list)
    combined: list[tuple[str, list[str]]] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)


class _State:
    def __init__(self) -> None:
        self.current: list[str] = []  # the open section keys (several for combined ones)
        self.seen: set[str] = set()
        self.lines: dict[str, list[tuple[int, str]]] = {}
        self.activities = ActivityCollector()
        self.goal_in_activities = False  # 'Doelstellingen en resultaten': intro is the goal
        self.shared: SharedScope | None = None
        self.scopes: list[SharedScope] = []
        self.combined: list[tuple[str, list[str]]] = []

    def open(self, keys: list[str], heading: str) -> None:
        self.current = keys
        self.seen.update(keys)
        if len(keys) > 1 and set(keys) <= CLOSING:
            self.combined.append((heading, keys))
        if self.shared is not None:
            self.shared.keys.extend(key for key in keys if key not in self.shared.keys)


def _heading(line: str) -> Heading | None:
    found = heading_of(line)
    if found is not None:
        return found
    text = clean(line).rstrip(":")
    if (
        text
        and len(text.split()) <= _MAX_PLAIN_HEADING_WORDS
        and not text.endswith((".", ";", ","))
        and "\t" not in line
        and not line.lstrip().startswith(("-", "*", "\u2022"))
        and _starts_with_section_word(text)
    ):
        return Heading(_PLAIN_LEVEL, text)
    return None


def _starts_with_section_word(text: str) -> bool:
    """Plain lines must open with the section word itself, not with a lead-in word."""
    start = strip_numbering(text).lower()
    return any(pattern.match(start) for _, pattern in _KINDS) and bool(classify(text))


def split_sections(
    lines: list[str],
    start: int,
    end: int,
    *,
    own_code: str,
    known_codes: frozenset[str],
) -> SectionsResult:
    """Read lines[start-1 : end-1] (1-based, end exclusive) of one description."""
    state = _State()
    stop = end
    for number in range(start, end):
        line = lines[number - 1]
        heading = _heading(line)
        if heading is None:
            _add_line(state, number, line)
            continue
        if not _route_heading(state, number, heading, own_code, known_codes):
            stop = number
            break
    mentions = sorted(
        {
            code
            for number in range(start, stop)
            for code in find_codes(lines[number - 1])
            if code in known_codes and code != own_code
        }
    )
    return SectionsResult(_build(state), stop, state.scopes, state.combined, mentions)


def _route_heading(
    state: _State, number: int, found: Heading, own_code: str, known_codes: frozenset[str]
) -> bool:
    """Handle one heading; False when it ends the description."""
    heading = found.text
    kinds = classify(heading)
    closing = [kind for kind in kinds if kind in CLOSING]
    in_activities = "activities" in state.current
    if closing:
        codes = [code for code in find_codes(heading) if code in known_codes]
        if len(set(codes) | {own_code}) > 1:
            ordered = list(dict.fromkeys([*codes, own_code]))
            state.shared = SharedScope(
                codes=ordered, heading=heading, line=number, heading_keys=closing
            )
            state.scopes.append(state.shared)
        state.open(closing, heading)
        return True
    if "continuation" in state.seen:
        return False  # after the continuation only another description or back matter
    if state.current and set(state.current) <= CLOSING:
        # A sub-heading inside a closing section introduces the lines below it.
        _add_line(state, number, heading + ":")
        return True
    if "goal" in kinds and "goal" not in state.seen and _opens_goal(state, heading):
        if "activities" in kinds:
            state.goal_in_activities = True
            state.open(["activities"], heading)
            state.seen.add("goal")
        else:
            state.open(["goal"], heading)
        return True
    if in_activities:
        state.activities.heading(number, heading, found.level)
        return True
    if "cause" in kinds and not state.seen - {"cause"}:
        state.open(["cause"], heading)
    elif "activities" in kinds:
        state.open(["activities"], heading)
    elif state.current:
        _add_line(state, number, heading)
    return True


def _opens_goal(state: _State, heading: str) -> bool:
    if "activities" not in state.current:
        return True
    # Inside the activities only a goal heading for the whole project counts, before any
    # activity was named ('Doelstellingen deelproject 2' is an activity's target).
    return "activiteit" not in heading.lower() and not state.activities.has_activities()


def _add_line(state: _State, number: int, line: str) -> None:
    if not state.current:
        return
    if "activities" in state.current:
        if state.goal_in_activities and not state.activities.has_activities():
            state.lines.setdefault("goal", []).append((number, line))
            return
        state.activities.line(number, line)
        return
    for key in state.current:
        state.lines.setdefault(key, []).append((number, line))


def _build(state: _State) -> dict[str, Any]:
    sections: dict[str, Any] = {
        "cause": as_text(paragraphs(state.lines.get("cause", []))),
        "goal": as_text(paragraphs(state.lines.get("goal", []))),
        "activities": state.activities.activities(),
    }
    risks: list[str] = []
    for key in LIST_SECTIONS:
        items = as_items(paragraphs(state.lines.get(key, [])))
        sections[key] = items.items
        risks.extend(risk for risk in items.risks if risk not in risks)
    sections["continuation"] = as_text(paragraphs(state.lines.get("continuation", [])))
    sections["risks"] = risks
    intro_paragraphs = state.activities.intro()
    intro = as_text(intro_paragraphs)
    if not sections["activities"] and intro:
        # Activities told in one block of text: one activity without a title.
        sections["activities"] = [
            {
                "title": None,
                "intended": intro,
                "realised": None,
                "description": None,
                "source_line": intro_paragraphs[0].line,
            }
        ]
        intro = None
    sections["activities_intro"] = intro
    return sections
