from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from behoudplein.importer.parsing.dates import (
    YearMonth,
    parse_date,
    parse_period,
    to_iso,
)

DUTCH_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
SHORT_MONTHS = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt."]
SHORT_MONTHS += ["nov.", "dec."]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("15 juli 2016 t/m 31 december 2018", "2016-07-15", "2018-12-31"),
        ("15 juli 2016 tot en met 31 december 2018", "2016-07-15", "2018-12-31"),
        ("15 juli 2017 t/m 31-12-18", "2017-07-15", "2018-12-31"),
        ("01-01-17 t/m 30-6-19", "2017-01-01", "2019-06-30"),
        ("28-11-16 t/m 30-6-2019", "2016-11-28", "2019-06-30"),
        ("15-07-2016 \N{EN DASH} 31-12-2018", "2016-07-15", "2018-12-31"),
        ("15/7/16 - 31/12/18", "2016-07-15", "2018-12-31"),
        ("1 januari 2017 \N{EN DASH} 1 juli 2019", "2017-01-01", "2019-07-01"),
        ("januari 2017 \N{EN DASH} december 2018", "2017-01", "2018-12"),
        ("Juli 2017 \N{EN DASH} juni 2019", "2017-07", "2019-06"),
        ("jan. 2017 - dec. 2018", "2017-01", "2018-12"),
        ("28 november 2016 \N{EN DASH} november 2017", "2016-11-28", "2017-11"),
        ("1 sept. 2016 tot 31 dec. 2018", "2016-09-01", "2018-12-31"),
        ("2016-07-15 - 2018-12-31", "2016-07-15", "2018-12-31"),
        ("15 t/m 31 juli 2016", "2016-07-15", "2016-07-31"),
        ("juli t/m december 2018", "2018-07", "2018-12"),
        ("15 december t/m 31 januari 2018", "2017-12-15", "2018-01-31"),
        ("1 januari '17 t/m 30 juni '19", "2017-01-01", "2019-06-30"),
    ],
)
def test_common_spellings(text: str, start: str, end: str) -> None:
    result = parse_period(text)
    assert (to_iso(result.start), to_iso(result.end)) == (start, end)
    assert result.warnings == ()


def test_unpacks_as_a_pair() -> None:
    start, end = parse_period("15 juli 2016 t/m 31 december 2018")
    assert start == date(2016, 7, 15)
    assert end == date(2018, 12, 31)


def test_remark_after_the_period_is_a_note() -> None:
    result = parse_period("1 januari 2017 \N{EN DASH} 30 juni 2019; het project loopt door")
    assert (to_iso(result.start), to_iso(result.end)) == ("2017-01-01", "2019-06-30")
    assert result.note == "het project loopt door"
    assert result.warnings == ()


def test_dates_inside_the_remark_are_not_taken() -> None:
    text = "1 oktober 2016 t/m 31 december 2018; na 1 januari 2019 voortgezet"
    assert to_iso(parse_period(text).end) == "2018-12-31"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("vanaf 1 januari 2017", "2017-01-01", None),
        ("tot en met 30 juni 2019", None, "2019-06-30"),
    ],
)
def test_open_periods(text: str, start: str | None, end: str | None) -> None:
    result = parse_period(text)
    assert (to_iso(result.start), to_iso(result.end)) == (start, end)
    assert result.warnings == ()


def test_a_single_date_warns() -> None:
    result = parse_period("1 januari 2017")
    assert to_iso(result.start) == "2017-01-01"
    assert result.end is None
    assert len(result.warnings) == 1


@pytest.mark.parametrize("text", ["onbekende periode", "2017 t/m 2018", "zie boven"])
def test_unknown_is_none_with_warning(text: str) -> None:
    result = parse_period(text)
    assert (result.start, result.end) == (None, None)
    assert len(result.warnings) == 1


@pytest.mark.parametrize("text", ["", "Nog niet bekend", "n.v.t."])
def test_empty_or_not_known_is_none_without_warning(text: str) -> None:
    result = parse_period(text)
    assert (result.start, result.end, result.warnings) == (None, None, ())


def test_impossible_date_is_not_repaired() -> None:
    result = parse_period("31-02-2017 t/m 1-1-2018")
    assert (result.start, result.end) == (None, None)
    assert len(result.warnings) == 1


def test_reversed_period_is_kept_with_a_warning() -> None:
    result = parse_period("1 januari 2019 t/m 1 januari 2017")
    assert (to_iso(result.start), to_iso(result.end)) == ("2019-01-01", "2017-01-01")
    assert len(result.warnings) == 1


def test_parse_date_and_year_month() -> None:
    assert parse_date("15 juli 2016") == date(2016, 7, 15)
    assert parse_date("november 2017") == YearMonth(2017, 11)
    assert str(YearMonth(2017, 3)) == "2017-03"
    assert parse_date("geen datum") is None


dates = st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31))


def _spell(value: date, style: int) -> str:
    if style == 0:
        return f"{value.day} {DUTCH_MONTHS[value.month - 1]} {value.year}"
    if style == 1:
        return f"{value.day} {SHORT_MONTHS[value.month - 1]} {value.year}"
    if style == 2:
        return f"{value.day:02d}-{value.month:02d}-{value.year}"
    if style == 3:
        return f"{value.day}/{value.month}/{value.year % 100:02d}"
    if style == 4:
        return f"{value.day}-{value.month}-{value.year % 100:02d}"
    return value.isoformat()


@given(
    dates,
    dates,
    st.integers(min_value=0, max_value=5),
    st.integers(min_value=0, max_value=5),
    st.sampled_from([" t/m ", " tot en met ", " \N{EN DASH} ", " - ", " tot ", " T/M "]),
)
def test_spelled_periods_round_trip(
    first: date, second: date, style_a: int, style_b: int, separator: str
) -> None:
    start, end = sorted((first, second))
    result = parse_period(_spell(start, style_a) + separator + _spell(end, style_b))
    assert (result.start, result.end) == (start, end)
    assert result.warnings == ()


@given(
    st.integers(min_value=1970, max_value=2069),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=3),
    st.integers(min_value=1, max_value=12),
    st.booleans(),
)
def test_month_only_periods_round_trip(
    year: int, month: int, extra_years: int, end_month: int, abbreviated: bool
) -> None:
    names = SHORT_MONTHS if abbreviated else DUTCH_MONTHS
    end_year = year + extra_years if (extra_years or end_month >= month) else year + 1
    text = f"{names[month - 1]} {year} \N{EN DASH} {names[end_month - 1]} {end_year}"
    result = parse_period(text)
    assert (result.start, result.end) == (YearMonth(year, month), YearMonth(end_year, end_month))


@given(st.text())
def test_never_crashes(text: str) -> None:
    result = parse_period(text)
    for value in result:
        assert value is None or isinstance(value, date | YearMonth)


@given(st.text(alphabet=st.characters(exclude_categories=("Nd", "No", "Nl"))))
def test_text_without_digits_never_yields_a_date(text: str) -> None:
    assert tuple(parse_period(text)) == (None, None)
