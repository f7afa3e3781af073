"""The backends' own concerns: the SQL PostgreSQL gets to plan, and tidying up after bulk
writes. What they find is tested through the service (test_services.py) on both databases."""

from __future__ import annotations

import logging

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from behoudplein.search import engine, indexing, services
from behoudplein.search.backends import Scope, get_backend
from behoudplein.search.models import SearchIndexState
from behoudplein.search.registry import Facets, IndexInput

from .conftest import add

pytestmark = pytest.mark.django_db
on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="runs when the suite is on PostgreSQL"
)


def _item(n: int, *, kind: str = "project", public: bool = True) -> IndexInput:
    return IndexInput(
        kind=kind,
        key={"code": f"T{n}"},
        title=f"Zorgproject {n}",
        url=f"/t/{n}",
        body="Scholing en loopbaanbegeleiding voor medewerkers in de wijkverpleging.",
        tags="",
        code=f"T{n}",
        facets=Facets(),
        public=public,
    )


@pytest.fixture
def mixed(db):
    for n in range(12):
        add(
            ("project", "lesson", "share")[n % 3],
            {"code": f"M{n}"},
            f"Document {n}",
            "Loopbaanbegeleiding in de zorg.",
            public=n % 4 != 0,
            organisation_id=7 if n % 5 == 0 else None,
        )


@pytest.mark.parametrize(
    "scope",
    [
        Scope(),
        Scope(kind="lesson"),
        Scope(organisation_id=7),
        Scope(organisation_id=7, kind="share"),
        Scope(everything=True, kind="project"),
    ],
)
def test_filters_select_the_same_rows_whether_indexable_or_not(mixed, scope):
    def ids(indexable: bool) -> list[int]:
        where, params = scope.where("d", indexable=indexable)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.id FROM search_searchdocument d WHERE {where} ORDER BY d.id",  # noqa: S608
                params,
            )
            return [row[0] for row in cursor.fetchall()]

    assert ids(True) == ids(False)
    assert ids(True)  # every scope above sees something of the fixture


@on_postgres
def test_postgres_searches_through_the_gin_index_even_on_a_small_table(mixed):
    """On a small table the planner preferred reading every public document of a kind through
    a btree index and detoasting each vector: the statement leaves it no btree to use."""
    version = SearchIndexState.objects.get(pk=1).version
    plan = engine.current_analyzer(version).query_terms("loopbaanbegeleiding zorg")
    backend = get_backend()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchdocument")
        cursor.execute("SET LOCAL enable_seqscan = off")
        for scope in (Scope(), Scope(kind="lesson"), Scope(organisation_id=7, kind="share")):
            sql, params = backend.statement(plan, "and", scope, 100)
            cursor.execute("EXPLAIN " + sql, params)
            explained = "\n".join(row[0] for row in cursor.fetchall())
            assert "search_doc_vector" in explained, explained
            assert "search_document_key" not in explained, explained


@pytest.fixture
def faceted(db):
    for n, (regions, sectors, year) in enumerate(
        [
            (("regio-1",), ("vvt",), 2016),
            (("regio-10",), ("vvt", "ggz"), 2016),
            (("regio-1", "regio-2"), ("ggz",), 2017),
            ((), (), None),
        ]
    ):
        add(
            ("project", "lesson")[n % 2],
            {"code": f"F{n}"},
            f"Document {n}",
            "Loopbaanbegeleiding in de zorg.",
            facets=Facets(regions=regions, sectors=sectors, year=year),
        )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"region": "regio-1"}, {"F0", "F2"}),  # not 'regio-10'
        ({"region": "regio-10"}, {"F1"}),
        ({"region": "REGIO-10"}, {"F1"}),
        ({"sector": "ggz"}, {"F1", "F2"}),
        ({"sector": "ggz", "year": 2016}, {"F1"}),
        ({"kind": "lesson", "region": "regio-1"}, set()),
        ({"kind": "lesson"}, {"F1", "F3"}),
        ({"region": "regio-1'; DROP TABLE x; --"}, set()),
        ({"year": 2030}, set()),
    ],
)
def test_facet_filters_match_whole_values_on_both_backends(faceted, filters, expected):
    version = SearchIndexState.objects.get(pk=1).version
    plan = engine.current_analyzer(version).query_terms("loopbaanbegeleiding")
    found = get_backend().match(plan, "and", Scope(**filters), 100)
    assert set(_keys(found)) == expected


def _keys(candidates) -> list[str]:
    from behoudplein.search.models import SearchDocument

    ids = [c.doc_id for c in candidates]
    return [
        key["code"]
        for key in SearchDocument.objects.filter(pk__in=ids).values_list("key", flat=True)
    ]


def test_facet_lexemes_are_safe_tsquery_input():
    scope = Scope(kind="project", year=2018, region="regio-4", sector="ict' | 'x")
    assert scope.facet_lexemes() == ["k:project", "y:2018", "r:regio-4", "s:ictx"]


@on_postgres
def test_postgres_answers_facet_filters_from_the_gin_index(faceted):
    version = SearchIndexState.objects.get(pk=1).version
    plan = engine.current_analyzer(version).query_terms("loopbaanbegeleiding")
    backend = get_backend()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchdocument")
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = backend.statement(plan, "and", Scope(region="regio-1", year=2016), 100)
        cursor.execute("EXPLAIN " + sql, params)
        explained = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_doc_vector" in explained, explained
    condition = next(line for line in explained.splitlines() if "Index Cond" in line)
    assert "'r:regio-1'" in condition and "'y:2016'" in condition, explained
    assert "LIKE" not in explained and "~~" not in explained, explained


def test_bulk_writes_settle_the_backend_and_single_saves_do_not(db, monkeypatch):
    calls = []
    monkeypatch.setattr(type(get_backend()), "settle", lambda self: calls.append(1))
    services.index_documents([_item(0)])
    assert calls == []
    services.index_documents(_item(n) for n in range(1, indexing.SETTLE_AFTER + 1))
    assert calls == [1]
    # Nothing written (the same documents again): nothing to tidy up.
    services.index_documents(_item(n) for n in range(1, indexing.SETTLE_AFTER + 1))
    assert calls == [1]


def _pending_pages() -> int:
    """Pages moved out of the GIN pending list by cleaning it now (0: it was empty)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('search_doc_vector'::regclass)")
        return int(cursor.fetchone()[0])


@on_postgres
def test_new_documents_wait_in_the_gin_pending_list(db):
    services.index_documents([_item(n) for n in range(3)])  # below SETTLE_AFTER
    assert _pending_pages() > 0


@on_postgres
def test_settle_empties_the_gin_pending_lists(db):
    services.index_documents([_item(n) for n in range(3)])
    get_backend().settle()
    assert _pending_pages() == 0


@on_postgres
def test_settle_that_fails_logs_and_leaves_the_transaction_usable(db, monkeypatch, caplog):
    # As when the site's database user does not own the index: PostgreSQL refuses.
    backend = get_backend()
    monkeypatch.setattr(backend, "gin_indexes", ("search_no_such_index",))
    with caplog.at_level(logging.WARNING, logger="behoudplein.search.backends.postgres"):
        backend.settle()
    assert "could not clean the GIN pending lists" in caplog.text
    services.index_documents([_item(1)])  # the surrounding transaction still works
    assert services.search(query="zorgproject", user=None).count == 1


@on_postgres
def test_a_search_sets_its_session_up_once_for_all_its_tiers(mixed):
    with CaptureQueriesContext(connection) as captured:
        # No document has both words: the AND tier is empty and the one-word tiers follow.
        results = services.search(query="loopbaanbegeleiding pannenkoekenrestaurant", user=None)
    statements = [q["sql"] for q in captured.captured_queries]
    assert results.count > 0
    assert sum("@@" in sql for sql in statements) > 1
    assert sum("enable_seqscan" in sql for sql in statements) == 1


def test_title_matches_with_a_facet_filter_on_both_backends(faceted):
    version = SearchIndexState.objects.get(pk=1).version
    plan = engine.current_analyzer(version).query_terms("document")
    found = get_backend().match(plan, "and", Scope(region="regio-1"), 10, title_only=True)
    assert set(_keys(found)) == {"F0", "F2"}
