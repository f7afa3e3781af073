"""Named filters for shares and grants."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Q

from behoudplein.accounts.roles import is_administrator, is_authenticated, is_editor

from .constants import SMALL_ORGANISATION_MAX_EUR, Status, Theme

if TYPE_CHECKING:
    from .models import Grant, Share  # noqa: F401 - used in the QuerySet generics


class GrantQuerySet(models.QuerySet["Grant"]):
    def behoud(self) -> GrantQuerySet:
        return self.filter(themes__contains=Theme.BEHOUD.value)


class ShareQuerySet(models.QuerySet["Share"]):
    def published(self) -> ShareQuerySet:
        return self.filter(status=Status.PUBLISHED)

    def for_region(self, region_id: int) -> ShareQuerySet:
        return self.filter(region_id=region_id)

    def visible_to(self, user: Any) -> ShareQuerySet:
        """What `shares.view` allows, as a query: never another organisation's concept."""
        if is_administrator(user) or is_editor(user):
            return self.all()
        condition = Q(status=Status.PUBLISHED)
        if is_authenticated(user):
            if user.organisation_id:
                condition |= Q(organisation_id=user.organisation_id)
            if user.project_lead_region_ids:
                condition |= Q(region_id__in=user.project_lead_region_ids)
        return self.filter(condition)

    def with_related(self) -> ShareQuerySet:
        return self.select_related("organisation", "organisation__region", "round", "region")

    def small(self, small: bool) -> ShareQuerySet:
        """Organisation size in the share's round: klein = maximum subsidy ≤ €15,000."""
        from .models import Grant

        small_grants = Grant.objects.filter(
            organisation_id=models.OuterRef("organisation_id"),
            round_id=models.OuterRef("round_id"),
            max_subsidy_eur__lte=SMALL_ORGANISATION_MAX_EUR,
        )
        return self.filter(models.Exists(small_grants) if small else ~models.Exists(small_grants))
