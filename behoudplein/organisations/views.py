from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from behoudplein.core.audit import client_ip
from behoudplein.core.permissions import can, require

from . import selectors, services
from .forms import OrganisationFilterForm, OrganisationForm
from .models import Organisation

PAGE_SIZE = 25


def organisation_list(request: HttpRequest) -> HttpResponse:
    filter_form = OrganisationFilterForm(request.GET or None)
    filters = filter_form.cleaned_data if filter_form.is_valid() else {}
    page = Paginator(selectors.organisation_list(filters=filters), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    context = {
        "filter_form": filter_form,
        "page": page,
        "regions": selectors.region_choices(),
        "labour_market_regions": selectors.labour_market_region_list(),
        "may_create": can(request.user, "organisations.create"),
    }
    template = "organisations/organisation_list.html"
    if request.headers.get("HX-Request"):
        template += "#results"
    return render(request, template, context)


def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.select_related("region"), pk=pk)
    require(request.user, "organisations.view", organisation)
    members = None
    if can(request.user, "organisations.view_members", organisation):
        members = services.organisation_members(organisation=organisation)
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
            "members": services.organisation_members(organisation=organisation),
            "may_change": can(request.user, "organisations.change", organisation),
        },
    )


def region_list(request: HttpRequest) -> HttpResponse:
    return render(request, "organisations/region_list.html", {"regions": selectors.region_list()})


def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = selectors.region_list().filter(slug=slug).first()
    if region is None:
        raise Http404
    return redirect(f"/organisaties?region={region.slug}")
