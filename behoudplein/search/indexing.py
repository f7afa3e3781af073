"""Writing the index: analyse, store the terms per field, keep idf and vocabulary counts.

Every write goes through `index_batch` or `remove`: single saves, `reindex` and the benchmark
alike. Unchanged documents are not written, so indexing the same content twice changes
nothing (not even the index version).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from django.db import connection, transaction
from django.db.models import F

from . import engine
from .analysis import Analyzer
from .analysis.normalize import words
from .backends import get_backend
from .models import SearchDocument, SearchIndexState, SearchKindStats
from .registry import IndexInput

FIELDS = ("code", "title", "tags", "body")
# A tsvector holds at most 1 MB; nobody searches the middle of a 200-page appendix.
MAX_FIELD_CHARS = 100_000
CHUNK_SIZE = 2000
# After a bulk write of at least this many rows the backend tidies up (see `settle`).
SETTLE_AFTER = 100
_STORED = ("title", "url", "body", "tags", "context", "regions", "sectors", "year", "public")
_STORED_IDS = ("organisation_id", "region_id", "owner_only")


def natural_key(key: Any) -> str:
    """The record's natural key as one string, unique within its kind."""
    if isinstance(key, dict):
        return json.dumps(key, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return str(key)


def _texts(title: str, tags: str, body: str) -> Counter[str]:
    return Counter(words(title)) + Counter(words(tags)) + Counter(words(body))


@dataclass
class _Change:
    terms: Counter[str]  # document frequency deltas
    words: Counter[str]
    totals: Counter[str]
    kinds: dict[str, Counter[str]] = field(default_factory=dict)  # per kind: count, lengths


def _row(item: IndexInput, analyzer: Analyzer) -> SearchDocument:
    texts = {
        "code": item.code,
        "title": item.title,
        "tags": item.tags,
        "body": item.body[:MAX_FIELD_CHARS],
    }
    row = SearchDocument(
        kind=item.kind,
        key=item.key,
        natural_key=natural_key(item.key),
        title=item.title[:500],
        url=item.url[:500],
        body=item.body,
        tags=item.tags,
        context=item.context[:300],
        regions=" ".join(item.facets.regions)[:500],
        sectors=" ".join(item.facets.sectors)[:500],
        year=item.facets.year,
        public=item.public,
        organisation_id=item.organisation_id,
        region_id=item.region_id,
        owner_only=item.owner_only,
    )
    for name, text in texts.items():
        terms = analyzer.index_terms(text) if text else []
        setattr(row, f"{name}_terms", " ".join(terms))
        setattr(row, f"{name}_length", len(terms))
    return row


def _distinct_terms(row: SearchDocument) -> set[str]:
    found: set[str] = set()
    for name in FIELDS:
        found.update(getattr(row, f"{name}_terms").split())
    return found


def _same(old: SearchDocument, new: SearchDocument) -> bool:
    names = (*_STORED, *_STORED_IDS, *(f"{n}_terms" for n in FIELDS), "key")
    return all(getattr(old, n) == getattr(new, n) for n in names)


def _batched(items: Iterable[IndexInput], size: int) -> Iterator[list[IndexInput]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def index_batch(items: Iterable[IndexInput], *, chunk_size: int = CHUNK_SIZE) -> int:
    """Index documents chunk by chunk; returns how many rows were written."""
    written = 0
    try:
        for chunk in _batched(items, chunk_size):
            written += _index_chunk(chunk)
    except BaseException:
        engine.forget()  # the in-memory vocabulary may hold words of a rolled back write
        raise
    if written >= SETTLE_AFTER:
        get_backend().settle()
    return written


def _index_chunk(chunk: list[IndexInput]) -> int:
    # The last version of a key in the chunk wins.
    unique = {(i.kind, natural_key(i.key)): i for i in chunk}
    with transaction.atomic():
        state, before = _lock_state()
        analyzer = engine.current_analyzer(before)
        existing = _existing(list(unique))
        vocabulary = analyzer.vocabulary
        # Count the chunk's words first, so compounds of words new in it split already.
        counted: dict[tuple[str, str], Counter[str]] = {}
        for key, item in unique.items():
            old = existing.get(key)
            if old is not None:
                vocabulary.remove_text(f"{old.title}\n{old.tags}\n{old.body}")
            counted[key] = _texts(item.title, item.tags, item.body)
            vocabulary.add_counts(counted[key])
            text = f"{item.title}\n{item.tags}\n{item.body}"
            if not text.isascii():
                vocabulary._remember_forms(text)  # readable spellings for 'bedoelde u'
        change = _Change(Counter(), Counter(), Counter())
        new_rows: list[SearchDocument] = []
        stale: list[int] = []
        for key, item in unique.items():
            row = _row(item, analyzer)
            old = existing.get(key)
            if old is not None:
                if _same(old, row):
                    continue
                stale.append(old.pk)
                _account(change, old, -1)
            _account(change, row, +1, counted[key])
            new_rows.append(row)
        if not new_rows:
            return 0
        SearchDocument.objects.filter(pk__in=stale).delete()
        SearchDocument.objects.bulk_create(new_rows, batch_size=500)
        _apply(state, before, change, added=len(new_rows) - len(stale))
        engine.note_own_write(before, before + 1)
    return len(new_rows)


def remove(*, kind: str, key: Any) -> bool:
    try:
        return _remove(kind, key)
    except BaseException:
        engine.forget()
        raise


def _remove(kind: str, key: Any) -> bool:
    with transaction.atomic():
        state, before = _lock_state()
        old = (
            SearchDocument.objects.filter(kind=kind, natural_key=natural_key(key))
            .select_for_update()
            .first()
        )
        if old is None:
            return False
        analyzer = engine.current_analyzer(before)
        analyzer.vocabulary.remove_text(f"{old.title}\n{old.tags}\n{old.body}")
        change = _Change(Counter(), Counter(), Counter())
        _account(change, old, -1)
        old.delete()
        _apply(state, before, change, added=-1)
        engine.note_own_write(before, before + 1)
    return True


def bump_version() -> None:
    """Something the analyzer depends on changed (synonyms): every process reloads."""
    with transaction.atomic():
        _lock_state()
        SearchIndexState.objects.filter(pk=1).update(version=F("version") + 1)
    engine.forget()


def _lock_state() -> tuple[SearchIndexState, int]:
    SearchIndexState.objects.get_or_create(pk=1)
    state = SearchIndexState.objects.select_for_update().get(pk=1)
    return state, state.version


def _existing(keys: list[tuple[str, str]]) -> dict[tuple[str, str], SearchDocument]:
    found: dict[tuple[str, str], SearchDocument] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, key in keys:
        by_kind.setdefault(kind, []).append(key)
    for kind, natural_keys in by_kind.items():
        for start in range(0, len(natural_keys), 500):
            part = natural_keys[start : start + 500]
            for row in SearchDocument.objects.filter(kind=kind, natural_key__in=part):
                found[(row.kind, row.natural_key)] = row
    return found


def _account(
    change: _Change, row: SearchDocument, sign: int, words_: Counter[str] | None = None
) -> None:
    for term in _distinct_terms(row):
        change.terms[term] += sign
    if words_ is None:
        words_ = _texts(row.title, row.tags, row.body)
    if sign > 0:
        change.words.update(words_)
    else:
        change.words.subtract(words_)
    per_kind = change.kinds.setdefault(row.kind, Counter())
    per_kind["document_count"] += sign
    for name in FIELDS:
        change.totals[name] += sign * getattr(row, f"{name}_length")
        per_kind[f"{name}_total"] += sign * getattr(row, f"{name}_length")


def _apply(state: SearchIndexState, before: int, change: _Change, *, added: int) -> None:
    _upsert("search_searchterm", "term", "document_count", change.terms)
    _upsert("search_searchword", "word", "count", change.words)
    for kind, deltas in change.kinds.items():
        SearchKindStats.objects.get_or_create(kind=kind)
        SearchKindStats.objects.filter(kind=kind).update(
            **{name: F(name) + value for name, value in deltas.items() if value}
        )
    state.version = before + 1
    state.document_count += added
    for name in FIELDS:
        setattr(state, f"{name}_total", getattr(state, f"{name}_total") + change.totals[name])
    state.save()


def _upsert(table: str, column: str, value: str, deltas: Counter[str]) -> None:
    rows = [(k[:64], n) for k, n in deltas.items() if n]
    if not rows:
        return
    sql = (
        f"INSERT INTO {table} ({column}, {value}) VALUES (%s, %s) "  # noqa: S608 - fixed names
        f"ON CONFLICT ({column}) DO UPDATE SET {value} = {table}.{value} + excluded.{value}"
    )
    if connection.vendor == "postgresql":
        # One statement per 50,000 rows (arrays unnested) instead of one per row.
        sql = (
            f"INSERT INTO {table} ({column}, {value}) "  # noqa: S608 - fixed names
            "SELECT * FROM unnest(%s::varchar[], %s::integer[]) "
            f"ON CONFLICT ({column}) DO UPDATE SET {value} = {table}.{value} + excluded.{value}"
        )
        with connection.cursor() as cursor:
            for start in range(0, len(rows), 50_000):
                part = sorted(rows[start : start + 50_000])  # a stable lock order
                cursor.execute(sql, [[k for k, _ in part], [n for _, n in part]])
        return
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start : start + 5000])
