"""Reading search parameters from a query string: one parser for the page, API and CLI."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .registry import ALL_KINDS

MAX_FACET_VALUE = 120


def _integer(raw: str | None, name: str, default: int | None) -> int | None:
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw.strip())
    except ValueError:
        raise ValidationError(
            _("%(name)s moet een geheel getal zijn.") % {"name": name}, code=name
        ) from None


def parse_params(data: Mapping[str, Any], *, default_limit: int) -> dict[str, Any]:
    """Keyword arguments for services.search; ValidationError with a clear Dutch message."""
    kind = (data.get("kind") or "").strip() or None
    if kind is not None and kind not in ALL_KINDS:
        raise ValidationError(
            _("Onbekende soort: kies uit %(kinds)s.") % {"kinds": ", ".join(ALL_KINDS)}, code="kind"
        )
    year = _integer(data.get("year"), "year", None)
    if year is not None and not 1900 <= year <= 2200:
        raise ValidationError(_("year moet een jaartal tussen 1900 en 2200 zijn."), code="year")
    filters = {
        "region": (data.get("region") or "").strip()[:MAX_FACET_VALUE] or None,
        "sector": (data.get("sector") or "").strip()[:MAX_FACET_VALUE] or None,
        "year": year,
    }
    return {
        "query": str(data.get("q") or ""),
        "kind": kind,
        "filters": filters,
        "page": _integer(data.get("page"), "page", 1),
        "limit": _integer(data.get("limit"), "limit", default_limit),
    }


class SynonymForm(forms.Form):
    term = forms.CharField(label=gettext_lazy("Term of afkorting"), max_length=100)
    alternatives = forms.CharField(
        label=gettext_lazy("Gelijkwaardige termen"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Eén term of woordgroep per regel; werkt in beide richtingen."),
    )
