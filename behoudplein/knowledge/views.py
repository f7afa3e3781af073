from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse


def _not_yet(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    raise Http404


project_list = project_detail = lesson_overview = outcome_portfolio = _not_yet
outcome_edit = project_compare = import_upload = _not_yet
