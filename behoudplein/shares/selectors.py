"""Reads for pages and the API; each is one named function with a pinned query count."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Max, Prefetch, Q
from django.utils import timezone

from behoudplein.organisations.models import Organisation, Region

from .constants import DONE_STATUSES, Status
from .models import ActivityInvitation, Grant, Reminder, Round, Share, ShareFile
from .querysets import ShareQuerySet


@dataclass(frozen=True)
class DashboardRow:
    round: Round
    grant: Grant
    share: Share | None

    @property
    def days_left(self) -> int:
        return (self.round.sharing_deadline - timezone.localdate()).days


@dataclass(frozen=True)
class ComplianceRow:
    organisation: Organisation
    grant: Grant
    share: Share | None
    region: Region
    deadline: datetime.date
    last_reminded: datetime.datetime | None = None

    @property
    def shared_elsewhere(self) -> bool:
        return self.share is not None and self.share.region_id != self.region.pk

    @property
    def established_elsewhere(self) -> bool:
        return self.organisation.region_id != self.region.pk

    @property
    def has_shared(self) -> bool:
        return self.share is not None and self.share.status in DONE_STATUSES

    @property
    def days_left(self) -> int:
        return (self.deadline - timezone.localdate()).days


def dashboard_rows(*, organisation: Organisation) -> list[DashboardRow]:
    """The rounds in which the organisation has a behoud grant, with its share if any."""
    grants = list(
        Grant.objects.behoud()
        .filter(organisation=organisation)
        .select_related("round")
        .order_by("-round__period_start")
    )
    shares = {s.round_id: s for s in Share.objects.filter(organisation=organisation)}
    return [DashboardRow(g.round, g, shares.get(g.round_id)) for g in grants]


def compliance_rows(
    *, region: Region, round: Round, filters: dict[str, Any] | None = None
) -> list[ComplianceRow]:
    """Every organisation with a behoud grant established in the region, plus organisations
    established elsewhere that chose to share here, with the last reminder sent to each.
    Three queries, whatever the size."""
    filters = filters or {}
    grants = (
        Grant.objects.behoud()
        .filter(round=round)
        .filter(
            Q(organisation__region=region)
            | Q(organisation__shares__round=round, organisation__shares__region=region)
        )
        .select_related("organisation", "organisation__region")
        .distinct()
        .order_by("organisation__name")
    )
    if q := filters.get("q"):
        grants = grants.filter(Q(organisation__name__icontains=q) | Q(organisation__kvk_number=q))
    grant_list = list(grants)
    shares = {
        s.organisation_id: s
        for s in Share.objects.filter(
            round=round, organisation_id__in=[g.organisation_id for g in grant_list]
        ).select_related("region")
    }
    reminded = dict(
        Reminder.objects.filter(
            round=round, organisation_id__in=[g.organisation_id for g in grant_list]
        )
        .values("organisation_id")
        .annotate(last=Max("sent_at"))
        .values_list("organisation_id", "last")
    )
    rows = [
        ComplianceRow(
            g.organisation,
            g,
            shares.get(g.organisation_id),
            region,
            round.sharing_deadline,
            reminded.get(g.organisation_id),
        )
        for g in grant_list
    ]
    stand = filters.get("stand")
    if stand == "niet_gedeeld":
        rows = [r for r in rows if not r.has_shared]
    elif stand == "te_beoordelen":
        rows = [
            r
            for r in rows
            if r.share and r.share.status == Status.SUBMITTED and not r.shared_elsewhere
        ]
    elif stand == "afgerond":
        rows = [
            r for r in rows if r.share and r.share.status in (Status.APPROVED, Status.PUBLISHED)
        ]
    return rows


def filtered_shares(queryset: ShareQuerySet, filters: dict[str, Any]) -> ShareQuerySet:
    if value := filters.get("ronde"):
        queryset = queryset.filter(round__name=value)
    if value := filters.get("regio"):
        queryset = queryset.filter(region__slug=value)
    if value := filters.get("branche"):
        queryset = queryset.filter(organisation__branch=value)
    if value := filters.get("methode"):
        queryset = queryset.filter(method=value)
    if value := filters.get("status"):
        queryset = queryset.filter(status=value)
    if value := filters.get("omvang"):
        queryset = queryset.small(value == "klein")
    return queryset


def gallery(*, filters: dict[str, Any]) -> ShareQuerySet:
    """Published shares only: the public gallery and the public API."""
    return filtered_shares(Share.objects.published().with_related(), filters).order_by(
        "-published_at", "-pk"
    )


def national_overview(*, filters: dict[str, Any]) -> ShareQuerySet:
    return filtered_shares(Share.objects.with_related(), filters).order_by(
        "round__name", "region__name", "organisation__name"
    )


def shares_visible_to(*, user: Any) -> ShareQuerySet:
    return Share.objects.visible_to(user).with_related().order_by("-updated_at")


def share_detail(*, pk: int) -> Share:
    return (
        Share.objects.with_related()
        .select_related("agreed_by")
        .prefetch_related(
            Prefetch("files", queryset=ShareFile.objects.order_by("uploaded_at")),
            Prefetch("transitions__by"),
            Prefetch(
                "invitations", queryset=ActivityInvitation.objects.select_related("invited_by")
            ),
        )
        .get(pk=pk)
    )


def grant_for_share(*, share: Share) -> Grant | None:
    return Grant.objects.filter(
        organisation_id=share.organisation_id, round_id=share.round_id
    ).first()


def current_round() -> Round | None:
    today = timezone.localdate()
    return (
        Round.objects.filter(period_start__lte=today).order_by("-period_start").first()
        or Round.objects.order_by("period_start").first()
    )


def lead_regions(*, user: Any) -> list[Region]:
    return list(Region.objects.filter(pk__in=user.project_lead_region_ids).order_by("name"))
