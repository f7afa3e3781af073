"""/health: 200 while the database and the shared cache answer, 503 when either fails."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_healthy(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": True, "cache": True}}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_database_down_is_503(client):
    with mock.patch(
        "behoudplein.core.views.connection.cursor", side_effect=OperationalError("weg")
    ):
        response = client.get("/health")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": False, "cache": True},
    }


def test_cache_down_is_503(client):
    with mock.patch("behoudplein.core.views.cache.set", side_effect=ConnectionError("weg")):
        response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": True, "cache": False}


def test_cache_that_loses_what_it_stores_is_503(client):
    with mock.patch("behoudplein.core.views.cache.get", return_value=None):
        response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] is False


def test_both_down_is_503(client):
    with (
        mock.patch("behoudplein.core.views.connection.cursor", side_effect=OperationalError),
        mock.patch("behoudplein.core.views.cache.set", side_effect=OSError),
    ):
        response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": False, "cache": False}


def test_health_does_not_redirect_to_https_in_production(client, settings):
    """The load balancer probes over plain HTTP inside the network."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^health$"]
    assert client.get("/health").status_code == 200
    assert client.get("/").status_code == 301


def test_health_ignores_two_factor(client, settings, administrator):
    settings.OTP_REQUIRED = True
    client.force_login(administrator)
    assert client.get("/health").status_code == 200
