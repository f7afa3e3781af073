"""What everyone may see: the gallery of published shares and their pages."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from behoudplein.core.htmx import vary_on_htmx, wants_partial
from behoudplein.core.pdf import render_to_pdf

from . import selectors
from .constants import QUESTIONS, Status
from .embeds import embed_url
from .forms import ShareFilterForm
from .models import Share

PAGE_SIZE = 24


@vary_on_htmx
def gallery(request: HttpRequest) -> HttpResponse:
    form = ShareFilterForm(request.GET or None)
    page = Paginator(selectors.gallery(filters=form.filters()), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    template = "shares/gallery.html" + ("#results" if wants_partial(request) else "")
    return render(request, template, {"form": form, "page": page})


def public_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        share = selectors.share_detail(pk=pk)
    except Share.DoesNotExist:
        raise Http404 from None
    if share.status != Status.PUBLISHED:
        # Never say whether an unpublished share exists.
        raise Http404
    video = embed_url(share.video_url)
    return render(
        request,
        "shares/public_detail.html",
        {
            "share": share,
            "qa": [
                (q, a, m)
                for q, a, m in zip(QUESTIONS, share.answers, share.markers, strict=True)
                if a or m
            ],
            "embed_url": video,
            "show_video": bool(video) and request.GET.get("video") == "tonen",
            "files": list(share.files.all()),
        },
    )


def questionnaire_pdf(request: HttpRequest) -> HttpResponse:
    """The questionnaire on paper, to prepare the answers offline."""
    pdf = render_to_pdf("shares/pdf/questionnaire.html", {"questions": QUESTIONS})
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="vragenlijst-delen-aanpak-behoud.pdf"'
    return response
