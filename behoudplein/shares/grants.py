"""Grants: what an organisation received in a round, entered by hand (import: grant_import)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from behoudplein.accounts.models import User
from behoudplein.core.audit import audit_log
from behoudplein.core.permissions import require
from behoudplein.organisations.models import Organisation

from .models import Grant, Round


def grant_save(
    *, organisation: Organisation, round: Round, themes: list[str], max_subsidy_eur: int, by: User
) -> Grant:
    """Enter or change an organisation's grant in a round (one per organisation and round)."""
    require(by, "shares.manage_grant", organisation)
    if not themes:
        raise ValidationError({"themes": _("Kies minstens één thema.")})
    if max_subsidy_eur < 0:
        raise ValidationError({"max_subsidy_eur": _("Het bedrag kan niet negatief zijn.")})
    with transaction.atomic():
        grant, created = Grant.objects.update_or_create(
            organisation=organisation,
            round=round,
            defaults={"themes": ",".join(sorted(set(themes))), "max_subsidy_eur": max_subsidy_eur},
        )
        audit_log(
            action="grant.create" if created else "grant.change",
            actor=by,
            obj=grant,
            details={"themes": grant.themes, "max_subsidy_eur": max_subsidy_eur},
        )
    return grant
