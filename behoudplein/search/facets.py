"""Facet values are slugs; this maps them to what people read, and tag names to slugs.

Organisation branches and the Kennisbank's sector tags form one sector list: a tag whose name
is a branch ('VVT', 'GGZ', 'Kinderopvang') gets the branch's slug.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

from django.apps import apps
from django.utils.functional import Promise
from django.utils.text import slugify

from .backends import Candidate
from .registry import KIND_LABELS

StrOrPromise = str | Promise
_CACHE_SECONDS = 60.0
_lock = threading.Lock()
_cached: tuple[float, dict[str, dict[str, StrOrPromise]]] | None = None


def _branches() -> dict[str, StrOrPromise]:
    """Branch slugs and labels; the labels stay lazy, so each request reads its language."""
    if not apps.is_installed("behoudplein.organisations"):
        return {}
    from behoudplein.organisations.constants import Branch

    return dict(Branch.choices)


def sector_slug(name: str) -> str:
    """The one sector list: branch slugs, and other sector tags slugified."""
    slug = slugify(name)
    for value, label in _branches().items():
        if slug in (value, slugify(str(label))):
            return value
    return slug


def facet_labels() -> dict[str, dict[str, StrOrPromise]]:
    """Per facet, value → label; kind and branch labels are lazy (str() them per request)."""
    global _cached
    with _lock:
        if _cached is not None and time.monotonic() - _cached[0] < _CACHE_SECONDS:
            return _cached[1]
    labels: dict[str, dict[str, StrOrPromise]] = {
        "kind": dict(KIND_LABELS),
        "region": {},
        "sector": dict(_branches()),
    }
    if apps.is_installed("behoudplein.organisations"):
        from behoudplein.organisations.models import LabourMarketRegion, Region

        for model in (LabourMarketRegion, Region):
            labels["region"].update(dict(model.objects.values_list("slug", "name")))
    if apps.is_installed("behoudplein.knowledge"):
        from behoudplein.knowledge.models import Tag

        for kind, name in Tag.objects.values_list("kind", "name"):
            if kind == "region":
                labels["region"].setdefault(slugify(name), name)
            elif kind == "sector":
                labels["sector"].setdefault(sector_slug(name), name)
    with _lock:
        _cached = (time.monotonic(), labels)
    return labels


def facet_counts(matched: list[Candidate]) -> dict[str, list[dict[str, Any]]]:
    """Per facet, its values with label and number of matches, the most frequent first."""
    # Up to candidates.CANDIDATES documents, most of which share a handful of region and
    # sector lists: count the lists as they are stored, then split each distinct list once.
    counts: dict[str, Counter[str]] = {
        "kind": Counter(c.kind for c in matched),
        "region": _split_counts(Counter(c.regions for c in matched)),
        "sector": _split_counts(Counter(c.sectors for c in matched)),
        "year": Counter(str(c.year) for c in matched if c.year is not None),
    }
    labels = facet_labels()
    return {
        name: [
            {"value": value, "label": str(labels.get(name, {}).get(value, value)), "count": n}
            for value, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        for name, counter in counts.items()
    }


def _split_counts(lists: Counter[str]) -> Counter[str]:
    """Space-separated value lists and how many documents have each → documents per value."""
    counts: Counter[str] = Counter()
    for values, documents in lists.items():
        for value in set(values.split()):
            counts[value] += documents
    return counts
