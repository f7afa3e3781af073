"""Content-Security-Policy and friends on every kind of response: HTML, JSON and errors."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.urls("behoudplein.core.tests.urls_errors"), pytest.mark.django_db]


def directives(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no CSP header on {response.status_code} {response.get('Content-Type')}"
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def assert_strict_csp(response) -> None:
    policy = directives(response)
    script_src = policy.get("script-src", policy.get("default-src"))
    assert script_src is not None
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert "*" not in script_src
    assert all(not source.startswith("http") for source in script_src), "no CDN for scripts"
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "url", ["/", "/organisaties", "/inloggen", "/toegankelijkheid", "/api/v1/docs"]
)
def test_csp_on_html_pages(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert_strict_csp(response)


@pytest.mark.parametrize("url", ["/api/v1/", "/api/v1/organisations", "/health"])
def test_csp_on_json_responses(client, url):
    response = client.get(url)
    assert response["Content-Type"].startswith("application/json")
    assert_strict_csp(response)


def test_csp_on_401_json(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert_strict_csp(response)


def test_csp_on_404(client):
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    assert_strict_csp(response)


def test_csp_on_403(client, member):
    client.force_login(member)
    response = client.get("/auditlog")
    assert response.status_code == 403
    assert_strict_csp(response)


def test_csp_on_500(client):
    client.raise_request_exception = False
    response = client.get("/test/boom")
    assert response.status_code == 500
    assert_strict_csp(response)


@pytest.mark.parametrize("url", ["/", "/inloggen", "/organisaties", "/bestaat-niet"])
def test_pages_have_no_inline_scripts_or_event_handlers(client, url):
    """The policy forbids them, so a page that has them is broken in the browser."""
    import re

    html = client.get(url).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler"
    assert "javascript:" not in html
