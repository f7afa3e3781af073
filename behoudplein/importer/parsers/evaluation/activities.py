"""Activities of a project: what was intended (beoogd) and what was realised.

Reports mark the two halves with sub-headings ('Beoogd', 'Realisatie'), with inline labels
('- Doelstelling: ...', '- Realisatie: ...'), or with a table whose columns name them. A
phase heading ('Realisatie') may be followed by the activity titles again; those continue
the activities already seen instead of creating new ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from behoudplein.importer.parsers.evaluation.blocks import Paragraph, as_text, paragraphs
from behoudplein.importer.parsers.text import cells, strip_numbering

_INTENDED_WORD = r"beoogd\w*|doelstelling\w*|doel|voorgenomen|gepland\w*|voorzien\w*"
_REALISED_WORD = r"gerealiseerd\w*|realisatie|behaald\w*|bereikt\w*|resultaat|resultaten"
_MARKER = re.compile(
    rf"^(?P<negation>niet\s+)?(?P<word>{_INTENDED_WORD}|{_REALISED_WORD})\b\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_INTENDED = re.compile(rf"\b(?:{_INTENDED_WORD})\b", re.IGNORECASE)
# 'Beoogde resultaten' is only intended: 'resultaten' alone does not mean realised.
_REALISED_STRONG = re.compile(
    r"\b(?:gerealiseerd\w*|realisatie|behaald\w*|bereikt\w*)\b", re.IGNORECASE
)
_INLINE = re.compile(
    rf"^(?P<word>{_INTENDED_WORD}|{_REALISED_WORD})(?:\s+\w+)?\s*:\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
# Words after a marker that do not name an activity ('Beoogde resultaten').
_GENERIC_REST = re.compile(
    r"^(?:en\b.*|resulta\w*|doel\w*|output|outcome.*|van\b.*|:)?$", re.IGNORECASE
)
_TITLE_COLUMN = re.compile(r"activiteit|onderdeel|maatregel|project", re.IGNORECASE)
_INTENDED_COLUMN = re.compile(r"omschrijving|beoogd|doel|planning", re.IGNORECASE)
_REALISED_COLUMN = re.compile(r"realisatie|gerealiseerd|resultaat|behaald", re.IGNORECASE)

Mode = str  # 'description', 'intended', 'realised' or 'both'


def marker_mode(heading: str) -> tuple[Mode, str] | None:
    """('intended'|'realised'|'both', rest of the heading) when a heading is a phase marker."""
    match = _MARKER.match(strip_numbering(heading))
    if not match:
        return None
    word = match.group("word")
    intended = bool(_INTENDED.fullmatch(word))
    both = intended and bool(_REALISED_STRONG.search(heading)) and not match.group("negation")
    if both:
        return "both", ""
    return ("intended" if intended else "realised"), match.group("rest").strip(" :")


@dataclass
class _Activity:
    title: str | None
    line: int
    level: int = 99  # heading level of the title; 99 when it has none
    project_level: bool = False  # opened by a marker above the activity headings
    parts: dict[Mode, list[tuple[int, str]]] = field(default_factory=dict)

    def add(self, mode: Mode, number: int, line: str) -> None:
        targets = ("intended", "realised") if mode == "both" else (mode,)
        for target in targets:
            self.parts.setdefault(target, []).append((number, line))

    def text(self, mode: Mode) -> str | None:
        return as_text(paragraphs(self.parts.get(mode, [])))

    def as_dict(self) -> dict[str, Any]:
        description = self.text("description")
        intended = self.text("intended")
        return {
            "title": self.title,
            "intended": intended if intended is not None else description,
            "realised": self.text("realised"),
            "description": description if intended is not None else None,
            "source_line": self.line,
        }


def _same_title(left: str | None, right: str) -> bool:
    def key(text: str) -> str:
        return re.sub(r"\W+", " ", strip_numbering(text)).strip().lower()

    return left is not None and key(left) == key(right)


@dataclass
class _Table:
    title: int
    intended: list[int]
    realised: list[int]
    header: list[str]


class ActivityCollector:
    """Feed it the headings and lines of an activities section, then read ``activities``."""

    def __init__(self) -> None:
        self._activities: list[_Activity] = []
        self._current: _Activity | None = None
        self._mode: Mode = "description"
        self._intro: list[tuple[int, str]] = []
        self._table: _Table | None = None
        # A marker heading directly followed by activity headings opens a phase
        # ('Realisatie' then the activities again): those activities start in that mode.
        self._pending_phase: Mode | None = None
        self._phase: Mode | None = None

    def heading(self, number: int, text: str, level: int = 99) -> None:
        self._table = None
        marker = marker_mode(text)
        if marker is not None:
            mode, rest = marker
            if mode == "intended" and rest and not _GENERIC_REST.match(rest):
                self._start(number, rest, level)
            elif self._current is None:
                self._start(number, None, level, absorb_intro=not self._activities)
            elif level < self._current.level and (
                mode != "realised" or self._current.text("realised") is not None
            ):
                # A marker above the activity's own level is about the whole project,
                # except a first 'Realisatie' after an activity: that is its outcome.
                self._start(number, None, level).project_level = True
            self._mode = mode
            self._pending_phase = mode
            return
        if self._pending_phase is not None:
            self._phase = self._pending_phase
            self._pending_phase = None
        existing = next((a for a in self._activities if _same_title(a.title, text)), None)
        if existing is not None:
            self._current = existing
            if self._phase is not None:
                self._mode = self._phase
            return
        self._start(number, strip_numbering(text) or text, level)
        if self._phase is not None:
            self._mode = self._phase

    def line(self, number: int, line: str) -> None:
        row = cells(line)
        if row and self._table_row(number, row):
            return
        if row:
            line = " ".join(cell for cell in row if cell)
        elif self._table is not None and line.strip():
            self._table = None
            self._current = None
            self._mode = "description"
        inline = _INLINE.match(line.lstrip("-*\u2022 ").strip())
        if inline and self._current is not None:
            mode = marker_mode(inline.group("word"))
            if mode is not None:
                self._mode = mode[0]
                self._current.add(self._mode, number, inline.group("text"))
                return
        if self._current is None:
            self._intro.append((number, line))
        else:
            if line.strip():
                self._pending_phase = None
            self._current.add(self._mode, number, line)

    def _start(
        self, number: int, title: str | None, level: int = 99, *, absorb_intro: bool = False
    ) -> _Activity:
        activity = _Activity(title, number, level)
        if absorb_intro and self._intro:
            activity.parts["description"] = self._intro
            self._intro = []
        self._activities.append(activity)
        self._current = activity
        self._mode = "description"
        return activity

    def _table_row(self, number: int, row: list[str]) -> bool:
        if self._table is None:
            realised = [i for i, cell in enumerate(row) if _REALISED_COLUMN.search(cell)]
            if len(row) >= 2 and realised and _TITLE_COLUMN.search(row[0]):
                intended = [i for i, cell in enumerate(row[1:], 1) if _INTENDED_COLUMN.search(cell)]
                intended = [i for i in intended if i not in realised]
                self._table = _Table(0, intended, realised, row)
                return True
            return False
        table = self._table
        if row == table.header:
            return True  # the header repeats after a page break
        if row[table.title]:
            self._start(number, row[table.title])
        if self._current is None:
            return False
        for index, cell in enumerate(row):
            if not cell or index == table.title:
                continue
            mode = "realised" if index in table.realised else "intended"
            if index not in table.realised and index not in table.intended:
                mode = "description"
            self._current.add(mode, number, cell)
        return True

    def has_activities(self) -> bool:
        return bool(self._activities)

    def activities(self) -> list[dict[str, Any]]:
        titled = any(activity.title for activity in self._activities)
        result: list[dict[str, Any]] = []
        for activity in self._merged():
            if (
                titled
                and activity.title is None
                and activity.text("intended") is None
                and activity.text("realised") is None
            ):
                # An untitled holder of the introduction only: give the text back.
                self._intro = activity.parts.get("description", []) + self._intro
                continue
            result.append(activity.as_dict())
        return result

    def _merged(self) -> list[_Activity]:
        """Give a project-level marker back to the activity before it when new activities
        follow: then the marker only sat at the wrong heading level."""
        merged: list[_Activity] = []
        for index, activity in enumerate(self._activities):
            later_new = any(other.title for other in self._activities[index + 1 :])
            if activity.project_level and later_new and merged:
                for mode, lines in activity.parts.items():
                    merged[-1].parts.setdefault(mode, []).extend(lines)
                continue
            merged.append(activity)
        return merged

    def intro(self) -> list[Paragraph]:
        return paragraphs(self._intro)
