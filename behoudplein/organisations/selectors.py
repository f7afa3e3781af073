from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from behoudplein.accounts.roles import is_administrator

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


def region_choices() -> QuerySet[Region]:
    """Regions for a filter or a select: name and slug only, no related lists."""
    return Region.objects.order_by("name")


def regions_user_may_assign(*, user: Any) -> QuerySet[Region]:
    """The establishment regions a user may give an organisation when saving it."""
    if is_administrator(user):
        return Region.objects.order_by("name")
    return Region.objects.filter(pk__in=user.project_lead_region_ids).order_by("name")


def filter_choices(
    *, version: int | None = None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(slug, name) pairs of regions and labour-market regions for filter bars, cached."""
    from django.core.cache import cache

    from .cache import TTL_SECONDS, fragment_key

    key = fragment_key("filter-choices", version=version)
    choices = cache.get(key)
    if choices is None:
        choices = (
            list(region_choices().values_list("slug", "name")),
            list(labour_market_region_list().values_list("slug", "name")),
        )
        cache.set(key, choices, TTL_SECONDS)
    return choices


def labour_market_region_list() -> QuerySet[LabourMarketRegion]:
    return LabourMarketRegion.objects.order_by("name")


def organisation_members(*, organisation: Organisation) -> list[Any]:
    return list(organisation.members.filter(is_active=True).order_by("full_name", "email"))
