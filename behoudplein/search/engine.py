"""The analyzer every process shares, kept in step with the index through its version.

General Dutch word data (wordfreq) is loaded once per process; the corpus words (SearchWord)
and the editors' synonyms are reloaded when the index version moved, which a write in any
process does. A write in this process updates its own vocabulary in place.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import threading
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path

from .analysis import Analyzer, Vocabulary
from .models import SearchIndexState, SearchWord, Synonym
from .registry import DOCUMENT_FORMAT

_lock = threading.RLock()
_general: Vocabulary | None = None
_analyzer: Analyzer | None = None
_version: int | None = None


@functools.cache
def analyzer_fingerprint() -> str:
    """Identifies the analysis that makes index terms: the analysis package's source and the
    word data it reads, and the format of what content apps store (`DOCUMENT_FORMAT`).
    Documents stored under another fingerprint must be rebuilt."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent / "analysis"
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(f"documents={DOCUMENT_FORMAT}".encode())
    for distribution in ("wordfreq", "simplemma", "PyStemmer"):
        try:
            digest.update(f"{distribution}={metadata.version(distribution)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(distribution.encode())
    return digest.hexdigest()[:16]


def index_version() -> int:
    version = SearchIndexState.objects.filter(pk=1).values_list("version", flat=True).first()
    return int(version or 0)


def _general_vocabulary() -> Vocabulary:
    """General Dutch word data, loaded once per process and never replaced.

    Once loaded it is moved out of reach of Python's cyclic garbage collector (`gc.freeze`):
    a full collection would otherwise walk all of it, a pause of 100 ms idle and several
    hundred in a busy search process, to find nothing (the data lives as long as the process).
    What else exists at that moment is frozen with it: the process's modules and settings, which
    live as long, and the objects of the request in progress, a one-off of a few kilobytes.
    """
    global _general
    if _general is None:
        _general = Vocabulary.from_wordfreq()
        gc.freeze()
    return _general


def synonym_mapping() -> Mapping[str, Sequence[str]]:
    return {s.term: s.alternative_list() for s in Synonym.objects.all()}


def current_analyzer(version: int | None = None) -> Analyzer:
    """The analyzer for the index as it is now (rebuilt when another process changed it)."""
    global _analyzer, _version
    if version is None:
        version = index_version()
    with _lock:
        if _analyzer is None or _version != version:
            vocabulary = _general_vocabulary().copy()
            vocabulary.add_counts(
                dict(SearchWord.objects.filter(count__gt=0).values_list("word", "count"))
            )
            _analyzer = Analyzer(vocabulary, synonym_mapping())
            _version = version
        return _analyzer


def note_own_write(before: int, after: int) -> None:
    """This process changed the index from `before` to `after` and updated its analyzer."""
    global _version
    with _lock:
        if _version == before:
            _version = after


def forget() -> None:
    """Drop the cached analyzer (synonyms changed, or a write was rolled back)."""
    global _analyzer, _version
    with _lock:
        _analyzer = None
        _version = None
