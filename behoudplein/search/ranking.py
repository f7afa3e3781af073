"""One ranker for both backends: BM25F over the stored terms of a bounded candidate pool."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from django.db import connection

from .analysis import BM25F, CollectionStats, DocumentTerms, QueryPlan, ScoredDocument
from .models import SearchDocument, SearchIndexState, SearchKindStats, SearchTerm

FIELDS = ("code", "title", "tags", "body")
# Body length normalised less than BM25's usual 0.75: bodies of one kind still vary from a
# paragraph to pages, and a long project report is not less about its subject (dev set +0.01).
# k1 = 4 rather than the textbook 1.2: with field weights summed before saturation, a low k1
# saturates a title match and a few body mentions alike, so a document titled after the
# subject hardly beats one that mentions it in passing (dev +0.02, validation +0.01).
# Proximity 0.5: query words next to each other add half their idf (dev +0.004, validation
# +0.006, both backends alike).
RANKER = BM25F(k1=4.0, b={"code": 0.0, "title": 0.5, "tags": 0.5, "body": 0.5}, proximity=0.5)


def _averages(state: SearchIndexState) -> dict[str, float]:
    count = max(state.document_count, 0)
    return {name: (getattr(state, f"{name}_total") / count if count else 0.0) for name in FIELDS}


def collection_stats(state: SearchIndexState, terms: Iterable[str]) -> CollectionStats:
    wanted = sorted(set(terms))
    frequencies = dict(
        SearchTerm.objects.filter(term__in=wanted).values_list("term", "document_count")
    )
    return CollectionStats(max(state.document_count, 0), _averages(state), frequencies)


# The kind scales change only when the index does: kept per index state (version and totals,
# so a rolled back write, which takes the version back, cannot leave another index's figures).
_scales_lock = threading.Lock()
_scales: tuple[tuple[int, ...], dict[str, dict[str, float]]] | None = None


def length_scales(state: SearchIndexState) -> dict[str, dict[str, float]]:
    """Per kind and field: global average ÷ the kind's average length (for `rank`).

    BM25 assumes documents of one sort; here a project runs to pages and a lesson to a
    sentence. Scaling each length by this factor normalises it against its own kind.
    """
    global _scales
    key = (
        state.version,
        state.document_count,
        *(getattr(state, f"{name}_total") for name in FIELDS),
    )
    with _scales_lock:
        if _scales is not None and _scales[0] == key:
            return _scales[1]
    averages = _averages(state)
    scales: dict[str, dict[str, float]] = {}
    for row in SearchKindStats.objects.filter(document_count__gt=0):
        scales[row.kind] = {}
        for name in FIELDS:
            kind_average = getattr(row, f"{name}_total") / row.document_count
            overall = averages[name]
            scales[row.kind][name] = overall / kind_average if kind_average > 0 else 1.0
    if state.pk is not None:
        with _scales_lock:
            _scales = (key, scales)
    return scales


def term_counts(text: str, terms: Iterable[str]) -> dict[str, int]:
    """How often each of `terms` occurs in a stored terms string (one space between terms).

    Only the query's terms are counted, by substring search: no list or Counter of every
    term of a long body (about three times faster on report-length documents).
    """
    counts: dict[str, int] = {}
    padded = ""
    for term in terms:
        if term not in text:
            continue
        padded = padded or f" {text} "
        found = padded.count(f" {term} ")
        if found and f" {term} {term} " in padded:
            # Neighbouring repeats share a space, which str.count does not count twice.
            found = text.split().count(term)
        if found:
            counts[term] = found
    return counts


_COLUMNS = ", ".join(
    ["id", "kind", "natural_key"] + [f"{n}_terms" for n in FIELDS] + [f"{n}_length" for n in FIELDS]
)


def _rows(doc_ids: list[int]) -> list[tuple]:
    """The candidates' stored terms and lengths, in key order (compared in Python, so both
    databases, whatever their collation, order ties alike). One plain statement: the ORM's
    row handling cost about as much as the database read (100 rows, 11 columns)."""
    if not doc_ids:
        return []
    table = SearchDocument._meta.db_table
    params: list[Any]
    if connection.vendor == "postgresql":
        # One array parameter: the same statement text for any number of ids, which psycopg
        # parses once (an IN list of a new length is a new statement to it).
        where, params = "id = ANY(%s)", [list(doc_ids)]
    else:
        where, params = f"id IN ({', '.join(['%s'] * len(doc_ids))})", [*doc_ids]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {_COLUMNS} FROM {table} WHERE {where}", params)  # noqa: S608
        rows = cursor.fetchall()
    rows.sort(key=lambda row: (row[1], row[2]))
    return rows


def rank(
    plan: QueryPlan,
    doc_ids: list[int],
    stats: CollectionStats,
    scales: dict[str, dict[str, float]],
) -> list[ScoredDocument]:
    """Best first; equal scores in key order, so both backends (and a fresh index and a
    rebuilt one, whose ids differ) order ties alike. ``stats`` from `collection_stats`,
    ``scales`` from `length_scales`."""
    wanted = plan.terms()
    near = len(plan.groups) >= 2  # proximity needs the terms in order
    documents = []
    for pk, kind, _, *values in _rows(doc_ids):
        texts = {name: text for name, text in zip(FIELDS, values[:4], strict=True) if text}
        frequencies = {name: term_counts(text, wanted) for name, text in texts.items()}
        sequences = texts if near else {}
        scale = scales.get(kind, {})
        lengths = {
            name: length * scale.get(name, 1.0)
            for name, length in zip(FIELDS, values[4:], strict=True)
        }
        documents.append(DocumentTerms(pk, frequencies, lengths, sequences))
    return RANKER.rank(plan, documents, stats)
