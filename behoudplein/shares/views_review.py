"""The project lead's and editor's pages: compliance overview, review, national overview."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from behoudplein.accounts.roles import is_administrator
from behoudplein.core.forms import apply_validation_error
from behoudplein.core.permissions import can, require
from behoudplein.organisations.models import Organisation

from . import grants, selectors, services
from .constants import QUESTIONS
from .forms import (
    AgreementDecisionForm,
    CommentForm,
    ComplianceFilterForm,
    GrantForm,
    GrantImportForm,
    InviteForm,
    ShareFilterForm,
)
from .grant_import import import_grants
from .models import Round
from .views import get_share

EXPORT_HEADER = [
    "organisatie",
    "kvk",
    "vestigingsregio",
    "gedeeld in regio",
    "maximale subsidie",
    "status",
    "dagen tot deadline",
    "laatst herinnerd",
]


def _compliance_context(request: HttpRequest) -> dict[str, Any]:
    require(request.user, "shares.compliance")
    regions = selectors.lead_regions(user=request.user)
    rounds = list(Round.objects.all())
    form = ComplianceFilterForm(request.GET or None, regions=regions)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    region = next((r for r in regions if r.slug == filters.get("regio")), regions[0])
    round = next((r for r in rounds if r.name == filters.get("ronde")), None)
    round = round or selectors.current_round()
    rows = selectors.compliance_rows(region=region, round=round, filters=filters) if round else []
    return {"form": form, "region": region, "round": round, "rows": rows}


def _status_text(row: selectors.ComplianceRow) -> str:
    if row.share is None:
        return _("Nog niet begonnen")
    if row.shared_elsewhere:
        return _("Gedeeld in regio %(region)s") % {"region": row.share.region.name}
    if row.share.agreement_requested_at and not row.share.agreement_decision:
        return _("Concept, vraagt akkoord voor een andere vorm")
    return str(row.share.get_status_display())


@login_required
def compliance(request: HttpRequest) -> HttpResponse:
    context = _compliance_context(request)
    export = request.GET.get("export")
    if export in ("csv", "xlsx") and context["round"] is not None:
        table = [
            [
                row.organisation.name,
                row.organisation.kvk_number,
                row.organisation.region.name,
                row.share.region.name if row.share else "",
                row.grant.max_subsidy_eur,
                _status_text(row),
                row.days_left,
                timezone.localtime(row.last_reminded).strftime("%Y-%m-%d %H:%M")
                if row.last_reminded
                else "",
            ]
            for row in context["rows"]
        ]
        name = f"nalevingsoverzicht-{context['region'].slug}-{context['round'].name}"
        return _export(export, name, table)
    context["table"] = [(row, _status_text(row)) for row in context["rows"]]
    return render(request, "shares/compliance.html", context)


def _export(kind: str, name: str, table: list[list[Any]]) -> HttpResponse:
    if kind == "csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(EXPORT_HEADER)
        for row in table:
            writer.writerow([f"'{c}" if _formula_like(c) else c for c in row])
        response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Overzicht"
        sheet.append(EXPORT_HEADER)
        for row in table:
            sheet.append(row)
        out_bytes = io.BytesIO()
        workbook.save(out_bytes)
        response = HttpResponse(
            out_bytes.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response


def _formula_like(cell: Any) -> bool:
    """Text cells starting with = + - @ are read as formulas by spreadsheets."""
    return isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@")


@login_required
@require_POST
def send_reminders(request: HttpRequest) -> HttpResponse:
    context = _compliance_context(request)
    chosen = set(request.POST.getlist("organisatie"))
    open_rows = [r for r in context["rows"] if not r.has_shared and not r.established_elsewhere]
    organisations: list[Organisation] = [
        r.organisation for r in open_rows if not chosen or str(r.organisation.pk) in chosen
    ]
    count = services.send_reminders(
        round=context["round"], organisations=organisations, by=request.user
    )
    messages.success(
        request, _("Herinnering verstuurd aan %(count)s organisatie(s).") % {"count": count}
    )
    query = request.GET.urlencode()
    return redirect(reverse("shares:compliance") + (f"?{query}" if query else ""))


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.review", share)
    return _render_review(request, share)


def _render_review(request: HttpRequest, share: Any, **forms: Any) -> HttpResponse:
    return render(
        request,
        "shares/review.html",
        {
            "share": share,
            "qa": list(zip(QUESTIONS, share.answers, share.markers, strict=True)),
            "comment_form": forms.get("comment_form") or CommentForm(),
            "invite_form": forms.get("invite_form") or InviteForm(),
            "agreement_form": forms.get("agreement_form") or AgreementDecisionForm(),
            "may_unpublish": can(request.user, "shares.unpublish", share),
            "content_visible": can(request.user, "shares.view", share),
        },
        status=400 if forms else 200,
    )


@login_required
@require_POST
def request_changes(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.review", share)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.share_request_changes(
                share=share, by=request.user, comment=form.cleaned_data["comment"]
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("De organisatie is om een aanvulling gevraagd."))
            return redirect("shares:review", pk=share.pk)
    return _render_review(request, share, comment_form=form)


@login_required
@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.review", share)
    try:
        services.share_approve(share=share, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De deelbijdrage is goedgekeurd."))
    return redirect("shares:review", pk=share.pk)


@login_required
@require_POST
def unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.unpublish", share)
    try:
        services.share_unpublish(
            share=share, by=request.user, comment=request.POST.get("comment", "")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De deelbijdrage is niet langer openbaar."))
    return redirect(share)


@login_required
@require_POST
def decide_agreement(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.review", share)
    form = AgreementDecisionForm(request.POST)
    if form.is_valid():
        try:
            services.share_decide_agreement(
                share=share,
                by=request.user,
                agree=form.cleaned_data["decision"] == "agree",
                note=form.cleaned_data["agreement_text"],
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Uw besluit is vastgelegd."))
            return redirect("shares:review", pk=share.pk)
    return _render_review(request, share, agreement_form=form)


@login_required
@require_POST
def invite(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.review", share)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            services.activity_invite(share=share, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("De uitnodiging is verstuurd."))
            return redirect("shares:review", pk=share.pk)
    return _render_review(request, share, invite_form=form)


@login_required
def national(request: HttpRequest) -> HttpResponse:
    require(request.user, "shares.national")
    form = ShareFilterForm(request.GET or None, with_status=True)
    page = Paginator(selectors.national_overview(filters=form.filters()), 50).get_page(
        request.GET.get("pagina")
    )
    return render(request, "shares/national.html", {"form": form, "page": page})


@login_required
@require_POST
def select_for_edition(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    selected = request.POST.get("geselecteerd") == "ja"
    services.share_select_for_edition(share=share, by=request.user, selected=selected)
    messages.success(
        request,
        _("Geselecteerd voor de digitale uitgave.") if selected else _("Niet meer geselecteerd."),
    )
    # Back to the same filtered list; only a path inside the overview is followed.
    back = request.POST.get("terug", "")
    return redirect(back if back.startswith("/delen/landelijk") else "shares:national")


@login_required
def grant_import(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "shares.import_grants"):
        raise PermissionDenied
    form = GrantImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        try:
            report = import_grants(
                fileobj=form.cleaned_data["file"],
                by=request.user,
                dry_run=form.cleaned_data["dry_run"],
            )
        except ValidationError as error:
            apply_validation_error(form, error)
    return render(request, "shares/grant_import.html", {"form": form, "report": report})


@login_required
def grant_create(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "shares.import_grants"):
        raise PermissionDenied
    organisations = Organisation.objects.select_related("region").order_by("name")
    if not is_administrator(request.user):
        organisations = organisations.filter(region_id__in=request.user.project_lead_region_ids)
    form = GrantForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            grant = grants.grant_save(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _("De toekenning voor %(org)s in ronde %(round)s is opgeslagen.")
                % {"org": grant.organisation.name, "round": grant.round.name},
            )
            return redirect("shares:grant_create")
    return render(request, "shares/grant_form.html", {"form": form})
