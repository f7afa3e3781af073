"""Dutch stemming and stop words.

A word's term is found in three steps:

1. its **lemma** from simplemma's Dutch dictionary (folded), when the dictionary knows the word:
   inflection the stemmer cannot see through ('stopten', 'gestopt' → 'stoppen';
   'organisaties' → 'organisatie'; 'financiële' → 'financieel'; 'coördinatoren' →
   'coördinator'; a diminutive's plural through its singular: 'maatjes' → 'maatje' → 'maat');
2. Snowball's ``dutch_porter`` (the classic Dutch algorithm that PostgreSQL ships), which also
   joins derivations ('begeleiding', 'begeleiden' → 'begeleid'). The newer ``dutch`` algorithm
   strips 'ge-'/'be-' material too eagerly and maps 'begeleiding' onto 'beleid', which would
   merge two unrelated subjects for this platform;
3. adjectives in -lijk and -baar (and their -heid nouns) keep that suffix: Snowball strips it,
   which joins words of different meaning — 'verantwoordelijkheid' (responsibility) with
   'verantwoording' (accountability), 'inzetbaarheid' (employability, a core subject here)
   with 'inzet', 'betaalbaar' with 'betalen'. Such a word's term is the adjective itself
   ('verantwoordelijk', 'inzetbar'), so all its forms still meet;
4. a content word never shares its term with a stop word: where stemming would make it so
   ('mensen' → 'men', 'overheid' → 'over', 'meten' → 'met'), its term is its lemma instead
   ('mens', 'overheid', 'meten'), or every 'men' and 'met' in the corpus would match it;
5. a settling pass: the stemmer once more (it removes an -s it left after removing -en:
   'kansen' → 'kans' → 'kan', like 'kans' itself), then Dutch spelling alternations at the
   end of a stem: a doubled consonant is single ('stopp' → 'stop', 'cursuss' → 'cursus') and
   v/z are f/s ('actiev' → 'actief', 'werkloz' → 'werklos').

Index and query go through the same function, so any of these forms finds the others.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import lru_cache

import Stemmer
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

from .normalize import fold

ALGORITHM = "dutch_porter"

# A PyStemmer instance keeps internal state and must not be used by two threads at once
# (gunicorn threads, test runners). Stemming only happens on cache misses, so one lock is cheap.
_stemmer = Stemmer.Stemmer(ALGORITHM, 0)
_lock = threading.Lock()


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for readable word lists."""
    return frozenset(text.split())


# The Snowball project's Dutch stop word list (snowballstem.org/algorithms/dutch/stop.txt).
SNOWBALL_STOP_WORDS: frozenset[str] = word_set(
    """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
    hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
    naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
    waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
    altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere
    """
)

# Question words and search filler: people type questions ('welke projecten stopten na de
# subsidie?') and politeness; none of these words says what a document is about.
QUESTION_WORDS: frozenset[str] = word_set(
    """
    wat welke welk hoe waarom wie wiens waar wanneer hoeveel hoezo waarmee waardoor waarvoor
    waaraan waarover waarin waarbij waarop waaruit waarna vanwaar hoelang
    """
)
FILLER_WORDS: frozenset[str] = word_set(
    """
    graag zoek zoeken zoekt gezocht vind vinden vindt wel even eigenlijk ongeveer bijvoorbeeld
    etc enz svp aub alstublieft alsjeblieft please hallo hoi weet weten kun kunt jij jullie oa
    ivm mbt tav ism dwz nav evt zgn
    """
)

STOP_WORDS: frozenset[str] = SNOWBALL_STOP_WORDS | QUESTION_WORDS | FILLER_WORDS


def is_stop_word(word: str) -> bool:
    """True for folded words that carry no topic: Snowball stop words, question words, filler."""
    return word in STOP_WORDS


_VOWELS = frozenset("aeiouy")
_DEVOICED = {"v": "f", "z": "s"}


class _Lemmas:
    """simplemma's Dutch lemma dictionary, looked up with folded words.

    Loaded on first use (about 0.4 s, 40 MB, once per process). The dictionary is keyed by
    the written form; the few hundred keys with diacritics are also kept under their folded
    form, since the analyzer only ever sees folded words.
    """

    def __init__(self) -> None:
        self._table: Mapping[str, str] | None = None
        self._folded: dict[str, str] = {}
        self._lock = threading.Lock()

    def _load(self) -> Mapping[str, str]:
        with self._lock:
            if self._table is None:
                table = DEFAULT_DICTIONARY_FACTORY.get_dictionary("nl")
                folded: dict[str, str] = {}
                for key in table:
                    if not key.isascii():
                        folded.setdefault(fold(key), fold(table[key]))
                self._folded = folded
                self._table = table
            return self._table

    def get(self, word: str) -> str | None:
        table = self._table if self._table is not None else self._load()
        found = table.get(word)
        if found is None:
            found = self._folded.get(word)
        elif not found.isascii():
            found = fold(found)
        return found if found and found.isalpha() else None


_lemmas = _Lemmas()


# A compound the dictionary does not know is inflected on its last part: the dictionary form of
# that part, after at least this many letters of the first, gives the compound's.
_MIN_MODIFIER = 3
_MIN_HEAD = 4


def _dictionary_form(word: str) -> str | None:
    """The dictionary's lemma of a folded word, or None when it does not know the word.

    The dictionary takes a diminutive's plural to its singular ('maatjes' → 'maatje') and
    that singular to the word itself ('maatje' → 'maat'), but not in one step: a plural
    diminutive is taken both steps, so 'maatjes', 'maatje' and 'maat' all meet."""
    found = _lemmas.get(word)
    if found is not None and word.endswith("jes") and found == word[:-1]:
        return _lemmas.get(found) or found
    return found


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of a folded Dutch word, or the word itself when unknown.

    A compound the dictionary lacks gets the dictionary form of its longest known ending:
    'loopbaancoaches' → 'loopbaancoach' (as 'coaches' → 'coach'), 'leerwerkplekken' →
    'leerwerkplek'. Without it, Snowball alone would leave such forms apart where the
    dictionary joins them for the simple word (irregular and loanword plurals, participles).
    """
    found = _dictionary_form(word)
    if found is not None:
        return found
    for start in range(_MIN_MODIFIER, len(word) - _MIN_HEAD + 1):
        head = _dictionary_form(word[start:])
        if head is not None:
            # The longest known ending decides; when it is its own dictionary form, the
            # compound is already in its dictionary form too.
            return word[:start] + head if head != word[start:] else word
    return word


# Adjective-forming suffixes whose word means something else than its base.
_ADJECTIVE_SUFFIXES = ("lijk", "baar")
_INFLECTED_ADJECTIVE = {"lijke": "lijk", "bare": "baar", "lijkheid": "lijk", "baarheid": "baar"}
_SHORTEST_ADJECTIVE_BASE = 3


def _adjective(base: str) -> str | None:
    """'verantwoordelijke', 'verantwoordelijkheid' → 'verantwoordelijk'; None for other words."""
    for ending, suffix in _INFLECTED_ADJECTIVE.items():
        if base.endswith(ending):
            base = base[: -len(ending)] + suffix
            break
    for suffix in _ADJECTIVE_SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= _SHORTEST_ADJECTIVE_BASE:
            return base
    return None


def _settle(term: str) -> str:
    """Spelling alternations at the end of a stem, so every form of a word meets."""
    if len(term) > 3 and term[-1] == term[-2] and term[-1] not in _VOWELS:
        term = term[:-1]
    if len(term) > 3 and term[-1] in _DEVOICED:
        term = term[:-1] + _DEVOICED[term[-1]]
    return term


@lru_cache(maxsize=1)
def _stop_terms() -> tuple[frozenset[str], frozenset[str]]:
    """The terms of the stop words, and their lemmas (whose forms are function words too)."""
    return (
        frozenset(_stem_only(word) for word in STOP_WORDS),
        frozenset(lemma(word) for word in STOP_WORDS) | STOP_WORDS,
    )


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The index term of one folded word: lemma, ``dutch_porter``, settled (see above).

    Tokens with digits ('dw2012', '2025') are codes or numbers, not Dutch words: they are
    returned unchanged so the stemmer cannot eat a trailing letter of a code.
    """
    if not word.isalpha():
        return word
    term = _stem_only(word)
    if word not in STOP_WORDS:
        stop_terms, stop_lemmas = _stop_terms()
        if term in stop_terms:
            base = lemma(word)
            if base not in stop_lemmas:
                # The dictionary sometimes sends two forms to each other ('meten' → 'meet',
                # 'meet' → 'meten'): one more step and the shorter form make all forms meet.
                return _settle(min((base, lemma(base)), key=lambda form: (len(form), form)))
    return term


def _stem_only(word: str) -> str:
    base = lemma(word)
    adjective = _adjective(base)
    if adjective is not None:
        # 'baar' → 'bar' as the stemmer shortens any double vowel it leaves in a stem.
        return adjective[:-4] + "bar" if adjective.endswith("baar") else adjective
    with _lock:
        once = str(_stemmer.stemWord(base))
        twice = str(_stemmer.stemWord(once))
    return _settle(twice)
