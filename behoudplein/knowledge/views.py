from __future__ import annotations

import secrets
import time
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from behoudplein.core.htmx import vary_on_htmx, wants_partial
from behoudplein.core.permissions import can, require
from behoudplein.importer.services import (
    UnknownDocumentType,
    UnreadableDocument,
    import_document,
)

from . import selectors, services
from .constants import LessonSection
from .export import export_csv, export_xlsx
from .forms import ImportUploadForm, OutcomeForm, ProjectFilterForm
from .models import Outcome

PAGE_SIZE = 25
MAX_COMPARE = 4
_SESSION_KEY = "knowledge_import_preview"
PREVIEW_MAX_AGE_S = 24 * 60 * 60


def _filters(request: HttpRequest) -> tuple[ProjectFilterForm, dict[str, object]]:
    form = ProjectFilterForm(request.GET or None)
    return form, (form.cleaned_data if form.is_valid() else {})


@vary_on_htmx
def project_list(request: HttpRequest) -> HttpResponse:
    filter_form, filters = _filters(request)
    projects = selectors.project_list(user=request.user, filters=filters)
    export = request.GET.get("export")
    if export == "csv":
        return export_csv(projects)
    if export == "xlsx":
        return export_xlsx(projects)
    page = Paginator(projects, PAGE_SIZE).get_page(request.GET.get("pagina"))
    context = {
        "filter_form": filter_form,
        "page": page,
        "options": selectors.filter_options(),
        "may_import": can(request.user, "knowledge.import"),
        "shares": selectors.published_shares(),
    }
    template = "knowledge/project_list.html" + ("#results" if wants_partial(request) else "")
    return render(request, template, context)


def project_detail(request: HttpRequest, code: str) -> HttpResponse:
    project = selectors.project_detail(user=request.user, code=code)
    if project is None:
        raise Http404
    require(request.user, "knowledge.view_project", project)
    return render(
        request,
        "knowledge/project_detail.html",
        {
            "project": project,
            "lessons": selectors.project_lesson_items(project),
            "section_labels": dict(LessonSection.choices),
            "may_edit_outcomes": can(request.user, "knowledge.edit_outcome"),
        },
    )


def project_compare(request: HttpRequest) -> HttpResponse:
    codes = [c for c in request.GET.getlist("code") if c][:MAX_COMPARE]
    projects = selectors.projects_to_compare(user=request.user, codes=codes)
    rows = [{"project": p, "lessons": selectors.project_lessons(p)} for p in projects]
    return render(
        request,
        "knowledge/project_compare.html",
        {"rows": rows, "too_few": len(projects) < 2, "max": MAX_COMPARE},
    )


def lesson_overview(request: HttpRequest) -> HttpResponse:
    filter_form, filters = _filters(request)
    groups, unthemed, total = selectors.lessons_by_theme(user=request.user, filters=filters)
    return render(
        request,
        "knowledge/lesson_overview.html",
        {
            "filter_form": filter_form,
            "groups": groups,
            "unthemed": unthemed,
            "total": total,
            "options": selectors.filter_options(),
            "sections": LessonSection.choices,
        },
    )


def outcome_portfolio(request: HttpRequest) -> HttpResponse:
    outcomes = list(selectors.outcome_portfolio(user=request.user))
    reached = sum(1 for o in outcomes if o.realised_value >= o.intended_value)
    by_unit: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        totals = by_unit.setdefault(outcome.unit, {"count": 0, "intended": 0, "realised": 0})
        totals["count"] += 1
        totals["intended"] += outcome.intended_value
        totals["realised"] += outcome.realised_value
    return render(
        request,
        "knowledge/outcome_portfolio.html",
        {
            "outcomes": outcomes,
            "reached": reached,
            "by_unit": sorted(by_unit.items(), key=lambda item: -item[1]["count"]),
            "may_edit": can(request.user, "knowledge.edit_outcome"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def outcome_edit(request: HttpRequest, pk: int) -> HttpResponse:
    outcome = get_object_or_404(
        Outcome.objects.select_related("activity__project"), pk=pk, is_removed=False
    )
    require(request.user, "knowledge.edit_outcome", outcome)
    form = OutcomeForm(
        request.POST or None,
        initial={
            "intended_value": outcome.intended_value,
            "realised_value": outcome.realised_value,
            "unit": outcome.unit,
        },
    )
    if request.method == "POST" and request.POST.get("remove"):
        services.outcome_remove(outcome=outcome, by=request.user)
        messages.success(request, _("De koppeling is verwijderd."))
        return redirect(outcome.activity.project)
    if request.method == "POST" and form.is_valid():
        try:
            services.outcome_update(outcome=outcome, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De koppeling is opgeslagen."))
            return redirect(outcome.activity.project)
    return render(request, "knowledge/outcome_form.html", {"form": form, "outcome": outcome})


def _preview_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "import-previews"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _drop_stale_previews(directory: Path) -> None:
    # A preview nobody committed is kept for a day at most.
    cutoff = time.time() - PREVIEW_MAX_AGE_S
    for stale in directory.glob("*.bin"):
        if stale.stat().st_mtime < cutoff:
            stale.unlink(missing_ok=True)


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest) -> HttpResponse:
    require(request.user, "knowledge.import")
    form = ImportUploadForm()
    report = None
    token = ""
    if request.method == "POST" and request.POST.get("token"):
        stored = request.session.get(_SESSION_KEY) or {}
        if stored.get("token") != request.POST["token"]:
            messages.error(request, _("Dit voorbeeld is verlopen; upload het document opnieuw."))
            return redirect("knowledge:import")
        path = _preview_dir() / f"{stored['token']}.bin"
        try:
            report = import_document(
                path_or_bytes=path,
                dry_run=False,
                draft=bool(stored.get("draft")),
                by=request.user,
                filename=stored.get("name"),
            )
        except (UnreadableDocument, UnknownDocumentType) as error:
            messages.error(request, error.message)
            return redirect("knowledge:import")
        finally:
            path.unlink(missing_ok=True)
            request.session.pop(_SESSION_KEY, None)
        counts = report.counts
        messages.success(
            request,
            _("Import opgeslagen: %(created)s nieuw, %(updated)s bijgewerkt, %(same)s ongewijzigd.")
            % {
                "created": counts.get("created", 0),
                "updated": counts.get("updated", 0),
                "same": counts.get("unchanged", 0),
            },
        )
        return redirect("knowledge:project_list")
    if request.method == "POST":
        form = ImportUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            try:
                report = import_document(
                    path_or_bytes=data,
                    dry_run=True,
                    draft=form.cleaned_data["draft"],
                    by=request.user,
                    filename=upload.name,
                )
            except (UnreadableDocument, UnknownDocumentType) as error:
                form.add_error("file", error.message)
            else:
                token = secrets.token_hex(16)
                _drop_stale_previews(_preview_dir())
                (_preview_dir() / f"{token}.bin").write_bytes(data)
                request.session[_SESSION_KEY] = {
                    "token": token,
                    "draft": form.cleaned_data["draft"],
                    "name": upload.name,
                }
    return render(
        request,
        "knowledge/import_upload.html",
        {"form": form, "report": report, "token": token},
    )
