from __future__ import annotations

from django.db import transaction

from behoudplein.accounts.models import User
from behoudplein.core.audit import audit_log
from behoudplein.core.permissions import require
from behoudplein.search import services as search

from .models import Organisation


def organisation_save(
    *, organisation: Organisation, by: User, ip_address: str | None = None
) -> Organisation:
    """Create or change an organisation; the form has validated the fields."""
    creating = organisation.pk is None
    require(by, "organisations.create" if creating else "organisations.change", organisation)
    organisation.full_clean()
    with transaction.atomic():
        organisation.save()
        audit_log(
            action="organisation.create" if creating else "organisation.change",
            actor=by,
            obj=organisation,
            ip_address=ip_address,
        )
    if not creating:
        search.related_changed(organisation)  # its name and branch are in its shares' documents
    return organisation
