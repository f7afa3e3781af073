"""Who may do what with shares: one plain predicate per action, always against the object."""

from __future__ import annotations

from typing import Any

from behoudplein.accounts.roles import (
    is_administrator,
    is_authenticated,
    is_editor,
    is_member_of,
    is_project_lead,
    leads_region,
)
from behoudplein.core.permissions import rule

from .constants import EDITABLE_STATUSES, Method, Status

PRIVATE_STATUSES = (Status.DRAFT, Status.WITHDRAWN)


def _share_of(obj: Any) -> Any:
    """Files and invitations answer for the share they belong to."""
    return getattr(obj, "share", obj)


@rule("shares.use_module")
def can_use_module(user: Any, _obj: Any = None) -> bool:
    """The "Delen" pages: members of an organisation and project leads."""
    return is_authenticated(user) and (bool(user.organisation_id) or is_project_lead(user))


@rule("shares.start")
def can_start_share(user: Any, organisation: Any) -> bool:
    return organisation is not None and is_member_of(user, organisation.pk)


@rule("shares.view")
def can_view_share(user: Any, share: Any) -> bool:
    share = _share_of(share)
    if share is None:
        return False
    if share.status == Status.PUBLISHED or is_member_of(user, share.organisation_id):
        return True
    if is_administrator(user):
        return True
    # A concept is the organisation's own working copy: reviewers see a share once it has been
    # submitted. For method 6 the project lead sees only the agreement request (review page).
    if share.status in PRIVATE_STATUSES:
        return False
    return leads_region(user, share.region_id) or is_editor(user)


@rule("shares.download")
def can_download_file(user: Any, share_file: Any) -> bool:
    return can_view_share(user, share_file)


@rule("shares.edit")
def can_edit_share(user: Any, share: Any) -> bool:
    return (
        share is not None
        and share.status in EDITABLE_STATUSES
        and is_member_of(user, share.organisation_id)
    )


@rule("shares.manage")
def can_manage_share(user: Any, share: Any) -> bool:
    """Withdraw, reopen, consent, ask for agreement, answer invitations: the organisation."""
    share = _share_of(share)
    return share is not None and is_member_of(user, share.organisation_id)


@rule("shares.review")
def can_review_share(user: Any, share: Any) -> bool:
    """Only the project lead of the region the share was made in (not of the org's region)."""
    share = _share_of(share)
    return share is not None and leads_region(user, share.region_id)


@rule("shares.unpublish")
def can_unpublish_share(user: Any, share: Any) -> bool:
    return can_review_share(user, share) or is_editor(user)


@rule("shares.dossier")
def can_export_dossier(user: Any, share: Any) -> bool:
    return share is not None and (
        is_member_of(user, share.organisation_id)
        or is_administrator(user)
        or (share.status not in PRIVATE_STATUSES and leads_region(user, share.region_id))
    )


@rule("shares.compliance")
def can_view_compliance(user: Any, region: Any = None) -> bool:
    """The compliance overview: a project lead, for the regions it leads."""
    if region is None:
        return is_project_lead(user)
    return leads_region(user, region.pk)


@rule("shares.national")
def can_view_national(user: Any, _obj: Any = None) -> bool:
    return is_editor(user) or is_administrator(user)


@rule("shares.select_for_edition")
def can_select_for_edition(user: Any, share: Any) -> bool:
    return (
        is_editor(user)
        and share is not None
        and share.method == Method.PUBLICATION
        and share.status in (Status.APPROVED, Status.PUBLISHED)
    )


@rule("shares.import_grants")
def can_import_grants(user: Any, _obj: Any = None) -> bool:
    return is_administrator(user) or is_project_lead(user)


@rule("shares.manage_grant")
def can_manage_grant(user: Any, organisation: Any) -> bool:
    """Enter a grant: a beheerder, or the project lead of the organisation's region."""
    return is_administrator(user) or (
        organisation is not None and leads_region(user, organisation.region_id)
    )
