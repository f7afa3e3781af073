from __future__ import annotations

from django.db.models import QuerySet

from behoudplein.organisations.models import Organisation

from .constants import Role
from .models import Invitation, User
from .roles import is_administrator


def invitations_visible_to(*, user: User) -> QuerySet[Invitation]:
    qs = Invitation.objects.select_related("organisation", "invited_by").order_by("-created_at")
    if is_administrator(user):
        return qs
    return qs.filter(organisation__region_id__in=user.project_lead_region_ids)


def organisations_user_may_invite_for(*, user: User) -> QuerySet[Organisation]:
    qs = Organisation.objects.order_by("name")
    if is_administrator(user):
        return qs
    return qs.filter(region_id__in=user.project_lead_region_ids)


def roles_user_may_invite(*, user: User) -> list[str]:
    if is_administrator(user):
        return [role.value for role in Role]
    return [Role.MEMBER.value]
