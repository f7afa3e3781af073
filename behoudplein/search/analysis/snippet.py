"""Result snippets with the matched words marked.

A word is marked when one of its index terms is a term of the query plan, so 'begeleiding'
is marked for the query 'begeleid', 'loopbaanbegeleiding' for 'loopbaan' and 'financiële' for
'financiele'. The output is HTML: every piece of document text is escaped and the only raw
markup is our own ``<mark>``, so a document containing ``<script>`` cannot inject anything.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from .normalize import fold_in_place
from .plan import QueryPlan

if TYPE_CHECKING:
    from .analyzer import Analyzer

ELLIPSIS = "…"
_WORD = re.compile(r"[^\W_]+(?:[-\u2010\u2011.][^\W_]+)*")
# Show a little of what precedes the first match, so it does not open the snippet cold.
LEAD_IN = 30


def snippet(text: str, plan: QueryPlan, analyzer: Analyzer, length: int = 200) -> str:
    """An HTML-escaped excerpt of about ``length`` characters around the best matches."""
    # str.split: the same whitespace as the regular expression's \s, several times faster.
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text:
        return ""
    wanted = plan.terms()
    hits: list[tuple[int, int, frozenset[str]]] = []
    matched: dict[str, frozenset[str]] = {}
    for start, end in _candidate_words(text, wanted):
        word = text[start:end]
        terms = matched.get(word)
        if terms is None:
            terms = matched[word] = frozenset(wanted.intersection(analyzer.index_terms(word)))
        if terms:
            hits.append((start, end, terms))
    window_start, window_end = _best_window(text, hits, length)
    pieces: list[str] = []
    if window_start > 0:
        pieces.append(ELLIPSIS)
    position = window_start
    for start, end, _ in hits:
        if start < window_start or end > window_end:
            continue
        pieces.append(html.escape(text[position:start]))
        pieces.append(f"<mark>{html.escape(text[start:end])}</mark>")
        position = end
    pieces.append(html.escape(text[position:window_end]))
    if window_end < len(text):
        pieces.append(ELLIPSIS)
    return "".join(pieces).strip()


def _candidate_words(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    """Spans of the words that may hold a query term: those containing a term's first three
    letters (a term keeps the start of its word: stemming rewrites endings, and a lemma
    rarely moves the start — 'gestopt' still holds 'sto'; an irregular form such as 'liep'
    for 'lopen' is found, but not marked). The search runs in C over a same-length folded
    copy of the text, so only those words, not every word of a long body, are analysed."""
    starts = frozenset(term[:3] for term in wanted)
    if not starts:
        return []
    aligned = fold_in_place(text)
    if aligned is None:  # a character whose lower case is longer: read every word
        return [m.span() for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    done = 0
    for found in _starts_pattern(starts).finditer(aligned):
        if found.start() < done:
            continue
        begin = found.start()
        while begin > 0 and _joins(text, begin):
            begin -= 1
        word = _WORD.match(text, begin)
        if word is None or word.end() <= found.start():
            continue
        spans.append(word.span())
        done = word.end()
    return spans


def _joins(text: str, index: int) -> bool:
    """Whether the character before ``index`` belongs to the same word (see ``_WORD``)."""
    before = text[index - 1]
    if before.isalnum():
        return True
    return before in "-\u2010\u2011." and index > 1 and text[index - 2].isalnum()


@lru_cache(maxsize=1024)
def _starts_pattern(starts: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s in sorted(starts)))


def _best_window(
    text: str, hits: list[tuple[int, int, frozenset[str]]], length: int
) -> tuple[int, int]:
    """Character range of the window with the most distinct matched terms, cut at spaces."""
    if len(text) <= length:
        return 0, len(text)
    best_start, best_key = 0, (-1, -1)
    for i, (hit_start, _, _) in enumerate(hits):
        # Start after a space shortly before the match, never inside a word or a '<tag>'.
        space = text.find(" ", max(0, hit_start - LEAD_IN), hit_start)
        start = space + 1 if space >= 0 else hit_start
        inside = [h for h in hits[i:] if h[1] <= start + length]
        key = (len(frozenset().union(*(h[2] for h in inside))), len(inside))
        if key > best_key:
            best_start, best_key = start, key
    limit = best_start + length
    if limit >= len(text):
        return best_start, len(text)
    space = text.rfind(" ", best_start, limit + 1)
    # One enormous word: cut it rather than show nothing.
    return best_start, space if space > best_start else limit
