"""After every other module's demo data: make it all findable."""

from __future__ import annotations

ORDER = 1000


def load() -> None:
    from .services import reindex

    reindex()
