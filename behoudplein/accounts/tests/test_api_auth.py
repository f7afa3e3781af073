"""The API knows who is calling: the browser session or a personal API token."""

from __future__ import annotations

import pytest

from behoudplein.accounts import services
from behoudplein.accounts.models import ApiToken
from behoudplein.core.models import AuditLog


@pytest.fixture
def token_key(project_lead):
    _token, key = services.api_token_create(user=project_lead, name="dashboard")
    return key


@pytest.mark.django_db
def test_bearer_token_identifies_the_user(client, project_lead, token_key):
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token_key}"})
    assert response.status_code == 200
    assert response.json() == {
        "email": project_lead.email,
        "full_name": project_lead.full_name,
        "organisation_id": None,
        "roles": ["project_lead"],
    }


@pytest.mark.django_db
def test_x_api_token_header_identifies_the_user(client, project_lead, token_key):
    response = client.get("/api/v1/me", headers={"X-API-Token": token_key})
    assert response.status_code == 200
    assert response.json()["email"] == project_lead.email


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": "Bearer bp_dit-token-bestaat-niet"},
        {"X-API-Token": "bp_dit-token-bestaat-niet"},
        {"Authorization": "Basic Zm9vOmJhcg=="},
        {},
    ],
    ids=["bearer", "header", "basic", "none"],
)
def test_wrong_or_missing_token_is_401(client, token_key, headers):
    assert client.get("/api/v1/me", headers=headers).status_code == 401


@pytest.mark.django_db
def test_token_of_a_deactivated_user_is_refused(client, project_lead, token_key):
    project_lead.is_active = False
    project_lead.save()
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token_key}"})
    assert response.status_code == 401


@pytest.mark.django_db
def test_session_login_works_for_the_api(client, member, org_a):
    client.force_login(member)
    body = client.get("/api/v1/me").json()
    assert body["organisation_id"] == org_a.pk
    assert body["roles"] == ["member"]


@pytest.mark.django_db
def test_only_the_hash_is_stored_and_use_is_recorded(client, project_lead, token_key):
    token = ApiToken.objects.get()
    assert token_key not in (token.key_hash, token.prefix)
    assert token.key_hash == ApiToken.hash_key(token_key)
    assert token.last_used_at is None
    client.get("/api/v1/me", headers={"X-API-Token": token_key})
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert AuditLog.objects.filter(action="api_token.create", actor=project_lead).exists()


@pytest.mark.django_db
def test_account_page_creates_a_token_and_shows_it_once(client, member):
    client.force_login(member)
    response = client.post("/account", {"name": "Mijn script"})
    assert response.status_code == 200
    key = response.context["new_key"]
    assert key.startswith("bp_")
    assert key in response.content.decode()
    again = client.get("/account").content.decode()
    assert key not in again
    assert "Mijn script" in again
    assert (
        client.get("/api/v1/me", headers={"Authorization": f"Bearer {key}"}).json()["email"]
        == member.email
    )


@pytest.mark.django_db
def test_a_token_works_where_a_session_would_need_the_second_step(
    client, settings, project_lead, token_key
):
    """Only a session that passed two-factor can create a token (/account is behind it)."""
    settings.OTP_REQUIRED = True
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token_key}"})
    assert response.status_code == 200
    client.force_login(project_lead)
    assert client.post("/account", {"name": "nog een"}).status_code == 302
    assert ApiToken.objects.count() == 1
