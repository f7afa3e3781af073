"""Logging in and out, the lockout after repeated failures, and the password-reset e-mail."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.test import Client

from behoudplein.accounts.tests.factories import PASSWORD

WRONG = "dit-is-het-niet-123"


def login(client, email, password, **extra):
    return client.post("/inloggen", {"username": email, "password": password}, **extra)


@pytest.mark.django_db
def test_login_with_email_and_password(client, member):
    response = login(client, member.email, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/account").status_code == 200


@pytest.mark.django_db
def test_login_is_case_insensitive_on_the_email_address(client, member):
    """Accounts are stored in lower case; people type their address as they like."""
    response = login(client, member.email.upper(), PASSWORD)
    assert response.status_code == 302


@pytest.mark.django_db
def test_wrong_password_is_a_dutch_error_and_keeps_the_email(client, member):
    response = login(client, member.email, WRONG)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dit e-mailadres en wachtwoord horen niet bij elkaar." in page
    assert f'value="{member.email}"' in page
    assert WRONG not in page


@pytest.mark.django_db
def test_login_follows_next_but_never_to_another_site(client, member):
    response = client.post(
        "/inloggen", {"username": member.email, "password": PASSWORD, "next": "/organisaties"}
    )
    assert response["Location"] == "/organisaties"
    client.logout()
    response = client.post(
        "/inloggen",
        {"username": member.email, "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_inactive_account_cannot_log_in(client, member):
    member.is_active = False
    member.save()
    response = login(client, member.email, PASSWORD)
    assert response.status_code == 200
    assert client.get("/account").status_code == 302


@pytest.mark.django_db
def test_logout_is_a_post_and_ends_the_session(client, member):
    client.force_login(member)
    assert client.get("/uitloggen").status_code == 405
    response = client.post("/uitloggen")
    assert response.status_code == 302
    assert client.get("/account").status_code == 302


# Lockout (django-axes) ------------------------------------------------------------------


def fail_until_the_limit(clients, email):
    """Five failures in a row, spread round-robin over the given clients (app instances)."""
    for attempt in range(1, 6):
        response = login(clients[(attempt - 1) % len(clients)], email, WRONG)
        if attempt < 5:
            # Not locked yet: the ordinary Dutch form error.
            assert response.status_code == 200, f"attempt {attempt} was already refused"
            assert "horen niet bij elkaar" in response.content.decode()
        else:
            # The fifth failure reaches the limit; axes says so right away.
            assert response.status_code == 429


@pytest.mark.django_db
def test_sixth_failed_attempt_in_a_row_is_refused_even_with_the_right_password(client, member):
    fail_until_the_limit([client], member.email)
    response = login(client, member.email, PASSWORD)
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/account").status_code == 302


@pytest.mark.django_db
def test_lockout_holds_across_app_instances(member):
    """Two instances share nothing but the database: the count lives there (AxesDatabaseHandler).

    Two separate clients have separate sessions and cookies, like two gunicorn hosts behind a
    load balancer; neither can reach the other's memory.
    """
    instance_one, instance_two = Client(), Client()
    fail_until_the_limit([instance_one, instance_two], member.email)
    assert AccessAttempt.objects.get().failures_since_start == 5
    # Neither instance lets the right password in now, nor does a third fresh one.
    assert login(instance_one, member.email, PASSWORD).status_code == 429
    assert login(instance_two, member.email, PASSWORD).status_code == 429
    fresh = Client()
    assert login(fresh, member.email, PASSWORD).status_code == 429
    assert fresh.get("/account").status_code == 302


@pytest.mark.django_db
def test_changing_the_case_of_the_address_does_not_buy_new_attempts(client, member):
    spellings = [member.email, member.email.upper(), member.email.title()]
    for attempt in range(5):
        login(client, spellings[attempt % 3], WRONG)
    assert login(client, member.email.capitalize(), PASSWORD).status_code == 429


@pytest.mark.django_db
def test_the_lockout_ends_after_the_cool_off(client, member, settings):
    import datetime

    import time_machine
    from django.utils import timezone

    fail_until_the_limit([client], member.email)
    later = timezone.now() + datetime.timedelta(hours=settings.AXES_COOLOFF_TIME, minutes=1)
    with time_machine.travel(later):
        assert login(client, member.email, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_success_before_the_limit_resets_the_count(client, member):
    for _ in range(4):
        login(client, member.email, WRONG)
    assert login(client, member.email, PASSWORD).status_code == 302
    client.post("/uitloggen")
    for _ in range(4):
        assert login(client, member.email, WRONG).status_code == 200
    assert login(client, member.email, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_lockout_of_one_account_does_not_lock_another(client, member, other_member):
    for _ in range(6):
        login(client, member.email, WRONG)
    assert login(client, other_member.email, PASSWORD).status_code == 302


# Password reset -------------------------------------------------------------------------


@pytest.mark.django_db
def test_password_reset_by_email_end_to_end(client, member):
    response = client.post("/wachtwoord-vergeten", {"email": member.email})
    assert response.status_code == 302
    assert response["Location"] == "/wachtwoord-vergeten/verzonden"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert message.subject == "Nieuw wachtwoord voor Behoudplein"
    (url,) = re.findall(r"https?://\S+", message.body)
    path = urlsplit(url).path
    assert path.startswith("/wachtwoord-herstellen/")

    # Django swaps the token for a session marker and redirects to the form.
    response = client.get(path, follow=True)
    assert response.status_code == 200
    form_path = response.redirect_chain[-1][0]
    assert response.context["validlink"] is True
    new_password = "een-nieuw-sterk-wachtwoord-5"
    response = client.post(
        form_path, {"new_password1": new_password, "new_password2": new_password}
    )
    assert response.status_code == 302
    assert response["Location"] == "/wachtwoord-herstellen/klaar"
    member.refresh_from_db()
    assert member.check_password(new_password)

    # The link works once.
    response = client.get(path, follow=True)
    assert response.context["validlink"] is False
    assert "ongeldig of al gebruikt" in response.content.decode()
    # And the new password logs in.
    assert login(Client(), member.email, new_password).status_code == 302


@pytest.mark.django_db
def test_password_reset_for_an_unknown_address_sends_nothing_and_reveals_nothing(client):
    response = client.post("/wachtwoord-vergeten", {"email": "niemand@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/wachtwoord-vergeten/verzonden"
    assert mail.outbox == []


@pytest.mark.django_db
def test_password_reset_form_refuses_a_weak_password_in_dutch(client, member):
    client.post("/wachtwoord-vergeten", {"email": member.email})
    (url,) = re.findall(r"https?://\S+", mail.outbox[0].body)
    response = client.get(urlsplit(url).path, follow=True)
    form_path = response.redirect_chain[-1][0]
    response = client.post(form_path, {"new_password1": "kort", "new_password2": "kort"})
    assert response.status_code == 200
    assert "Dit wachtwoord is te kort. Gebruik minstens 10 tekens." in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(PASSWORD)
