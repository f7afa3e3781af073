"""PostgreSQL: the stored tsvector `search_vector` ('simple' over the analyzer's terms; code,
title and tags terms weighted A, body D) with a GIN index, and `search_hi_vector` (code, title
and tags only, GIN too) for matches in those fields."""

from __future__ import annotations

from django.db import connection, transaction

from ..analysis import QueryPlan, pg_tsquery
from ..analysis.plan import Mode
from . import Candidate, Scope


class PostgresBackend:
    def match(
        self, plan: QueryPlan, mode: Mode, scope: Scope, limit: int, *, title_only: bool = False
    ) -> list[Candidate]:
        expression = pg_tsquery(plan, mode)
        if expression is None:
            return []
        column = "search_hi_vector" if title_only else "search_vector"
        where, params = scope.where("d")
        sql = (
            "SELECT d.id, d.kind, d.regions, d.sectors, d.year "  # noqa: S608 - fixed SQL
            "FROM search_searchdocument d "
            f"WHERE d.{column} @@ to_tsquery('simple', %s) AND {where} LIMIT %s"
        )
        # The tsvectors are TOASTed, so the planner underestimates a sequential scan: it
        # would detoast every row (hundreds of ms at 100,000 documents). For this query only,
        # send it to the GIN index.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(sql, [expression, *params, limit])
            return [Candidate(*row) for row in cursor.fetchall()]
