from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from behoudplein.core.audit import client_ip
from behoudplein.core.htmx import vary_on_htmx, wants_partial
from behoudplein.core.permissions import can, require

from . import selectors, services
from .cache import TTL_SECONDS, content_version, fragment_key
from .forms import OrganisationFilterForm, OrganisationForm
from .models import Organisation

PAGE_SIZE = 25


@vary_on_htmx
def organisation_list(request: HttpRequest) -> HttpResponse:
    """Filters and results; the rendered results are shared through the cache per query string,
    because this public list is read far more often than organisations change."""
    filter_form = OrganisationFilterForm(request.GET or None)
    htmx = wants_partial(request)
    version = content_version()
    key = fragment_key(
        "list",
        get_language() or "",
        "hx" if htmx else "page",
        _canonical_query(request),
        version=version,
    )
    results = cache.get(key)
    if results is None:
        filters = filter_form.cleaned_data if filter_form.is_valid() else {}
        page = Paginator(selectors.organisation_list(filters=filters), PAGE_SIZE).get_page(
            request.GET.get("pagina")
        )
        results = render_to_string(
            "organisations/organisation_list.html#results",
            {"page": page, "partial": htmx},
            request=request,
        )
        cache.set(key, results, TTL_SECONDS)
    if htmx:
        return HttpResponse(results)
    regions, labour_market_regions = selectors.filter_choices(version=version)
    context = {
        "filter_form": filter_form,
        "results": mark_safe(results),  # noqa: S308 -- rendered by our own escaping template
        "regions": regions,
        "labour_market_regions": labour_market_regions,
        "may_create": can(request.user, "organisations.create"),
    }
    return render(request, "organisations/organisation_list.html", context)


def _canonical_query(request: HttpRequest) -> str:
    """The query string in one order, encoded: '?branch=zorg%26region%3D5' must not share a
    cache entry with '?branch=zorg&region=5'."""
    return urlencode(sorted(request.GET.lists()), doseq=True)


def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.select_related("region"), pk=pk)
    require(request.user, "organisations.view", organisation)
    members = None
    if can(request.user, "organisations.view_members", organisation):
        members = selectors.organisation_members(organisation=organisation)
    return render(
        request,
        "organisations/organisation_detail.html",
        {
            "organisation": organisation,
            "members": members,
            "may_change": can(request.user, "organisations.change", organisation),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if pk is None:
        organisation = Organisation()
        require(request.user, "organisations.create", organisation)
    else:
        organisation = get_object_or_404(Organisation, pk=pk)
        require(request.user, "organisations.change", organisation)
    form = OrganisationForm(
        request.POST or None,
        instance=organisation,
        regions=selectors.regions_user_may_assign(user=request.user),
    )
    if request.method == "POST" and form.is_valid():
        services.organisation_save(
            organisation=form.instance, by=request.user, ip_address=client_ip(request.META)
        )
        messages.success(request, _("De organisatie is opgeslagen."))
        return redirect(form.instance)
    return render(
        request,
        "organisations/organisation_form.html",
        {"form": form, "organisation": organisation},
    )


@login_required
def my_organisation(request: HttpRequest) -> HttpResponse:
    organisation = request.user.organisation
    if organisation is None:
        return render(request, "organisations/my_organisation_none.html")
    return render(
        request,
        "organisations/my_organisation.html",
        {
            "organisation": organisation,
            "members": selectors.organisation_members(organisation=organisation),
            "may_change": can(request.user, "organisations.change", organisation),
        },
    )


def region_list(request: HttpRequest) -> HttpResponse:
    return render(request, "organisations/region_list.html", {"regions": selectors.region_list()})
