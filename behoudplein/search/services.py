"""The one door to search: index, remove, search. Views, API, CLI and other apps call these."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from . import engine, indexing
from .analysis import Alternative, CollectionStats, QueryGroup, QueryPlan, snippet
from .analysis.plan import compound_parts_plan
from .backends import Backend, Candidate, Scope, get_backend
from .facets import facet_labels
from .models import SearchDocument, SearchIndexState, Synonym
from .permissions import sees_everything
from .ranking import collection_stats, rank
from .registry import ALL_KINDS, Facets, IndexInput

__all__ = [
    "Facets",
    "IndexInput",
    "SearchResults",
    "index_document",
    "index_documents",
    "remove_document",
    "search",
]

MAX_LIMIT = 100
MAX_PAGE = 1000
MAX_QUERY_CHARS = 500
# Facets and the count cover at most this many matches; BM25F orders at most RANK_POOL.
CANDIDATES = 1000
RANK_POOL = 100
# Fewer AND matches than this and the fallback tiers run (see `_candidates`), so a query
# never returns nothing while some of its meaningful words match.
MIN_AND_MATCHES = 10
# With more AND matches than RANK_POOL, up to this many that match in title, tags or code
# enter the pool first (an index query on FTS5's `hi` column / PostgreSQL's hi vector).
TITLED = RANK_POOL // 2
# Each fallback tier adds at most this many: enough to rank, cheap for words most documents
# have.
OR_CANDIDATES = 200
# Up to this many query words, 'all but one' tiers come before single words (k queries).
MAX_DROP_ONE_GROUPS = 6
# What a hit shows: not the stored terms, which would double what is read per hit.
HIT_FIELDS = ("kind", "key", "title", "url", "body", "tags")


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    score: float
    snippet: str
    key: Any


@dataclass
class SearchResults:
    query: str
    count: int
    results: list[Hit] = field(default_factory=list)
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    suggestion: str | None = None
    page: int = 1
    pages: int = 0
    limit: int = 10
    count_is_capped: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The public contract's shape (SPEC.md) plus facets, suggestion and page."""
        return {
            "count": self.count,
            "results": [asdict(hit) for hit in self.results],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "page": self.page,
            "pages": self.pages,
            "limit": self.limit,
            "count_is_capped": self.count_is_capped,
        }


# --------------------------------------------------------------------------- writing


def index_document(
    *,
    kind: str,
    key: Any,
    title: str,
    url: str,
    body: str,
    tags: str,
    facets: Facets | Mapping[str, Any],
    public: bool,
    organisation_id: int | None = None,
    region_id: int | None = None,
    code: str = "",
) -> None:
    """Add or replace one record in the index (at once: no reindex needed)."""
    if not isinstance(facets, Facets):
        facets = Facets(
            regions=tuple(facets.get("regions") or ()),
            sectors=tuple(facets.get("sectors") or ()),
            year=facets.get("year"),
        )
    item = IndexInput(
        kind=kind,
        key=key,
        title=title,
        url=url,
        body=body,
        tags=tags,
        code=code,
        facets=facets,
        public=public,
        organisation_id=organisation_id,
        region_id=region_id,
    )
    indexing.index_batch([item])


def index_documents(items: Iterable[IndexInput]) -> int:
    """Bulk indexing (reindex, benchmarks): returns how many rows were written."""
    return indexing.index_batch(items)


def remove_document(*, kind: str, key: Any) -> bool:
    return indexing.remove(kind=kind, key=key)


def remove_documents_except(*, kinds: list[str], keep: set[tuple[str, str]]) -> int:
    """Remove documents of these kinds whose natural key is not in `keep` (after reindex)."""
    removed = 0
    for kind, key, natural in SearchDocument.objects.filter(kind__in=kinds).values_list(
        "kind", "key", "natural_key"
    ):
        if (kind, natural) not in keep:
            removed += int(remove_document(kind=kind, key=key))
    return removed


def synonyms_changed() -> None:
    indexing.bump_version()


# --------------------------------------------------------------------------- searching


def validate(*, limit: int, page: int, kind: str | None) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(
            _("limit moet tussen 1 en %(max)s liggen.") % {"max": MAX_LIMIT}, code="limit"
        )
    if not 1 <= page <= MAX_PAGE:
        raise ValidationError(
            _("page moet tussen 1 en %(max)s liggen.") % {"max": MAX_PAGE}, code="page"
        )
    if kind and kind not in ALL_KINDS:
        raise ValidationError(
            _("Onbekende soort: kies uit %(kinds)s.") % {"kinds": ", ".join(ALL_KINDS)}, code="kind"
        )


def scope_for(user: Any, filters: Mapping[str, Any], kind: str | None) -> Scope:
    authenticated = bool(user is not None and user.is_authenticated and user.is_active)
    year = filters.get("year")
    return Scope(
        everything=authenticated and sees_everything(user),
        organisation_id=user.organisation_id if authenticated else None,
        region_ids=tuple(sorted(user.project_lead_region_ids)) if authenticated else (),
        kind=kind or None,
        region=filters.get("region") or None,
        sector=filters.get("sector") or None,
        year=int(year) if year not in (None, "") else None,
    )


def search(
    *,
    query: str,
    user: Any,
    kind: str | None = None,
    filters: Mapping[str, Any] | None = None,
    page: int = 1,
    limit: int = 10,
) -> SearchResults:
    """Search what `user` may see. Raises ValidationError for a bad limit, page or kind."""
    validate(limit=limit, page=page, kind=kind)
    query = " ".join((query or "").split())[:MAX_QUERY_CHARS]
    results = SearchResults(query=query, count=0, page=page, limit=limit)
    if not query:
        return results
    state = SearchIndexState.objects.filter(pk=1).first() or SearchIndexState(pk=1)
    analyzer = engine.current_analyzer(state.version)
    plan = analyzer.query_terms(query)
    results.suggestion = analyzer.suggest(query)
    if not plan:
        return results
    scope = scope_for(user, filters or {}, kind)
    stats = collection_stats(state, plan.terms())
    backend = get_backend()
    with backend.reading():
        collected = _candidates(backend, plan, scope, stats)
        widened = compound_parts_plan(plan) if collected.all_words < MIN_AND_MATCHES else None
        if widened is not None:
            collected = _parts_tiers(backend, widened, scope, stats, collected)
            plan = widened
        pool = _pool(backend, plan, scope, collected)
    results.count = len(collected.matched)
    results.count_is_capped = collected.capped
    results.facets = _facets(collected.matched)
    ranked = rank(plan, pool, stats)
    results.pages = math.ceil(len(ranked) / limit) if ranked else 0
    shown = ranked[(page - 1) * limit : page * limit]
    rows = SearchDocument.objects.only(*HIT_FIELDS).in_bulk([s.doc_id for s in shown])
    for scored in shown:
        row = rows[scored.doc_id]
        text = row.body or row.tags
        results.results.append(
            Hit(
                kind=row.kind,
                title=row.title,
                url=row.url,
                score=round(scored.score, 4),
                snippet=snippet(text, plan, analyzer),
                key=row.key,
            )
        )
    return results


class Collected(NamedTuple):
    matched: list[Candidate]  # in tier order
    capped: bool  # there may be more matches than were collected
    all_words: int  # how many of them match every query word (the first tier)


def _candidates(
    backend: Backend, plan: QueryPlan, scope: Scope, stats: CollectionStats
) -> Collected:
    """Matching documents in tiers.

    All words first (AND). With fewer than MIN_AND_MATCHES of those, or for a question, the
    documents that miss one word follow — the commonest word is dropped first, since missing
    a rare word loses more — and then the documents of one word at a time, rarest first, until
    the ranking pool is full. Every tier is bounded, so a word that most documents contain
    never makes a query expensive; the tier order decides which documents the ranker sees.
    """
    # In id order within each tier: both databases then hand the ranker the same pool.
    matched = sorted(backend.match(plan, "and", scope, CANDIDATES), key=_by_id)
    capped = len(matched) >= CANDIDATES
    all_words = len(matched)
    groups = plan.groups
    if len(groups) < 2 or (len(matched) >= MIN_AND_MATCHES and not plan.question):
        return Collected(matched, capped, all_words)
    commonest_first = sorted(groups, key=lambda g: -_group_frequency(g, stats))
    tiers: list[QueryPlan] = []
    if 3 <= len(groups) <= MAX_DROP_ONE_GROUPS:
        tiers += [
            QueryPlan(tuple(g for g in groups if g is not dropped)) for dropped in commonest_first
        ]
    tiers += [QueryPlan((group,)) for group in reversed(commonest_first)]
    return _add_tiers(backend, tiers, scope, Collected(matched, capped, all_words))


def _parts_tiers(
    backend: Backend, widened: QueryPlan, scope: Scope, stats: CollectionStats, so_far: Collected
) -> Collected:
    """A one-word compound that found little: its parts, as a longer query's words (see
    `analysis.plan.compound_parts_plan`): all but one part, then one at a time, rarest first."""
    group = widened.groups[0]
    partial = [a for a in group.alternatives if a.kind == "part"]
    frequencies = stats.document_frequencies

    def order(alternative: Alternative) -> tuple[int, int]:
        return (-len(alternative.terms), min(frequencies.get(t, 0) for t in alternative.terms))

    tiers = [
        QueryPlan((QueryGroup(group.text, (alternative,)),))
        for alternative in sorted(partial, key=order)
    ]
    return _add_tiers(backend, tiers, scope, so_far)


def _add_tiers(
    backend: Backend, tiers: list[QueryPlan], scope: Scope, so_far: Collected
) -> Collected:
    """Each tier's matches after the ones collected so far, until the ranking pool is full."""
    matched = list(so_far.matched)
    capped = so_far.capped
    seen = {c.doc_id for c in matched}
    for tier in tiers:
        if len(matched) >= RANK_POOL:
            capped = True  # tiers left unasked
            break
        found = backend.match(tier, "and", scope, OR_CANDIDATES)
        capped = capped or len(found) >= OR_CANDIDATES
        for candidate in sorted(found, key=_by_id):
            if len(matched) >= CANDIDATES:
                capped = True
                break
            if candidate.doc_id not in seen:
                seen.add(candidate.doc_id)
                matched.append(candidate)
    return Collected(matched, capped, so_far.all_words)


def _group_frequency(group: QueryGroup, stats: CollectionStats) -> int:
    """How many documents (at most) contain a query word in any of its forms."""
    frequencies = stats.document_frequencies
    return max(
        (min(frequencies.get(t, 0) for t in option.terms) for option in group.alternatives),
        default=0,
    )


def _by_id(candidate: Candidate) -> int:
    return candidate.doc_id


def _pool(backend: Backend, plan: QueryPlan, scope: Scope, collected: Collected) -> list[int]:
    """At most RANK_POOL candidates to rank, in tier order (see `_candidates`); when even the
    AND tier holds more than that, the ones matching in title, tags or code go first: with
    thousands of matches, id order alone would hand the ranker an arbitrary hundred."""
    matched = collected.matched
    if collected.all_words <= RANK_POOL:
        return [c.doc_id for c in matched[:RANK_POOL]]
    titled = backend.match(plan, "and", scope, TITLED, title_only=True)
    pool = list(dict.fromkeys(c.doc_id for c in titled))
    seen = set(pool)
    for candidate in matched:
        if len(pool) >= RANK_POOL:
            break
        if candidate.doc_id not in seen:
            seen.add(candidate.doc_id)
            pool.append(candidate.doc_id)
    return pool


def _facets(matched: list[Candidate]) -> dict[str, list[dict[str, Any]]]:
    # Up to CANDIDATES documents, most of which share a handful of region and sector lists:
    # count the lists as they are stored, then split each distinct list once.
    counts: dict[str, Counter[str]] = {
        "kind": Counter(c.kind for c in matched),
        "region": _split_counts(Counter(c.regions for c in matched)),
        "sector": _split_counts(Counter(c.sectors for c in matched)),
        "year": Counter(str(c.year) for c in matched if c.year is not None),
    }
    labels = facet_labels()
    return {
        name: [
            {"value": value, "label": str(labels.get(name, {}).get(value, value)), "count": n}
            for value, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        for name, counter in counts.items()
    }


def _split_counts(lists: Counter[str]) -> Counter[str]:
    """Space-separated value lists and how many documents have each → documents per value."""
    counts: Counter[str] = Counter()
    for values, documents in lists.items():
        for value in set(values.split()):
            counts[value] += documents
    return counts


natural_key = indexing.natural_key


def keys_of(*, kind: str, **parts: Any) -> list[Any]:
    """Keys of indexed documents of a kind whose key has these parts.

    A part is a key's value (``code="X1"``) or, with a lookup, one of many (``code__in=[...]``).
    """
    documents = SearchDocument.objects.filter(kind=kind)
    for name, value in parts.items():
        documents = documents.filter(**{f"key__{name}": value})
    return list(documents.values_list("key", flat=True))


def synonym_save(*, term: str, alternatives: str) -> Synonym:
    """Create or change a synonym entry; every process picks it up on its next search."""
    synonym, _ = Synonym.objects.update_or_create(
        term=term.strip(), defaults={"alternatives": alternatives.strip()}
    )
    synonyms_changed()
    return synonym


def synonym_delete(*, synonym: Synonym) -> None:
    synonym.delete()
    synonyms_changed()


def reindex(kinds: list[str] | None = None) -> dict[str, int]:
    """Index every document of the registered kinds and drop what no longer exists."""
    from .registry import all_documents, registered_kinds

    kinds = kinds or registered_kinds()
    seen: set[tuple[str, str]] = set()

    def tracked() -> Iterable[IndexInput]:
        for item in all_documents(kinds):
            seen.add((item.kind, natural_key(item.key)))
            yield item

    written = index_documents(tracked())
    removed = remove_documents_except(kinds=kinds, keep=seen)
    if set(kinds) >= set(registered_kinds()):
        SearchIndexState.objects.filter(pk=1).update(analyzer=engine.analyzer_fingerprint())
    return {"documents": len(seen), "written": written, "removed": removed}
