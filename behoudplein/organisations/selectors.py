from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from .models import LabourMarketRegion, Organisation, Region


def organisation_list(*, filters: dict[str, Any]) -> QuerySet[Organisation]:
    qs = Organisation.objects.for_list()
    if filters.get("q"):
        qs = qs.search_name(filters["q"])
    if filters.get("branch"):
        qs = qs.filter(branch=filters["branch"])
    if filters.get("kind"):
        qs = qs.filter(kind=filters["kind"])
    if filters.get("region"):
        qs = qs.in_region(filters["region"])
    if filters.get("arbeidsmarktregio"):
        qs = qs.in_labour_market_region(filters["arbeidsmarktregio"])
    return qs


def region_list() -> QuerySet[Region]:
    return Region.objects.prefetch_related("labour_market_regions").order_by("name")


def labour_market_region_list() -> QuerySet[LabourMarketRegion]:
    return LabourMarketRegion.objects.order_by("name")
