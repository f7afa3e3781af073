"""Who may open the account pages, and every rule in accounts/permissions.py per persona."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from behoudplein.accounts.constants import Role
from behoudplein.accounts.models import Invitation
from behoudplein.core.permissions import can
from behoudplein.core.tests.matrix import PERSONAS, Row, matrix_params

LOGGED_IN_200 = {name: 200 for name in PERSONAS if name != "anonymous"}
INVITERS = {"project_lead": 200, "other_project_lead": 200, "administrator": 200}

MATRIX = [
    # A logged-in user who opens the login page is sent on (redirect_authenticated_user).
    Row("/inloggen", {"anonymous": 200}, default=302),
    Row("/account", {**LOGGED_IN_200, "anonymous": 302}),
    Row("/account/tweestapsverificatie", {**LOGGED_IN_200, "anonymous": 302}),
    Row("/uitnodigingen", {**INVITERS, "anonymous": 302}),
    Row("/uitnodigingen/nieuw", {**INVITERS, "anonymous": 302}),
    Row("/wachtwoord-vergeten", dict.fromkeys(PERSONAS, 200)),
    Row("/api/v1/me", {**LOGGED_IN_200, "anonymous": 401}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(*matrix_params(MATRIX))
def test_account_pages(check_access, row, persona_name, expected):
    check_access(row, persona_name, expected)


def _invitation(*, role=Role.MEMBER, organisation=None) -> Invitation:
    return Invitation(
        email="nieuw@example.org",
        role=role,
        organisation=organisation,
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )


ALL_FALSE = dict.fromkeys(PERSONAS, False)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "allowed"),
    {**ALL_FALSE, "project_lead": True, "other_project_lead": True, "administrator": True}.items(),
)
def test_rule_view_invitations(persona, name, allowed):
    assert can(persona(name), "accounts.view_invitations") is allowed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "allowed"),
    {**ALL_FALSE, "project_lead": True, "other_project_lead": True, "administrator": True}.items(),
)
def test_rule_invite_without_object_opens_the_form(persona, name, allowed):
    assert can(persona(name), "accounts.invite") is allowed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "allowed"),
    {**ALL_FALSE, "project_lead": True, "administrator": True}.items(),
)
def test_rule_invite_member_of_an_organisation_in_region_a(persona, org_a, name, allowed):
    """Only the project lead of the organisation's own region (and a beheerder)."""
    assert can(persona(name), "accounts.invite", _invitation(organisation=org_a)) is allowed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "allowed"),
    {**ALL_FALSE, "other_project_lead": True, "administrator": True}.items(),
)
def test_rule_invite_member_of_an_organisation_in_region_b(persona, org_b, name, allowed):
    assert can(persona(name), "accounts.invite", _invitation(organisation=org_b)) is allowed


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.PROJECT_LEAD, Role.COORDINATOR, Role.EDITOR])
@pytest.mark.parametrize(("name", "allowed"), {**ALL_FALSE, "administrator": True}.items())
def test_rule_invite_other_roles_is_for_administrators_only(persona, org_a, role, name, allowed):
    invitation = _invitation(role=role, organisation=org_a)
    assert can(persona(name), "accounts.invite", invitation) is allowed
    assert can(persona(name), "accounts.invite", _invitation(role=Role.ADMINISTRATOR)) is allowed


@pytest.mark.django_db
def test_rule_invite_member_without_organisation_is_refused_to_a_project_lead(project_lead):
    assert can(project_lead, "accounts.invite", _invitation(organisation=None)) is False


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "allowed"), {**ALL_FALSE, "administrator": True}.items())
def test_rule_invite_for_region(persona, region_a, name, allowed):
    """Regional roles are handed out by a beheerder; not even the region's own project lead."""
    assert can(persona(name), "accounts.invite_for_region", region_a) is allowed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "allowed"),
    {**dict.fromkeys(PERSONAS, True), "anonymous": False}.items(),
)
def test_rule_manage_own_account(persona, name, allowed):
    assert can(persona(name), "accounts.manage_own_account") is allowed


@pytest.mark.django_db
def test_a_project_lead_sees_only_invitations_for_its_own_region(
    client, project_lead, administrator, org_a, org_b
):
    from behoudplein.accounts.tests.factories import InvitationFactory

    InvitationFactory(email="in-regio-a@example.org", organisation=org_a)
    InvitationFactory(email="in-regio-b@example.org", organisation=org_b)
    client.force_login(project_lead)
    page = client.get("/uitnodigingen").content.decode()
    assert "in-regio-a@example.org" in page
    assert "in-regio-b@example.org" not in page
    client.force_login(administrator)
    page = client.get("/uitnodigingen").content.decode()
    assert "in-regio-a@example.org" in page
    assert "in-regio-b@example.org" in page


@pytest.mark.django_db
def test_invitation_form_offers_a_project_lead_only_its_regions_organisations(
    client, project_lead, org_a, org_b
):
    client.force_login(project_lead)
    form = client.get("/uitnodigingen/nieuw").context["form"]
    assert list(form.fields["organisation"].queryset) == [org_a]
    assert [value for value, _label in form.fields["role"].choices] == [Role.MEMBER]
    assert "regions" not in form.fields
