"""Who may invite whom, and who reads the audit log."""

from __future__ import annotations

from typing import Any

from behoudplein.core.permissions import rule

from .constants import Role
from .roles import is_administrator, is_authenticated, is_project_lead, leads_region


@rule("accounts.view_invitations")
def can_view_invitations(user: Any, _obj: Any) -> bool:
    """Beheerders and projectleiders see the invitations they may send."""
    return is_administrator(user) or is_project_lead(user)


@rule("accounts.invite")
def can_invite(user: Any, invitation: Any) -> bool:
    """A beheerder invites anyone; a projectleider invites staff of its region's organisations."""
    if is_administrator(user):
        return True
    if invitation is None:
        return is_project_lead(user)
    return (
        invitation.role == Role.MEMBER
        and invitation.organisation is not None
        and leads_region(user, invitation.organisation.region_id)
    )


@rule("accounts.invite_for_region")
def can_invite_for_region(user: Any, _region: Any) -> bool:
    """Regional roles (projectleider, coördinator) are handed out by a beheerder only."""
    return is_administrator(user)


@rule("accounts.manage_own_account")
def can_manage_own_account(user: Any, _obj: Any) -> bool:
    return is_authenticated(user)


@rule("core.view_audit_log")
def can_view_audit_log(user: Any, _obj: Any) -> bool:
    """The audit log holds IP addresses and personal actions: beheerders only."""
    return is_administrator(user)
