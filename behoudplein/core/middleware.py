"""Language by explicit choice: Dutch unless the visitor picked another language."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class ExplicitLanguageMiddleware:
    """Ignore the browser's Accept-Language; only the language cookie (footer switch) counts.

    The product is Dutch and not every module is translated: a visitor whose browser happens to
    prefer English should not get a page half in English. Runs before LocaleMiddleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
