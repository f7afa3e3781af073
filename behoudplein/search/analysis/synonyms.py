"""Editor-maintained abbreviations and synonyms, expanded at query time.

The mapping comes from the database later ({'GGZ': ['geestelijke gezondheidszorg'],
'ICT': ['IT']}). Each entry is read as a set of equivalent phrases, in both directions: a
query for 'geestelijke gezondheidszorg' also finds 'GGZ', and 'IT' also finds 'ICT'. Expansion
happens only at query time, so editing the list needs no reindex.

Phrases are compared as tuples of index terms (stems), so 'zij-instromers' in a query matches
an entry written as 'zij-instromer', and inflections of multi-word phrases match too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .normalize import fold, tokenize
from .stem import is_stop_word

MAX_PHRASE_WORDS = 4

Phrase = tuple[str, ...]


class SynonymTable:
    def __init__(
        self,
        mapping: Mapping[str, Sequence[str]],
        primary_term: Callable[[str], str],
    ) -> None:
        self._primary_term = primary_term
        # phrase as matched (all its terms) → what to search for instead (content terms)
        self._expansions: dict[Phrase, list[Phrase]] = {}
        for key, values in mapping.items():
            phrases = [p for p in (self._phrase(text) for text in [key, *values]) if p[0]]
            for match_terms, _ in phrases:
                expansions = self._expansions.setdefault(match_terms, [])
                for other_terms, other_content in phrases:
                    if other_terms != match_terms and other_content not in expansions:
                        expansions.append(other_content)
        self.longest = max((len(p) for p in self._expansions), default=0)

    def _phrase(self, text: str) -> tuple[Phrase, Phrase]:
        """(all terms, terms without stop words) of a phrase; ((), ()) if unusable."""
        tokens = tokenize(fold(text))
        if not tokens or len(tokens) > MAX_PHRASE_WORDS:
            return (), ()
        terms = tuple(self._primary_term(token) for token in tokens)
        content = tuple(t for w, t in zip(tokens, terms, strict=True) if not is_stop_word(w))
        return terms, content or terms

    def match(self, words: Sequence[str], start: int) -> tuple[int, list[Phrase]]:
        """Longest entry that matches the query words at ``start``: (length, expansions)."""
        for length in range(min(self.longest, len(words) - start), 0, -1):
            key = tuple(self._primary_term(word) for word in words[start : start + length])
            expansions = self._expansions.get(key)
            if expansions:
                return length, expansions
        return 0, []

    def __contains__(self, term: object) -> bool:
        return (term,) in self._expansions
