"""Two-factor authentication (TOTP) for the roles that see other organisations' data."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from behoudplein.accounts.tests.factories import PASSWORD, UserFactory
from behoudplein.core.models import AuditLog

TWO_FACTOR_URL = "/account/tweestapsverificatie"


@pytest.fixture
def otp_required(settings):
    settings.OTP_REQUIRED = True
    settings.DEMO_WAIVES_OTP = False
    return settings


def current_code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def log_in(client, user):
    response = client.post("/inloggen", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return response


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["project_lead", "other_project_lead", "coordinator", "editor", "administrator"]
)
def test_roles_with_wide_access_are_sent_to_set_up_two_factor(client, persona, otp_required, name):
    user = persona(name)
    log_in(client, user)
    response = client.get("/organisaties?branch=vvt&pagina=2")
    assert response.status_code == 302
    assert (
        response["Location"] == f"{TWO_FACTOR_URL}?next=%2Forganisaties%3Fbranch%3Dvvt%26pagina%3D2"
    )
    # The API answers 403 instead of redirecting a script to an HTML page.
    assert client.get("/api/v1/me").status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["member", "other_member"])
def test_members_are_not_forced(client, persona, otp_required, name):
    log_in(client, persona(name))
    assert client.get("/organisaties").status_code == 200
    assert client.get("/mijn-organisatie").status_code == 200


@pytest.mark.django_db
def test_project_lead_sets_up_totp_and_then_passes(client, project_lead, otp_required):
    log_in(client, project_lead)
    page = client.get(f"{TWO_FACTOR_URL}?next=/uitnodigingen")
    assert page.status_code == 200
    assert page.context["setup"] is True
    assert page.context["qr"].startswith("data:image/svg+xml;base64,")
    device = TOTPDevice.objects.get(user=project_lead, confirmed=False)

    wrong_code = "000000" if current_code(device) != "000000" else "111111"
    wrong = client.post(f"{TWO_FACTOR_URL}?next=/uitnodigingen", {"token": wrong_code})
    assert wrong.status_code == 200
    assert "Deze code klopt niet" in wrong.content.decode()
    assert client.get("/uitnodigingen").status_code == 302

    # django-otp slows down guessing after a failure; a person types the next code later.
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        response = client.post(
            f"{TWO_FACTOR_URL}?next=/uitnodigingen", {"token": current_code(device)}
        )
    assert response.status_code == 302
    assert response["Location"] == "/uitnodigingen"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/uitnodigingen").status_code == 200
    assert client.get("/api/v1/me").status_code == 200
    assert AuditLog.objects.filter(action="two_factor.setup", actor=project_lead).exists()


@pytest.mark.django_db
def test_next_login_asks_for_the_code_of_the_device_already_set_up(
    client, administrator, otp_required
):
    device = TOTPDevice.objects.create(user=administrator, name="app", confirmed=True)
    log_in(client, administrator)
    assert client.get("/auditlog").status_code == 302
    page = client.get(TWO_FACTOR_URL)
    assert page.context["setup"] is False
    assert "qr" not in page.context
    assert TOTPDevice.objects.filter(user=administrator).count() == 1
    # Following the middleware's redirect keeps the query string of the page asked for.
    detour = client.get("/auditlog?pagina=1")["Location"]
    response = client.post(detour, {"token": current_code(device)})
    assert response["Location"] == "/auditlog?pagina=1"
    assert client.get("/auditlog").status_code == 200


@pytest.mark.django_db
def test_a_malformed_code_is_a_dutch_field_error(client, editor, otp_required):
    log_in(client, editor)
    response = client.post(TWO_FACTOR_URL, {"token": "12ab"})
    assert response.status_code == 200
    assert response.context["form"].errors["token"] == ["Vul de 6 cijfers in die uw app nu toont."]
    assert client.get("/organisaties").status_code == 302


@pytest.mark.django_db
def test_next_parameter_cannot_send_the_user_to_another_site(client, editor, otp_required):
    log_in(client, editor)
    client.get(TWO_FACTOR_URL)
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(
        TWO_FACTOR_URL + "?next=https://evil.example/", {"token": current_code(device)}
    )
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_pages_that_must_stay_reachable_without_the_second_step(client, editor, otp_required):
    log_in(client, editor)
    assert client.get("/health").status_code == 200
    assert client.get(TWO_FACTOR_URL).status_code == 200
    assert client.post("/uitloggen").status_code == 302


@pytest.mark.django_db
def test_two_factor_is_not_required_when_switched_off(client, administrator, settings):
    settings.OTP_REQUIRED = False
    log_in(client, administrator)
    assert client.get("/auditlog").status_code == 200


@pytest.mark.django_db
def test_demo_waiver_applies_only_to_demo_accounts(client, otp_required):
    otp_required.DEMO_WAIVES_OTP = True
    demo = UserFactory(email="beheerder@demo.behoudplein.nl", is_superuser=True)
    real = UserFactory(email="beheerder@behoudplein.nl", is_superuser=True)
    lookalike = UserFactory(email="beheerder@demo.behoudplein.nl.evil.example", is_superuser=True)
    log_in(client, demo)
    assert client.get("/auditlog").status_code == 200
    for user in (real, lookalike):
        other = client.__class__()
        log_in(other, user)
        assert other.get("/auditlog").status_code == 302, user.email


@pytest.mark.django_db
def test_demo_waiver_is_off_unless_the_setting_says_so(client, otp_required):
    demo = UserFactory(email="redacteur@demo.behoudplein.nl", is_editor=True)
    log_in(client, demo)
    assert client.get("/organisaties").status_code == 302


@pytest.mark.django_db
def test_needs_two_factor_per_role(settings, member, coordinator, editor, administrator):
    settings.OTP_REQUIRED = True
    settings.DEMO_WAIVES_OTP = False
    assert member.needs_two_factor is False
    assert coordinator.needs_two_factor is True  # also a member, but the regional role counts
    assert editor.needs_two_factor is True
    assert administrator.needs_two_factor is True
