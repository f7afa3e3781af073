from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from behoudplein.organisations.models import Organisation, Region

from .constants import REGION_ROLES, Role


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mailadres"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    error_messages = {
        "invalid_login": _(
            "Dit e-mailadres en wachtwoord horen niet bij elkaar. Probeer het opnieuw."
        ),
        "inactive": _("Dit account is niet actief."),
    }

    def clean_username(self) -> str:
        # Accounts are stored in lower case. Lower-casing here also gives django-axes one
        # spelling to count, so "Jan@…" and "jan@…" cannot each get their own five attempts.
        return str(self.cleaned_data["username"]).strip().lower()


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mailadres"))
    full_name = forms.CharField(label=_("Naam"), max_length=200, required=False)
    role = forms.ChoiceField(label=_("Rol"), choices=Role.choices)
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("Verplicht voor organisatiemedewerkers."),
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regio's"),
        queryset=Region.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Verplicht voor projectleiders en matchtafel-coördinatoren."),
    )

    def __init__(self, *args: Any, organisations: Any, roles: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["role"].choices = [(r.value, r.label) for r in Role if r.value in roles]
        if not any(r in REGION_ROLES for r in roles):
            del self.fields["regions"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        role = data.get("role")
        if role == Role.MEMBER and not data.get("organisation"):
            self.add_error("organisation", _("Kies de organisatie van de medewerker."))
        if role in REGION_ROLES and not data.get("regions"):
            self.add_error("regions", _("Kies minstens één regio voor deze rol."))
        return data


class SetPasswordForm(forms.Form):
    full_name = forms.CharField(label=_("Uw naam"), max_length=200)
    password1 = forms.CharField(
        label=_("Wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens 10 tekens; niet alleen cijfers en geen veelgebruikt wachtwoord."),
    )
    password2 = forms.CharField(
        label=_("Herhaal het wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, email: str, **kwargs: Any) -> None:
        self.email = email
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("De twee wachtwoorden zijn niet gelijk."))
        elif p1:
            try:
                password_validation.validate_password(p1)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=_("Code uit uw authenticator-app"),
        regex=r"^\d{6}$",
        error_messages={"invalid": _("Vul de 6 cijfers in die uw app nu toont.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Naam van het token"),
        max_length=100,
        help_text=_("Bijvoorbeeld de naam van de toepassing die het token gebruikt."),
    )
