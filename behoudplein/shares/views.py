"""The organisation's pages: dashboard, start, the steps of the form, preview and actions."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from behoudplein.core.forms import apply_validation_error
from behoudplein.core.permissions import can, require

from . import files, selectors, services
from .constants import QUESTIONS, Method
from .forms import (
    AgreementRequestForm,
    ContentForm,
    InvitationResponseForm,
    MediaForm,
    MethodForm,
)
from .models import ActivityInvitation, Round, Share, ShareFile
from .rules import questionnaire_refusal, submission_errors
from .workflow import allowed_actions

STEPS = [
    ("methode", gettext_lazy("Manier en regio")),
    ("inhoud", gettext_lazy("Inhoud en bereik")),
    ("media", gettext_lazy("Media en bijlagen")),
]
FIELD_STEP = {
    "method": "methode",
    "region": "methode",
    "region_reason": "methode",
    "url": "media",
    "video_url": "media",
    "files": "media",
}


def get_share(pk: int) -> Share:
    try:
        return selectors.share_detail(pk=pk)
    except Share.DoesNotExist:
        raise Http404 from None


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    require(request.user, "shares.use_module")
    organisation = request.user.organisation
    rows = selectors.dashboard_rows(organisation=organisation) if organisation else []
    return render(
        request,
        "shares/dashboard.html",
        {
            "organisation": organisation,
            "rows": rows,
            "may_review": can(request.user, "shares.compliance"),
            "may_national": can(request.user, "shares.national"),
            "may_import": can(request.user, "shares.import_grants"),
        },
    )


@login_required
@require_POST
def start(request: HttpRequest, round_id: int) -> HttpResponse:
    round = get_object_or_404(Round, pk=round_id)
    organisation = request.user.organisation
    if organisation is None:
        require(request.user, "shares.start", None)
    try:
        share, created = services.share_start(
            organisation=organisation, round=round, by=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("shares:dashboard")
    if not created:
        messages.info(
            request,
            _(
                "Uw organisatie heeft al een deelbijdrage voor ronde %(round)s: per ronde deelt "
                "een organisatie één keer. Beschrijf meerdere programma's in deze ene bijdrage; "
                "u kunt hem hier aanvullen."
            )
            % {"round": round.name},
        )
        return redirect(share)
    messages.success(request, _("De deelbijdrage is aangemaakt als concept."))
    return redirect("shares:edit", pk=share.pk, step="methode")


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.view", share)
    user = request.user
    actions = allowed_actions(share)
    transitions = list(share.transitions.all())
    return render(
        request,
        "shares/detail.html",
        {
            "share": share,
            "qa": list(zip(QUESTIONS, share.answers, share.markers, strict=True)),
            "may_edit": can(user, "shares.edit", share),
            "may_manage": can(user, "shares.manage", share),
            "may_review": can(user, "shares.review", share),
            "may_dossier": can(user, "shares.dossier", share),
            "may_withdraw": "withdraw" in actions and can(user, "shares.manage", share),
            "may_reopen": "reopen" in actions and can(user, "shares.manage", share),
            "response_form": InvitationResponseForm(),
            "last_transition": transitions[-1] if transitions else None,
        },
    )


@login_required
def edit(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.edit", share)
    step_names = [name for name, _label in STEPS]
    if step not in step_names:
        raise Http404
    grant = selectors.grant_for_share(share=share)
    form_class: Any = {"methode": MethodForm, "inhoud": ContentForm, "media": MediaForm}[step]
    kwargs: dict[str, Any] = {"small": bool(grant and grant.is_small)} if step == "methode" else {}
    data = (request.POST, request.FILES) if request.method == "POST" else ()
    form = form_class(*data, instance=share, **kwargs)
    agreement_form = AgreementRequestForm(initial={"agreement_request": share.agreement_request})
    if request.method == "POST":
        valid = form.is_valid()
        # A checked file is kept at once, even when another field is wrong, so nothing is lost.
        upload = form.cleaned_data.get("upload")
        stored = True
        if upload:
            try:
                files.share_attach_file(
                    share=share, by=request.user, upload=upload, kind=str(share.method)
                )
            except ValidationError as error:
                apply_validation_error(form, error)
                stored = False
        if valid and stored:
            changes = {
                name: form.cleaned_data[name]
                for name in form.fields
                if name in services.DRAFT_FIELDS
            }
            try:
                services.share_save_draft(share=share, by=request.user, changes=changes)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Opgeslagen als concept."))
                return _next_step(request, share, step)
        elif upload and stored:
            messages.info(request, _("Het bestand is opgeslagen; verbeter de andere velden."))
    stored_files = list(ShareFile.objects.filter(share=share))
    return render(
        request,
        "shares/edit.html",
        {
            "share": share,
            "form": form,
            "step": step,
            "steps": STEPS,
            "grant": grant,
            "agreement_form": agreement_form,
            "files": [f for f in stored_files if f.kind == share.attachment_kind],
            # Uploaded for a method no longer chosen: shown so nothing vanishes unannounced.
            "unused_files": [f for f in stored_files if f.kind != share.attachment_kind],
            "questions": QUESTIONS,
            "has_upload": "upload" in form.fields,
            # Said at once, not only on submit: the questionnaire is for small organisations.
            "method_warning": questionnaire_refusal(share, grant)
            if share.method == Method.QUESTIONNAIRE
            else None,
        },
    )


def _next_step(request: HttpRequest, share: Share, step: str) -> HttpResponse:
    names = [name for name, _label in STEPS]
    index = names.index(step)
    if "verder" not in request.POST:
        return redirect("shares:edit", pk=share.pk, step=step)
    if index + 1 < len(names):
        return redirect("shares:edit", pk=share.pk, step=names[index + 1])
    return redirect("shares:preview", pk=share.pk)


@login_required
@require_POST
def request_agreement(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.edit", share)
    form = AgreementRequestForm(request.POST)
    if form.is_valid():
        try:
            services.share_request_agreement(
                share=share, by=request.user, proposal=form.cleaned_data["agreement_request"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Uw voorstel is aan de projectleider voorgelegd."))
    else:
        messages.error(request, _("Beschrijf in welke vorm u uw aanpak wilt delen."))
    return redirect("shares:edit", pk=share.pk, step="media")


@login_required
@require_POST
def remove_file(request: HttpRequest, pk: int) -> HttpResponse:
    share_file = get_object_or_404(ShareFile.objects.select_related("share"), pk=pk)
    files.share_remove_file(share_file=share_file, by=request.user)
    messages.success(request, _("De bijlage is verwijderd."))
    return redirect("shares:edit", pk=share_file.share_id, step="media")


@login_required
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.view", share)
    errors = submission_errors(
        share,
        grant=selectors.grant_for_share(share=share),
        file_kinds={f.kind for f in share.files.all()},
    )
    problems = [
        (FIELD_STEP.get(field, "inhoud"), message)
        for field, field_messages in errors.items()
        for message in field_messages
    ]
    return render(
        request,
        "shares/preview.html",
        {
            "share": share,
            "qa": list(zip(QUESTIONS, share.answers, share.markers, strict=True)),
            "problems": problems,
            "may_submit": can(request.user, "shares.edit", share),
        },
    )


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    try:
        services.share_submit(share=share, by=request.user)
    except ValidationError:
        messages.error(
            request, _("De deelbijdrage is nog niet compleet; zie hieronder wat ontbreekt.")
        )
        return redirect("shares:preview", pk=share.pk)
    messages.success(request, _("Ingediend. De projectleider van de regio beoordeelt uw bijdrage."))
    return redirect(share)


def _simple_action(
    request: HttpRequest, pk: int, action: Any, done: str, **extra: Any
) -> HttpResponse:
    share = get_share(pk)
    try:
        action(share=share, by=request.user, **extra)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(share)


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    return _simple_action(
        request, pk, services.share_withdraw, _("De deelbijdrage is ingetrokken.")
    )


@login_required
@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    return _simple_action(
        request, pk, services.share_reopen, _("De deelbijdrage is weer een concept.")
    )


@login_required
@require_POST
def consent(request: HttpRequest, pk: int) -> HttpResponse:
    give = request.POST.get("toestemming") == "ja"
    return _simple_action(
        request,
        pk,
        services.share_set_consent,
        _("Toestemming gegeven.") if give else _("Toestemming ingetrokken."),
        consent=give,
    )


@login_required
@require_POST
def respond_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(ActivityInvitation.objects.select_related("share"), pk=pk)
    require(request.user, "shares.manage", invitation.share)
    form = InvitationResponseForm(request.POST)
    if form.is_valid():
        services.activity_respond(
            invitation=invitation,
            by=request.user,
            accept=form.cleaned_data["response"] == "accepted",
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("Uw reactie is doorgegeven."))
    else:
        messages.error(request, _("Kies of u meedoet."))
    return redirect(invitation.share)


def download(request: HttpRequest, pk: int) -> HttpResponse:
    share_file = get_object_or_404(ShareFile.objects.select_related("share"), pk=pk)
    if not can(request.user, "shares.download", share_file):
        if not request.user.is_authenticated:
            raise Http404
        require(request.user, "shares.download", share_file)
    handle = files.open_file(share_file=share_file, by=request.user)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=share_file.original_name,
        content_type=share_file.content_type,
    )


@login_required
def dossier(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share(pk)
    require(request.user, "shares.dossier", share)
    data = files.dossier_zip(share=share, by=request.user)
    response = HttpResponse(data, content_type="application/zip")
    name = f"dossier-{share.organisation.kvk_number}-{share.round.name}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
