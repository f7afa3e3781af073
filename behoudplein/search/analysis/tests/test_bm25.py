import pytest

from behoudplein.search.analysis import BM25F, CollectionStats, DocumentTerms
from behoudplein.search.analysis.bm25 import (
    MAX_OCCURRENCES,
    MIN_OCCURRENCES,
    PROXIMITY_GROUPS,
    nearest_distances,
    occurrence_limit,
)
from behoudplein.search.analysis.plan import Alternative, QueryGroup, QueryPlan

from .helpers import analyzer

FILLER = "Dit verslag beschrijft de aanpak van de organisatie in de regio. " * 3


def _documents(instance, documents):
    return [
        DocumentTerms.from_fields(
            key, {name: instance.index_text(text) for name, text in fields.items()}
        )
        for key, fields in documents.items()
    ]


def _rank(documents, query, mode_texts=(), ranker=None):
    texts = [text for fields in documents.values() for text in fields.values()]
    instance = analyzer([*texts, *mode_texts])
    candidates = _documents(instance, documents)
    stats = CollectionStats.from_documents(candidates)
    return (ranker or BM25F()).rank(instance.query_terms(query), candidates, stats)


def test_a_title_match_ranks_above_a_body_match():
    ranked = _rank(
        {
            "body": {"title": "Verslag van het jaar", "body": FILLER + " Over de matchtafel."},
            "title": {"title": "De matchtafel", "body": FILLER},
        },
        "matchtafel",
    )
    assert [r.doc_id for r in ranked] == ["title", "body"]


def test_a_code_match_ranks_above_a_title_match():
    ranked = _rank(
        {
            "title": {"code": "XY1", "title": "Werken met DW2012", "body": FILLER},
            "code": {"code": "DW2012", "title": "Werken met regels", "body": FILLER},
        },
        "dw2012",
    )
    assert [r.doc_id for r in ranked] == ["code", "title"]


def test_more_matched_groups_rank_above_fewer():
    ranked = _rank(
        {
            # one group, but in the title and many times in the body
            "one": {"title": "Scholing", "body": FILLER + " scholing scholing scholing"},
            "two": {"title": "Verslag", "body": FILLER + " scholing voor zij-instromers"},
            "none": {"title": "Verslag", "body": FILLER},
        },
        "scholing zij-instromers",
    )
    assert [(r.doc_id, r.matched_groups) for r in ranked] == [("two", 2), ("one", 1)]


def test_the_exact_word_ranks_above_a_typo_correction_and_compound_parts():
    ranked = _rank(
        {
            "exact": {"title": "Het dashbord", "body": FILLER},
            "corrected": {"title": "Het dashboard", "body": FILLER},
        },
        "dashbord",
        mode_texts=["dashboard"] * 30,
    )
    assert [r.doc_id for r in ranked] == ["exact", "corrected"]
    parts = _rank(
        {
            "parts": {"title": "Begeleiding in je loopbaan", "body": FILLER},
            "whole": {"title": "Loopbaanbegeleiding", "body": FILLER},
        },
        "loopbaanbegeleiding",
    )
    assert [r.doc_id for r in parts] == ["whole", "parts"]


def test_rare_terms_weigh_more_than_common_ones():
    ranked = _rank(
        {
            "common": {"title": "Regio", "body": FILLER},
            "rare": {"title": "Laaggeletterdheid", "body": FILLER},
        },
        "regio laaggeletterdheid",
    )
    assert ranked[0].doc_id == "rare"


def test_a_group_counts_once_however_many_alternatives_match():
    instance = analyzer(["Jobcrafting", "job crafting"])
    plan = instance.query_terms("job crafting")
    both = DocumentTerms.from_fields(
        "both", {"title": instance.index_text("jobcrafting job crafting")}
    )
    stats = CollectionStats.from_documents([both])
    scored = BM25F().score(plan, both, stats)
    assert scored.matched_groups == 1
    assert 1 <= scored.score < 2


def test_documents_without_any_match_are_left_out():
    assert _rank({"a": {"title": "Zorg"}}, "welzijn") == []


def test_missing_statistics_do_not_crash():
    document = DocumentTerms.from_fields("a", {"title": ["zorg"], "extra": "zorg zorg"})
    plan = analyzer().query_terms("zorg")
    scored = BM25F().score(plan, document, CollectionStats(0, {}, {}))
    assert scored.matched_groups == 1
    assert scored.relevance > 0


@pytest.mark.parametrize("limit", [1, 2])
def test_rank_limit(limit):
    documents = {str(i): {"title": "zorg " * (i + 1)} for i in range(3)}
    assert len(_rank(documents, "zorg")[:limit]) == limit


@pytest.mark.parametrize(
    ("sequence", "groups", "expected"),
    [
        ("a b c", [{"a"}, {"b"}], {(0, 1): 1}),
        ("b x x a", [{"a"}, {"b"}], {(0, 1): 3}),
        # The nearest pair of occurrences counts, wherever it is.
        ("a x x x b x a b", [{"a"}, {"b"}], {(0, 1): 1}),
        ("a x x x x x b", [{"a"}, {"b"}], {}),  # 6 apart: beyond the window of 5
        ("a x x x x b", [{"a"}, {"b"}], {(0, 1): 5}),
        ("a a a", [{"a"}, {"b"}], {}),
        # Any term of a group (its alternatives) counts; three groups give three pairs.
        ("p x q y r", [{"p", "z"}, {"q"}, {"r"}], {(0, 1): 2, (1, 2): 2, (0, 2): 4}),
        # A term that is also part of a longer term is not found inside it.
        ("ab b a", [{"a"}, {"b"}], {(0, 1): 1}),
        # Repeats next to each other share a space and are each found.
        ("a a x b", [{"a"}, {"b"}], {(0, 1): 2}),
        ("", [{"a"}, {"b"}], {}),
        # A term of two groups stands for both where it occurs, whichever group comes first.
        ("b a", [{"a", "b"}, {"a"}], {(0, 1): 1}),
        ("b a", [{"a"}, {"a", "b"}], {(0, 1): 1}),
        ("a", [{"a"}, {"a"}], {}),  # one word is not two words near each other
    ],
)
def test_nearest_distances(sequence, groups, expected):
    assert nearest_distances(sequence, groups) == expected


@pytest.mark.parametrize("terms", [2, 3, 10, 64])
def test_nearest_distances_look_at_a_bounded_number_of_occurrences(terms):
    limit = occurrence_limit(terms)
    assert limit * terms <= MAX_OCCURRENCES or limit == MIN_OCCURRENCES
    groups = [{"a"}, {"b"}, *({f"x{i}"} for i in range(terms - 2))]
    # The limit-th 'a' is 6 terms before 'b': beyond the window. One 'a' fewer, and it is next.
    far = " ".join(["a"] * (limit + 5) + ["b"])
    near = " ".join(["a"] * (limit - 1) + ["b"])
    assert nearest_distances(far, groups) == {}
    assert nearest_distances(near, groups) == {(0, 1): 1}


def test_words_near_each_other_rank_above_the_same_words_apart():
    documents = {
        "apart": {
            "title": "Verslag",
            "body": "Financiële steun kwam laat. " + FILLER + " De middelen waren op.",
        },
        "near": {
            "title": "Verslag",
            "body": "Er waren financiële middelen. " + FILLER + " Het geld kwam laat.",
        },
    }
    plain = _rank(documents, "financiele middelen")
    assert {r.doc_id for r in plain} == {"apart", "near"}
    assert plain[0].proximity == plain[1].proximity == 0.0
    ranked = _rank(documents, "financiele middelen", ranker=BM25F(proximity=0.5))
    assert [r.doc_id for r in ranked] == ["near", "apart"]
    assert ranked[0].proximity > 0 and ranked[1].proximity == 0
    assert ranked[0].relevance == pytest.approx(
        plain_relevance(plain, "near") + ranked[0].proximity
    )


def plain_relevance(ranked, doc_id):
    return next(r.relevance for r in ranked if r.doc_id == doc_id)


def test_proximity_never_outweighs_one_more_matched_group():
    ranked = _rank(
        {
            "near": {"title": "Scholing zij-instromers", "body": "scholing zij-instromers " * 20},
            "three": {
                "title": "Verslag",
                "body": FILLER + " scholing, " + FILLER + " zorg, " + FILLER + " zij-instromers",
            },
        },
        "scholing zij-instromers zorg",
        ranker=BM25F(proximity=10.0),
    )
    assert [(r.doc_id, r.matched_groups) for r in ranked] == [("three", 3), ("near", 2)]


def test_one_word_queries_have_no_proximity():
    document = DocumentTerms.from_fields("a", {"body": "zorg zorg welzijn"})
    plan = analyzer(["zorg welzijn"]).query_terms("zorg")
    scored = BM25F(proximity=1.0).score(plan, document, CollectionStats.from_documents([document]))
    assert scored.proximity == 0.0


def _plan(*alternatives):
    return QueryPlan(
        tuple(QueryGroup(" ".join(terms), (Alternative(terms),)) for terms in alternatives)
    )


def _proximity(plan, body):
    document = DocumentTerms.from_fields("d", {"body": body})
    stats = CollectionStats(10, {"body": 10.0}, {})
    return BM25F(proximity=1.0).score(plan, document, stats)


def test_only_matched_groups_count_as_near():
    # 'a' stands next to 'b', but its group needs 'x' too, which the document lacks.
    plan = _plan(("a", "x"), ("b",), ("c",))
    with_a, without_a = _proximity(plan, "a b c"), _proximity(plan, "q b c")
    assert with_a.matched_groups == without_a.matched_groups == 2
    assert with_a.proximity == without_a.proximity > 0


def test_long_queries_have_no_proximity():
    words = [f"w{i}" for i in range(PROXIMITY_GROUPS + 1)]
    longest = _proximity(_plan(*[(w,) for w in words[:PROXIMITY_GROUPS]]), " ".join(words))
    too_long = _proximity(_plan(*[(w,) for w in words]), " ".join(words))
    assert longest.matched_groups == PROXIMITY_GROUPS and longest.proximity > 0
    assert too_long.matched_groups == PROXIMITY_GROUPS + 1 and too_long.proximity == 0
