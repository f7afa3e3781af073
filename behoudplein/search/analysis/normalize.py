"""Folding and tokenization: the first step shared by indexing, querying and highlighting.

Everything downstream works on folded text, which contains only ``[a-z0-9]``, ``-``, ``.``,
``'`` and separators. That makes every index term safe for FTS5 and tsquery by construction.

Decisions:

* Diacritics are stripped (NFKD) so 'financiele' finds 'financiële' and 'coordinator' finds
  'coördinator'. Letters that do not decompose get an explicit ASCII spelling (ß→ss, ø→o,
  æ→ae, ...). 'ĳ' (the ligature) becomes 'ij' through NFKD; 'y' is NOT folded into 'ij',
  which would merge English words ('type') with Dutch ones.
* Letters of other scripts cannot be represented in ``[a-z0-9]`` terms; they act as separators.
* A hyphenated word ('zij-instromer') is one token; the analyzer indexes the joined form
  ('zijinstromer') and every piece, so either spelling finds the other.
* A code that mixes letters and digits ('DW2012') stays one token, and the analyzer also
  indexes its letter and digit runs ('dw', '2012'): 'DW 2012' and 'DW-2012' find it too.
* Dotted acronyms ('U.W.V.', 'o.a.') collapse into one token ('uwv', 'oa').
* "auto's"/"cv's": the plural 's is dropped, so they behave like 'auto' and 'cv'.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Longer tokens are base64, hashes or URLs glued together: no one searches for them, and
# PostgreSQL refuses lexemes past 2 kB.
MAX_TOKEN_LENGTH = 48

_BEFORE_DECOMPOSITION = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "þ": "th",
        "ı": "i",
        # Hyphens inside words (U+2010 hyphen, U+2011 non-breaking hyphen) join like '-'.
        "\u2010": "-",
        "\u2011": "-",
        # En/em dashes and minus separate ('2019–2021', 'zorg — welzijn').
        "\u2012": " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u2015": " ",
        "\u2212": " ",
        # Invisible characters must not split a word in two.
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        # Typographic apostrophes behave like "'" (for "auto’s").
        "\u2019": "'",
        "\u2018": "'",
        "\u00b4": "'",
        "`": "'",
    }
)
_COMBINING_MARKS = re.compile(
    r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_PLURAL_APOSTROPHE = re.compile(r"(?<=[a-z0-9])'s\b")

# Order matters: a dotted acronym is tried before a plain word, so 'u.w.v.' is not read as 'u'.
_TOKEN = re.compile(r"(?<![a-z0-9])(?:[a-z]\.){2,}(?![a-z0-9])|[a-z0-9]+(?:-[a-z0-9]+)*")
_LETTER_OR_DIGIT_RUN = re.compile(r"[a-z]+|[0-9]+")


def fold(text: str) -> str:
    """Lowercase, strip diacritics and map everything to ASCII; lengths may change."""
    folded = text.lower()
    if not folded.isascii():
        # Only the non-ASCII runs need Unicode work; Dutch text has a few per page, so this
        # is ~10x faster than normalising the whole text. NFKD is a per-character
        # decomposition, so doing it run by run gives the same result.
        folded = _NON_ASCII.sub(_fold_match, folded)
    if "`" in folded:
        # The one ASCII character _BEFORE_DECOMPOSITION maps: a backtick typed for an
        # apostrophe ('ICT`s'), as the non-ASCII ones are ('ICT’s').
        folded = folded.replace("`", "'")
    if "'" in folded:
        folded = _PLURAL_APOSTROPHE.sub("", folded)
    return folded


def _fold_match(match: re.Match[str]) -> str:
    return _fold_run(match.group())


@lru_cache(maxsize=4096)
def _fold_run(run: str) -> str:
    folded = unicodedata.normalize("NFKD", run.translate(_BEFORE_DECOMPOSITION))
    folded = _COMBINING_MARKS.sub("", folded)
    # NFKD can produce capitals again (e.g. from compatibility characters).
    return _NON_ASCII.sub(" ", folded).lower()


def fold_in_place(text: str) -> str | None:
    """Like ``fold``, but one character for one, so positions in the result are positions in
    ``text`` (for highlighting); None if lowercasing alone changes the length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    if "`" in lowered:
        lowered = lowered.replace("`", "'")  # as in fold
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(_fold_run_in_place, lowered)


def _fold_run_in_place(match: re.Match[str]) -> str:
    return "".join(_fold_char(c) for c in match.group())


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = _fold_run(char)
    return folded[0] if folded[:1].isalnum() else " "


def tokenize(folded: str) -> list[str]:
    """Raw tokens of folded text: words, numbers, codes, hyphenated words and acronyms."""
    return _TOKEN.findall(folded)


def pieces(token: str) -> list[str]:
    """The parts of a hyphenated token ('zij-instromer' → ['zij', 'instromer'])."""
    return [piece for piece in token.split("-") if piece]


def join(token: str) -> str:
    """The token written as one word: hyphens and acronym dots removed."""
    return token.replace("-", "").replace(".", "")


def letter_digit_runs(token: str) -> list[str]:
    """'dw2012' → ['dw', '2012']; a token of one kind gives a single run."""
    return _LETTER_OR_DIGIT_RUN.findall(token)


def is_code(token: str) -> bool:
    """A code mixes letters and digits ('dw2012', 'covid19', 'a3')."""
    return not token.isalpha() and not token.isdigit()


def words(text: str) -> list[str]:
    """Folded single words of a text, hyphen pieces and joined forms included.

    This is what the vocabulary counts: every form a user might type and we might suggest.
    """
    out: list[str] = []
    for token in tokenize(fold(text)):
        if "-" in token:
            out.extend(pieces(token))
            token = join(token)
        elif "." in token:
            token = join(token)
        if len(token) <= MAX_TOKEN_LENGTH:
            out.append(token)
    return out
