"""Candidate retrieval per database, chosen by `connection.vendor` (like Wagtail's backends).

A backend only answers "which documents match this plan (AND or OR), within these filters
and this visibility, at most N": ranking is done once, in Python, for both (see ranking.py).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from django.db import connection

from ..analysis import QueryPlan
from ..analysis.plan import Mode


@dataclass(frozen=True)
class Scope:
    """Who searches and which facet filters apply, as SQL the two backends share."""

    everything: bool = False  # administrators
    reviewer: bool = False  # editors: every record but an organisation's own drafts
    organisation_id: int | None = None
    region_ids: tuple[int, ...] = ()
    kind: str | None = None
    region: str | None = None
    sector: str | None = None
    year: int | None = None

    def where(
        self, alias: str = "d", *, indexable: bool = True, facets: bool = True
    ) -> tuple[str, list[Any]]:
        """The filters as SQL. With ``indexable=False`` written so that no btree index can
        serve them (``COALESCE(public, …)``, ``kind || ''``), for PostgreSQL's sake (see
        `PostgresBackend.statement`); with ``facets=False`` only who may see what (the
        caller filters on `facet_lexemes` itself)."""
        parts: list[str] = []
        params: list[Any] = []
        public = f"{alias}.public" if indexable else f"COALESCE({alias}.public, FALSE)"
        kind = f"{alias}.kind" if indexable else f"({alias}.kind || '')"
        if not self.everything:
            visible = [f"{public} = %s"]
            params.append(True)
            if self.organisation_id is not None:
                visible.append(f"{alias}.organisation_id = %s")
                params.append(self.organisation_id)
            if self.reviewer:
                visible.append(f"{alias}.owner_only = %s")
                params.append(False)
            elif self.region_ids:
                regions = ", ".join(["%s"] * len(self.region_ids))
                visible.append(f"({alias}.region_id IN ({regions}) AND {alias}.owner_only = %s)")
                params.extend([*self.region_ids, False])
            parts.append("(" + " OR ".join(visible) + ")")
        if not facets:
            return (" AND ".join(parts) or "1 = 1"), params
        if self.kind:
            parts.append(f"{kind} = %s")
            params.append(self.kind)
        for column, value in (("regions", self.region), ("sectors", self.sector)):
            if value:
                parts.append(f"(' ' || {alias}.{column} || ' ') LIKE %s")
                params.append(f"% {_like_safe(value)} %")
        if self.year is not None:
            parts.append(f"{alias}.year = %s")
            params.append(self.year)
        return (" AND ".join(parts) or "1 = 1"), params

    def facet_lexemes(self) -> list[str]:
        """The facet filters as the lexemes PostgreSQL's tsvectors carry (migration 0008):
        'k:project', 'y:2018', 'r:regio-4', 's:ict'."""
        lexemes = [f"k:{_like_safe(self.kind)}"] if self.kind else []
        if self.year is not None:
            lexemes.append(f"y:{int(self.year)}")
        for prefix, value in (("r", self.region), ("s", self.sector)):
            if value:
                lexemes.append(f"{prefix}:{_like_safe(value)}")
        # Slugs are lowercase ASCII; anything else cannot match (and stays out of the query
        # syntax of either database).
        return [lexeme.lower() if lexeme.isascii() else f"{lexeme[:2]}-" for lexeme in lexemes]


def _like_safe(value: str) -> str:
    # Facet values are slugs; anything else cannot match, and must not act as a wildcard.
    return "".join(c for c in value if c.isalnum() or c == "-")


class Candidate(NamedTuple):
    """A matching document as a backend returns it: enough for the count and the facets.
    (A tuple: a search may build a few thousand of these.)"""

    doc_id: int
    kind: str
    regions: str
    sectors: str
    year: int | None


class Backend(Protocol):
    def reading(self) -> AbstractContextManager[None]:
        """Around the `match` calls of one search (session settings, one transaction)."""

    def match(
        self, plan: QueryPlan, mode: Mode, scope: Scope, limit: int, *, title_only: bool = False
    ) -> list[Candidate]: ...

    def settle(self) -> None:
        """After a bulk write (reindex, import): leave the full-text index fast to search."""


def get_backend() -> Backend:
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SqliteBackend

    return SqliteBackend()
