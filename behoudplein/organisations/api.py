from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from . import selectors
from .models import Organisation

router = Router(tags=["organisaties"])


class RegionOut(Schema):
    id: int
    name: str
    slug: str
    labour_market_regions: list[str]

    @staticmethod
    def resolve_labour_market_regions(obj: Any) -> list[str]:
        return [lmr.name for lmr in obj.labour_market_regions.all()]


class OrganisationOut(Schema):
    id: int
    name: str
    kvk_number: str
    region: str
    region_slug: str
    branch: str
    kind: str
    city: str
    url: str

    @staticmethod
    def resolve_region(obj: Organisation) -> str:
        return obj.region.name

    @staticmethod
    def resolve_region_slug(obj: Organisation) -> str:
        return obj.region.slug

    @staticmethod
    def resolve_url(obj: Organisation) -> str:
        return obj.get_absolute_url()


class OrganisationFilters(Schema):
    q: str | None = None
    branch: str | None = None
    kind: str | None = None
    region: str | None = None
    arbeidsmarktregio: str | None = None


@router.get("/organisations", response=list[OrganisationOut])
@paginate(LimitOffsetPagination)
def organisation_list(request: HttpRequest, filters: Query[OrganisationFilters]) -> Any:
    return selectors.organisation_list(filters=filters.dict(exclude_none=True))


@router.get("/organisations/{organisation_id}", response=OrganisationOut)
def organisation_detail(request: HttpRequest, organisation_id: int) -> Any:
    return get_object_or_404(Organisation.objects.select_related("region"), pk=organisation_id)


@router.get("/regions", response=list[RegionOut])
def region_list(request: HttpRequest) -> Any:
    return selectors.region_list()
