"""Whatever a searcher types, the backend query strings stay valid and mean only our terms."""

import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from behoudplein.search.analysis import Alternative, QueryGroup, QueryPlan, fts5_match, pg_tsquery

from .helpers import analyzer

ANALYZER = analyzer(["De leerambassadeurs en het dashboard van de matchtafel", "zorg en welzijn"])

NASTY = [
    '"',
    "*",
    "NEAR",
    "NEAR(",
    ":",
    "(",
    ")",
    "-",
    "'",
    "AND",
    "OR",
    "NOT",
    "^",
    "{",
    "}",
    ";",
    "--",
    "\\",
    "&",
    "|",
    "!",
    "<->",
    ":*",
    "'; DROP TABLE docs; --",
    "\x00",
    "title:",
    "+",
    "né",
    "ǅ",
    "\u200b",
    "ﬁ",
    "٣",
    "𝟘",
    "½",
    "İ",
    "ß",
    "ĳ",
    "-zorg-",
    "a.b.c.",
    "''",
    '""',
]


def _grammar(quote: str, and_: str, or_: str, mode: str) -> re.Pattern[str]:
    term = f"{quote}[a-z0-9]{{1,48}}{quote}"
    alternative = rf"(?:{term}|\({term}(?:{re.escape(and_)}{term})+\))"
    group = rf"\({alternative}(?:{re.escape(or_)}{alternative})*\)"
    joiner = re.escape(and_ if mode == "and" else or_)
    return re.compile(rf"{group}(?:{joiner}{group})*")


GRAMMARS = {
    (builder, mode): _grammar(*args, mode)
    for builder, args in [(fts5_match, ('"', " AND ", " OR ")), (pg_tsquery, ("'", " & ", " | "))]
    for mode in ("and", "or")
}

queries = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=12)), max_size=30).map(" ".join),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=5)), max_size=30).map("".join),
)


@pytest.fixture(scope="module")
def fts5():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body)")
    db.execute("INSERT INTO docs VALUES ('zorg', 'leerambassadeur dashboard')")
    return db


def _check(plan: QueryPlan, db: sqlite3.Connection) -> None:
    for (builder, mode), grammar in GRAMMARS.items():
        expression = builder(plan, mode)
        if expression is None:
            continue
        assert grammar.fullmatch(expression), expression
        assert expression.count("(") <= 12 * (1 + 8)  # groups and alternatives are capped
        if builder is fts5_match:
            db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (expression,)).fetchone()


@settings(max_examples=400, deadline=None)
@given(queries)
def test_any_query_gives_valid_backend_strings(fts5, query):
    plan = ANALYZER.query_terms(query)
    assert len(plan.groups) <= 12
    _check(plan, fts5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.lists(st.text(max_size=8), max_size=8), max_size=10), max_size=20))
def test_builders_drop_unsafe_terms_even_from_hand_made_plans(fts5, groups):
    plan = QueryPlan(
        tuple(
            QueryGroup("x", tuple(Alternative(tuple(terms)) for terms in alternatives))
            for alternatives in groups
        )
    )
    _check(plan, fts5)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '"""',
        "*",
        "NEAR(zorg welzijn, 3)",
        "zorg:*",
        "title:zorg",
        "-zorg",
        "(zorg OR welzijn",
        "zorg' OR '1'='1",
        "'; DROP TABLE docs; --",
        "zorg & !welzijn | <->",
        "a" * 10_000,
        "zorg " * 5_000,
        "\x00\x01\x02",
        "😀 🚀",
        "中文 العربية",
    ],
)
def test_nasty_queries(fts5, query):
    plan = ANALYZER.query_terms(query)
    _check(plan, fts5)


def test_empty_plans_build_nothing():
    assert fts5_match(ANALYZER.query_terms("!!! ???")) is None
    assert pg_tsquery(ANALYZER.query_terms("")) is None


def test_unknown_mode_is_a_programming_error():
    with pytest.raises(ValueError, match="mode"):
        fts5_match(ANALYZER.query_terms("zorg"), "near")  # type: ignore[arg-type]


def test_expressions_look_as_documented():
    plan = ANALYZER.query_terms("scholings-budget zorg")
    assert fts5_match(plan) == '("scholingsbudget" OR ("scholing" AND "budget")) AND ("zorg")'
    assert pg_tsquery(plan, "or") == "('scholingsbudget' | ('scholing' & 'budget')) | ('zorg')"
