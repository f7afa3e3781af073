"""Expiry of personal data. Each module registers what it erases; `purge_expired` runs them all."""

from __future__ import annotations

import datetime
from collections.abc import Callable

Purger = Callable[[datetime.datetime], int]

_PURGERS: dict[str, Purger] = {}


def register_purger(label: str, purger: Purger) -> None:
    _PURGERS[label] = purger


def run_purgers(now: datetime.datetime) -> dict[str, int]:
    return {label: purger(now) for label, purger in sorted(_PURGERS.items())}
