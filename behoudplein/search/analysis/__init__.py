"""Dutch text analysis for Behoudplein's search: pure Python, no Django, no database.

The analyzer turns text into index terms that both storage backends (SQLite FTS5, PostgreSQL
tsvector) store verbatim, and turns a query into a plan of term groups that both backends
match and that one shared BM25F ranker scores.
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
