"""The analyzer: text → index terms, query → query plan.

Index terms of one token (all ``[a-z0-9]``, stored space-separated by both backends):

* a word: its ``dutch_porter`` stem, plus the stems of its compound parts
  ('loopbaanbegeleiding' → 'loopbaanbegeleid', 'loopban', 'begeleid': the stemmer also
  shortens double vowels, identically at index and query time);
* a hyphenated word: the joined form's stem and the terms of every piece
  ('zij-instromers' → 'zijinstromer', 'zij', 'instromer');
* a code: the code and its letter and digit runs ('dw2012' → 'dw2012', 'dw', '2012');
* stop words are indexed too (they are cheap and cached): a query of only stop words, or a
  title such as 'Wie is wie', can still be found; BM25's idf makes them nearly worthless.

All work after folding is cached per distinct whitespace-separated chunk, so indexing costs
one dict lookup per word once the caches are warm.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .compounds import CompoundSplitter
from .normalize import (
    MAX_TOKEN_LENGTH,
    fold,
    is_code,
    join,
    letter_digit_runs,
    pieces,
    tokenize,
)
from .plan import (
    COMPOUND_PARTS,
    EXACT,
    HYPHEN_PARTS,
    JOINED,
    MAX_GROUPS,
    SYNONYM,
    TYPO_FAR,
    TYPO_NEAR,
    Alternative,
    QueryGroup,
    QueryPlan,
    fts5_match,
    pg_tsquery,
)
from .spelling import Speller
from .stem import QUESTION_WORDS, is_stop_word, stem, word_set
from .synonyms import SynonymTable
from .vocabulary import Vocabulary

__all__ = ["Analyzer", "fts5_match", "pg_tsquery"]

MAX_QUERY_LENGTH = 500
MAX_QUERY_TOKENS = 32
MAX_CACHE_SIZE = 500_000
# Longer chunks are URLs or pasted data, rarely repeated: not worth a cache slot.
MAX_CACHED_CHUNK = 64


# Pronouns and articles: as a piece of a hyphenated word ('zij' of 'zij-instromers') they say
# nothing about the subject. Other stop words do: 'niet' in 'niet-uitkeringsgerechtigden', a
# particle such as 'door' in 'door-stroom'.
EMPTY_PIECES = word_set("de het een ik je jij u hij zij ze wij we jullie men hen hun")


class Analyzer:
    """Dutch analysis for indexing and querying. Safe to share between threads."""

    def __init__(
        self,
        vocabulary: Vocabulary | None = None,
        synonyms: Mapping[str, Sequence[str]] | None = None,
        *,
        speller_min_count: int = 1,
    ) -> None:
        # Without a vocabulary nothing would split: default to general Dutch (no corpus yet).
        self.vocabulary = vocabulary if vocabulary is not None else Vocabulary.from_wordfreq()
        self.splitter = CompoundSplitter(self.vocabulary)
        self.synonyms = SynonymTable(synonyms or {}, self.primary_term)
        self._speller_min_count = speller_min_count
        self._speller: Speller | None = None
        self._chunk_cache: dict[str, tuple[str, ...]] = {}
        self._token_cache: dict[str, tuple[str, ...]] = {}
        self._parts_version = self.vocabulary.parts_version
        # Stems of corpus words, to tell an inflection from a typo; kept up to date
        # from the vocabulary's journal of new words.
        self._corpus_terms: set[str] = set()
        self._journal_position = 0

    # --- indexing --------------------------------------------------------------------------

    def index_terms(self, text: str) -> list[str]:
        """The terms to store for a text, in order, with repetitions (term frequencies)."""
        if self._parts_version != self.vocabulary.parts_version:
            self._chunk_cache.clear()
            self._token_cache.clear()
            self._parts_version = self.vocabulary.parts_version
        # Tokens never contain whitespace, so the terms of a whitespace-separated chunk
        # ('zorg,', '(dw2012)') can be cached as a whole: the hot path is str.split plus one
        # dict lookup per word, no regular expression.
        chunks = fold(text).split()
        cache = self._chunk_cache
        try:
            return [term for chunk in chunks for term in cache[chunk]]
        except KeyError:
            pass
        out: list[str] = []
        for chunk in chunks:
            terms = cache.get(chunk)
            if terms is None:
                terms = self._chunk_terms(chunk)
            out.extend(terms)
        return out

    def _chunk_terms(self, chunk: str) -> tuple[str, ...]:
        terms: list[str] = []
        for token in tokenize(chunk):
            cached = self._token_cache.get(token)
            terms.extend(self._token_terms(token) if cached is None else cached)
        result = tuple(terms)
        if len(chunk) <= MAX_CACHED_CHUNK:
            if len(self._chunk_cache) >= MAX_CACHE_SIZE:
                self._chunk_cache.clear()
            self._chunk_cache[chunk] = result
        return result

    def index_text(self, text: str) -> str:
        """``index_terms`` as the space-separated string both backends store."""
        return " ".join(self.index_terms(text))

    def _token_terms(self, token: str) -> tuple[str, ...]:
        if len(self._token_cache) >= MAX_CACHE_SIZE:
            self._token_cache.clear()
        if "-" in token:
            parts = pieces(token)
            joined = "".join(parts)
            terms = [self.primary_term(joined)] if len(joined) <= MAX_TOKEN_LENGTH else []
            for part in parts:
                terms.extend(self._word_terms(part))
            result = tuple(dict.fromkeys(t for t in terms if t))
        else:
            result = self._word_terms(join(token))
        self._token_cache[token] = result
        return result

    def _word_terms(self, word: str) -> tuple[str, ...]:
        if not word or len(word) > MAX_TOKEN_LENGTH:
            return ()
        if is_code(word):
            runs = letter_digit_runs(word)
            return (word, *runs) if len(runs) > 1 else (word,)
        primary = stem(word)
        parts = self.splitter.split(word)
        if not parts:
            return (primary,)
        return tuple(dict.fromkeys([primary, *(stem(part) for part in parts)]))

    def primary_term(self, token: str) -> str:
        """The one term that stands for a folded token as typed (stem, code or joined form)."""
        word = join(token)
        if len(word) > MAX_TOKEN_LENGTH:
            return ""
        return stem(word)

    # --- querying --------------------------------------------------------------------------

    def query_terms(self, text: str) -> QueryPlan:
        """Analyse what a searcher typed into a plan of query groups.

        Stop, question and filler words are dropped unless nothing else is left, so
        'wat leverde de matchtafel op' searches for 'leverde' and 'matchtafel' and 'wie is wie'
        still searches for something.
        """
        text = text[:MAX_QUERY_LENGTH]
        words = [
            word
            for word in (join(t) if "." in t else t for t in tokenize(fold(text)))
            if len(word) <= MAX_TOKEN_LENGTH
        ][:MAX_QUERY_TOKENS]
        question = "?" in text or bool(words and words[0] in QUESTION_WORDS)
        groups: list[QueryGroup] = []
        i = 0
        while i < len(words):
            length, expansions = self.synonyms.match(words, i)
            if length:
                groups.append(self._synonym_group(words[i : i + length], expansions))
                i += length
            elif i + 1 < len(words) and self._written_together(words[i], words[i + 1]):
                groups.append(self._joined_group(words[i], words[i + 1]))
                i += 2
            else:
                groups.append(self._word_group(words[i]))
                i += 1
        meaningful = [g for g in groups if not g.stop]
        dropped = tuple(g.text for g in groups if g.stop) if meaningful else ()
        unique: dict[frozenset[tuple[str, ...]], QueryGroup] = {}
        for group in meaningful or groups:
            unique.setdefault(frozenset(a.terms for a in group.alternatives), group)
        return QueryPlan(tuple(unique.values())[:MAX_GROUPS], question, dropped)

    def suggest(self, query: str) -> str | None:
        """'Bedoelde u …?': the query with misspelled words corrected, or None."""
        speller = self._current_speller()
        if speller is None:
            return None
        return speller.suggest(query[:MAX_QUERY_LENGTH], known=self._needs_no_correction)

    def _word_group(self, word: str) -> QueryGroup:
        if "-" in word:
            parts = pieces(word)
            # A pronoun or article piece ('zij' of 'zij-instromers'), required on its own,
            # would match any 'zij' of the text, add that pronoun's frequency to the score and
            # be marked in snippets. Every other piece stays: 'door' tells 'door-stroom' from
            # 'uitstroom', 'niet' 'niet-uitkeringsgerechtigden' from their opposite.
            content = [p for p in parts if p not in EMPTY_PIECES] or parts
            alternatives = [
                Alternative((self.primary_term("".join(parts)),), EXACT, "exact"),
                Alternative(tuple(self.primary_term(p) for p in content), HYPHEN_PARTS, "hyphen"),
            ]
            return QueryGroup(word, tuple(alternatives))
        primary = self.primary_term(word)
        alternatives = [Alternative((primary,), EXACT, "exact")]
        if is_code(word):
            runs = letter_digit_runs(word)
            if len(runs) > 1:
                alternatives.append(Alternative(tuple(runs), COMPOUND_PARTS, "code"))
        elif word.isalpha():
            compound = self.splitter.split(word)
            if compound:
                terms = tuple(stem(part) for part in compound)
                alternatives.append(Alternative(terms, COMPOUND_PARTS, "compound"))
            alternatives.extend(self._typo_alternatives(word))
        return QueryGroup(word, tuple(alternatives), stop=is_stop_word(word))

    def _synonym_group(self, words: Sequence[str], expansions: list[tuple[str, ...]]) -> QueryGroup:
        if len(words) == 1:
            base = list(self._word_group(words[0]).alternatives)
        else:
            terms = tuple(self.primary_term(w) for w in words if not is_stop_word(w))
            base = [Alternative(terms or tuple(self.primary_term(w) for w in words))]
        base.extend(Alternative(terms, SYNONYM, "synonym") for terms in expansions)
        return QueryGroup(" ".join(words), tuple(base))

    def _joined_group(self, first: str, second: str) -> QueryGroup:
        # 'job crafting' also finds 'jobcrafting' (and 'zij instromer' finds 'zijinstromer').
        alternatives = (
            Alternative((self.primary_term(first), self.primary_term(second)), EXACT, "exact"),
            Alternative((self.primary_term(first + second),), JOINED, "joined"),
        )
        return QueryGroup(f"{first} {second}", alternatives)

    def _written_together(self, first: str, second: str) -> bool:
        if "-" in first or "-" in second or not (first + second).isalnum():
            return False
        if is_stop_word(first) and is_stop_word(second):
            # 'in de' is not 'inde', nor 'op de' 'opde': two stop words stay stop words.
            return False
        joined = first + second
        if len(joined) > MAX_TOKEN_LENGTH:
            return False
        return joined in self.vocabulary or self.primary_term(joined) in self._known_terms()

    # --- spelling --------------------------------------------------------------------------

    def _typo_alternatives(self, word: str) -> list[Alternative]:
        if word not in self.vocabulary and self._needs_no_correction(word):
            return []
        speller = self._current_speller()
        if speller is None:
            return []
        return [
            Alternative(
                (self.primary_term(c.word),), TYPO_NEAR if c.distance == 1 else TYPO_FAR, "typo"
            )
            for c in speller.corrections(word)
        ]

    def _needs_no_correction(self, word: str) -> bool:
        """A word absent from the corpus that still matches: an inflection or a compound."""
        if word in self.vocabulary:
            return False  # the speller decides whether a rare corpus word is itself a typo
        known = self._known_terms()
        primary = self.primary_term(word)
        if primary in known or primary in self.synonyms:
            return True
        parts = self.splitter.split(word) if word.isalpha() else ()
        return bool(parts) and all(stem(part) in known for part in parts)

    def _current_speller(self) -> Speller | None:
        if not len(self.vocabulary):
            return None
        if self._speller is None:
            self._speller = Speller(self.vocabulary, min_count=self._speller_min_count)
        else:
            self._speller.refresh()
        return self._speller

    def _known_terms(self) -> set[str]:
        vocabulary = self.vocabulary
        if self._journal_position != vocabulary.journal_length:
            new_words = vocabulary.words_added_since(self._journal_position)
            self._journal_position += len(new_words)
            # Stems only (no compound splitting): cheap enough for 100,000 new words at once,
            # and the same answer in every process whatever its caches hold.
            self._corpus_terms.update(self.primary_term(word) for word in new_words)
        return self._corpus_terms
