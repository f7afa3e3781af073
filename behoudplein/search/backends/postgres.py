"""PostgreSQL: the stored tsvector `search_vector` ('simple' over the analyzer's terms; code,
title and tags terms weighted A, body D) with a GIN index, and `search_hi_vector` (code, title
and tags only, GIN too) for matches in those fields. Both also carry the document's facets as
lexemes ('k:project', 'y:2018', 'r:regio-4', 's:ict'), so a facet filter is answered by the
index together with the words."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import DatabaseError, connection, transaction

from ..analysis import QueryPlan, pg_tsquery
from ..analysis.plan import Mode
from . import Candidate, Scope

logger = logging.getLogger(__name__)


def _quoted(lexeme: str) -> str:
    """A lexeme as tsquery input: single-quoted, quotes and backslashes escaped."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresBackend:
    gin_indexes = ("search_doc_vector", "search_doc_hi_vector")

    def __init__(self) -> None:
        self._reading = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One transaction for all of a search's `match` calls, with sequential scans off.

        The tsvectors are TOASTed, so the planner underestimates a sequential scan: it would
        detoast every row (hundreds of ms at 100,000 documents). Inside this block the matches
        go to the GIN index (`statement` keeps the btree indexes out of reach too); one
        transaction saves the BEGIN/SET/COMMIT round trips per tier.
        """
        if self._reading:
            yield
            return
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            self._reading = True
            try:
                yield
            finally:
                self._reading = False

    def match(
        self, plan: QueryPlan, mode: Mode, scope: Scope, limit: int, *, title_only: bool = False
    ) -> list[Candidate]:
        statement = self.statement(plan, mode, scope, limit, title_only=title_only)
        if statement is None:
            return []
        with self.reading(), connection.cursor() as cursor:
            cursor.execute(*statement)
            return [Candidate._make(row) for row in cursor.fetchall()]

    def statement(
        self, plan: QueryPlan, mode: Mode, scope: Scope, limit: int, *, title_only: bool = False
    ) -> tuple[str, list[Any]] | None:
        """The SQL `match` runs, or None when the plan has nothing to search for.

        The filters are written so no btree index can serve them (`Scope.where`): on a small
        table PostgreSQL would otherwise read every public document of the kind through the
        unique (kind, key) index and detoast each vector, 3–5× slower than the GIN index.
        """
        expression = pg_tsquery(plan, mode)
        if expression is None:
            return None
        column = "search_hi_vector" if title_only else "search_vector"
        where, params = scope.where("d", indexable=False, facets=False)
        query = "to_tsquery('simple', %s)"
        query_params: list[Any] = [expression]
        lexemes = scope.facet_lexemes()
        if lexemes:
            # Facet lexemes go in as a tsquery literal: to_tsquery would parse 'r:regio-4'.
            query = f"({query} && %s::tsquery)"
            query_params.append(" & ".join(_quoted(lexeme) for lexeme in lexemes))
        sql = (
            "SELECT d.id, d.kind, d.regions, d.sectors, d.year "  # noqa: S608 - fixed SQL
            "FROM search_searchdocument d "
            f"WHERE d.{column} @@ {query} AND {where} LIMIT %s"
        )
        return sql, [*query_params, *params, limit]

    def settle(self) -> None:
        """Move the GIN indexes' pending lists into the indexes proper.

        GIN collects new entries in a pending list (up to 4 MB) that every search reads
        through linearly until (auto)vacuum merges it; after a reindex that cost a 2,000
        document index a quarter of its search time until autovacuum came round.
        """
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                for index in self.gin_indexes:
                    cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
        except DatabaseError:  # not the indexes' owner: autovacuum will do it later
            logger.warning("search: could not clean the GIN pending lists", exc_info=True)
