"""Who may open and change organisations, and every rule in organisations/permissions.py."""

from __future__ import annotations

import pytest
from django.utils.html import escape

from behoudplein.core.permissions import can
from behoudplein.core.tests.matrix import PERSONAS, Row, matrix_params
from behoudplein.organisations.models import Organisation

ALL_200 = dict.fromkeys(PERSONAS, 200)
LOGGED_IN_200 = {name: 200 for name in PERSONAS if name != "anonymous"}

EDIT_DATA = {
    "name": "Zorggroep Alfa vernieuwd",
    "kvk_number": "11111111",
    "branch": "vvt",
    "kind": "care",
    "city": "Almere",
    "website": "",
}

MATRIX = [
    Row("/organisaties", ALL_200),
    Row("/organisaties?branch=vvt&kind=care&region=regio-alfa", ALL_200),
    Row("/organisaties/{org_a}", ALL_200),
    Row("/organisaties/999999", default=404),
    Row("/organisaties/nieuw", {"anonymous": 302, "administrator": 200}),
    Row(
        "/organisaties/{org_a}/bewerken",
        {"anonymous": 302, "project_lead": 200, "administrator": 200},
    ),
    # The project lead of region B leads org B, not org A: the wrong region is refused.
    Row(
        "/organisaties/{org_b}/bewerken",
        {"anonymous": 302, "other_project_lead": 200, "administrator": 200},
    ),
    Row("/mijn-organisatie", {**LOGGED_IN_200, "anonymous": 302}),
    Row("/regios", ALL_200),
    Row("/api/v1/organisations", ALL_200),
    Row("/api/v1/organisations/{org_a}", ALL_200),
    Row("/api/v1/regions", ALL_200),
]


@pytest.mark.django_db
@pytest.mark.parametrize(*matrix_params(MATRIX))
def test_organisation_pages(check_access, row, persona_name, expected):
    check_access(row, persona_name, expected)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "expected"),
    {
        **dict.fromkeys(PERSONAS, 403),
        "anonymous": 302,
        "project_lead": 302,
        "administrator": 302,
    }.items(),
)
def test_saving_an_organisation_is_for_its_project_lead_and_administrators(
    client, persona, org_a, region_a, name, expected
):
    user = persona(name)
    if user is not None:
        client.force_login(user)
    response = client.post(
        f"/organisaties/{org_a.pk}/bewerken", {**EDIT_DATA, "region": region_a.pk}
    )
    assert response.status_code == expected
    org_a.refresh_from_db()
    changed = org_a.name == EDIT_DATA["name"]
    assert changed is (name in ("project_lead", "administrator"))
    if changed:
        assert response["Location"] == f"/organisaties/{org_a.pk}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "expected"),
    {**dict.fromkeys(PERSONAS, 403), "anonymous": 302, "administrator": 302}.items(),
)
def test_creating_an_organisation_is_for_administrators(client, persona, region_a, name, expected):
    user = persona(name)
    if user is not None:
        client.force_login(user)
    response = client.post(
        "/organisaties/nieuw", {**EDIT_DATA, "kvk_number": "33333333", "region": region_a.pk}
    )
    assert response.status_code == expected
    assert Organisation.objects.filter(kvk_number="33333333").exists() is (name == "administrator")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "visible"),
    {
        **dict.fromkeys(PERSONAS, False),
        "member": True,
        "coordinator": True,  # a coordinator of region A also works at org A
        "project_lead": True,
        "administrator": True,
    }.items(),
)
def test_who_works_at_an_organisation_is_shown_only_to_insiders(
    client, persona, member, org_a, name, visible
):
    user = persona(name)
    if user is not None:
        client.force_login(user)
    page = client.get(f"/organisaties/{org_a.pk}").content.decode()
    # Names such as "van 't Erve" reach the page HTML-escaped.
    assert (escape(str(member)) in page) is visible


@pytest.mark.django_db
def test_mijn_organisatie_shows_the_users_own_organisation(client, member, other_member):
    client.force_login(other_member)
    page = client.get("/mijn-organisatie").content.decode()
    assert "Welzijn Bravo" in page
    assert "Zorggroep Alfa" not in page
    assert escape(str(member)) not in page


@pytest.mark.django_db
def test_mijn_organisatie_explains_when_there_is_none(client, editor):
    client.force_login(editor)
    response = client.get("/mijn-organisatie")
    assert "niet aan een organisatie gekoppeld" in response.content.decode()


# Predicates, persona by persona ----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", PERSONAS)
def test_rule_view_is_public(persona, org_a, name):
    assert can(persona(name), "organisations.view", org_a) is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "allowed"), {**dict.fromkeys(PERSONAS, False), "administrator": True}.items()
)
def test_rule_create(persona, name, allowed):
    assert can(persona(name), "organisations.create", Organisation()) is allowed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "on_a", "on_b"),
    [
        ("anonymous", False, False),
        ("member", False, False),
        ("other_member", False, False),
        ("project_lead", True, False),
        ("other_project_lead", False, True),
        ("coordinator", False, False),
        ("editor", False, False),
        ("administrator", True, True),
    ],
)
def test_rule_change_follows_the_establishment_region(persona, org_a, org_b, name, on_a, on_b):
    user = persona(name)
    assert can(user, "organisations.change", org_a) is on_a
    assert can(user, "organisations.change", org_b) is on_b
    assert can(user, "organisations.change", None) is (name == "administrator")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "on_a", "on_b"),
    [
        ("anonymous", False, False),
        ("member", True, False),
        ("other_member", False, True),
        ("project_lead", True, False),
        ("other_project_lead", False, True),
        ("coordinator", True, False),
        ("editor", False, False),
        ("administrator", True, True),
    ],
)
def test_rule_view_members_own_organisation_or_region(persona, org_a, org_b, name, on_a, on_b):
    user = persona(name)
    assert can(user, "organisations.view_members", org_a) is on_a
    assert can(user, "organisations.view_members", org_b) is on_b
    assert can(user, "organisations.view_members", None) is False


@pytest.mark.django_db
def test_project_lead_loses_the_right_when_the_organisation_moves_region(
    project_lead, org_a, region_b
):
    org_a.region = region_b
    assert can(project_lead, "organisations.change", org_a) is False
