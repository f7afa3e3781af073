"""Organisations are public facts (KvK register); who works there is not."""

from __future__ import annotations

from typing import Any

from behoudplein.accounts.roles import is_administrator, is_member_of, leads_region
from behoudplein.core.permissions import rule


@rule("organisations.view")
def can_view_organisation(_user: Any, _organisation: Any) -> bool:
    return True


@rule("organisations.create")
def can_create_organisation(user: Any, _obj: Any) -> bool:
    return is_administrator(user)


@rule("organisations.change")
def can_change_organisation(user: Any, organisation: Any) -> bool:
    """A beheerder, or the projectleider of the organisation's establishment region."""
    return is_administrator(user) or (
        organisation is not None and leads_region(user, organisation.region_id)
    )


@rule("organisations.view_members")
def can_view_members(user: Any, organisation: Any) -> bool:
    return organisation is not None and (
        is_administrator(user)
        or is_member_of(user, organisation.pk)
        or leads_region(user, organisation.region_id)
    )
