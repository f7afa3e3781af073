"""Personas shared by every test: the roles of SPEC.md, each in a known region and organisation.

region A holds org A (member, project lead A); region B holds org B (other member, project
lead B). Like Healthchecks' alice/bob/charlie: tests pick people, not set-up code.
"""

from __future__ import annotations

import pytest

from behoudplein.accounts.constants import Role
from behoudplein.accounts.tests.factories import PASSWORD, RegionRoleFactory, UserFactory
from behoudplein.organisations.tests.factories import OrganisationFactory, RegionFactory


@pytest.fixture
def region_a(db):
    return RegionFactory(name="Regio Alfa", slug="regio-alfa")


@pytest.fixture
def region_b(db):
    return RegionFactory(name="Regio Bravo", slug="regio-bravo")


@pytest.fixture
def org_a(region_a):
    return OrganisationFactory(name="Zorggroep Alfa", kvk_number="11111111", region=region_a)


@pytest.fixture
def org_b(region_b):
    return OrganisationFactory(name="Welzijn Bravo", kvk_number="22222222", region=region_b)


@pytest.fixture
def member(org_a):
    return UserFactory(email="member@example.org", organisation=org_a)


@pytest.fixture
def other_member(org_b):
    return UserFactory(email="other.member@example.org", organisation=org_b)


@pytest.fixture
def project_lead(region_a):
    user = UserFactory(email="lead@example.org")
    RegionRoleFactory(user=user, region=region_a, role=Role.PROJECT_LEAD)
    return user


@pytest.fixture
def other_project_lead(region_b):
    user = UserFactory(email="other.lead@example.org")
    RegionRoleFactory(user=user, region=region_b, role=Role.PROJECT_LEAD)
    return user


@pytest.fixture
def coordinator(region_a, org_a):
    user = UserFactory(email="coordinator@example.org", organisation=org_a)
    RegionRoleFactory(user=user, region=region_a, role=Role.COORDINATOR)
    return user


@pytest.fixture
def editor(db):
    return UserFactory(email="editor@example.org", is_editor=True)


@pytest.fixture
def administrator(db):
    return UserFactory(email="admin@example.org", is_superuser=True)


PERSONAS = (
    "anonymous",
    "member",
    "other_member",
    "project_lead",
    "other_project_lead",
    "coordinator",
    "editor",
    "administrator",
)


@pytest.fixture
def persona(request):
    """`persona("member")` → the user (None for anonymous), created on demand."""

    def get(name: str):
        if name == "anonymous":
            return None
        return request.getfixturevalue(name)

    return get


@pytest.fixture
def login_as(client, persona):
    def login(name: str):
        user = persona(name)
        if user is not None:
            client.force_login(user)
        return client

    return login


@pytest.fixture
def password():
    return PASSWORD


pytest_plugins = ["behoudplein.core.tests.matrix"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The database rolls back after each test; the local cache must not remember it."""
    from django.core.cache import cache

    cache.clear()
    yield
