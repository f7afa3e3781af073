"""Dutch text analysis for Behoudplein's search: pure Python, no Django, no database.

The analyzer turns text into index terms that both storage backends (SQLite FTS5, PostgreSQL
tsvector) store verbatim, and turns a query into a plan of term groups that both backends
match and that one shared BM25F ranker scores.

How the search app is meant to use it::

    vocabulary = Vocabulary.from_wordfreq()          # general Dutch + maintained word list
    for text in all_indexed_texts:                   # pass 1: corpus words (splits, spelling)
        vocabulary.add_text(text)
    analyzer = Analyzer(vocabulary, synonyms={"GGZ": ["geestelijke gezondheidszorg"]})
    stored = analyzer.index_text(title)              # pass 2: store per field, space-separated

    plan = analyzer.query_terms(user_query)
    expression = fts5_match(plan, "and")             # or pg_tsquery(plan, "and"); None: no hits
    # fewer than a page of results (likely when plan.question): retry with mode "or"
    ranked = BM25F().rank(plan, candidates, stats)   # DocumentTerms from the stored terms
    html = snippet(body, plan, analyzer)
    did_you_mean = analyzer.suggest(user_query)

A single saved document: ``vocabulary.add_text(text)`` first, then ``index_text``. Terms of
documents indexed before a new word became a compound part are refreshed by the next reindex.
"""

from .analyzer import Analyzer
from .bm25 import BM25F, CollectionStats, DocumentTerms, ScoredDocument
from .compounds import CompoundSplitter
from .normalize import fold, tokenize
from .plan import Alternative, QueryGroup, QueryPlan, fts5_match, pg_tsquery
from .snippet import snippet
from .spelling import Correction, Speller
from .stem import STOP_WORDS, is_stop_word, stem
from .vocabulary import Vocabulary

__all__ = [
    "BM25F",
    "STOP_WORDS",
    "Alternative",
    "Analyzer",
    "CollectionStats",
    "CompoundSplitter",
    "Correction",
    "DocumentTerms",
    "QueryGroup",
    "QueryPlan",
    "ScoredDocument",
    "Speller",
    "Vocabulary",
    "fold",
    "fts5_match",
    "is_stop_word",
    "pg_tsquery",
    "snippet",
    "stem",
    "tokenize",
]
