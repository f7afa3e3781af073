"""Two-factor authentication is required for roles that see other organisations' data."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

_ALWAYS_ALLOWED = ("/static/", "/health", "/uitloggen", "/account/tweestapsverificatie")


class TwoFactorRequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(_ALWAYS_ALLOWED)
            and user.needs_two_factor
            and not user.is_verified()
        ):
            if request.path.startswith("/api/"):
                return HttpResponse(status=403)
            # The whole path, query string included, so a filtered list survives the detour.
            next_url = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('accounts:two_factor')}?{next_url}")
        return self.get_response(request)
