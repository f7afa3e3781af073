"""One demo account per role; they share one published password (demo only)."""

from __future__ import annotations

from behoudplein.core.demo import DEMO_PASSWORD
from behoudplein.organisations.models import Organisation, Region

from .constants import Role
from .models import RegionRole, User

ORDER = 20
DOMAIN = "demo.behoudplein.nl"

# e-mail, role label, (organisation KvK, region slug, role)
DEMO_USERS: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (f"medewerker@{DOMAIN}", "organisatiemedewerker", ("61000001", None, Role.MEMBER)),
    (f"klein@{DOMAIN}", "organisatiemedewerker (klein)", ("61000004", None, Role.MEMBER)),
    (
        f"projectleider@{DOMAIN}",
        "projectleider (Flevoland)",
        (None, "flevoland", Role.PROJECT_LEAD),
    ),
    (
        f"projectleider.rivierenland@{DOMAIN}",
        "projectleider (Rivierenland)",
        (None, "rivierenland", Role.PROJECT_LEAD),
    ),
    (
        f"coordinator@{DOMAIN}",
        "matchtafel-coördinator",
        ("61000008", "flevoland", Role.COORDINATOR),
    ),
    (f"redacteur@{DOMAIN}", "redacteur", (None, None, Role.EDITOR)),
    (f"beheerder@{DOMAIN}", "beheerder", (None, None, Role.ADMINISTRATOR)),
]

NAMES = {
    Role.MEMBER: "Sanne de Vries",
    Role.PROJECT_LEAD: "Ahmed el Amrani",
    Role.COORDINATOR: "Joke Hoekstra",
    Role.EDITOR: "Pieter Bakker",
    Role.ADMINISTRATOR: "Fatima Yilmaz",
}


def load() -> None:
    for email, _label, (kvk, region_slug, role) in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email, DEMO_PASSWORD)
        user.full_name = NAMES[Role(role)]
        user.organisation = Organisation.objects.get(kvk_number=kvk) if kvk else None
        user.is_editor = role == Role.EDITOR
        user.is_superuser = role == Role.ADMINISTRATOR
        user.save()
        if region_slug:
            RegionRole.objects.get_or_create(
                user=user, region=Region.objects.get(slug=region_slug), role=role
            )
