"""Facet values are slugs; this maps them to what people read, and tag names to slugs.

Organisation branches and the Kennisbank's sector tags form one sector list: a tag whose name
is a branch ('VVT', 'GGZ', 'Kinderopvang') gets the branch's slug.
"""

from __future__ import annotations

import threading
import time

from django.apps import apps
from django.utils.functional import Promise
from django.utils.text import slugify

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
