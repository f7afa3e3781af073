from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from behoudplein.search import services
from behoudplein.search.models import SearchDocument, SearchIndexState, SearchTerm
from behoudplein.search.registry import Facets

from .conftest import add

pytestmark = pytest.mark.django_db
VISITOR = AnonymousUser()


def keys(query: str, **kwargs) -> list:
    return [hit.key for hit in services.search(query=query, user=VISITOR, **kwargs).results]


def test_finds_compound_parts_written_apart_and_the_reverse(corpus):
    assert {"code": "DW2012"} in keys("begeleiding loopbaan")
    add("project", {"code": "X1"}, "Begeleiding in je loopbaan", "")
    assert {"code": "X1"} in keys("loopbaanbegeleiding")


def test_diacritics_hyphens_and_codes(corpus):
    assert keys("financiele") == [{"code": "DW2012"}]
    assert {"code": "DW2012"} in keys("zijinstromers")
    assert keys("DW2012")[0] == {"code": "DW2012"}


def test_tags_are_searchable_like_text(corpus):
    assert keys("zorg Rivierenland")[0] == {"code": "DW2012"}


def test_typo_still_finds_and_suggests(corpus):
    results = services.search(query="dashbord", user=VISITOR)
    assert [h.key for h in results.results] == [{"code": "DW2013"}]
    assert results.suggestion == "dashboard"


def test_question_with_stop_words_finds_the_meaningful_words(corpus):
    assert {"code": "DW2013"} in keys("welke projecten gingen over omscholing?")


def test_one_unmatched_word_does_not_empty_the_results(corpus):
    assert {"code": "DW2013"} in keys("ICT omscholing xyzzyq")


def test_words_no_document_has_are_reported_when_none_has_them_all(corpus):
    def missing(query: str, user=VISITOR, **kwargs) -> list[str]:
        return services.search(query=query, user=user, **kwargs).missing

    assert missing("ICT omscholing xyzzyq") == ["xyzzyq"]
    assert missing("welke ICT omscholing voor xyzzyq en qqzzyx?") == ["xyzzyq", "qqzzyx"]
    assert missing("xyzzyq") == ["xyzzyq"]
    # Every word somewhere, all in one document, or only stop words: nothing is missing.
    assert missing("BSN omscholing") == []
    assert missing("ICT omscholing") == []
    assert missing("welke van de") == []
    # A typo that the index corrects is not missing: its documents are found.
    assert missing("omscholling dashboard") == []


def test_a_compound_found_only_in_parts_is_missing_as_every_word(corpus):
    add("project", {"code": "B1"}, "Een budget voor de regio")
    result = services.search(query="scholingsbudget", user=VISITOR)
    assert (result.count, result.missing, result.missing_every_word) == (
        2,
        ["scholingsbudget"],
        True,
    )
    assert "missing_every_word" not in result.as_dict()
    partly = services.search(query="werkzoekenden xyzzyq", user=VISITOR)
    assert (partly.missing, partly.missing_every_word) == (["xyzzyq"], False)


def test_missing_words_follow_what_the_user_may_see(corpus, editor):
    # 'conceptproject' is only in an unpublished project: missing for the public, found
    # by an editor; no more is said about hidden records than a search for them shows.
    def missing(user) -> list[str]:
        return services.search(query="conceptproject ICT", user=user).missing

    assert missing(VISITOR) == ["conceptproject"]
    assert missing(editor) == []
    # Filters narrow what is searched, and so what is missing.
    result = services.search(query="dashboard privacy", user=VISITOR, kind="lesson")
    assert (result.count, result.missing) == (1, ["dashboard"])


def test_title_above_body(corpus):
    add("project", {"code": "B1"}, "Werkgevers", "Iets over omscholing in de bouw, " * 3)
    assert keys("omscholing")[0] == {"code": "DW2013"}


def test_with_more_matches_than_the_ranker_takes_title_matches_still_come_first(db):
    filler = [
        services.IndexInput(
            kind="project",
            key={"code": f"F{n}"},
            title=f"Verslag {n}",
            url=f"/f/{n}",
            body="In de regio werd ook aan scholing gewerkt.",
            public=True,
        )
        for n in range(services.RANK_POOL + 50)
    ]
    services.index_documents(filler)
    # Indexed last, so the highest id: in id order it would not reach the ranker at all.
    add("project", {"code": "T1"}, "Scholing voor iedereen", "Over scholing.")
    results = services.search(query="scholing", user=VISITOR)
    assert results.count == services.RANK_POOL + 51
    assert results.results[0].key == {"code": "T1"}


def test_documents_missing_the_commonest_word_rank_above_those_missing_a_rare_one(db):
    for n in range(3):  # 'werk' is common, 'omscholing' and 'ict' are not
        add("project", {"code": f"C{n}"}, f"Werk {n}", "Werk en nog eens werk.")
    add("project", {"code": "RARE"}, "Omscholing naar ICT", "Een traject.")
    add("project", {"code": "HALF"}, "Werk in de ICT", "Werk.")
    ranked = keys("werk omscholing ict")
    assert ranked[0] == {"code": "RARE"}  # misses only the commonest word
    assert ranked.index({"code": "RARE"}) < ranked.index({"code": "HALF"})


def test_result_shape_and_snippet(corpus):
    data = services.search(query="BSN", user=VISITOR).as_dict()
    assert data["count"] == 1
    hit = data["results"][0]
    assert set(hit) == {"kind", "title", "url", "score", "snippet", "key"}
    assert hit["key"] == {"code": "DW2012", "section": "lessons", "index": 1}
    assert "<mark>BSN</mark>" in hit["snippet"]
    assert {f["value"] for f in data["facets"]["kind"]} == {"lesson"}


def test_facet_filters(corpus):
    assert keys("werkzoekenden", filters={"region": "groningen"}) == [{"code": "DW2013"}]
    assert keys("werkzoekenden", filters={"sector": "vvt"}) == [{"code": "DW2012"}]
    assert keys("werkzoekenden", filters={"year": 2017}) == [{"code": "DW2013"}]
    assert keys("werkzoekenden", kind="lesson") == []
    assert keys("werkzoekenden", filters={"region": "nergens%"}) == []


def facet(results, name):
    return {v["value"]: v["count"] for v in results.facets[name]}


def test_a_facet_is_counted_without_its_own_filter(corpus):
    """Each value's count is what choosing it instead would find; the other filters hold."""
    unfiltered = services.search(query="werkzoekenden", user=VISITOR)
    assert facet(unfiltered, "region") == {"rivierenland": 1, "groningen": 1}
    filtered = services.search(query="werkzoekenden", user=VISITOR, filters={"region": "groningen"})
    assert filtered.count == 1
    assert facet(filtered, "region") == {"rivierenland": 1, "groningen": 1}
    for region, count in facet(filtered, "region").items():
        assert (
            services.search(query="werkzoekenden", user=VISITOR, filters={"region": region}).count
            == count
        )
    # The year filter still narrows the region counts (and the region's the year counts).
    both = services.search(
        query="werkzoekenden", user=VISITOR, filters={"region": "groningen", "year": 2016}
    )
    assert both.count == 0
    assert facet(both, "region") == {"rivierenland": 1, "groningen": 0}
    assert facet(both, "year") == {"2017": 1, "2016": 0}
    # Another kind stays on offer while one is chosen; an unknown value is listed with 0.
    lessons = services.search(query="werkzoekenden BSN", user=VISITOR, kind="lesson")
    assert set(facet(lessons, "kind")) == {"project", "lesson"}
    nowhere = services.search(query="werkzoekenden", user=VISITOR, filters={"region": "nergens"})
    assert facet(nowhere, "region") == {"rivierenland": 1, "groningen": 1, "nergens": 0}


def test_the_chosen_value_counts_the_results_shown(db):
    """Within a filter with few documents that have every word, those that miss one follow
    (candidates.MIN_AND_MATCHES); the chosen value's count is the results' count."""
    north, south = Facets(regions=("noord",)), Facets(regions=("zuid",))
    for number in range(10):
        add("project", {"code": f"N{number}"}, "Mentor en coach", facets=north)
    add("project", {"code": "Z1"}, "Mentor en coach", facets=south)
    add("project", {"code": "Z2"}, "Mentor in de wijk", facets=south)
    add("project", {"code": "Z3"}, "Een mentor", facets=south)
    assert facet(services.search(query="mentor coach", user=VISITOR), "region") == {
        "noord": 10,
        "zuid": 1,
    }
    south_only = services.search(query="mentor coach", user=VISITOR, filters={"region": "zuid"})
    assert south_only.count == 3
    assert facet(south_only, "region") == {"noord": 10, "zuid": 3}


def test_paging(corpus):
    first = services.search(query="werkzoekenden", user=VISITOR, limit=1)
    second = services.search(query="werkzoekenden", user=VISITOR, limit=1, page=2)
    assert first.count == 2 and first.pages == 2
    assert first.results[0].key != second.results[0].key
    assert services.search(query="werkzoekenden", user=VISITOR, page=50).results == []


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"page": 0}, "page"),
        ({"kind": "x"}, "kind"),
    ],
)
def test_bad_arguments(corpus, arguments, code):
    with pytest.raises(ValidationError) as error:
        services.search(query="zorg", user=VISITOR, **arguments)
    assert error.value.code == code


def test_unpublished_never_found_by_the_public(corpus, editor):
    assert keys("conceptproject") == []
    assert [h.key for h in services.search(query="conceptproject", user=editor).results] == [
        {"code": "DRAFT1"}
    ]


def test_index_is_idempotent_and_keeps_statistics(corpus):
    state = SearchIndexState.objects.get(pk=1)
    before = (state.version, SearchDocument.objects.count(), SearchTerm.objects.count())
    add(
        "lesson",
        {"code": "DW2012", "section": "lessons", "index": 1},
        "Les: privacy",
        "Het verplicht opgeven van het BSN hield deelnemers tegen.",
        facets=services.Facets(year=2016),
    )
    state.refresh_from_db()
    assert (state.version, SearchDocument.objects.count(), SearchTerm.objects.count()) == before


def test_remove_document(corpus):
    assert services.remove_document(
        kind="lesson", key={"code": "DW2012", "section": "lessons", "index": 1}
    )
    assert keys("BSN") == []
    assert SearchTerm.objects.get(term="bsn").document_count == 0
    assert not services.remove_document(kind="lesson", key={"code": "nope"})


def test_replacing_a_document_updates_its_terms(corpus):
    add("project", {"code": "DW2013"}, "Iets heel anders", "Over schilders.", code="DW2013")
    assert keys("omscholing") == []
    assert keys("schilders") == [{"code": "DW2013"}]


def test_synonyms_from_the_editors_apply_at_once(corpus):
    assert keys("geestelijke gezondheidszorg") == []
    add("project", {"code": "G1"}, "Werken in de GGZ", "")
    assert {"code": "G1"} in keys("geestelijke gezondheidszorg")
    services.synonym_save(term="omscholing", alternatives="herscholing")
    assert keys("herscholing") == [{"code": "DW2013"}]


def test_a_one_word_compound_that_finds_little_falls_back_to_its_parts(db):
    add("project", {"code": "WHOLE"}, "Loopbaanbegeleiding", "Over loopbaanbegeleiding.")
    add("project", {"code": "PART"}, "Begeleiding", "Goede begeleiding van starters.")
    add("project", {"code": "NONE"}, "Scholing", "Iets anders.")
    results = services.search(query="loopbaanbegeleiding", user=VISITOR)
    assert [h.key for h in results.results] == [{"code": "WHOLE"}, {"code": "PART"}]
    assert results.results[0].score > results.results[1].score


def test_a_compound_with_enough_whole_matches_does_not_widen(db):
    for n in range(services.MIN_AND_MATCHES):
        add("project", {"code": f"W{n}"}, f"Loopbaanbegeleiding {n}", "")
    add("project", {"code": "PART"}, "Begeleiding", "Goede begeleiding.")
    results = services.search(query="loopbaanbegeleiding", user=VISITOR, limit=20)
    assert results.count == services.MIN_AND_MATCHES
    assert {"code": "PART"} not in [h.key for h in results.results]
