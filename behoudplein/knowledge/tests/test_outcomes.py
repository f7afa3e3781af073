from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from behoudplein.knowledge.outcomes import pair_outcomes


def pairs(intended: str, realised: str) -> set[tuple[int, int, str]]:
    return {(p.intended, p.realised, p.unit) for p in pair_outcomes(intended, realised)}


@pytest.mark.parametrize(
    ("intended", "realised", "expected"),
    [
        (
            "Er waren twee events voorzien.",
            "Er zijn 8 evenementen gehouden.",
            {(2, 8, "bijeenkomsten")},
        ),
        (
            "1.000 deelnemers bereiken",
            "Er zijn 2.910 kandidaten bereikt.",
            {(1000, 2910, "deelnemers")},
        ),
        (
            "10 netwerkbijeenkomsten",
            "Er zijn 25 bijeenkomsten georganiseerd.",
            {(10, 25, "bijeenkomsten")},
        ),
    ],
)
def test_pairs_the_same_thing(intended, realised, expected):
    assert pairs(intended, realised) == expected


def test_never_pairs_different_units():
    assert pairs("Beoogd: 400 deelnemers.", "Er kwamen 12 bedrijven.") == set()


def test_ranges_and_durations_are_not_guessed():
    assert pairs("Beoogd: 1.000 medewerkers.", "Er zijn 300 tot 400 medewerkers begeleid.") == set()
    assert pairs("In 2 jaar.", "Na 3 jaar.") == set()


def test_an_adjusted_target_replaces_the_original():
    realised = (
        "Het beoogde aantal van 50 deelnemers is bijgesteld naar 70 deelnemers. "
        "Er hebben uiteindelijk 57 mensen deelgenomen."
    )
    assert pairs("", realised) == {(70, 57, "deelnemers")}


def test_a_realised_sentence_that_states_the_aim_counts_as_intended():
    assert pairs("", "Er werd beoogd 40 bedrijven te werven. Er zijn 30 bedrijven geworven.") == {
        (40, 30, "bedrijven")
    }


@given(st.text(max_size=300), st.text(max_size=300))
def test_never_crashes_and_never_invents_a_number(intended, realised):
    # A realised sentence may state the aim, so an intended number may come from either text;
    # word numbers (twee … honderd) are at most 100.
    both = (intended + " " + realised).replace(".", "")
    for pair in pair_outcomes(intended, realised):
        assert str(pair.intended) in both or pair.intended <= 100
        assert str(pair.realised) in realised.replace(".", "") or pair.realised <= 100
