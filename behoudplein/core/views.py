from __future__ import annotations

import logging

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache

from behoudplein.organisations.models import Organisation, Region

from .models import AuditLog
from .permissions import require

logger = logging.getLogger(__name__)


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "core/home.html",
        {
            "organisation_count": Organisation.objects.count(),
            "region_count": Region.objects.count(),
        },
    )


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "core/accessibility.html")


@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """For the load balancer: 200 when the database and the shared cache answer, else 503."""
    checks = {"database": False, "cache": False}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            checks["database"] = cursor.fetchone() == (1,)
    except Exception:
        logger.exception("health check: database unavailable")
    try:
        cache.set("health-check", "ok", 10)
        checks["cache"] = cache.get("health-check") == "ok"
    except Exception:
        logger.exception("health check: cache unavailable")
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


@login_required
def audit_log_list(request: HttpRequest) -> HttpResponse:
    require(request.user, "core.view_audit_log")
    page = Paginator(AuditLog.objects.for_admin_list(), 50).get_page(request.GET.get("pagina"))
    return render(request, "core/audit_log.html", {"page": page})


def bench_baseline(request: HttpRequest) -> HttpResponse:
    """The benchmark's yardstick: a bare 20-row table from the database, no base layout.

    Routed only when settings.BENCH_BASELINE_VIEW is on (see core/urls.py).
    """
    organisations = Organisation.objects.order_by("name", "pk")[:20]
    return render(request, "core/bench_baseline.html", {"organisations": organisations})


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def error_500(request: HttpRequest) -> HttpResponse:
    # No request context: its processors read the session, the user and the menu from the
    # database, which may be exactly what just failed. The page needs none of them.
    return HttpResponseServerError(loader.get_template("errors/500.html").render())
