"""Pages whose results htmx swaps: a partial for htmx, the whole page for history restores."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["/zoeken?q=zorg", "/organisaties", "/kennisbank", "/deelbijdragen"]


@pytest.mark.parametrize("url", PAGES)
def test_htmx_gets_the_results_part_and_a_history_restore_the_whole_page(client, url):
    partial = client.get(url, headers={"HX-Request": "true"})
    restore = client.get(url, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    page = client.get(url)
    for response in (partial, restore, page):
        assert response.status_code == 200
        vary = response.headers["Vary"]
        assert "HX-Request" in vary and "HX-History-Restore-Request" in vary
    assert "<html" not in partial.content.decode()
    for response in (restore, page):
        html = response.content.decode()
        assert "<html" in html
        assert "hx-swap-oob" not in html  # out-of-band parts belong to partials only
