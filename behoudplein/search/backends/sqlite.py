"""SQLite: FTS5 table `search_fts` (columns `hi`: code, title and tags terms; `body`; `facets`:
'k:project', 'y:2018', 'r:regio-4', 's:ict')."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from django.db import connection

from ..analysis import QueryPlan, fts5_match
from ..analysis.plan import Mode
from . import Candidate, Scope


class SqliteBackend:
    def reading(self) -> AbstractContextManager[None]:
        """Nothing to set up: each match is one statement (see `Backend.reading`)."""
        return nullcontext()

    def match(
        self, plan: QueryPlan, mode: Mode, scope: Scope, limit: int, *, title_only: bool = False
    ) -> list[Candidate]:
        expression = fts5_match(plan, mode)
        if expression is None:
            return []
        if title_only:
            expression = f"hi : ({expression})"
        lexemes = scope.facet_lexemes()
        if lexemes:
            # The index answers the facet filters with the words (migration 0009); the
            # same filters in SQL below keep the result exact whatever the index holds.
            facets = " AND ".join(f'facets : "{lexeme}"' for lexeme in lexemes)
            expression = f"({expression}) AND {facets}"
        where, params = scope.where("d")
        sql = (
            "SELECT d.id, d.kind, d.regions, d.sectors, d.year "  # noqa: S608 - fixed SQL
            # CROSS JOIN keeps SQLite from reordering: the FTS index drives and the LIMIT
            # stops it early, also for words that most documents contain.
            "FROM search_fts CROSS JOIN search_searchdocument d ON d.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s AND {where} LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, *params, limit])
            return [Candidate._make(row) for row in cursor.fetchall()]

    def settle(self) -> None:
        """Nothing: FTS5 merges its segments while it writes (automerge)."""
