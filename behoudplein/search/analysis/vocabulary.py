"""Word statistics behind compound splitting and spelling correction.

Two sources, kept apart because they answer different questions:

* ``general``: Zipf frequencies of Dutch words (wordfreq plus a maintained word list). It says
  whether a string is a real, common Dutch word: a compound part, or a word so common that it is
  lexicalised and should not be split ('loopbaan' is not 'loop' + 'baan' for a searcher).
* ``corpus``: how often each folded word occurs in the indexed text. It adds domain words that
  wordfreq lacks ('matchtafel') as compound parts, and it is the only source for spelling
  suggestions: we suggest words that exist in the documents, never words from a fixed list.

The vocabulary is mutable so single documents can be added as they are saved. Two counters
let caches know what changed: ``parts_version`` moves only when a word becomes (or stops being)
a compound part, which is what the analyzer's per-token cache depends on; ``version`` moves
whenever the set of corpus words changes (spelling index, known stems).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from .normalize import fold
from .normalize import words as text_words

# A corpus word seen this often counts as a compound part with this Zipf-like score; a flat score
# keeps split decisions independent of how far a count has grown.
CORPUS_PART_ZIPF = 3.0
# Below compounds.ATOMIC_ZIPF, so maintained compounds ('leerambassadeur') still split.
MAINTAINED_WORD_ZIPF = 3.2
WORDFREQ_MIN_ZIPF = 2.5

# Domain words of Dutch labour-market, care and welfare work that wordfreq lacks or ranks low.
# Editors can extend this at run time with ``Vocabulary.add_words``.
DOMAIN_WORDS: tuple[str, ...] = (
    "matchtafel",
    "instromer",
    "instromers",
    "zijinstromer",
    "zijinstromers",
    "leerambassadeur",
    "leerambassadeurs",
    "jobcrafting",
    "crafting",
    "meeloopdag",
    "proefplaatsing",
    "detachering",
    "interventiewijzer",
    "kennisbank",
    "borging",
    "knelpunt",
    "knelpunten",
    "succesfactor",
    "succesfactoren",
    "werkzoekende",
    "werkzoekenden",
    "laaggeletterd",
    "laaggeletterdheid",
    "omscholing",
    "bijscholing",
    "leerwerkplek",
    "praktijkleren",
    "inwerkprogramma",
    "inzetbaarheid",
    "wijkverpleging",
    "gehandicaptenzorg",
    "vvt",
    "ggz",
    "uwv",
    "bsn",
    "mbo",
    "hbo",
    "bbl",
)


class Vocabulary:
    """General Dutch word frequencies plus counts of the words in the indexed text."""

    def __init__(
        self, general: Mapping[str, float] | None = None, *, min_corpus_count: int = 2
    ) -> None:
        self._general: dict[str, float] = {}
        self._corpus: Counter[str] = Counter()
        # Readable spellings of folded words ('financiele' → 'financiële'), only where they differ.
        self._forms: dict[str, Counter[str]] = {}
        self.min_corpus_count = min_corpus_count
        self.version = 0
        self.parts_version = 0
        # Words in the order they first appeared, so a spelling index can catch up cheaply.
        self._journal: list[str] = []
        if general:
            for word, zipf in general.items():
                self._set_general(fold(word), zipf)

    @classmethod
    def from_wordfreq(
        cls,
        *,
        lang: str = "nl",
        min_zipf: float = WORDFREQ_MIN_ZIPF,
        extra_words: Iterable[str] = DOMAIN_WORDS,
        min_corpus_count: int = 2,
    ) -> Vocabulary:
        """Dutch words from wordfreq's bundled list (no network) plus the maintained list."""
        import wordfreq  # imported here: loading its data takes ~0.1 s and only this needs it

        vocabulary = cls(min_corpus_count=min_corpus_count)
        for word, frequency in wordfreq.get_frequency_dict(lang).items():
            zipf = math.log10(frequency * 1e9) if frequency > 0 else 0.0
            if zipf >= min_zipf:
                vocabulary._set_general(fold(word), zipf)
        vocabulary.add_words(extra_words)
        return vocabulary

    def copy(self) -> Vocabulary:
        """An independent copy, e.g. to index into while the current one keeps serving."""
        clone = Vocabulary(min_corpus_count=self.min_corpus_count)
        clone._general = dict(self._general)
        clone._corpus = Counter(self._corpus)
        clone._forms = {word: Counter(forms) for word, forms in self._forms.items()}
        clone._journal = list(self._corpus)
        return clone

    def _set_general(self, word: str, zipf: float) -> None:
        # Folding merges 'financiële' and 'financiele'; keep the better-known spelling's score.
        if word.isalnum() and word.isascii() and zipf > self._general.get(word, 0.0):
            self._general[word] = zipf

    # --- maintenance -------------------------------------------------------------------------

    def add_words(self, words: Iterable[str], zipf: float = MAINTAINED_WORD_ZIPF) -> None:
        """Add maintained words (domain terms) as known compound parts."""
        for word in words:
            self._set_general(fold(word), zipf)
        self.parts_version += 1

    def add_text(self, text: str) -> None:
        """Count the words of one indexed text (call again for every field and document)."""
        self._update(Counter(text_words(text)), 1)
        if not text.isascii():
            self._remember_forms(text)

    def remove_text(self, text: str) -> None:
        """Forget a text that was added before (document changed or deleted)."""
        self._update(Counter(text_words(text)), -1)

    def add_counts(self, counts: Mapping[str, int]) -> None:
        """Restore corpus counts saved elsewhere (keys must be folded words)."""
        self._update(counts, 1)

    def _update(self, counts: Mapping[str, int], sign: int) -> None:
        corpus = self._corpus
        threshold = self.min_corpus_count
        new_words = parts_changed = False
        for word, n in counts.items():
            before = corpus.get(word, 0)
            after = max(0, before + sign * n)
            if after:
                corpus[word] = after
            elif before:
                del corpus[word]
            if before == 0 and after:
                self._journal.append(word)
                new_words = True
            elif before and after == 0:
                new_words = True
            parts_changed = parts_changed or (before >= threshold) != (after >= threshold)
        if new_words:
            self.version += 1
        if parts_changed:
            self.parts_version += 1

    def _remember_forms(self, text: str) -> None:
        for original in text.lower().split():
            original = original.strip(".,;:!?()[]{}\"'«»“”‘’")
            if original and not original.isascii() and original.isalpha():
                folded = fold(original)
                if folded != original and folded.isalpha():
                    self._forms.setdefault(folded, Counter())[original] += 1

    # --- lookups -----------------------------------------------------------------------------

    def zipf(self, word: str) -> float:
        """General-language Zipf frequency of a folded word (0.0 when unknown)."""
        return self._general.get(word, 0.0)

    def count(self, word: str) -> int:
        """How often the folded word occurs in the indexed text."""
        return self._corpus.get(word, 0)

    def __contains__(self, word: object) -> bool:
        return word in self._corpus

    def __len__(self) -> int:
        return len(self._corpus)

    def corpus_counts(self) -> Mapping[str, int]:
        """All corpus words with their counts (a live read-only view, do not mutate)."""
        return self._corpus

    @property
    def journal_length(self) -> int:
        return len(self._journal)

    def words_added_since(self, position: int) -> list[str]:
        """Corpus words that appeared after ``journal_length`` was ``position``."""
        return self._journal[position:]

    def part_score(self, word: str, min_zipf: float) -> float:
        """Score of a word as a compound part, 0.0 if it is not known well enough."""
        zipf = self._general.get(word, 0.0)
        if zipf < min_zipf:
            zipf = 0.0
        if self._corpus.get(word, 0) >= self.min_corpus_count:
            return max(zipf, CORPUS_PART_ZIPF)
        return zipf

    def display(self, word: str) -> str:
        """The most common readable spelling of a folded word, for 'bedoelde u …?'."""
        forms = self._forms.get(word)
        return forms.most_common(1)[0][0] if forms else word
