"""The search page /zoeken (plain GET; htmx swaps the results partial) and the synonym list."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.http import require_http_methods

from behoudplein.core.htmx import vary_on_htmx, wants_partial
from behoudplein.core.permissions import can, require

from . import selectors, services
from .forms import MAX_FACET_VALUE, SynonymForm, parse_params
from .models import Synonym
from .registry import KIND_LABELS, registered_kinds

PAGE_SIZE = 10
FILTERS = services.FACETS  # kind first


@vary_on_htmx
def search(request: HttpRequest) -> HttpResponse:
    error = ""
    status = 200
    invalid: set[str | None] = set()
    replace_url = ""
    results = None
    active_filters = 0
    try:
        # The page shows PAGE_SIZE results; a `limit` in the address (the API's) is ignored.
        params = parse_params(
            {k: v for k, v in request.GET.items() if k != "limit"}, default_limit=PAGE_SIZE
        )
        active_filters = int(bool(params["kind"])) + sum(
            1 for value in params["filters"].values() if value is not None
        )
        params["limit"] = PAGE_SIZE
        results = services.search(user=request.user, **params)
        if results.pages and results.page > results.pages:
            # Past the last page: the last one, at its own address.
            last = request.GET.copy()
            last["page"] = str(results.pages)
            if not wants_partial(request):
                return redirect(f"{request.path}?{last.urlencode()}")
            params["page"] = results.pages
            results = services.search(user=request.user, **params)
            replace_url = f"{request.path}?{last.urlencode()}"
    except ValidationError as exc:
        error = " ".join(exc.messages)
        status = 400
        invalid = {e.code for e in exc.error_list}
        if "kind" in invalid:
            # The page offers the kinds by name; the API's message lists their codes.
            error = _("Onbekende soort: kies uit %(kinds)s.") % {
                "kinds": get_text_list(
                    [str(KIND_LABELS[k]) for k in registered_kinds()],
                    pgettext("opsomming: a, b of c", "of"),
                )
            }
    hits = []
    if results is not None:
        for hit in results.results:
            # The snippet is escaped by the analyzer; its only markup is our own <mark>.
            hits.append(
                {
                    **hit.__dict__,
                    "kind_label": KIND_LABELS.get(hit.kind, hit.kind),
                    "snippet": mark_safe(hit.snippet),  # noqa: S308
                }
            )
    # A value that failed its check is not carried into the next search (the form's hidden
    # fields), or a shared link with a bad year would fail every search that follows.
    selected = {
        name: "" if name in invalid else request.GET.get(name, "")[:MAX_FACET_VALUE]
        for name in FILTERS
    }
    context: dict[str, Any] = {
        "q": request.GET.get("q", "")[: services.MAX_QUERY_CHARS],
        "results": results,
        "hits": hits,
        "error": error,
        "kinds": [(k, KIND_LABELS[k]) for k in registered_kinds()],
        "facets": _facet_links(request, results),
        "start_number": 1 + ((results.page - 1) * PAGE_SIZE if results else 0),
        "selected": selected,
        "kept_filters": [(name, selected[name]) for name in FILTERS[1:] if selected[name]],
        "any_filter": any(request.GET.get(name) for name in FILTERS),
        "active_filters": active_filters,
        "may_manage_synonyms": can(request.user, "search.manage_synonyms"),
        "missing_words": get_text_list(
            [f"“{word}”" for word in (results.missing if results else [])],
            pgettext("opsomming: a, b en c", "en"),
        ),
    }
    context["partial"] = wants_partial(request)
    template = "search/search.html" + ("#results" if context["partial"] else "")
    response = render(request, template, context, status=status)
    if replace_url:
        response["HX-Replace-Url"] = replace_url
    return response


@login_required
@require_http_methods(["GET", "POST"])
def synonyms(request: HttpRequest) -> HttpResponse:
    """Editors keep abbreviations and synonyms here (or in the admin)."""
    require(request.user, "search.manage_synonyms")
    form = SynonymForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.synonym_save(
            term=form.cleaned_data["term"], alternatives=form.cleaned_data["alternatives"]
        )
        messages.success(request, _("Synoniem opgeslagen."))
        return redirect("search:synonyms")
    return render(
        request,
        "search/synonyms.html",
        {"form": form, "synonyms": selectors.synonym_list()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def synonym_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change or remove one entry of the list."""
    require(request.user, "search.manage_synonyms")
    synonym = get_object_or_404(Synonym, pk=pk)
    if request.method == "POST" and request.POST.get("remove"):
        if request.POST["remove"] != "confirm":
            # One more step: removing cannot be undone.
            return render(request, "search/synonym_remove.html", {"synonym": synonym})
        services.synonym_delete(synonym=synonym)
        messages.success(request, _("Synoniem “%(term)s” verwijderd.") % {"term": synonym.term})
        return redirect("search:synonyms")
    form = SynonymForm(request.POST or None, synonym=synonym)
    if request.method == "POST" and form.is_valid():
        services.synonym_save(
            term=form.cleaned_data["term"],
            alternatives=form.cleaned_data["alternatives"],
            synonym=synonym,
        )
        messages.success(request, _("Synoniem opgeslagen."))
        return redirect("search:synonyms")
    return render(request, "search/synonym_edit.html", {"form": form, "synonym": synonym})


FACET_TITLES = {
    "kind": gettext_lazy("Soort"),
    "region": gettext_lazy("Regio"),
    "sector": gettext_lazy("Sector"),
    "year": gettext_lazy("Jaar"),
}


def _facet_links(request: HttpRequest, results: services.SearchResults | None) -> list[Any]:
    """Each facet value as a link that sets (or, when active, clears) its filter."""
    if results is None:
        return []
    out = []
    for name, values in results.facets.items():
        if not values:
            continue
        current = request.GET.get(name, "")
        links = []
        for value in values:
            query = request.GET.copy()
            query.pop("page", None)
            # The query as searched: a 10,000-character one would be copied into every link.
            query["q"] = results.query
            active = current == value["value"]
            if active:
                query.pop(name, None)
            else:
                query[name] = value["value"]
            links.append({**value, "active": active, "link": query.urlencode()})
        out.append({"name": name, "title": FACET_TITLES.get(name, name), "values": links})
    return out
