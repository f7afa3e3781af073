"""Query plans and the FTS5 / tsquery strings built from them.

A plan is a list of groups, one per meaningful query word (or per phrase, for synonyms and for
two words that are also written as one). A document matches a group when it contains all
terms of at least one of the group's alternatives; ``mode='and'`` requires every group,
``mode='or'`` any group. The same structure drives candidate retrieval in both backends and
the shared BM25F ranker, so both engines see exactly the same terms.

The builders re-validate every term against ``[a-z0-9]`` and quote it, whatever built the plan:
user text never reaches FTS5 or ``to_tsquery`` syntax, so ``"``, ``*``, ``NEAR``, ``:``, ``(``,
``-`` or ``'`` cannot cause a syntax error or change the query's meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

MAX_GROUPS = 12
MAX_ALTERNATIVES = 8
MAX_TERMS_PER_ALTERNATIVE = 6
MAX_TERM_LENGTH = 48

Mode = Literal["and", "or"]
_SAFE_TERM = re.compile(rf"[a-z0-9]{{1,{MAX_TERM_LENGTH}}}")

# Weights of alternatives relative to the exact stem of what was typed: other ways of writing
# the same thing count almost fully, guesses (compound parts, synonyms, typo corrections) less.
EXACT = 1.0
JOINED = 1.0
HYPHEN_PARTS = 0.9
SYNONYM = 0.8
COMPOUND_PARTS = 0.6
TYPO_NEAR = 0.5
TYPO_FAR = 0.35
# A one-word compound that found little also matches some of its parts (see
# `compound_parts_plan`), weighted COMPOUND_PARTS times the share of the parts kept (one part
# of two: 0.3); parts shorter than this are not searched on their own.
MIN_PART_LENGTH = 3


@dataclass(frozen=True, slots=True)
class Alternative:
    """One way to satisfy a group: all ``terms`` must occur in the document."""

    terms: tuple[str, ...]
    weight: float = EXACT
    kind: str = "exact"  # exact, joined, hyphen, compound, part, code, synonym, typo


@dataclass(frozen=True, slots=True)
class QueryGroup:
    """A query word (or phrase) and the alternatives that count as matching it."""

    text: str
    alternatives: tuple[Alternative, ...]
    stop: bool = False  # only stop, question or filler words

    def terms(self) -> set[str]:
        return {term for alternative in self.alternatives for term in alternative.terms}


@dataclass(frozen=True, slots=True)
class QueryPlan:
    groups: tuple[QueryGroup, ...]
    question: bool = False  # looks like a question: callers may prefer mode='or' then
    dropped: tuple[str, ...] = ()  # stop, question and filler words that were left out

    def __bool__(self) -> bool:
        return bool(self.groups)

    def terms(self) -> set[str]:
        """Every term the plan can match, for document frequencies and highlighting."""
        return {term for group in self.groups for term in group.terms()}


def compound_parts_plan(plan: QueryPlan) -> QueryPlan | None:
    """For a one-word query that is a compound: the same plan, where a document may also
    match some of the compound's parts, or None when there is nothing to widen.

    A longer query falls back to its words one at a time when its words together find
    little; a one-word compound ('werkervaringsplaatsen', 'loopbaancoach') falls back to its
    parts the same way: all but one part first, then one part at a time. Each partial
    alternative weighs less than the whole compound, in proportion to the parts it keeps, so
    these documents rank after every document that has the word itself.
    """
    if len(plan.groups) != 1 or plan.groups[0].stop:
        return None
    group = plan.groups[0]
    compound = next((a for a in group.alternatives if a.kind == "compound"), None)
    if compound is None:
        return None
    parts = tuple(dict.fromkeys(t for t in compound.terms if len(t) >= MIN_PART_LENGTH))
    whole = len(compound.terms)
    subsets: list[tuple[str, ...]] = []
    if len(parts) >= 3:
        subsets += [tuple(p for p in parts if p != dropped) for dropped in parts]
    subsets += [(part,) for part in parts]
    known = {a.terms for a in group.alternatives}
    partial = tuple(
        Alternative(terms, COMPOUND_PARTS * len(terms) / whole, "part")
        for terms in subsets
        if terms not in known
    )
    if not partial:
        return None
    return QueryPlan((QueryGroup(group.text, group.alternatives + partial),), plan.question)


def is_safe_term(term: str) -> bool:
    return _SAFE_TERM.fullmatch(term) is not None


def _safe_groups(plan: QueryPlan) -> Iterator[list[tuple[str, ...]]]:
    """Groups as lists of term tuples, with anything unsafe or excessive removed."""
    for group in plan.groups[:MAX_GROUPS]:
        alternatives: list[tuple[str, ...]] = []
        for alternative in group.alternatives:
            terms = tuple(dict.fromkeys(t for t in alternative.terms if is_safe_term(t)))
            if terms and len(terms) <= MAX_TERMS_PER_ALTERNATIVE and terms not in alternatives:
                alternatives.append(terms)
            if len(alternatives) == MAX_ALTERNATIVES:
                break
        if alternatives:
            yield alternatives


def _build(plan: QueryPlan, mode: Mode, quote: str, and_: str, or_: str) -> str | None:
    if mode not in ("and", "or"):
        raise ValueError(f"mode must be 'and' or 'or', not {mode!r}")
    groups: list[str] = []
    for alternatives in _safe_groups(plan):
        options = [
            and_.join(f"{quote}{t}{quote}" for t in terms)
            if len(terms) == 1
            else "(" + and_.join(f"{quote}{t}{quote}" for t in terms) + ")"
            for terms in alternatives
        ]
        groups.append("(" + or_.join(options) + ")")
    if not groups:
        return None
    return (and_ if mode == "and" else or_).join(groups)


def fts5_match(plan: QueryPlan, mode: Mode = "and") -> str | None:
    """An SQLite FTS5 MATCH expression, or None when the plan has nothing to search for.

    Every term is a double-quoted ``[a-z0-9]`` string, so FTS5 keywords (AND, NEAR) and
    syntax characters cannot appear unquoted. Pass the result as a bound parameter.
    """
    return _build(plan, mode, '"', " AND ", " OR ")


def pg_tsquery(plan: QueryPlan, mode: Mode = "and") -> str | None:
    """Input for ``to_tsquery('simple', %s)``, or None when there is nothing to search for.

    Terms are single-quoted ``[a-z0-9]`` lexemes; the 'simple' configuration keeps them as
    they are, matching the analyzer's terms stored in the tsvector.
    """
    return _build(plan, mode, "'", " & ", " | ")
