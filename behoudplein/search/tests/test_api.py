from __future__ import annotations

import pytest

from .conftest import add

pytestmark = pytest.mark.django_db
URL = "/api/v1/search"


def test_shape_per_spec(client, corpus):
    response = client.get(URL, {"q": "werkzoekenden"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    assert {"count", "results", "facets", "suggestion", "page", "missing"} <= set(data)
    assert data["missing"] == []
    for hit in data["results"]:
        assert set(hit) == {"kind", "title", "url", "score", "snippet", "key"}
    assert {hit["key"]["code"] for hit in data["results"]} == {"DW2012", "DW2013"}


def test_missing_lists_the_words_no_document_has(client, corpus):
    data = client.get(URL, {"q": "werkzoekenden xyzzyq"}).json()
    assert (data["count"], data["missing"]) == (2, ["xyzzyq"])


def test_empty_query_counts_nothing(client, corpus):
    assert client.get(URL).json()["count"] == 0
    assert client.get(URL, {"q": "   "}).json() == client.get(URL, {"q": ""}).json()


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "tien"},
        {"page": "0"},
        {"page": "-1"},
        {"page": "999999999999999999999"},
        {"kind": "organisatie"},
        {"year": "twintig"},
        {"year": "99999999999999999999"},
    ],
)
def test_bad_parameters_answer_400_with_a_message(client, corpus, params):
    response = client.get(URL, {"q": "zorg", **params})
    assert response.status_code == 400
    assert response.json()["detail"]


def test_limit_bounds_and_page_beyond_the_end(client, corpus):
    assert client.get(URL, {"q": "werkzoekenden", "limit": 1}).json()["results"][0]
    assert client.get(URL, {"q": "werkzoekenden", "limit": 100}).status_code == 200
    far = client.get(URL, {"q": "werkzoekenden", "page": 40}).json()
    assert far["results"] == [] and far["count"] == 2


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "NEAR(zorg werk)",
        "title:zorg",
        "(zorg",
        "-zorg",
        "zorg'",
        "' OR 1=1 --",
        "'; DROP TABLE search_searchdocument; --",
        "zorg AND NOT werk",
        "<script>alert(1)</script>",
        "de het een",
        "x" * 10_000,
        "zorg " * 2_000,
        "\x00zorg",
        "🙂 zorg",
    ],
)
def test_hostile_queries_never_fail(client, corpus, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["count"], int)


def test_only_stop_words_still_searches(client, corpus):
    add("project", {"code": "W1"}, "Wie is wie", "")
    assert client.get(URL, {"q": "wie is wie"}).json()["results"][0]["key"] == {"code": "W1"}


def test_unknown_facet_values_find_nothing(client, corpus):
    for params in ({"region": "atlantis"}, {"sector": "ruimtevaart"}, {"year": 1999}):
        response = client.get(URL, {"q": "werkzoekenden", **params})
        assert response.status_code == 200 and response.json()["count"] == 0


def test_html_in_documents_is_escaped_in_snippets(client, db):
    add("project", {"code": "H1"}, "Veilig", "Een <script>alert('x')</script> in de zorgtekst.")
    snippet = client.get(URL, {"q": "zorgtekst"}).json()["results"][0]["snippet"]
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
    assert "<mark>zorgtekst</mark>" in snippet


def test_anonymous_never_sees_private_documents_but_a_token_user_may(client, corpus, editor):
    assert client.get(URL, {"q": "conceptproject"}).json()["count"] == 0
    client.force_login(editor)
    assert client.get(URL, {"q": "conceptproject"}).json()["count"] == 1


def test_a_token_shows_its_user_what_they_may_see_and_a_wrong_token_is_a_401(
    client, corpus, editor
):
    from behoudplein.accounts.services import api_token_create

    _, key = api_token_create(user=editor, name="rapportage")
    for headers in ({"Authorization": f"Bearer {key}"}, {"X-API-Token": key}):
        response = client.get(URL, {"q": "conceptproject"}, headers=headers)
        assert response.status_code == 200 and response.json()["count"] == 1
    for headers in ({"Authorization": "Bearer onzin"}, {"X-API-Token": "onzin"}):
        response = client.get(URL, {"q": "conceptproject"}, headers=headers)
        assert response.status_code == 401
        assert response.json() == {"detail": "Dit API-token is onbekend of ingetrokken."}


def test_paging_reaches_the_ranked_matches(client, corpus):
    data = client.get(URL, {"q": "werkzoekenden", "limit": 1}).json()
    assert (data["count"], data["ranked"], data["pages"]) == (2, 2, 2)


def test_facets_always_have_their_four_keys(client, corpus):
    for query in ("", "***", "werkzoekenden"):
        facets = client.get(URL, {"q": query}).json()["facets"]
        assert set(facets) == {"kind", "region", "sector", "year"}


def test_openapi_lists_search(client, db):
    assert "/api/v1/search" in client.get("/api/v1/openapi.json").json()["paths"]
