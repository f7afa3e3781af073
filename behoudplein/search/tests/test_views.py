from __future__ import annotations

import re

import pytest

from behoudplein.search.models import Synonym

from .conftest import add

pytestmark = pytest.mark.django_db


def test_search_page_without_query(client, db):
    response = client.get("/zoeken")
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


def test_results_with_highlight_facets_and_suggestion(client, corpus):
    html = client.get("/zoeken", {"q": "werkzoekenden"}).content.decode()
    assert "2 resultaten" in html
    assert "<mark>werkzoekenden</mark>" in html
    assert "region=groningen" in html and "kind=project" in html
    html = client.get("/zoeken", {"q": "dashbord"}).content.decode()
    assert "Bedoelde u" in html and "q=dashboard" in html


def test_the_filters_summary_counts_the_active_filters(client, corpus):
    html = client.get("/zoeken", {"q": "werkzoekenden"}).content.decode()
    assert '<summary class="search-facets__summary">Filters</summary>' in html
    html = client.get(
        "/zoeken", {"q": "werkzoekenden", "kind": "project", "region": "groningen"}
    ).content.decode()
    assert '<summary class="search-facets__summary">Filters (2 actief)</summary>' in html


def test_words_no_document_has_are_named_above_the_results(client, corpus):
    html = client.get("/zoeken", {"q": "werkzoekenden xyzzyq qqzzyx"}).content.decode()
    assert "2 resultaten" in html
    assert (
        "Geen enkel document bevat de woorden “xyzzyq” en “qqzzyx”: "
        "de resultaten passen bij uw andere zoekwoorden." in html
    )
    html = client.get("/zoeken", {"q": "werkzoekenden xyzzyq"}).content.decode()
    assert "Geen enkel document bevat het woord “xyzzyq”" in html
    html = client.get("/zoeken", {"q": "werkzoekenden xyzzyq", "year": "2016"}).content.decode()
    assert "Binnen deze filters bevat geen enkel document het woord “xyzzyq”" in html
    for query in ("werkzoekenden", "xyzzyq"):  # all words found; nothing found at all
        assert (
            "Geen enkel document bevat" not in client.get("/zoeken", {"q": query}).content.decode()
        )


def test_a_result_shows_its_context_line_under_the_title(client, db):
    add(
        "lesson",
        {"code": "P1", "section": "lessons", "index": 1},
        "Les: werk samen met de gemeente",
        "Werk samen met de gemeente <b>vanaf</b> het begin.",
        context="P1 · Samen <sterk>",
    )
    html = client.get("/zoeken", {"q": "gemeente"}).content.decode()
    assert '<p class="search-result__context">P1 · Samen &lt;sterk&gt;</p>' in html
    # The API keeps SPEC.md's result shape.
    hit = client.get("/api/v1/search", {"q": "gemeente"}).json()["results"][0]
    assert set(hit) == {"kind", "title", "url", "score", "snippet", "key"}


def test_a_compound_no_document_has_shows_the_results_of_its_parts(client, corpus):
    # 'scholing' is in one document and 'budget' in another; none has both or the compound.
    add("project", {"code": "B1"}, "Een budget voor de regio")
    html = client.get("/zoeken", {"q": "scholingsbudget"}).content.decode()
    assert "2 resultaten" in html
    assert (
        "Geen enkel document bevat het woord “scholingsbudget”: de resultaten bevatten delen "
        "ervan." in html
    )


def test_htmx_gets_only_the_partial(client, corpus):
    response = client.get("/zoeken", {"q": "werkzoekenden"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert 'id="zoekresultaten"' in html and "<html" not in html
    # The count for screen readers goes to the status region that stays on the page.
    assert (
        '<p id="zoekstatus" hx-swap-oob="innerHTML">2 resultaten voor “werkzoekenden”</p>' in html
    )


def test_the_full_page_has_one_empty_status_region(client, corpus):
    html = client.get("/zoeken", {"q": "werkzoekenden"}).content.decode()
    assert html.count('id="zoekstatus"') == 1
    assert '<p id="zoekstatus" class="visually-hidden" role="status"></p>' in html


def test_page_search_as_you_type_is_wired(client, db):
    html = client.get("/zoeken").content.decode()
    assert 'hx-trigger="input changed delay:300ms' in html and 'hx-get="/zoeken"' in html


def test_query_and_snippet_are_escaped(client, db):
    add("project", {"code": "H1"}, "<b>Vet</b>", "Tekst met <script>alert(1)</script> zorgtekst.")
    html = client.get("/zoeken", {"q": "zorgtekst <script>x</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<script>x</script>" not in html
    assert "&lt;b&gt;Vet&lt;/b&gt;" in html


def test_bad_input_is_a_400_page_with_a_message(client, corpus):
    response = client.get("/zoeken", {"q": "zorg", "kind": "onbekend"})
    assert response.status_code == 400
    # The page names the kinds it offers, not the API's codes.
    assert "Onbekende soort: kies uit Project, Les of Deelbijdrage." in response.content.decode()


def test_page_beyond_the_last_goes_to_the_last(client, corpus):
    response = client.get("/zoeken", {"q": "werkzoekenden", "kind": "project", "page": 9})
    assert response.status_code == 302
    assert response["Location"] == "/zoeken?q=werkzoekenden&kind=project&page=1"
    partial = client.get(
        "/zoeken", {"q": "werkzoekenden", "page": 9}, headers={"HX-Request": "true"}
    )
    assert partial["HX-Replace-Url"] == "/zoeken?q=werkzoekenden&page=1"
    assert "ICT omscholing" in partial.content.decode()


def test_header_has_the_search_form(client, db):
    html = client.get("/").content.decode()
    assert 'action="/zoeken"' in html


@pytest.mark.parametrize(
    ("persona_name", "status"),
    [
        ("anonymous", 302),
        ("member", 403),
        ("project_lead", 403),
        ("coordinator", 403),
        ("editor", 200),
        ("administrator", 200),
    ],
)
def test_synonym_screen_only_for_editors(login_as, persona_name, status):
    response = login_as(persona_name).get("/zoeken/synoniemen")
    assert response.status_code == status


def test_editor_saves_a_synonym(login_as):
    client = login_as("editor")
    response = client.post(
        "/zoeken/synoniemen", {"term": "Wmo", "alternatives": "Wet maatschappelijke ondersteuning"}
    )
    assert response.status_code == 302
    assert Synonym.objects.get(term="Wmo").alternative_list() == [
        "Wet maatschappelijke ondersteuning"
    ]


def test_a_bad_filter_value_is_not_carried_into_the_next_search(client, corpus):
    response = client.get("/zoeken", {"q": "zorg", "year": "1800", "region": "groningen"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Het jaar (year) moet tussen 1900 en 2200 liggen." in html
    assert 'name="year"' not in html  # no hidden field that would fail every next search
    assert '<input type="hidden" name="region" value="groningen">' in html
    assert 'href="?q=zorg">Zoek zonder filters</a>' in html
    html = client.get("/zoeken", {"q": "zorg", "year": "2016"}).content.decode()
    assert '<input type="hidden" name="year" value="2016">' in html


def test_search_as_you_type_updates_the_page_title(client, corpus):
    partial = client.get("/zoeken", {"q": "werkzoekenden"}, headers={"HX-Request": "true"})
    assert "<title>Zoeken: werkzoekenden · Behoudplein</title>" in partial.content.decode()
    html = client.get("/zoeken", {"q": "werkzoekenden"}).content.decode()
    assert html.count("<title>") == 1


def test_the_last_page_says_when_only_the_best_matches_are_ranked(client, db, monkeypatch):
    from behoudplein.search import candidates

    monkeypatch.setattr(candidates, "RANK_POOL", 12)
    monkeypatch.setattr(candidates, "TITLED", 6)
    for number in range(15):
        add("project", {"code": f"P{number}"}, f"Project {number} over mentoring", "")
    first = client.get("/zoeken", {"q": "mentoring"}).content.decode()
    assert "15 resultaten" in first and "Pagina 1 van 2" in first
    assert "best passende resultaten" not in first
    last = client.get("/zoeken", {"q": "mentoring", "page": "2"}).content.decode()
    assert "Alleen de 12 best passende resultaten worden getoond." in last


def test_the_page_ignores_the_apis_limit_and_links_carry_the_query_as_searched(client, corpus):
    for limit in ("x", "0", "500"):
        response = client.get("/zoeken", {"q": "werkzoekenden", "limit": limit})
        assert response.status_code == 200
    long_query = "werkzoekenden " + "x" * 10_000
    html = client.get("/zoeken", {"q": long_query}).content.decode()
    # Facet and page links carry the query as searched (500 characters), not all of it; only
    # the language switch's return address holds the address as it was asked for.
    long_runs = [m.start() for m in re.finditer("x{600,}", html)]
    assert len(long_runs) == 1
    assert 'name="next"' in html[long_runs[0] - 300 : long_runs[0]]
