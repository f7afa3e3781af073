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


@pytest.mark.django_db
def test_kind_length_scales_follow_every_change_to_the_index():
    """The per-kind scales are kept between searches, but never past a change: a lesson
    indexed after a search counts in the next search's scales."""
    from behoudplein.search.models import SearchIndexState
    from behoudplein.search.ranking import length_scales

    from .conftest import add

    add("project", {"code": "P1"}, "Loopbaan", "een lang verslag over loopbaanbegeleiding " * 20)
    first = length_scales(SearchIndexState.objects.get(pk=1))
    assert set(first) == {"project"}
    assert first["project"]["body"] == pytest.approx(1.0)

    add("lesson", {"code": "P1", "section": "lessons", "index": 1}, "Les", "kort")
    second = length_scales(SearchIndexState.objects.get(pk=1))
    assert set(second) == {"project", "lesson"}
    # A lesson is short beside the average document, a project long: each scaled to its kind.
    assert second["lesson"]["body"] > 1.0 > second["project"]["body"]


@pytest.mark.django_db
def test_rank_orders_ties_by_key_whatever_the_database_collation(corpus):
    """Equal scores come back in (kind, key) order, compared in Python on both databases."""
    from behoudplein.search.models import SearchDocument, SearchIndexState
    from behoudplein.search.ranking import _rows

    ids = list(SearchDocument.objects.values_list("pk", flat=True))
    keys = [(row[1], row[2]) for row in _rows(list(reversed(ids)))]
    assert keys == sorted(keys)
    assert len(keys) == len(ids) == SearchIndexState.objects.get(pk=1).document_count


@pytest.mark.django_db
def test_the_search_ranks_query_words_side_by_side_above_the_same_words_apart():
    """Two reports with the same words, in another order: without proximity they tie and
    come back in key order (A1 first); the one that says 'financiële middelen' wins."""
    from django.contrib.auth.models import AnonymousUser

    from behoudplein.search import services

    from .conftest import add

    apart = "De financiële kant van het project liep goed. Welke middelen er kwamen, bleef open."
    near = "De kant van het project liep goed. Welke financiële middelen er kwamen, bleef open."
    add("project", {"code": "A1"}, "Verslag", apart, code="A1")
    add("project", {"code": "B1"}, "Verslag", near, code="B1")
    found = services.search(query="financiele middelen", user=AnonymousUser())
    assert [hit.key["code"] for hit in found.results] == ["B1", "A1"]
    one_word = services.search(query="middelen", user=AnonymousUser())
    assert [hit.key["code"] for hit in one_word.results] == ["A1", "B1"]  # a tie: key order
