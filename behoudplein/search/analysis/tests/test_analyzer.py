import re

import pytest

from behoudplein.search.analysis import Alternative, Analyzer, QueryGroup, QueryPlan
from behoudplein.search.analysis.plan import COMPOUND_PARTS, compound_parts_plan

from .helpers import Fts5Index, analyzer, matches

DOCUMENTS = {
    "loopbaan": "Loopbaanbegeleiding voor medewerkers in de wijkverpleging",
    "coach": "Een coach begeleidt de loopbaan van starters",
    "apart": "Begeleiding in de loopbaan van verpleegkundigen",
    "zij-instroom": "Zij-instromers in de zorg: wat werkt bij het inwerken?",
    "zijinstroom": "Ervaringen van zijinstromers met een leerwerkplek",
    "jobcrafting": "Jobcrafting in de ouderenzorg",
    "crafting": "Job crafting als aanpak voor behoud",
    "financien": "Financiële regeling en scholingsbudget per medewerker",
    "regio": "De arbeidsmarktregio Rijnmond werkt samen",
    "code": "Interventie DW2012: dashboard voor de matchtafel",
    "ggz": "Samenwerking in de GGZ rond herstel",
    "subsidie": "Het project stopte na de subsidie; de matchtafel leverde twintig plaatsingen op",
}


@pytest.fixture(scope="module")
def index():
    synonyms = {"GGZ": ["geestelijke gezondheidszorg"], "ICT": ["IT"]}
    return Fts5Index(analyzer(list(DOCUMENTS.values()), synonyms), DOCUMENTS)


def test_index_terms_are_stems_parts_and_joined_forms():
    terms = Analyzer().index_terms("Loopbaanbegeleiding voor zij-instromers, DW2012")
    assert terms == [
        "loopbaanbegeleid",
        "loopban",
        "begeleid",
        "vor",
        "zijinstromer",
        "zij",
        "instromer",
        "dw2012",
        "dw",
        "2012",
    ]


def test_index_terms_only_use_backend_safe_characters():
    terms = Analyzer().index_terms("Café \"NEAR\" (x*y) - zorg:ict 'quote' <b>Ωmega</b> 12,5%")
    assert all(re.fullmatch("[a-z0-9]+", term) for term in terms)


def test_diacritics_do_not_matter(index):
    assert index.search("financiele") == {"financien"}
    assert index.search("FINANCIËLE regeling") == {"financien"}


def test_compound_in_text_is_found_by_its_parts_in_any_order(index):
    assert "loopbaan" in index.search("begeleiding loopbaan")
    assert "loopbaan" in index.search("loopbaan begeleiding")
    assert index.search("scholing budget") == {"financien"}
    assert index.search("regio arbeidsmarkt") == {"regio"}


def test_compound_in_query_finds_its_parts_in_text(index):
    # 'begeleidt' (a verb form) meets 'begeleiding' through its lemma 'begeleiden'.
    assert index.search("loopbaanbegeleiding") == {"loopbaan", "apart", "coach"}
    assert index.search("loopbaancoach") == {"coach"}


def test_hyphen_variants_find_each_other(index):
    assert index.search("zijinstromers") == {"zij-instroom", "zijinstroom"}
    assert index.search("zij-instromers") == {"zij-instroom", "zijinstroom"}
    assert index.search("zij instromers") >= {"zij-instroom", "zijinstroom"}


def test_a_hyphenated_words_stop_word_pieces_are_not_required_on_their_own():
    # 'zij' is a pronoun in most texts: the pieces that count are the words with content.
    group = analyzer().query_terms("zij-instromers").groups[0]
    assert [(a.kind, a.terms) for a in group.alternatives] == [
        ("exact", ("zijinstromer",)),
        ("hyphen", ("instromer",)),
    ]
    instance = analyzer()
    # A particle or a negation stays: it tells 'doorstroom' from 'uitstroom', and people
    # without a benefit from those with one.
    for word in ("door-stroom", "niet-uitkeringsgerechtigden", "niet-westerse"):
        hyphen = instance.query_terms(word).groups[0].alternatives[1]
        assert hyphen.terms == tuple(instance.primary_term(p) for p in word.split("-")), word
    only_stop_words = instance.query_terms("wie-is-wie").groups[0]
    assert only_stop_words.alternatives[1].terms == tuple(
        instance.primary_term(word) for word in ("wie", "is", "wie")
    )


def test_separate_and_joined_spellings_find_each_other(index):
    assert index.search("jobcrafting") == {"jobcrafting", "crafting"}
    assert index.search("job crafting") == {"jobcrafting", "crafting"}


def test_codes_match_with_or_without_separator(index):
    assert index.search("DW2012") == {"code"}
    assert index.search("dw-2012") == {"code"}
    assert index.search("DW 2012") == {"code"}


def test_synonyms_expand_both_ways(index):
    assert index.search("geestelijke gezondheidszorg") == {"ggz"}
    assert index.search("ggz herstel") == {"ggz"}


def test_question_words_and_filler_are_dropped(index):
    plan = index.analyzer.query_terms("Welke projecten stopten na de subsidie?")
    assert [group.text for group in plan.groups] == ["projecten", "stopten", "subsidie"]
    assert plan.question
    assert "welke" in plan.dropped
    assert index.search("Welke projecten stopten na de subsidie?") == {"subsidie"}
    assert index.search("wat leverde de matchtafel op") == {"subsidie"}


def test_a_query_of_only_stop_words_still_searches_them(index):
    plan = index.analyzer.query_terms("wat is het?")
    assert [group.text for group in plan.groups] == ["wat", "is", "het"]
    assert index.search("wat is het?", mode="or")


def test_typos_still_find_their_documents():
    texts = ["De leerambassadeurs van regio West", "Het dashboard van de matchtafel"]
    index = Fts5Index(analyzer(texts), dict(enumerate(texts)))
    assert index.search("leerambasadeurs") == {0}
    assert index.search("dashbord") == {1}


def test_inflections_are_not_treated_as_typos():
    instance = analyzer(["De begeleiding van starters"])
    plan = instance.query_terms("begeleiden")
    assert [a.kind for a in plan.groups[0].alternatives] == ["exact"]
    assert instance.suggest("begeleiden") is None


def test_plan_groups_are_capped():
    plan = Analyzer().query_terms(" ".join(f"woord{i}" for i in range(100)))
    assert len(plan.groups) == 12


def test_query_alternatives_are_ranked_by_weight():
    instance = analyzer(["Loopbaanbegeleiding"])
    group = instance.query_terms("loopbaanbegeleiding").groups[0]
    assert [(a.kind, a.terms) for a in group.alternatives] == [
        ("exact", ("loopbaanbegeleid",)),
        ("compound", ("loopban", "begeleid")),
    ]
    assert matches(
        instance.query_terms("begeleiding loopbaan"), instance.index_terms("Loopbaanbegeleiding")
    )


def test_index_terms_follow_new_corpus_parts():
    instance = analyzer()
    instance.vocabulary.min_corpus_count = 2
    assert instance.index_terms("xolvaregeling") == ["xolvaregel"]
    instance.vocabulary.add_text("xolva xolva")
    assert instance.index_terms("xolvaregeling") == ["xolvaregel", "xolva", "regel"]


def test_a_one_word_compound_widens_to_its_parts_weighted_by_what_they_keep():
    instance = analyzer(["Loopbaanbegeleiding"])
    widened = compound_parts_plan(instance.query_terms("loopbaanbegeleiding"))
    assert widened is not None
    parts = [(a.terms, a.weight) for a in widened.groups[0].alternatives if a.kind == "part"]
    assert parts == [(("loopban",), COMPOUND_PARTS / 2), (("begeleid",), COMPOUND_PARTS / 2)]
    assert matches(widened, instance.index_terms("Een goede begeleiding"))
    assert not matches(instance.query_terms("loopbaanbegeleiding"), ["begeleid"])


def test_three_parts_widen_to_all_but_one_before_one_at_a_time():
    plan = QueryPlan(
        (QueryGroup("x", (Alternative(("abc", "def", "ghi"), COMPOUND_PARTS, "compound"),)),)
    )
    widened = compound_parts_plan(plan)
    assert widened is not None
    parts = [a for a in widened.groups[0].alternatives if a.kind == "part"]
    assert [a.terms for a in parts][:3] == [("def", "ghi"), ("abc", "ghi"), ("abc", "def")]
    assert {a.weight for a in parts[:3]} == {COMPOUND_PARTS * 2 / 3}
    assert {a.weight for a in parts[3:]} == {COMPOUND_PARTS / 3}


@pytest.mark.parametrize("query", ["begeleiding loopbaan", "scholing", "DW2012", "de"])
def test_only_a_one_word_compound_widens(query):
    instance = analyzer(["Loopbaanbegeleiding en scholing"])
    assert compound_parts_plan(instance.query_terms(query)) is None


def test_two_stop_words_are_not_a_word_written_apart():
    instance = analyzer(["De inde van de kosten", "Zorg voor zijinstromers"])
    assert [g.text for g in instance.query_terms("hoe werkt het in de zorg").groups] == [
        "werkt",
        "zorg",
    ]
    assert [g.text for g in instance.query_terms("zij instromer").groups] == ["zij instromer"]
