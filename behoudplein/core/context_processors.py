"""The main navigation: only modules that are built, only what the user may open."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .permissions import can

# (label, url name, rule that must allow it or None, needs login)
_ITEMS: list[tuple[Any, str, str | None, bool]] = [
    (_("Home"), "core:home", None, False),
    (_("Organisaties"), "organisations:list", None, False),
    (_("Mijn organisatie"), "organisations:mine", None, True),
    (_("Uitnodigingen"), "accounts:invitation_list", "accounts.view_invitations", True),
    (_("Auditlog"), "core:audit_log", "core.view_audit_log", True),
]


def register_navigation(
    label: Any,
    url_name: str,
    rule: str | None = None,
    login: bool = False,
    position: int | None = None,
) -> None:
    """Modules add their entry when they are built (called from their AppConfig.ready)."""
    item = (label, url_name, rule, login)
    if item not in _ITEMS:
        _ITEMS.insert(position if position is not None else len(_ITEMS), item)


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    logged_in = bool(user is not None and user.is_authenticated)
    items = []
    for label, url_name, rule, login in _ITEMS:
        if login and not logged_in:
            continue
        if rule and not can(user, rule):
            continue
        url = reverse(url_name)
        current = request.path == url if url == "/" else request.path.startswith(url)
        items.append({"label": label, "url": url, "current": current})
    if logged_in and user.is_staff:
        items.append({"label": _("Beheer"), "url": "/beheer/", "current": False})
    return {"navigation": items}
