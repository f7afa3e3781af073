"""Which documents a search considers: matching tiers, bounded, and the pool the ranker orders.

The backends answer single "documents matching this plan" questions; this module decides
which questions to ask, in which order, and when to stop (see `collect`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, NamedTuple

from .analysis import Alternative, CollectionStats, QueryGroup, QueryPlan
from .analysis.plan import compound_parts_plan
from .backends import Backend, Candidate, Scope

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


class Collected(NamedTuple):
    matched: list[Candidate]  # in tier order
    capped: bool  # there may be more matches than were collected
    all_words: int  # how many of them match every query word (the first tier)
    # Query words (folded, as the analyzer reads them) that no document in scope contains in
    # any form; see `_missing`.
    missing: tuple[str, ...] = ()


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
        missing = () if matched else tuple(g.text for g in groups if not g.stop)
        return Collected(matched, capped, all_words, missing)
    commonest_first = sorted(groups, key=lambda g: -group_frequency(g, stats))
    tiers: list[QueryPlan] = []
    if 3 <= len(groups) <= MAX_DROP_ONE_GROUPS:
        tiers += [
            QueryPlan(tuple(g for g in groups if g is not dropped)) for dropped in commonest_first
        ]
    tiers += [QueryPlan((group,)) for group in reversed(commonest_first)]
    collected = _add_tiers(backend, tiers, scope, Collected(matched, capped, all_words))
    return collected._replace(missing=() if matched else _missing(plan, stats, collected))


def _missing(plan: QueryPlan, stats: CollectionStats, collected: Collected) -> tuple[str, ...]:
    """The words no document has when none has them all: those no indexed document contains
    in any form, and those whose own tier found nothing in scope. A word whose tier was not
    asked (the pool was full first) counts as found: this never asks the index again, and it
    may say too little but never that a word is missing while a visible document has it."""
    return tuple(
        group.text
        for group in plan.groups
        if not group.stop
        and (group_frequency(group, stats) == 0 or group.text in collected.missing)
    )


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
    # The word itself stays missing or found whatever its parts find.
    return _add_tiers(backend, tiers, scope, so_far)._replace(missing=so_far.missing)


def _add_tiers(
    backend: Backend, tiers: list[QueryPlan], scope: Scope, so_far: Collected
) -> Collected:
    """Each tier's matches after the ones collected so far, until the ranking pool is full."""
    matched = list(so_far.matched)
    capped = so_far.capped
    seen = {c.doc_id for c in matched}
    found_nothing = list(so_far.missing)  # one-word tiers that matched no document in scope
    for tier in tiers:
        if len(matched) >= RANK_POOL:
            capped = True  # tiers left unasked
            break
        found = backend.match(tier, "and", scope, OR_CANDIDATES)
        if not found and len(tier.groups) == 1:
            found_nothing.append(tier.groups[0].text)
        capped = capped or len(found) >= OR_CANDIDATES
        for candidate in sorted(found, key=_by_id):
            if len(matched) >= CANDIDATES:
                capped = True
                break
            if candidate.doc_id not in seen:
                seen.add(candidate.doc_id)
                matched.append(candidate)
    return Collected(matched, capped, so_far.all_words, tuple(found_nothing))


def group_frequency(group: QueryGroup, stats: CollectionStats) -> int:
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


FACET_FILTERS = ("kind", "region", "sector", "year")


class Collection(NamedTuple):
    plan: QueryPlan  # to rank with: widened for a one-word compound that found little
    collected: Collected  # the matches for the count and facets
    pool: list[int]  # the ids to rank
    # Per active facet filter, the matches without that one filter (the other filters still
    # apply): what the facet counts its values over, so each value's count is what choosing
    # it instead would find, and the other values stay on offer.
    without_filter: dict[str, list[Candidate]]


def _without(scope: Scope, facet: str) -> Scope:
    """The same scope without one facet filter."""
    changes: dict[str, Any] = {facet: None}
    return replace(scope, **changes)


def _matches(
    backend: Backend, plan: QueryPlan, scope: Scope, stats: CollectionStats
) -> tuple[QueryPlan, Collected]:
    collected = _candidates(backend, plan, scope, stats)
    widened = compound_parts_plan(plan) if collected.all_words < MIN_AND_MATCHES else None
    if widened is not None:
        return widened, _parts_tiers(backend, widened, scope, stats, collected)
    return plan, collected


def each_found(backend: Backend, terms: list[str], scope: Scope) -> bool:
    """Whether each of these index terms (a word's lemma or stem, so also its other
    inflections) is in a document in scope: for 'bedoelde u …?', whose spelling list holds
    the words of every indexed record."""
    with backend.reading():
        return all(
            backend.match(QueryPlan((QueryGroup(term, (Alternative((term,)),)),)), "and", scope, 1)
            for term in terms
        )


def collect(backend: Backend, plan: QueryPlan, scope: Scope, stats: CollectionStats) -> Collection:
    """What a search reads from the index (see `Collection`), in one read."""
    with backend.reading():
        ranked_plan, collected = _matches(backend, plan, scope, stats)
        pool = _pool(backend, ranked_plan, scope, collected)
        without_filter = {
            name: _matches(backend, plan, _without(scope, name), stats)[1].matched
            for name in FACET_FILTERS
            if getattr(scope, name) is not None
        }
        return Collection(ranked_plan, collected, pool, without_filter)
