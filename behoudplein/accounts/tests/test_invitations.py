"""Invitations end to end: who may send them, the e-mail, accepting, and every bad link."""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from behoudplein.accounts import services
from behoudplein.accounts.constants import Role
from behoudplein.accounts.models import Invitation, RegionRole, User
from behoudplein.accounts.tests.factories import PASSWORD
from behoudplein.core.models import AuditLog

NEW_EMAIL = "nieuwe.collega@example.org"
STRONG = "lang-en-sterk-wachtwoord-7"


def invite(client, user, data, capture):
    client.force_login(user)
    with capture(execute=True):
        return client.post("/uitnodigingen/nieuw", data, REMOTE_ADDR="192.0.2.10")


def link_path(message) -> str:
    urls = re.findall(r"https?://\S+", message.body)
    assert len(urls) == 1, message.body
    return urlsplit(urls[0]).path


# Creating -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_administrator_invites_a_member_of_any_organisation_and_the_mail_holds_the_link(
    client, administrator, org_b, django_capture_on_commit_callbacks
):
    response = invite(
        client,
        administrator,
        {
            "email": NEW_EMAIL,
            "full_name": "Nieuwe Collega",
            "role": "member",
            "organisation": org_b.pk,
        },
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert response["Location"] == "/uitnodigingen"
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.organisation) == (
        NEW_EMAIL,
        "member",
        org_b,
    )
    assert invitation.invited_by == administrator
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [NEW_EMAIL]
    assert "Behoudplein" in message.subject
    path = link_path(message)
    assert path.startswith("/uitnodiging/")
    assert path == f"/uitnodiging/{services.invitation_token(invitation)}"
    assert not User.objects.filter(email=NEW_EMAIL).exists()


@pytest.mark.django_db
def test_no_mail_leaves_before_the_transaction_commits(client, administrator, org_a):
    client.force_login(administrator)
    # Without running on-commit callbacks (the test transaction never commits) nothing is sent.
    client.post(
        "/uitnodigingen/nieuw", {"email": NEW_EMAIL, "role": "member", "organisation": org_a.pk}
    )
    assert Invitation.objects.count() == 1
    assert mail.outbox == []


@pytest.mark.django_db
def test_project_lead_invites_a_member_of_its_regions_organisation(
    client, project_lead, org_a, django_capture_on_commit_callbacks
):
    response = invite(
        client,
        project_lead,
        {"email": NEW_EMAIL, "role": "member", "organisation": org_a.pk},
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert Invitation.objects.get().organisation == org_a
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_project_lead_cannot_invite_for_another_regions_organisation(
    client, project_lead, org_b, django_capture_on_commit_callbacks
):
    response = invite(
        client,
        project_lead,
        {
            "email": NEW_EMAIL,
            "full_name": "Getypte Naam",
            "role": "member",
            "organisation": org_b.pk,
        },
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    assert not Invitation.objects.exists()
    assert mail.outbox == []
    # What was typed stays in the form.
    page = response.content.decode()
    assert NEW_EMAIL in page
    assert "Getypte Naam" in page


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["project_lead", "coordinator", "editor", "administrator"])
def test_project_lead_cannot_hand_out_other_roles(
    client, project_lead, region_a, org_a, role, django_capture_on_commit_callbacks
):
    response = invite(
        client,
        project_lead,
        {"email": NEW_EMAIL, "role": role, "organisation": org_a.pk, "regions": [region_a.pk]},
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    assert "role" in response.context["form"].errors
    assert not Invitation.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_service_itself_refuses_what_the_form_hides(project_lead, org_a, org_b, region_a):
    """The API or the CLI call the service directly: the rule holds there too."""
    with pytest.raises(PermissionDenied):
        services.invitation_create(
            by=project_lead, email=NEW_EMAIL, role="member", organisation=org_b
        )
    with pytest.raises(PermissionDenied):
        services.invitation_create(
            by=project_lead, email=NEW_EMAIL, role="project_lead", regions=[region_a]
        )
    with pytest.raises(PermissionDenied):
        services.invitation_create(
            by=project_lead, email=NEW_EMAIL, role="member", organisation=org_a, regions=[region_a]
        )
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_administrator_hands_out_a_regional_role(
    client, administrator, region_a, region_b, django_capture_on_commit_callbacks
):
    response = invite(
        client,
        administrator,
        {"email": NEW_EMAIL, "role": "project_lead", "regions": [region_a.pk, region_b.pk]},
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert set(invitation.regions.all()) == {region_a, region_b}


@pytest.mark.django_db
def test_regional_role_without_a_region_and_member_without_organisation_are_field_errors(
    client, administrator
):
    client.force_login(administrator)
    response = client.post("/uitnodigingen/nieuw", {"email": NEW_EMAIL, "role": "coordinator"})
    assert "Kies minstens één regio voor deze rol." in response.context["form"].errors["regions"]
    response = client.post("/uitnodigingen/nieuw", {"email": NEW_EMAIL, "role": "member"})
    errors = response.context["form"].errors["organisation"]
    assert "Kies de organisatie van de medewerker." in errors
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_bad_email_is_a_dutch_field_error_and_keeps_what_was_typed(client, administrator, org_a):
    client.force_login(administrator)
    response = client.post(
        "/uitnodigingen/nieuw",
        {
            "email": "geen-adres",
            "full_name": "Getypte Naam",
            "role": "member",
            "organisation": org_a.pk,
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["Voer een geldig e-mailadres in."]
    page = response.content.decode()
    assert 'value="geen-adres"' in page
    assert 'value="Getypte Naam"' in page
    assert "error-summary" in page
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_an_existing_account_cannot_be_invited_again(client, administrator, member, org_a):
    client.force_login(administrator)
    response = client.post(
        "/uitnodigingen/nieuw",
        {"email": member.email.upper(), "role": "member", "organisation": org_a.pk},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["email"] == [
        "Er bestaat al een account met dit e-mailadres."
    ]
    assert not Invitation.objects.exists()


# Accepting ------------------------------------------------------------------------------


@pytest.fixture
def member_invitation(administrator, org_a):
    return services.invitation_create(
        by=administrator,
        email=NEW_EMAIL,
        role="member",
        full_name="Nieuwe Collega",
        organisation=org_a,
    )


def accept_url(invitation) -> str:
    return f"/uitnodiging/{services.invitation_token(invitation)}"


def accept_data(**overrides):
    return {"full_name": "Nieuwe Collega", "password1": STRONG, "password2": STRONG, **overrides}


@pytest.mark.django_db
def test_accepting_sets_the_password_and_creates_exactly_one_member(
    client, member_invitation, org_a
):
    url = accept_url(member_invitation)
    page = client.get(url)
    assert page.status_code == 200
    assert NEW_EMAIL in page.content.decode()
    response = client.post(url, accept_data())
    assert response.status_code == 302
    assert response["Location"] == "/"
    user = User.objects.get(email=NEW_EMAIL)
    assert User.objects.filter(email=NEW_EMAIL).count() == 1
    assert user.check_password(STRONG)
    assert user.organisation == org_a
    assert user.roles == [Role.MEMBER]
    assert not user.is_superuser
    assert not user.is_editor
    member_invitation.refresh_from_db()
    assert member_invitation.accepted_at is not None
    assert member_invitation.user == user
    # The new user is logged in and lands on the home page.
    assert client.get("/account").status_code == 200


@pytest.mark.django_db
def test_accepting_a_regional_invitation_gives_the_role_for_exactly_those_regions(
    client, administrator, region_a, region_b
):
    invitation = services.invitation_create(
        by=administrator, email=NEW_EMAIL, role="coordinator", regions=[region_b]
    )
    client.post(accept_url(invitation), accept_data())
    user = User.objects.get(email=NEW_EMAIL)
    assert list(RegionRole.objects.filter(user=user).values_list("role", "region")) == [
        ("coordinator", region_b.pk)
    ]
    assert user.roles == [Role.COORDINATOR]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "flags"),
    [("editor", (True, False)), ("administrator", (False, True))],
)
def test_accepting_an_editor_or_administrator_invitation(client, administrator, role, flags):
    invitation = services.invitation_create(by=administrator, email=NEW_EMAIL, role=role)
    client.post(accept_url(invitation), accept_data())
    user = User.objects.get(email=NEW_EMAIL)
    assert (user.is_editor, user.is_superuser) == flags


@pytest.mark.django_db
def test_expired_link_is_a_clear_page_and_creates_no_account(client, member_invitation):
    url = accept_url(member_invitation)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=8)):
        response = client.get(url)
        assert response.status_code == 400
        assert "verlopen" in response.content.decode()
        response = client.post(url, accept_data())
        assert response.status_code == 400
    assert not User.objects.filter(email=NEW_EMAIL).exists()


@pytest.mark.django_db
def test_invitation_whose_expiry_date_passed_is_refused_even_with_a_fresh_signature(
    client, member_invitation
):
    Invitation.objects.filter(pk=member_invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.post(accept_url(member_invitation), accept_data())
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()
    assert not User.objects.filter(email=NEW_EMAIL).exists()


@pytest.mark.django_db
def test_reused_link_is_a_clear_page_and_creates_no_second_account(client, member_invitation):
    url = accept_url(member_invitation)
    assert client.post(url, accept_data()).status_code == 302
    client.logout()
    response = client.get(url)
    assert response.status_code == 400
    assert "al gebruikt" in response.content.decode()
    response = client.post(
        url, accept_data(password1="nog-een-wachtwoord-8", password2="nog-een-wachtwoord-8")
    )
    assert response.status_code == 400
    assert User.objects.filter(email=NEW_EMAIL).count() == 1
    assert User.objects.get(email=NEW_EMAIL).check_password(STRONG)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token.replace(":", "x", 1),
        lambda token: "onzin",
    ],
    ids=["signature", "payload", "garbage"],
)
def test_tampered_link_is_a_clear_page_and_creates_no_account(client, member_invitation, tamper):
    url = f"/uitnodiging/{tamper(services.invitation_token(member_invitation))}"
    response = client.get(url)
    assert response.status_code == 400
    assert "ongeldig" in response.content.decode()
    assert client.post(url, accept_data()).status_code == 400
    assert not User.objects.filter(email=NEW_EMAIL).exists()


@pytest.mark.django_db
def test_link_of_a_revoked_invitation_is_refused(client, member_invitation):
    url = accept_url(member_invitation)
    Invitation.objects.filter(pk=member_invitation.pk).update(nonce="ingetrokken")
    assert client.get(url).status_code == 400


@pytest.mark.django_db
def test_mismatched_passwords_keep_the_typed_name(client, member_invitation):
    response = client.post(
        accept_url(member_invitation),
        accept_data(full_name="Mijn Eigen Naam", password2="iets-heel-anders-9"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["password2"] == [
        "De twee wachtwoorden zijn niet gelijk."
    ]
    assert 'value="Mijn Eigen Naam"' in response.content.decode()
    assert not User.objects.filter(email=NEW_EMAIL).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("weak", "message"),
    [
        ("kort", "Dit wachtwoord is te kort. Gebruik minstens 10 tekens."),
        ("1234567890123", "Dit wachtwoord bevat alleen cijfers."),
        ("password123", "Dit wachtwoord is te algemeen."),
    ],
)
def test_weak_password_is_refused_in_dutch_and_keeps_the_typed_name(
    client, member_invitation, weak, message
):
    response = client.post(
        accept_url(member_invitation),
        accept_data(full_name="Mijn Eigen Naam", password1=weak, password2=weak),
    )
    assert response.status_code == 200
    assert message in response.context["form"].errors["password1"]
    page = response.content.decode()
    assert message in page
    assert 'value="Mijn Eigen Naam"' in page
    # A password is never sent back to the browser.
    assert f'value="{weak}"' not in page
    assert not User.objects.filter(email=NEW_EMAIL).exists()


@pytest.mark.django_db
def test_accepting_is_audited_with_the_ip_address(client, member_invitation):
    client.post(accept_url(member_invitation), accept_data(), REMOTE_ADDR="198.51.100.7")
    row = AuditLog.objects.get(action="invitation.accept")
    assert row.actor.email == NEW_EMAIL
    assert row.ip_address == "198.51.100.7"
    assert row.object_id == str(member_invitation.pk)


@pytest.mark.django_db
def test_the_new_account_logs_in_with_its_password(client, member_invitation):
    client.post(accept_url(member_invitation), accept_data())
    client.logout()
    response = client.post("/inloggen", {"username": NEW_EMAIL, "password": STRONG})
    assert response.status_code == 302
    assert PASSWORD != STRONG


def test_the_nonce_fits_its_column():
    """SQLite ignores a column's length; PostgreSQL refused every invitation."""
    field = Invitation._meta.get_field("nonce")
    nonces = {Invitation().nonce for _ in range(20)}
    assert len(nonces) == 20
    assert all(len(nonce) <= field.max_length for nonce in nonces)
