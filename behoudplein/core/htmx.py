"""Pages whose results htmx swaps in place: when to answer with only the results part.

A list or search page answers an htmx request with its results partial. htmx also sends
``HX-Request`` when it restores a page from history that it no longer has in its cache
(``HX-History-Restore-Request``): that request needs the whole page, or the browser shows a
bare fragment after 'back'. Such views vary on both headers, so no cache between the browser
and us hands the fragment to a plain visit of the same address, or the page to htmx.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.views.decorators.vary import vary_on_headers

HEADERS = ("HX-Request", "HX-History-Restore-Request")

vary_on_htmx = vary_on_headers(*HEADERS)


def wants_partial(request: HttpRequest) -> bool:
    """True for an htmx request for the results part, False for a page (history included)."""
    return bool(request.headers.get("HX-Request")) and not request.headers.get(
        "HX-History-Restore-Request"
    )
