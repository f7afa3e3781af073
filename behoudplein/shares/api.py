"""Read endpoints: published shares for everyone; a logged-in user's visible shares."""

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from behoudplein.accounts.api_auth import AUTH

from . import selectors
from .constants import QUESTIONS, Status
from .models import Share

router = Router(tags=["delen"])


class ShareOut(Schema):
    id: int
    organisation: str
    kvk_number: str
    round: str
    region: str
    method: str
    status: str
    summary: str
    people_reached: int | None
    people_retained: int | None
    url: str

    @staticmethod
    def resolve_organisation(obj: Share) -> str:
        return obj.organisation.name

    @staticmethod
    def resolve_kvk_number(obj: Share) -> str:
        return obj.organisation.kvk_number

    @staticmethod
    def resolve_round(obj: Share) -> str:
        return obj.round.name

    @staticmethod
    def resolve_region(obj: Share) -> str:
        return obj.region.name

    @staticmethod
    def resolve_url(obj: Share) -> str:
        if obj.status == Status.PUBLISHED:
            return obj.get_public_url()
        return obj.get_absolute_url()


class AnswerOut(Schema):
    question: str
    answer: str
    where_in_medium: str


class ShareDetailOut(ShareOut):
    video_url: str
    website_url: str
    answers: list[AnswerOut]

    @staticmethod
    def resolve_website_url(obj: Share) -> str:
        return obj.url

    @staticmethod
    def resolve_answers(obj: Share) -> list[dict[str, str]]:
        return [
            {"question": str(q), "answer": a, "where_in_medium": m}
            for q, a, m in zip(QUESTIONS, obj.answers, obj.markers, strict=True)
        ]


class ShareFilters(Schema):
    ronde: str | None = None
    regio: str | None = None
    branche: str | None = None
    methode: str | None = None
    omvang: str | None = None


@router.get("/shares", response=list[ShareOut])
@paginate(LimitOffsetPagination)
def share_list(request: HttpRequest, filters: Query[ShareFilters]) -> Any:
    """Published shares (the public gallery), with the gallery's filters."""
    return selectors.gallery(filters=filters.dict(exclude_none=True))


@router.get("/shares/{share_id}", response=ShareDetailOut)
def share_detail(request: HttpRequest, share_id: int) -> Any:
    share = selectors.gallery(filters={}).filter(pk=share_id).first()
    if share is None:
        raise Http404
    return share


@router.get("/me/shares", response=list[ShareOut], auth=AUTH)
@paginate(LimitOffsetPagination)
def my_shares(request: HttpRequest) -> Any:
    """Every share the logged-in user may see: its organisation's, its regions', published."""
    return selectors.shares_visible_to(user=request.auth)  # type: ignore[attr-defined]
