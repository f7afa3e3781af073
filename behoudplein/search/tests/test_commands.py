"""`behoudplein search "QUERY" [--json]` and `behoudplein reindex` (SPEC.md's CLI contract)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from behoudplein.search import services
from behoudplein.search.models import SearchDocument
from behoudplein.shares.search_documents import share_key
from behoudplein.shares.tests.factories import ShareFactory

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_search_prints_count_suggestion_missing_words_and_hits(corpus):
    lines = run("search", "werkzoekenden xyzzyq").splitlines()
    assert lines[:2] == ["2 resultaten", "Niet gevonden: xyzzyq"]
    assert {line.split()[-1] for line in lines[2:]} == {
        '/project/{"code":"DW2012"}',
        '/project/{"code":"DW2013"}',
    }
    assert "Bedoelde u: dashboard?" in run("search", "dashbord")


def test_search_json_is_the_api_shape_as_a_visitor_sees_it(client, corpus):
    printed = json.loads(run("search", "loopbaan", "--json"))
    assert printed == client.get("/api/v1/search", {"q": "loopbaan"}).json()
    assert [hit["key"] for hit in printed["results"]] == [{"code": "DW2012"}]  # not the draft


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "0"], "limit"),
        (["--limit", "101"], "limit"),
        (["--page", "0"], "page"),
        (["--kind", "organisatie"], "soort"),
        (["--year", "twee"], r"jaar \(year\)"),
    ],
)
def test_search_bad_arguments_are_a_clear_error(corpus, args, message):
    with pytest.raises(CommandError, match=f"(?i){message}"):
        run("search", "zorg", *args)


def test_search_filters_as_the_api_does(client, corpus):
    for option, value in (("region", "groningen"), ("sector", "vvt"), ("year", "2017")):
        printed = json.loads(run("search", "werkzoekenden", f"--{option}", value, "--json"))
        assert printed == client.get("/api/v1/search", {"q": "werkzoekenden", option: value}).json()
        assert printed["count"] == 1


def test_a_query_that_starts_with_a_dash_goes_after_two_dashes(corpus):
    with pytest.raises(CommandError, match="zet er dan -- voor"):
        run("search", "-werkzoekenden")
    assert json.loads(run("search", "--json", "--", "-werkzoekenden"))["count"] == 2


def test_search_with_an_empty_or_hostile_query_answers(corpus):
    assert json.loads(run("search", "", "--json"))["count"] == 0
    assert json.loads(run("search", "\"zorg* NEAR(:) -'", "--json"))["count"] >= 1


def test_reindex_rebuilds_from_the_records_and_is_idempotent(corpus):
    share = ShareFactory(published=True)
    # The corpus's documents have no records behind them; the share was never indexed.
    first = run("reindex")
    assert first == "Zoekindex: 1 documenten, 1 bijgewerkt, 4 verwijderd.\n"
    assert list(SearchDocument.objects.values_list("kind", flat=True)) == ["share"]
    found = services.search(query=share.organisation.name, user=None, kind="share").results
    assert [hit.key for hit in found] == [share_key(share)]
    second = run("reindex")
    assert second == "Zoekindex: 1 documenten, 0 bijgewerkt, 0 verwijderd.\n"
