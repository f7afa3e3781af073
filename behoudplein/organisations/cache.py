"""A shared-cache version for organisation data, so list pages can reuse rendered results.

Every save or delete of an organisation, region or labour-market region bumps the version
(signals, so Django admin saves count too); cached fragments are keyed by it and so never
outlive the data they show. The version lives in the shared cache (database or Redis), not in
process memory, so every app instance sees the same one.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from django.core.cache import cache

VERSION_KEY = "organisations:version"
TTL_SECONDS = 60 * 60


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # Start from the clock: after a cache flush no old key can come back to life.
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return int(version)


def bump_version(*_args: Any, **_kwargs: Any) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), None)


def fragment_key(name: str, *parts: str, version: int | None = None) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    if version is None:
        version = content_version()
    return f"organisations:{name}:{version}:{digest}"


def connect_signals() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .models import LabourMarketRegion, Organisation, Region

    for model in (Organisation, Region, LabourMarketRegion):
        post_save.connect(bump_version, sender=model, dispatch_uid=f"bump-{model.__name__}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"bump-del-{model.__name__}")
    m2m_changed.connect(
        bump_version, sender=Region.labour_market_regions.through, dispatch_uid="bump-region-lmr"
    )
