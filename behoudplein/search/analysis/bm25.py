"""BM25F: one ranker for the candidates of both backends.

The backends only retrieve a bounded candidate set; this module orders it, from the stored
analyzer terms per field, so SQLite and PostgreSQL rank identically.

Per term (Robertson & Zaragoza's simple BM25F): field frequencies are length-normalised per
field, weighted (code 5, title 3, tags 2, body 1) and summed into one pseudo-frequency, which
is saturated once with ``k1`` and multiplied by the term's idf. Saturating after summing is
what makes a title match count more than the same word repeated in the body.

Per query group: the best alternative counts, times its weight (the exact stem 1.0, compound
parts, synonyms and typo corrections less); an alternative with several terms needs all of
them. Per document: coverage comes first and relevance breaks ties, so a document that matches
more of what was asked always ranks above one that matches less. Coverage adds, per matched
group, the weight of the surest alternative that matched: the word as typed counts 1, a
synonym 0.8, compound parts 0.6, a typo correction 0.5 or 0.35. So 'three words, one of them
only through a guessed correction' (2.5) ranks below 'three words as typed' (3) and above 'two
words' (2).

Within the relevance share, query words that stand close together count extra (proximity,
after Rasolofo & Savoy's BM25TP): for each pair of matched query groups whose matching terms
occur within ``window`` terms of each other in one field, the smaller of the two groups' idf
divided by their distance. A report that says 'financiële middelen' is more about them than
one that has 'financieel' in one chapter and 'middelen' in another. Like the rest of
relevance it stays inside the share below 1: it never adds coverage and never outweighs a
whole matched word, though it can decide between documents whose coverage differs by less
than one (a word matched through a typo correction against one matched as typed).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .plan import QueryPlan

DEFAULT_FIELD_WEIGHTS: Mapping[str, float] = {"code": 5.0, "title": 3.0, "tags": 2.0, "body": 1.0}
# Short fields are barely length-normalised: a title is not 'too long' at eight words.
DEFAULT_FIELD_B: Mapping[str, float] = {"code": 0.0, "title": 0.5, "tags": 0.5, "body": 0.75}
DEFAULT_K1 = 1.2
# Maps relevance into [0, 1) so it can never outweigh one more matched group.
RELEVANCE_HALF = 5.0
# Proximity: query words at most this many terms apart count as near (BM25TP's window). Per
# field, each of the query's terms present there is looked at in its first MAX_OCCURRENCES ÷
# (number of such terms) occurrences, at least MIN_OCCURRENCES: the cost on a long report
# stays bounded (dev nDCG@10 is the same with 16 occurrences per term as with 100).
PROXIMITY_WINDOW = 5
MAX_OCCURRENCES = 64
MIN_OCCURRENCES = 4
# Proximity is for what people type (two to five words): a pasted sentence of more matched
# words than this is ranked without it, which keeps its cost bounded.
PROXIMITY_GROUPS = 6


@dataclass(frozen=True, slots=True)
class DocumentTerms:
    """A candidate's stored terms: per field, term → frequency, and the field lengths.

    ``sequences``: per field, the stored terms in text order, one space between them (what
    the backends store); needed only for proximity, so only for queries of several words.
    """

    doc_id: Hashable
    frequencies: Mapping[str, Mapping[str, int]]
    lengths: Mapping[str, int]
    sequences: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_fields(
        cls, doc_id: Hashable, fields: Mapping[str, str | Iterable[str]]
    ) -> DocumentTerms:
        """From what a backend stored: the analyzer's terms per field, as list or string."""
        frequencies: dict[str, Counter[str]] = {}
        lengths: dict[str, int] = {}
        sequences: dict[str, str] = {}
        for name, terms in fields.items():
            listed = terms.split() if isinstance(terms, str) else list(terms)
            counted = Counter(listed)
            frequencies[name] = counted
            lengths[name] = sum(counted.values())
            sequences[name] = " ".join(listed)
        return cls(doc_id, frequencies, lengths, sequences)


@dataclass(frozen=True, slots=True)
class CollectionStats:
    """What BM25 needs to know about the whole index, not just the candidates."""

    document_count: int
    average_lengths: Mapping[str, float]
    document_frequencies: Mapping[str, int]  # at least for the plan's terms

    @classmethod
    def from_documents(cls, documents: Iterable[DocumentTerms]) -> CollectionStats:
        """Statistics computed over the given documents (tests, small indexes)."""
        count = 0
        totals: Counter[str] = Counter()
        frequencies: Counter[str] = Counter()
        for document in documents:
            count += 1
            totals.update(document.lengths)
            frequencies.update(
                {t for field in document.frequencies.values() for t, n in field.items() if n}
            )
        averages = {name: total / count for name, total in totals.items()} if count else {}
        return cls(count, averages, frequencies)


@dataclass(frozen=True, slots=True)
class ScoredDocument:
    doc_id: Hashable
    score: float  # coverage + a relevance share in [0, 1)
    matched_groups: int
    relevance: float
    coverage: float = 0.0  # per matched group, the weight of its surest matching alternative
    proximity: float = 0.0  # the part of `relevance` that near query words added


def occurrence_limit(terms: int) -> int:
    """How many occurrences of each of ``terms`` query terms `nearest_distances` looks at."""
    return max(MIN_OCCURRENCES, MAX_OCCURRENCES // max(terms, 1))


def nearest_distances(
    sequence: str,
    groups: Sequence[Collection[str]],
    window: int = PROXIMITY_WINDOW,
    counts: Mapping[str, int] | None = None,
) -> dict[tuple[int, int], int]:
    """Per pair of groups (indexes, smaller first) whose terms occur at most ``window`` terms
    apart in ``sequence`` (terms separated by one space): the smallest distance.

    Found by substring search for the groups' terms only, and the distance is the number of
    spaces between two occurrences: no list of every term of a long report. Each term's
    first `occurrence_limit` occurrences count. ``counts`` (how often each term occurs, as
    `DocumentTerms.frequencies` has it) spares the search past a term's last occurrence.
    """
    padded = f" {sequence} "
    limit = occurrence_limit(sum(len(terms) for terms in groups))
    occurrences: list[tuple[int, int]] = []  # (offset of the space before the term, group)
    for index, terms in enumerate(groups):
        for term in terms:
            needle = f" {term} "
            wanted = limit if counts is None else min(limit, counts.get(term, 0))
            start = padded.find(needle) if wanted else -1
            while start != -1:
                occurrences.append((start, index))
                wanted -= 1
                # From the term itself: a repeat right after it shares this space.
                start = padded.find(needle, start + 1) if wanted else -1
    if len({index for _, index in occurrences}) < 2:
        return {}
    at_offset: dict[int, list[int]] = {}  # a term of two groups: both groups at one place
    for offset, index in occurrences:
        at_offset.setdefault(offset, []).append(index)
    nearest: dict[tuple[int, int], int] = {}
    last: dict[int, int] = {}  # group → position of its latest occurrence before this one
    position = previous = 0
    for offset in sorted(at_offset):
        position += padded.count(" ", previous, offset)
        previous = offset
        here = at_offset[offset]
        for index in here:
            for other, at in last.items():
                distance = position - at
                if other != index and distance <= window:
                    pair = (other, index) if other < index else (index, other)
                    if distance < nearest.get(pair, window + 1):
                        nearest[pair] = distance
        for index in here:
            last[index] = position
    return nearest


class BM25F:
    def __init__(
        self,
        field_weights: Mapping[str, float] = DEFAULT_FIELD_WEIGHTS,
        *,
        k1: float = DEFAULT_K1,
        b: Mapping[str, float] = DEFAULT_FIELD_B,
        proximity: float = 0.0,
        window: int = PROXIMITY_WINDOW,
    ) -> None:
        self.field_weights = field_weights
        self.k1 = k1
        self.b = b
        self.proximity = proximity  # 0: off
        self.window = window

    def idf(self, term: str, stats: CollectionStats) -> float:
        n = max(stats.document_count, 1)
        df = min(stats.document_frequencies.get(term, 0), n)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def score(
        self,
        plan: QueryPlan,
        document: DocumentTerms,
        stats: CollectionStats,
        idf: Mapping[str, float] | None = None,
    ) -> ScoredDocument:
        if idf is None:
            idf = {term: self.idf(term, stats) for term in plan.terms()}
        norms = self._length_norms(document, stats)
        term_scores: dict[str, float] = {}
        matched = 0
        relevance = 0.0
        coverage = 0.0
        matched_terms: list[set[str]] = []  # per matched group, its matching alternatives' terms
        for group in plan.groups:
            best = 0.0
            surest = 0.0
            terms: set[str] = set()
            for alternative in group.alternatives:
                total = 0.0
                for term in alternative.terms:
                    value = term_scores.get(term)
                    if value is None:
                        value = self._term_score(term, document, norms, idf.get(term, 0.0))
                        term_scores[term] = value
                    if value <= 0.0:
                        break
                    total += value
                else:
                    best = max(best, alternative.weight * total)
                    surest = max(surest, alternative.weight)
                    terms.update(alternative.terms)
            if best > 0.0:
                matched += 1
                relevance += best
                coverage += surest
                matched_terms.append(terms)
        near = 0.0
        if self.proximity and 2 <= matched <= PROXIMITY_GROUPS and document.sequences:
            near = self.proximity * self._nearness(matched_terms, document, idf)
            relevance += near
        share = relevance / (relevance + RELEVANCE_HALF)
        return ScoredDocument(document.doc_id, coverage + share, matched, relevance, coverage, near)

    def _nearness(
        self, groups: list[set[str]], document: DocumentTerms, idf: Mapping[str, float]
    ) -> float:
        """Sum over pairs of matched groups near each other: the smaller group idf ÷ the
        distance (the nearest field counts). ``groups``: per matched group, the terms of its
        alternatives that matched; a group's idf is that of its rarest such term."""
        nearest: dict[tuple[int, int], int] = {}
        for name, sequence in document.sequences.items():
            present = document.frequencies.get(name, {})
            # Only the terms this field has: absent ones take no share of the budget.
            found = [{term for term in terms if term in present} for terms in groups]
            if not sequence or sum(1 for terms in found if terms) < 2:
                continue
            near = nearest_distances(sequence, found, self.window, present)
            for pair, distance in near.items():
                nearest[pair] = min(distance, nearest.get(pair, distance))
        weights = [max((idf.get(term, 0.0) for term in terms), default=0.0) for terms in groups]
        return sum(min(weights[a], weights[b]) / distance for (a, b), distance in nearest.items())

    def rank(
        self,
        plan: QueryPlan,
        documents: Iterable[DocumentTerms],
        stats: CollectionStats,
        limit: int | None = None,
    ) -> list[ScoredDocument]:
        """Candidates that match at least one group, best first (ties: stable order)."""
        idf = {term: self.idf(term, stats) for term in plan.terms()}
        scored = [self.score(plan, document, stats, idf) for document in documents]
        ranked = sorted((s for s in scored if s.matched_groups), key=lambda s: -s.score)
        return ranked if limit is None else ranked[:limit]

    def _length_norms(self, document: DocumentTerms, stats: CollectionStats) -> dict[str, float]:
        norms: dict[str, float] = {}
        for name, length in document.lengths.items():
            b = self.b.get(name, 0.75)
            average = stats.average_lengths.get(name, 0.0)
            norms[name] = (1.0 - b) + b * (length / average) if average > 0 else 1.0
        return norms

    def _term_score(
        self, term: str, document: DocumentTerms, norms: Mapping[str, float], idf: float
    ) -> float:
        pseudo = 0.0
        for name, frequencies in document.frequencies.items():
            tf = frequencies.get(term, 0)
            if tf:
                pseudo += self.field_weights.get(name, 1.0) * tf / max(norms.get(name, 1.0), 1e-9)
        if pseudo <= 0.0:
            return 0.0
        # A term in every document still gets a sliver of weight, so a match beats no match.
        return max(idf, 1e-6) * pseudo / (self.k1 + pseudo)
