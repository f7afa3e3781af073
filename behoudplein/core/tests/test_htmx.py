"""Pages whose results htmx swaps: a partial for htmx, the whole page for history restores."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

# Page, and whether its partial updates a status region out of band.
PAGES = [
    ("/zoeken?q=zorg", True),
    ("/organisaties", True),
    ("/kennisbank", False),
    ("/deelbijdragen", False),
]


@pytest.mark.parametrize(("url", "status_region"), PAGES)
def test_htmx_gets_the_results_part_and_a_history_restore_the_whole_page(
    client, url, status_region
):
    partial = client.get(url, headers={"HX-Request": "true"})
    restore = client.get(url, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    page = client.get(url)
    for response in (partial, restore, page):
        assert response.status_code == 200
        vary = response.headers["Vary"]
        assert "HX-Request" in vary and "HX-History-Restore-Request" in vary
    assert "<html" not in partial.content.decode()
    assert ("hx-swap-oob" in partial.content.decode()) is status_region
    for response in (restore, page):
        html = response.content.decode()
        assert "<html" in html
        assert "hx-swap-oob" not in html  # out-of-band parts belong to partials only
