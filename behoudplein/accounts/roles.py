"""Small questions about a user's roles that every permission rule builds on.

`user` may be None or anonymous: every helper then answers False.
"""

from __future__ import annotations

from typing import Any


def is_authenticated(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def is_administrator(user: Any) -> bool:
    return is_authenticated(user) and bool(user.is_superuser)


def is_editor(user: Any) -> bool:
    return is_authenticated(user) and bool(user.is_editor)


def is_member_of(user: Any, organisation_id: int | None) -> bool:
    return (
        is_authenticated(user)
        and organisation_id is not None
        and user.organisation_id == organisation_id
    )


def leads_region(user: Any, region_id: int | None) -> bool:
    return (
        is_authenticated(user)
        and region_id is not None
        and region_id in user.project_lead_region_ids
    )


def coordinates_region(user: Any, region_id: int | None) -> bool:
    return (
        is_authenticated(user)
        and region_id is not None
        and region_id in user.coordinator_region_ids
    )


def is_project_lead(user: Any) -> bool:
    return is_authenticated(user) and bool(user.project_lead_region_ids)
