"""Shared builders for the analysis tests (plain functions: no conftest, so the tests also run
without pytest-django)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from behoudplein.search.analysis import Analyzer, QueryPlan, Vocabulary, fts5_match


@lru_cache(maxsize=1)
def _wordfreq_vocabulary() -> Vocabulary:
    return Vocabulary.from_wordfreq(min_corpus_count=1)


def vocabulary(texts: Iterable[str] = ()) -> Vocabulary:
    """Dutch wordfreq words plus the given texts as the indexed corpus."""
    fresh = _wordfreq_vocabulary().copy()
    for text in texts:
        fresh.add_text(text)
    return fresh


def analyzer(
    texts: Sequence[str] = (), synonyms: Mapping[str, Sequence[str]] | None = None
) -> Analyzer:
    return Analyzer(vocabulary(texts), synonyms)


def matches(plan: QueryPlan, terms: Iterable[str], mode: str = "and") -> bool:
    """The plan's matching rule evaluated in Python, as the backends evaluate it."""
    present = set(terms)
    results = [
        any(set(alternative.terms) <= present for alternative in group.alternatives)
        for group in plan.groups
    ]
    return bool(results) and (all(results) if mode == "and" else any(results))


class Fts5Index:
    """An in-memory SQLite FTS5 table storing the analyzer's terms, like the real backend."""

    def __init__(self, analyzer: Analyzer, documents: Mapping[str, str]) -> None:
        self.analyzer = analyzer
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, terms)")
        self.db.executemany(
            "INSERT INTO docs (key, terms) VALUES (?, ?)",
            [(key, analyzer.index_text(text)) for key, text in documents.items()],
        )

    def search(self, query: str, mode: str = "and") -> set[str]:
        expression = fts5_match(self.analyzer.query_terms(query), mode)  # type: ignore[arg-type]
        if expression is None:
            return set()
        rows = self.db.execute("SELECT key FROM docs WHERE docs MATCH ?", (expression,))
        return {key for (key,) in rows}
