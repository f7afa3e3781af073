from __future__ import annotations

import base64
import io

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from behoudplein.core.audit import audit_log, client_ip
from behoudplein.core.forms import apply_validation_error
from behoudplein.core.permissions import require

from . import selectors, services
from .forms import ApiTokenForm, InvitationForm, SetPasswordForm, TokenForm
from .models import Invitation


@login_required
def account(request: HttpRequest) -> HttpResponse:
    new_key = None
    form = ApiTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _token, new_key = services.api_token_create(
            user=request.user, name=form.cleaned_data["name"]
        )
        form = ApiTokenForm()
    return render(
        request,
        "accounts/account.html",
        {
            "form": form,
            "new_key": new_key,
            "tokens": request.user.api_tokens.order_by("-created_at"),
        },
    )


@login_required
def invitation_list(request: HttpRequest) -> HttpResponse:
    require(request.user, "accounts.view_invitations")
    return render(
        request,
        "accounts/invitation_list.html",
        {"invitations": selectors.invitations_visible_to(user=request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def invitation_create(request: HttpRequest) -> HttpResponse:
    require(request.user, "accounts.invite")
    organisations = selectors.organisations_user_may_invite_for(user=request.user)
    roles = selectors.roles_user_may_invite(user=request.user)
    form = InvitationForm(request.POST or None, organisations=organisations, roles=roles)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.invitation_create(
                by=request.user,
                email=data["email"],
                role=data["role"],
                full_name=data["full_name"],
                organisation=data.get("organisation"),
                regions=data.get("regions") or [],
                ip_address=client_ip(request.META),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("De uitnodiging is verstuurd naar %s.") % data["email"])
            return redirect("accounts:invitation_list")
    return render(request, "accounts/invitation_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation: Invitation = services.invitation_from_token(token)
    except services.InvitationError as error:
        return render(
            request, "accounts/invitation_invalid.html", {"reason": str(error)}, status=400
        )
    form = SetPasswordForm(
        request.POST or None, email=invitation.email, initial={"full_name": invitation.full_name}
    )
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(
                token=token,
                password=form.cleaned_data["password1"],
                full_name=form.cleaned_data["full_name"],
                ip_address=client_ip(request.META),
            )
        except services.InvitationError as error:
            return render(
                request, "accounts/invitation_invalid.html", {"reason": str(error)}, status=400
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welkom bij Behoudplein. Uw account is klaar."))
        return redirect("core:home")
    return render(
        request, "accounts/invitation_accept.html", {"form": form, "invitation": invitation}
    )


def _qr_data_uri(url: str) -> str:
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


@login_required
@require_http_methods(["GET", "POST"])
def two_factor(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app on first use, afterwards ask for its code."""
    user = request.user
    next_url = request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    setup = device is None
    if setup:
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            if setup:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                audit_log(action="two_factor.setup", actor=user, ip_address=client_ip(request.META))
            otp_login(request, device)
            return redirect(next_url)
        form.add_error("token", _("Deze code klopt niet of is verlopen. Probeer de nieuwe code."))
    context = {"form": form, "setup": setup}
    if setup:
        context["qr"] = _qr_data_uri(device.config_url)
    return render(request, "accounts/two_factor.html", context)
