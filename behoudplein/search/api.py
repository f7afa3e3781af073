"""GET /api/v1/search: anonymous for public content, more for a logged-in user or token."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from behoudplein.accounts.api_auth import optional_user, presents_token

from . import services
from .forms import parse_params

router = Router(tags=["zoeken"])


class HitOut(Schema):
    kind: str
    title: str
    url: str
    score: float
    snippet: str
    key: Any


class FacetValueOut(Schema):
    value: str
    label: str
    count: int


class SearchOut(Schema):
    count: int
    results: list[HitOut]
    facets: dict[str, list[FacetValueOut]]
    suggestion: str | None
    page: int
    pages: int
    limit: int
    count_is_capped: bool
    ranked: int
    missing: list[str]


class ErrorOut(Schema):
    detail: str


@router.get(
    "/search",
    response={200: SearchOut, 400: ErrorOut, 401: ErrorOut},
    summary="Zoeken in alles wat u mag zien",
)
def search(
    request: HttpRequest,
    q: str = "",
    kind: str | None = None,
    limit: str | None = None,
    page: str | None = None,
    region: str | None = None,
    sector: str | None = None,
    year: str | None = None,
) -> Any:
    """`count` and `results` (kind, title, url, score, snippet, key) as SPEC.md describes;
    also `facets` (kind, region, sector, year: counts over the matches, each facet without
    its own filter), `suggestion` ('bedoelde u …?'), paging (`pages` reach the `ranked` best
    matches, at most 100, even when `count` is higher: narrow the query or filter to reach
    the others) and `missing`: when no document has every word, the query's words that no
    document you may see contains (the results match the other words, or a one-word
    compound's parts). `limit` 1–100 (default 10). A wrong or revoked token is a 401."""
    user = optional_user(request)
    if user is None and presents_token(request):
        # A token that is wrong or revoked: say so, rather than answer as for a visitor.
        return Status(401, {"detail": _("Dit API-token is onbekend of ingetrokken.")})
    try:
        params = parse_params(request.GET, default_limit=10)
        results = services.search(user=user, **params)
    except ValidationError as error:
        return Status(400, {"detail": " ".join(error.messages)})
    return Status(200, results.as_dict())
