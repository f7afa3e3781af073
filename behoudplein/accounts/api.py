from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from .api_auth import AUTH

router = Router(tags=["account"])


class MeOut(Schema):
    email: str
    full_name: str
    organisation_id: int | None
    roles: list[str]


@router.get("/me", response=MeOut, auth=AUTH)
def me(request: HttpRequest) -> Any:
    """The logged-in user (session or token) and the roles it holds."""
    user = request.auth  # type: ignore[attr-defined]
    return {
        "email": user.email,
        "full_name": user.full_name,
        "organisation_id": user.organisation_id,
        "roles": [str(role.value) for role in user.roles],
    }
