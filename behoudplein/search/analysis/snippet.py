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
from typing import TYPE_CHECKING

from .normalize import fold
from .plan import QueryPlan

if TYPE_CHECKING:
    from .analyzer import Analyzer

ELLIPSIS = "…"
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:[-\u2010\u2011.][^\W_]+)*")
# Show a little of what precedes the first match, so it does not open the snippet cold.
LEAD_IN = 30


def snippet(text: str, plan: QueryPlan, analyzer: Analyzer, length: int = 200) -> str:
    """An HTML-escaped excerpt of about ``length`` characters around the best matches."""
    text = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    if not text:
        return ""
    wanted = plan.terms()
    # A stem keeps the first letters of its word (Snowball Dutch only rewrites endings), so a
    # word holding none of the terms' first three letters cannot match: skip analysing it.
    # That spares compound splitting of every other word of a long body.
    starts = {term[:3] for term in wanted}
    matched: dict[str, frozenset[str]] = {}
    hits: list[tuple[int, int, frozenset[str]]] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        terms = matched.get(word)
        if terms is None:
            folded = fold(word)
            if any(start in folded for start in starts):
                terms = frozenset(wanted.intersection(analyzer.index_terms(word)))
            else:
                terms = frozenset()
            matched[word] = terms
        if terms:
            hits.append((match.start(), match.end(), terms))
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
