"""Read Dutch dates and periods: '15 juli 2016 t/m 31 december 2018', '01-01-17 - 30-6-19',
'januari 2017 - december 2018' (en dashes too).

A date printed without a day becomes a ``YearMonth`` (rendered 'YYYY-MM'); nothing that is not
printed is invented, except that a start written without month or year ('15 t/m 31 juli 2016')
borrows them from the end date, as every reader does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from behoudplein.importer import messages

_MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "febr": 2,
    "feb": 2,
    "maart": 3,
    "march": 3,
    "mrt": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "augustus": 8,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_TOKEN = re.compile(
    r"(?<![\d/.-])(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d/.-]?\d)"
    r"|(?<![\d/.])(?P<nd>\d{1,2})[-/.](?P<nm>\d{1,2})[-/.](?P<ny>\d{4}|\d{2})(?!\d)"
    r"|(?:(?<![\d/.-])(?P<wd>\d{1,2})(?:e|ste|de)?\s+)?"
    rf"\b(?P<wm>{_MONTH_NAMES})\b\.?"
    r"(?:\s+(?P<wy>'?\d{4}|'?\d{2})(?![\d.,-]?\d))?"
    r"|(?<![\d/.-])(?P<mm>\d{1,2})[-/](?P<my>\d{4})(?!\d)"
    r"|(?<![\d/.,-])(?P<bd>\d{1,2})(?![\d/.,-]?\d)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"\s*(?:t\s*/\s*m|t\.\s*m\.|tm|tot\s+en\s+met|tot|until|to|[-\u2013\u2014]+)\s*",
    re.IGNORECASE,
)
_END_ONLY = re.compile(r"(?:t\s*/\s*m|tot\s+en\s+met|tot|uiterlijk|eind)\s*$", re.IGNORECASE)
_START_ONLY = re.compile(r"(?:vanaf|sinds|per|start|van|begin)\s*$", re.IGNORECASE)
_UNKNOWN = re.compile(
    r"(?:nog\s+)?(?:niet|on)\s*bekend|n\.?\s*b\.?|n\.?\s*v\.?\s*t\.?|-+", re.IGNORECASE
)


@dataclass(frozen=True, order=True)
class YearMonth:
    """A date known to the month only."""

    year: int
    month: int

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.isoformat()


PartialDate = date | YearMonth


@dataclass(frozen=True)
class PeriodResult:
    """Start and end of a period; unpacks as ``start, end = parse_period(text)``."""

    start: PartialDate | None
    end: PartialDate | None
    warnings: tuple[str, ...] = ()
    note: str | None = None  # text printed after the period, e.g. a remark it continued

    def __iter__(self) -> Iterator[PartialDate | None]:
        yield self.start
        yield self.end


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None


def to_iso(value: PartialDate | None) -> str | None:
    """'YYYY-MM-DD' for a date, 'YYYY-MM' for a month, None for None."""
    return None if value is None else value.isoformat()


def parse_date(text: str) -> PartialDate | None:
    """Read a single date (or month); None when the text holds none."""
    tokens = _tokens(" ".join(text.split()))
    if len(tokens) != 1:
        return None
    return _resolve(tokens[0], None)


def parse_period(text: str | None) -> PeriodResult:
    """Read a period such as a subsidy period; see the module docstring."""
    cleaned = " ".join((text or "").split())
    if not cleaned or _UNKNOWN.fullmatch(cleaned.strip(" .;:")):
        return PeriodResult(None, None)
    tokens = _tokens(cleaned)
    pairs = [
        (first, second)
        for first, second in pairwise(tokens)
        if second.month is not None and _SEPARATOR.fullmatch(cleaned[first.end : second.start])
    ]
    # A pair of complete dates wins over a bare day borrowing its month from the end date.
    pairs.sort(key=lambda pair: pair[0].month is None)
    if pairs:
        first, second = pairs[0]
        end = _resolve(second, None)
        start = _resolve(first, second)
        if end is None or start is None:
            return PeriodResult(None, None, (messages.PERIOD_INVALID_DATE.format(text=cleaned),))
        warnings: tuple[str, ...] = ()
        if _sort_key(end, last=True) < _sort_key(start, last=False):
            warnings = (messages.PERIOD_REVERSED.format(text=cleaned),)
        return PeriodResult(start, end, warnings, _note(cleaned[second.end :]))
    return _single_date(cleaned, tokens)


def _single_date(text: str, tokens: list[_Token]) -> PeriodResult:
    full = [token for token in tokens if token.month is not None]
    if len(full) != 1:
        return PeriodResult(None, None, (messages.PERIOD_UNREADABLE.format(text=text),))
    token = full[0]
    value = _resolve(token, None)
    if value is None:
        return PeriodResult(None, None, (messages.PERIOD_INVALID_DATE.format(text=text),))
    before = text[: token.start]
    note = _note(text[token.end :])
    if _END_ONLY.search(before):
        return PeriodResult(None, value, note=note)
    if _START_ONLY.search(before):
        return PeriodResult(value, None, note=note)
    return PeriodResult(value, None, (messages.PERIOD_ONE_DATE.format(text=text),), note)


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        groups = match.groupdict()
        if groups["iy"]:
            token = _Token(
                match.start(),
                match.end(),
                int(groups["id"]),
                int(groups["im"]),
                int(groups["iy"]),
            )
        elif groups["nd"]:
            token = _Token(
                match.start(),
                match.end(),
                int(groups["nd"]),
                int(groups["nm"]),
                _year(groups["ny"]),
            )
        elif groups["wm"]:
            day = int(groups["wd"]) if groups["wd"] else None
            year = _year(groups["wy"]) if groups["wy"] else None
            token = _Token(match.start(), match.end(), day, _MONTHS[groups["wm"].lower()], year)
        elif groups["mm"]:
            token = _Token(match.start(), match.end(), None, int(groups["mm"]), int(groups["my"]))
        else:
            token = _Token(match.start(), match.end(), int(groups["bd"]), None, None)
        tokens.append(token)
    return tokens


def _year(text: str) -> int:
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    number = int(digits)
    return 2000 + number if number < 70 else 1900 + number


def _resolve(token: _Token, end: _Token | None) -> PartialDate | None:
    """Turn a token into a date; a start token may borrow month and year from ``end``."""
    month, year = token.month, token.year
    if end is not None and end.month is not None and end.year is not None:
        if month is None:
            month = end.month
        if year is None:
            year = end.year - 1 if month > end.month else end.year
    if month is None or year is None or not 1 <= month <= 12:
        return None
    if token.day is None:
        return YearMonth(year, month)
    try:
        return date(year, month, token.day)
    except ValueError:
        return None


def _sort_key(value: PartialDate, *, last: bool) -> tuple[int, int, int]:
    if isinstance(value, YearMonth):
        return (value.year, value.month, 31 if last else 1)
    return (value.year, value.month, value.day)


def _note(rest: str) -> str | None:
    note = rest.strip(" ;,.:()")
    return note if re.search(r"[^\W\d_]", note) else None
