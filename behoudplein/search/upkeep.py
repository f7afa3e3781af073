"""Keeping the index in step with the code that reads it."""

from __future__ import annotations

import logging
from typing import Any

from django.db import DEFAULT_DB_ALIAS

from . import engine
from .models import SearchDocument, SearchIndexState

logger = logging.getLogger(__name__)


def after_migrate(*, using: str = DEFAULT_DB_ALIAS, **_kwargs: Any) -> None:
    """After `migrate`: rebuild an index whose terms another analysis made.

    Stored terms are only comparable with a query's when one analysis made both, so an upgrade
    that changes the analysis (stemming, compounds, word data) would otherwise search with new
    terms through old ones. An empty index only records the current analysis.
    """
    if using != DEFAULT_DB_ALIAS:
        return
    state, _ = SearchIndexState.objects.get_or_create(pk=1)
    current = engine.analyzer_fingerprint()
    if state.analyzer == current:
        return
    if SearchDocument.objects.exists():
        from .services import reindex

        logger.warning("The search index was made by another analysis: rebuilding it.")
        reindex()
    SearchIndexState.objects.filter(pk=1).update(analyzer=current)
