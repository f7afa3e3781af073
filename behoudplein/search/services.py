"""The one door to search: index, remove, search. Views, API, CLI and other apps call these."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from . import candidates, engine, indexing
from .analysis import Analyzer, fold, is_stop_word, snippet, tokenize
from .backends import Scope, get_backend
from .candidates import CANDIDATES, MIN_AND_MATCHES, RANK_POOL
from .facets import facet_counts, facet_labels
from .forms import PARAMETER_LABELS, unknown_kind
from .models import SearchDocument, SearchIndexState, Synonym
from .permissions import reviews_everything, sees_everything
from .ranking import collection_stats, length_scales, rank
from .registry import ALL_KINDS, Facets, IndexInput

__all__ = [
    "CANDIDATES",
    "MIN_AND_MATCHES",
    "RANK_POOL",
    "Facets",
    "IndexInput",
    "SearchResults",
    "index_document",
    "index_documents",
    "remove_document",
    "search",
]

MAX_LIMIT = 100
FACETS = candidates.FACET_FILTERS  # every result has these facets, empty when nothing matched
MAX_PAGE = 1000
MAX_QUERY_CHARS = 500
# What a hit shows: not the stored terms, which would double what is read per hit.
HIT_FIELDS = ("kind", "key", "title", "url", "body", "tags", "context")


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    score: float
    snippet: str
    key: Any
    context: str = ""  # for the results page; not part of the API's result shape

    def as_dict(self) -> dict[str, Any]:
        """The public contract's result shape (SPEC.md)."""
        return {name: getattr(self, name) for name in API_HIT_FIELDS}


API_HIT_FIELDS = ("kind", "title", "url", "score", "snippet", "key")


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
    # How many of the matches were ranked (at most candidates.RANK_POOL); the pages go this far.
    ranked: int = 0
    # Query words that no document the user may see (with these filters) contains in any
    # form, when no document has every word: the results match the others (or, for one
    # word, its parts).
    missing: list[str] = field(default_factory=list)
    # Every meaningful word is missing, yet there are results: those of a one-word compound's
    # parts (for the page's wording; not in the API).
    missing_every_word: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The public contract's shape (SPEC.md) plus facets, suggestion and page."""
        return {
            "count": self.count,
            "results": [hit.as_dict() for hit in self.results],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "page": self.page,
            "pages": self.pages,
            "limit": self.limit,
            "count_is_capped": self.count_is_capped,
            "ranked": self.ranked,
            "missing": self.missing,
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
    owner_only: bool = False,
    code: str = "",
    context: str = "",
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
        owner_only=owner_only,
        context=context,
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


def related_changed(record: Any) -> None:
    """A record whose name or labels other documents show (an organisation, a tag, see
    registry.FOLLOWS) was saved or is about to go: index those documents again."""
    from .registry import followers

    for follow in followers(record._meta.label_lower):
        follow(record)


def synonyms_changed() -> None:
    indexing.bump_version()


# --------------------------------------------------------------------------- searching


def validate(*, limit: int, page: int, kind: str | None) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(
            _("%(name)s moet tussen 1 en %(max)s liggen.")
            % {"name": PARAMETER_LABELS["limit"], "max": MAX_LIMIT},
            code="limit",
        )
    if not 1 <= page <= MAX_PAGE:
        raise ValidationError(
            _("%(name)s moet tussen 1 en %(max)s liggen.")
            % {"name": PARAMETER_LABELS["page"], "max": MAX_PAGE},
            code="page",
        )
    if kind and kind not in ALL_KINDS:
        raise unknown_kind(kind)


def scope_for(user: Any, filters: Mapping[str, Any], kind: str | None) -> Scope:
    authenticated = bool(user is not None and user.is_authenticated and user.is_active)
    year = filters.get("year")
    return Scope(
        everything=authenticated and sees_everything(user),
        reviewer=authenticated and reviews_everything(user),
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
    results = SearchResults(
        query=query, count=0, page=page, limit=limit, facets={name: [] for name in FACETS}
    )
    if not query:
        return results
    state = SearchIndexState.objects.filter(pk=1).first() or SearchIndexState(pk=1)
    analyzer = engine.current_analyzer(state.version)
    plan = analyzer.query_terms(query)
    scope = scope_for(user, filters or {}, kind)
    results.suggestion = _visible_suggestion(analyzer, query, analyzer.suggest(query), scope)
    if not plan:
        return results
    stats = collection_stats(state, plan.terms())
    original = plan
    plan, collected, pool, without_filter = candidates.collect(get_backend(), plan, scope, stats)
    results.missing = list(collected.missing)
    results.missing_every_word = bool(results.missing) and len(results.missing) == sum(
        1 for group in original.groups if not group.stop
    )
    results.count = len(collected.matched)
    results.count_is_capped = collected.capped
    results.facets = facet_counts(collected.matched)
    for name, matches in without_filter.items():
        results.facets[name] = _with_active_value(
            name, facet_counts(matches)[name], results.facets[name], str(getattr(scope, name))
        )
    ranked = rank(plan, pool, stats, length_scales(state))
    results.ranked = len(ranked)
    results.pages = math.ceil(len(ranked) / limit) if ranked else 0
    shown = ranked[(page - 1) * limit : page * limit]
    rows = {
        row[0]: row
        for row in SearchDocument.objects.filter(pk__in=[s.doc_id for s in shown]).values_list(
            "pk", *HIT_FIELDS
        )
    }
    for scored in shown:
        _, kind, key, title, url, body, tags, context = rows[scored.doc_id]
        results.results.append(
            Hit(
                kind=kind,
                title=title,
                url=url,
                score=round(scored.score, 4),
                snippet=snippet(body or tags, plan, analyzer),
                key=key,
                context=context,
            )
        )
    return results


def _visible_suggestion(
    analyzer: Analyzer, query: str, suggestion: str | None, scope: Scope
) -> str | None:
    """The suggestion if each word it corrects is in a document this user may see (with
    these filters): the spelling list is built from every indexed record, and 'bedoelde u'
    must neither show a word of a record the user may not open nor lead to nothing."""
    if not suggestion:
        return None
    # The speller replaces words in place: compare word by word, every word of the query
    # (not only the ones a query plan keeps), and give up when they do not line up.
    asked, offered = tokenize(fold(query)), tokenize(fold(suggestion))
    if len(asked) != len(offered):
        return None
    corrected = [
        analyzer.primary_term(new)
        for old, new in zip(asked, offered, strict=True)
        if old != new and not is_stop_word(new)
    ]
    return suggestion if candidates.each_found(get_backend(), corrected, scope) else None


def _with_active_value(
    name: str, values: list[dict[str, Any]], filtered: list[dict[str, Any]], active: str
) -> list[dict[str, Any]]:
    """A facet's values counted without its own filter; the active value always among them
    with the count of the results shown (a filtered search may add documents that miss a
    word, see candidates._candidates; a value no document has is listed with 0, so it can
    be switched off)."""
    label = str(facet_labels().get(name, {}).get(active, active))
    current = next(
        (v for v in filtered if v["value"] == active),
        {"value": active, "label": label, "count": 0},
    )
    if any(v["value"] == active for v in values):
        return [current if v["value"] == active else v for v in values]
    return [*values, current]


natural_key = indexing.natural_key


def keys_of(*, kind: str, **parts: Any) -> list[Any]:
    """Keys of indexed documents of a kind whose key has these parts.

    A part is a key's value (``code="X1"``) or, with a lookup, one of many (``code__in=[...]``).
    """
    documents = SearchDocument.objects.filter(kind=kind)
    for name, value in parts.items():
        documents = documents.filter(**{f"key__{name}": value})
    return list(documents.values_list("key", flat=True))


def synonym_save(*, term: str, alternatives: str, synonym: Synonym | None = None) -> Synonym:
    """Create an entry, or change ``synonym`` (or the entry with this term, in any case);
    every process picks the change up on its next search."""
    term = term.strip()
    if synonym is None:
        synonym = Synonym.objects.filter(term__iexact=term).first() or Synonym()
    synonym.term = term
    synonym.alternatives = alternatives.strip()
    synonym.save()
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
