"""API authentication: the browser session (with CSRF) or a personal API token."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import APIKeyHeader, HttpBearer, django_auth

from .services import api_token_user


class BearerToken(HttpBearer):
    """`Authorization: Bearer <token>` with a personal API token from the account page."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = api_token_user(token)
        if user is not None:
            request.user = user
        return user


class TokenHeader(APIKeyHeader):
    param_name = "X-API-Token"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = api_token_user(key) if key else None
        if user is not None:
            request.user = user
        return user


AUTH = [BearerToken(), TokenHeader(), django_auth]


def presents_token(request: HttpRequest) -> bool:
    """Whether the request carries an API token (valid or not) in either header."""
    authorization = request.headers.get("Authorization", "")
    return authorization.lower().startswith("bearer ") or bool(request.headers.get("X-API-Token"))


def optional_user(request: HttpRequest) -> Any:
    """The token's or session's user for public endpoints that show more to logged-in users."""
    for method in (BearerToken(), TokenHeader()):
        user = method(request)
        if user:
            return user
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None
