"""Dutch compound splitting: 'loopbaanbegeleiding' → ('loopbaan', 'begeleiding').

Dutch writes compounds as one word, so a searcher typing 'begeleiding loopbaan' must still find
'loopbaanbegeleiding'. The analyzer indexes a compound's parts next to the whole word.

The splitter is conservative because a wrong split makes unrelated documents match:

* only words that are not themselves common Dutch (general Zipf < ``ATOMIC_ZIPF``) are split.
  Lexicalised compounds such as 'loopbaan', 'arbeidsmarkt' or 'ziekenhuis' stay whole, so a
  search for 'baan' or 'huis' does not return every career or hospital document; so do their
  inflected forms, whose dictionary form is common ('loopbanen', 'werklozen'). Consequently
  'arbeidsmarktregio' splits into 'arbeidsmarkt' + 'regio' and no deeper;
* a split into fewer words wins: 'loopbaan' + 'begeleiding', not 'loop' + 'baan' + ...;
* every part is a known word of at least four letters (or one of a few three-letter words):
  common in general Dutch (Zipf ≥ ``MIN_PART_ZIPF``), on the maintained list, or frequent
  enough in the indexed text;
* particles and prefixes ('aan', 'ver', 'over'), stop words and suffix-like words ('baar',
  'ling', 'eren', 'heden') are never parts, which rules out 'aanpak' → 'aan' + 'pak',
  'inventariseren' → 'inventaris' + 'eren' and similar; nor is a particle with the ge- of a
  participle ('inge' of 'ingezet', 'opge' of 'opgezet');
* the linking morpheme -s- is removed from a left part ('scholingsbudget' → 'scholing' +
  'budget'). The -en- link needs no rule: the left part is then a plural ('boeken'), which is a
  known word and stems to its singular anyway;
* among splits with as many parts, the one with the highest geometric mean of part frequencies wins
  (Koehn & Knight 2003), and that mean must exceed the whole word's own frequency.

Results are memoised per word, so the cost is paid once per distinct word of the corpus.
"""

from __future__ import annotations

from typing import NamedTuple

from .stem import STOP_WORDS, lemma, word_set
from .vocabulary import Vocabulary

MIN_PART_LENGTH = 4
# Three-letter parts are mostly noise ('ers', 'ren', 'den' in 'zorgmedewerkers', 'ouderen',
# 'wisselden'); these few are real heads or modifiers in this domain.
SHORT_PARTS = word_set("dag job ict wet cao zzp mbo hbo wmo app web pgb ggz vvt uwv bsn")
SHORTEST_PART = 3
ATOMIC_ZIPF = 3.5
MIN_PART_ZIPF = 3.0
MAX_WORD_LENGTH = 40
MAX_CACHE_SIZE = 500_000

# Separable particles and verb prefixes ('aanpak', 'overleg', 'verkoop', 'uitval'),
# derivational suffixes that happen to be words ('betaalbaar', 'leerling', 'verpleegster') and
# English function words that wordfreq's Dutch list contains.
NOT_A_PART: frozenset[str] = STOP_WORDS | word_set(
    """
    aan af bij door in mee na om onder op over toe uit voor weg terug achter neer tegen langs
    rond heen voort los vast ver her ont mis wan ge be er
    baar loos ling lijk lijke lijken lijkt schap dom ster tje heid heden nis erij achtig zaam
    aard ing ende eren
    the and for you his are not all one our out
    """
)
# A particle with the ge- of a past participle: 'in|ge|zet' is not 'inge' + 'zet'.
PARTICIPLE_PREFIXES: frozenset[str] = frozenset(
    particle + "ge"
    for particle in word_set(
        "aan af bij door in mee na om onder op over toe uit voor weg terug achter neer tegen"
    )
)


class CompoundSplitter:
    """Split Dutch compounds into known parts, using a ``Vocabulary``."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._cache: dict[str, tuple[str, ...]] = {}
        self._best: dict[str, _Split | None] = {}
        self._parts_version = vocabulary.parts_version

    def split(self, word: str) -> tuple[str, ...]:
        """The parts of a folded word, or ``()`` if it is not a compound we trust.

        Parts are surface forms ('scholing', 'coaches'); the analyzer stems them.
        """
        if self._parts_version != self.vocabulary.parts_version:
            self._clear()
            self._parts_version = self.vocabulary.parts_version
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= MAX_CACHE_SIZE:
                self._clear()
            cached = self._split(word)
            self._cache[word] = cached
        return cached

    def _clear(self) -> None:
        self._cache.clear()
        self._best.clear()

    def _split(self, word: str) -> tuple[str, ...]:
        if (
            len(word) < 2 * MIN_PART_LENGTH
            or len(word) > MAX_WORD_LENGTH
            or not word.isalpha()
            or self.vocabulary.zipf(word) >= ATOMIC_ZIPF
            or self.vocabulary.zipf(lemma(word)) >= ATOMIC_ZIPF
        ):
            return ()
        best = self._best_split(word)
        if best is None or not self._plausible(word, best):
            return ()
        return best.parts

    def _plausible(self, word: str, split: _Split) -> bool:
        """Koehn & Knight: a word that is more frequent than its would-be parts is probably
        not made of them ('dashboard' is not 'dash' + 'board'). Also for a known side that
        splits in turn ('makelaars' is not 'make' + 'laars')."""
        return split.total / split.segments > self.vocabulary.zipf(word)

    def _part(self, text: str) -> float:
        """Score of ``text`` as a single part; 0.0 if it cannot be one."""
        if (
            text in NOT_A_PART
            or text in PARTICIPLE_PREFIXES
            or (len(text) < MIN_PART_LENGTH and text not in SHORT_PARTS)
        ):
            return 0.0
        return self.vocabulary.part_score(text, MIN_PART_ZIPF)

    def _side(self, text: str, *, left: bool) -> _Split | None:
        """One side of a split: a known word, or a compound that splits in turn."""
        if left and text.endswith("s") and not self._part(text):
            text = text[:-1]  # linking -s-: 'scholings|budget'
        score = self._part(text)
        if score:
            nested = None
            if self.vocabulary.zipf(text) < ATOMIC_ZIPF and len(text) >= 2 * MIN_PART_LENGTH:
                # A known but rare side can be a compound too ('zorgmedewerkers'): index its
                # parts, but decide at this level as if it were one word.
                nested = self._best_split(text)
                if nested is not None and not self._plausible(text, nested):
                    nested = None
            return _Split(1, score, nested.parts if nested else (text,))
        if len(text) < 2 * MIN_PART_LENGTH or self.vocabulary.zipf(text) >= ATOMIC_ZIPF:
            return None
        return self._best_split(text)

    def _best_split(self, word: str) -> _Split | None:
        """Best binary split: fewest segments first, then the highest mean part score."""
        # Recursion only ever reaches shorter strings, so no re-entry guard is needed, and
        # two threads computing the same word simply store the same answer.
        if word in self._best:
            return self._best[word]
        best: _Split | None = None
        for i in range(SHORTEST_PART, len(word) - SHORTEST_PART + 1):
            right = self._side(word[i:], left=False)
            if right is None:
                continue
            left = self._side(word[:i], left=True)
            if left is None:
                continue
            candidate = _Split(
                left.segments + right.segments, left.total + right.total, left.parts + right.parts
            )
            if best is None or candidate.better_than(best):
                best = candidate
        self._best[word] = best
        return best


class _Split(NamedTuple):
    segments: int  # known words at the level the decision is made
    total: float  # sum of their scores
    parts: tuple[str, ...]  # the leaves to index

    def better_than(self, other: _Split) -> bool:
        if self.segments != other.segments:
            return self.segments < other.segments
        return self.total / self.segments > other.total / other.segments
