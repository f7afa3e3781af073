"""Error pages: Dutch, without stack traces, also when the database itself is down."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = [pytest.mark.urls("behoudplein.core.tests.urls_errors"), pytest.mark.django_db]

LEAKS = ("Traceback", "geheime-interne-foutmelding", "RuntimeError", 'File "', "settings.py")


@pytest.fixture
def quiet_client(client):
    client.raise_request_exception = False
    return client


def assert_no_leak(html: str) -> None:
    for leak in LEAKS:
        assert leak not in html


def test_unknown_url_is_a_dutch_404(client, settings):
    assert settings.DEBUG is False
    response = client.get("/deze-pagina-bestaat-niet")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html
    assert 'lang="nl"' in html
    assert_no_leak(html)


def test_unknown_object_is_a_dutch_404(client):
    response = client.get("/organisaties/424242")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_forbidden_is_a_dutch_403(client, member):
    client.force_login(member)
    response = client.get("/auditlog")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Geen toegang" in html
    assert "core.view_audit_log" not in html
    assert_no_leak(html)
    assert client.get("/test/verboden").status_code == 403


def test_crash_is_a_dutch_500_without_stack_trace(quiet_client, member):
    quiet_client.force_login(member)
    response = quiet_client.get("/test/boom")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert 'lang="nl"' in html
    assert_no_leak(html)


def test_500_page_renders_even_when_the_database_is_down(quiet_client, member):
    """The error page must not need the database that just failed (session, user, menu)."""
    quiet_client.force_login(member)
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("database unavailable"),
    ):
        response = quiet_client.get("/test/database")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert "database unavailable" not in html


def test_404_for_api_urls_is_json_not_a_page(client):
    response = client.get("/api/v1/organisations/424242")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
