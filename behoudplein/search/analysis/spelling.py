"""Typo tolerance from the indexed vocabulary: 'leerambasadeurs' → 'leerambassadeurs'.

A symmetric-delete index (the SymSpell idea): every corpus word is stored under the strings
you get by deleting up to two of its first ``PREFIX_LENGTH`` letters; a query word looks up its
own deletes and only the few words found are compared with a real edit distance.

Written here rather than taken from symspellpy: symspellpy keeps its deletes in a dict of
lists (about 140 MB for 100,000 words in CPython); the packed sorted array below needs about
18 MB, builds in about a second, and takes in words of newly indexed documents without a
rebuild. We only need single-word lookups, which are a few dozen lines.

Words of up to three letters are never corrected: they are mostly abbreviations ('ggz', 'ww'),
where a 'correction' would be a guess. Four to six letters allow one edit, longer words two.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from .normalize import fold
from .stem import is_stop_word
from .vocabulary import Vocabulary

PREFIX_LENGTH = 7
MIN_WORD_LENGTH = 4
# A word that common Dutch knows is correctly spelled, however rare in the corpus: do not
# replace it with something else ('lasten' is not a typo for 'laten').
REAL_WORD_ZIPF = 3.0
# A corpus word this rare next to a far more frequent neighbour is probably itself a typo
# ('dashbord' once, 'dashboard' forty times): offer the neighbour too.
RARE_COUNT = 2
RARE_RATIO = 20
MAX_CORRECTIONS = 3
CACHE_SIZE = 10_000

_ID_BITS = 22  # up to four million distinct words
_ID_MASK = (1 << _ID_BITS) - 1
_HASH_MASK = (1 << (64 - _ID_BITS)) - 1
# Rebuild the sorted index once this many words arrived after it was built.
REBUILD_AFTER = 20_000
_QUERY_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Correction:
    word: str  # a folded corpus word
    distance: int
    frequency: int  # occurrences in the indexed text


def max_distance(word: str) -> int:
    """Edit distance we tolerate for a word of this length."""
    if len(word) < MIN_WORD_LENGTH:
        return 0
    return 1 if len(word) <= 6 else 2


def _deletes(word: str, distance: int) -> set[str]:
    found = {word}
    frontier = [word]
    for _ in range(distance):
        frontier = [w[:i] + w[i + 1 :] for w in frontier if len(w) > 1 for i in range(len(w))]
        found.update(frontier)
    return found


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of two letters is one edit), or limit + 1."""
    # Typos are local: strip the common prefix and suffix so the table stays tiny.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if not a or not b:
        return max(len(a), len(b))
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class SpellingIndex:
    """Symmetric-delete lookup over folded corpus words.

    The bulk of the index is one sorted ``array('Q')`` of ``hash(delete) << 22 | word id``:
    about 8 bytes per delete, against ~150 bytes for a dict of lists (100,000 words: 18 MB
    instead of 140 MB). Words added later go to a small dict until the owner rebuilds.
    Hash collisions only add candidates, which the edit distance check then rejects.
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words: list[str] = []
        entries: list[int] = []
        for word in words:
            if _indexable(word):
                word_id = len(self.words)
                self.words.append(word)
                entries.extend(
                    (hash(key) & _HASH_MASK) << _ID_BITS | word_id for key in _word_deletes(word)
                )
        entries.sort()
        self._sorted = array("Q", entries)
        self._recent: dict[str, list[str]] = {}
        self.recent_count = 0

    def add(self, words: Iterable[str]) -> None:
        """Index words that arrived after construction."""
        for word in words:
            if _indexable(word):
                self.recent_count += 1
                for key in _word_deletes(word):
                    self._recent.setdefault(key, []).append(word)

    def _bucket(self, key: str) -> list[str]:
        prefix = (hash(key) & _HASH_MASK) << _ID_BITS
        entries = self._sorted
        start = bisect_left(entries, prefix)
        stop = bisect_left(entries, prefix + (1 << _ID_BITS), start)
        found = [self.words[entry & _ID_MASK] for entry in entries[start:stop]]
        recent = self._recent.get(key)
        return found + recent if recent else found

    def lookup(
        self, word: str, counts: Mapping[str, int], distance: int | None = None, min_count: int = 1
    ) -> list[Correction]:
        """Words within the tolerated distance that still occur, nearest then most frequent."""
        limit = max_distance(word) if distance is None else distance
        if limit == 0:
            return []
        seen: set[str] = {word}
        found: list[Correction] = []
        for key in _deletes(word[:PREFIX_LENGTH], limit):
            for candidate in self._bucket(key):
                if candidate in seen or abs(len(candidate) - len(word)) > limit:
                    continue
                seen.add(candidate)
                count = counts.get(candidate, 0)
                if count >= min_count:
                    d = edit_distance(word, candidate, limit)
                    if d <= limit:
                        found.append(Correction(candidate, d, count))
        found.sort(key=lambda c: (c.distance, -c.frequency, c.word))
        return found


def _indexable(word: str) -> bool:
    return len(word) >= MIN_WORD_LENGTH - 1 and word.isalpha()


def _word_deletes(word: str) -> set[str]:
    # Short words get one delete: two would file them under one- and two-letter keys that
    # thousands of words share.
    return _deletes(word[:PREFIX_LENGTH], 1 if len(word) <= 4 else 2)


class Speller:
    """Corrections and 'bedoelde u …?' suggestions from a vocabulary's corpus words.

    ``min_count`` can exclude hapaxes from large corpora, where words seen once are often
    typos themselves.
    """

    def __init__(self, vocabulary: Vocabulary, *, min_count: int = 1) -> None:
        self.vocabulary = vocabulary
        self.min_count = min_count
        self._build()

    def _build(self) -> None:
        self._cache: dict[str, tuple[Correction, ...]] = {}
        vocabulary = self.vocabulary
        self._journal_position = vocabulary.journal_length
        self.version = vocabulary.version
        counts = vocabulary.corpus_counts()
        self.index = SpellingIndex(w for w, n in counts.items() if n >= self.min_count)

    def refresh(self) -> None:
        """Take in words that the vocabulary learned since the last call (cheap when none)."""
        if self.version == self.vocabulary.version:
            return
        new_words = self.vocabulary.words_added_since(self._journal_position)
        if self.index.recent_count + len(new_words) > REBUILD_AFTER:
            self._build()
            return
        self.index.add(new_words)
        self._journal_position += len(new_words)
        self.version = self.vocabulary.version
        self._cache.clear()

    def corrections(self, word: str) -> list[Correction]:
        """Likely intended corpus words for a folded query word; [] if it looks fine."""
        self.refresh()
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            cached = self._cache[word] = self._corrections(word)
        return list(cached)

    def _corrections(self, word: str) -> tuple[Correction, ...]:
        if len(word) < MIN_WORD_LENGTH or not word.isalpha() or is_stop_word(word):
            return ()
        count = self.vocabulary.count(word)
        if count:
            if count > RARE_COUNT or self.vocabulary.zipf(word) >= REAL_WORD_ZIPF:
                return ()
            counts = self.vocabulary.corpus_counts()
            floor = max(RARE_RATIO * count, 10)
            better = [c for c in self.index.lookup(word, counts, 1) if c.frequency >= floor]
            return tuple(better[:1])
        if self.vocabulary.zipf(word) >= REAL_WORD_ZIPF:
            return ()
        found = self.index.lookup(word, self.vocabulary.corpus_counts(), None, self.min_count)
        if not found:
            return ()
        # Keep the nearest candidates, and drop those far rarer than the best one.
        best = found[0]
        log_floor = math.log10(best.frequency + 1) - 1.5
        return tuple(
            c
            for c in found[:MAX_CORRECTIONS]
            if c.distance == best.distance and math.log10(c.frequency + 1) >= log_floor
        )

    def suggest(self, query: str, known: Callable[[str], bool] | None = None) -> str | None:
        """The query with misspelled words replaced by readable corpus words, or None.

        ``known`` lets the analyzer veto corrections of words it can match anyway (an
        inflection of an indexed stem, a compound of known parts).
        """
        changed = False

        def replace(match: re.Match[str]) -> str:
            nonlocal changed
            original = match.group(0)
            folded = fold(original)
            if not folded.isalpha() or (known is not None and known(folded)):
                return original
            found = self.corrections(folded)
            if not found:
                return original
            changed = True
            readable = self.vocabulary.display(found[0].word)
            return readable[:1].upper() + readable[1:] if original[:1].isupper() else readable

        suggestion = _QUERY_WORD.sub(replace, query)
        return suggestion if changed else None
