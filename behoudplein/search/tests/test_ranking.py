"""The shared ranker's reading of stored terms (no database needed)."""

from __future__ import annotations

import pytest

from behoudplein.search.ranking import term_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zorg werk zorg", {"zorg": 2, "werk": 1}),
        ("zorg zorg zorg werk", {"zorg": 3, "werk": 1}),  # neighbours share a space
        ("thuiszorg zorgen werk", {"werk": 1}),  # substrings of other terms do not count
        ("", {}),
        ("werk", {"werk": 1}),
    ],
)
def test_term_counts_counts_whole_terms_only(text, expected):
    assert term_counts(text, {"zorg", "werk"}) == expected
