"""Dutch stemming and stop words.

We use Snowball's ``dutch_porter`` (the classic Dutch algorithm that PostgreSQL ships): the newer
``dutch`` algorithm strips 'ge-'/'be-' style material too eagerly and maps 'begeleiding' onto
'beleid', which would merge two unrelated subjects for this platform.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import Stemmer

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


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem one folded word with Snowball ``dutch_porter``.

    Tokens with digits ('dw2012', '2025') are codes or numbers, not Dutch words: they are
    returned unchanged so the stemmer cannot eat a trailing letter of a code.
    """
    if not word.isalpha():
        return word
    with _lock:
        return str(_stemmer.stemWord(word))
