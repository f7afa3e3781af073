import pytest

from behoudplein.search.analysis import BM25F, CollectionStats, DocumentTerms

from .helpers import analyzer

FILLER = "Dit verslag beschrijft de aanpak van de organisatie in de regio. " * 3


def _documents(instance, documents):
    return [
        DocumentTerms.from_fields(
            key, {name: instance.index_text(text) for name, text in fields.items()}
        )
        for key, fields in documents.items()
    ]


def _rank(documents, query, mode_texts=()):
    texts = [text for fields in documents.values() for text in fields.values()]
    instance = analyzer([*texts, *mode_texts])
    candidates = _documents(instance, documents)
    stats = CollectionStats.from_documents(candidates)
    return BM25F().rank(instance.query_terms(query), candidates, stats)


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
