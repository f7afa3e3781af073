from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from behoudplein.importer.parsing.amounts import format_euros, parse_amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("€ 1.245.313", 1245313),
        ("€1.245.313,-", 1245313),
        ("€ 2.859.302,--", 2859302),
        ("€ 35.000,00", 35000),
        ("€1.003.696", 1003696),
        ("€ 859.265", 859265),
        ("1.245.313", 1245313),
        ("1.245.313 euro", 1245313),
        ("EUR 12.500", 12500),
        ("€ 1 245 313", 1245313),
        ("€ 2,9 miljoen", 2900000),
        ("€ 750", 750),
    ],
)
def test_dutch_notation(text: str, value: int) -> None:
    result = parse_amount(text)
    assert result.value == value
    assert result.text is None
    assert result.warnings == ()


@pytest.mark.parametrize("text", ["Nog niet bekend", "nog niet bekend", "", "  ", "n.v.t.", "-"])
def test_unknown_is_none_without_warning(text: str) -> None:
    result = parse_amount(text)
    assert result.value is None
    assert result.text is None
    assert result.warnings == ()


def test_none_input() -> None:
    assert parse_amount(None).value is None


@pytest.mark.parametrize(
    "text",
    [
        "zie bijlage",
        "€ 12.34",  # neither Dutch thousands nor Dutch decimals
        "€ 1,245",  # thousands or decimals: refuse to choose
        "€ 100 of € 200",
        "€ 1.000, € 2.000 en € 3.000",
        "circa een ton",
    ],
)
def test_unreadable_keeps_text_and_warns(text: str) -> None:
    result = parse_amount(text)
    assert result.value is None
    assert result.text == text
    assert result.is_unreadable
    assert len(result.warnings) == 1


def test_percentage_of_maximum() -> None:
    result = parse_amount("€ 710.781 (83% van maximum)")
    assert (result.value, result.percent) == (710781, 83)
    assert parse_amount("€ 2.896.446 (76% van het maximum)").percent == 76


def test_multiplied_amount_with_printed_total_keeps_the_total() -> None:
    result = parse_amount("5 keer € 1.103.863 (€ 5.519.315)")
    assert result.value == 5519315
    assert result.warnings == ()


def test_multiplied_amount_with_wrong_total_warns() -> None:
    result = parse_amount("5 keer € 100 (€ 600)")
    assert result.value == 600
    assert len(result.warnings) == 1


def test_amendment_in_the_same_cell() -> None:
    result = parse_amount("€ 692.550 (bij een wijziging van de beschikking geworden: € 690.000)")
    assert result.value == 692550
    assert result.amended == 690000
    assert len(result.warnings) == 1


def test_cents_are_rounded_with_a_warning() -> None:
    result = parse_amount("€ 1.000,50")
    assert result.value == 1001
    assert len(result.warnings) == 1


def test_format_euros() -> None:
    assert format_euros(1245313) == "€ 1.245.313"
    assert format_euros(0) == "€ 0"


@given(st.text())
def test_never_crashes(text: str) -> None:
    result = parse_amount(text)
    assert result.value is None or result.value >= 0


@given(st.text(alphabet=st.characters(exclude_categories=("Nd", "No", "Nl"))))
def test_text_without_digits_never_yields_a_number(text: str) -> None:
    result = parse_amount(text)
    assert result.value is None
    assert result.percent is None
    assert result.amended is None


@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["", ",-", ",--", ",00"]),
    st.sampled_from(["€ ", "€", "EUR "]),
)
def test_formatted_integer_round_trips(value: int, suffix: str, prefix: str) -> None:
    text = prefix + f"{value:,}".replace(",", ".") + suffix
    result = parse_amount(text)
    assert result.value == value
    assert result.warnings == ()


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=100))
def test_amount_with_percentage_round_trips(value: int, percent: int) -> None:
    text = f"{format_euros(value)} ({percent}% van maximum)"
    result = parse_amount(text)
    assert (result.value, result.percent) == (value, percent)


@given(st.text(alphabet="0123456789.,€ -abc()%"))
def test_a_found_value_comes_from_digits_in_the_text(text: str) -> None:
    result = parse_amount(text)
    if result.value is not None:
        assert any(char.isdigit() for char in text)
