"""Reads for the search screens."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import Synonym


def synonym_list() -> QuerySet[Synonym]:
    return Synonym.objects.order_by("term")
