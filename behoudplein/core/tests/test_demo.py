"""`behoudplein demo`: realistic, idempotent, and it says how to log in as every role."""

from __future__ import annotations

import io

import pytest
from django.apps import apps
from django.core.management import call_command

from behoudplein.accounts.constants import Role
from behoudplein.accounts.models import User
from behoudplein.core.demo import DEMO_PASSWORD
from behoudplein.organisations.constants import OrganisationKind
from behoudplein.organisations.models import Organisation, Region

pytestmark = pytest.mark.django_db


def run_demo() -> str:
    out = io.StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_config.name.startswith("behoudplein.")
    }


def test_demo_is_idempotent():
    run_demo()
    first = counts()
    emails = set(User.objects.values_list("email", flat=True))
    run_demo()
    assert counts() == first
    assert set(User.objects.values_list("email", flat=True)) == emails


def test_demo_is_realistic():
    run_demo()
    assert Organisation.objects.count() >= 30
    assert Region.objects.count() >= 3
    assert Organisation.objects.filter(kind=OrganisationKind.REINTEGRATION).exists()
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert kinds == {choice.value for choice in OrganisationKind}
    # Every region has organisations and covers at least one labour-market region.
    for region in Region.objects.all():
        assert region.organisations.exists(), region
        assert region.labour_market_regions.exists(), region


def test_demo_has_a_user_for_every_role_who_can_log_in(client):
    run_demo()
    users = User.objects.filter(email__endswith="@demo.behoudplein.nl")
    found_roles = {role for user in users for role in user.roles}
    assert found_roles == set(Role)
    for user in users:
        assert user.check_password(DEMO_PASSWORD), user.email
    member = users.get(email="medewerker@demo.behoudplein.nl")
    response = client.post("/inloggen", {"username": member.email, "password": DEMO_PASSWORD})
    assert response.status_code == 302


def test_demo_prints_how_to_log_in_as_each_role():
    output = run_demo()
    assert DEMO_PASSWORD in output
    assert "/inloggen" in output
    for user in User.objects.filter(email__endswith="@demo.behoudplein.nl"):
        assert user.email in output
    for label in (
        "organisatiemedewerker",
        "projectleider",
        "coördinator",
        "redacteur",
        "beheerder",
    ):
        assert label in output


def test_demo_restores_what_was_changed_by_hand():
    run_demo()
    Organisation.objects.filter(kvk_number="61000001").update(name="Veranderd")
    run_demo()
    assert Organisation.objects.get(kvk_number="61000001").name != "Veranderd"
