"""The organisation list: filters through the query string, live updates with htmx."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from behoudplein.organisations.constants import Branch
from behoudplein.organisations.tests.factories import OrganisationFactory

from .helpers import assert_accessible

pytestmark = pytest.mark.e2e


@pytest.fixture
def organisations(org_a, org_b, region_a):
    return [
        org_a,
        org_b,
        OrganisationFactory(
            name="GGZ Polderland",
            kvk_number="33333333",
            branch=Branch.MENTAL_HEALTH,
            region=region_a,
        ),
        OrganisationFactory(
            name="GGZ Kustlijn", kvk_number="44444444", branch=Branch.MENTAL_HEALTH, region=region_a
        ),
    ]


def results(page):
    return page.locator("#resultaten")


def test_choosing_a_branch_updates_the_results_in_place(page, organisations):
    page.goto("/organisaties")
    expect(results(page).get_by_role("heading")).to_have_text("4 organisaties")
    # A full page load would lose this marker; an htmx swap keeps it.
    page.evaluate("window.noFullReload = true")

    branch = page.get_by_label("Branche")
    branch.focus()
    with page.expect_response(re.compile(r"/organisaties\?.*branch=ggz")) as response_info:
        branch.select_option(label="GGZ")
    response = response_info.value
    assert response.request.headers.get("hx-request") == "true"
    assert "<html" not in response.text()  # only the results partial came back

    expect(results(page).get_by_role("heading")).to_have_text("2 organisaties")
    expect(results(page).get_by_role("link", name="GGZ Polderland")).to_be_visible()
    expect(results(page).get_by_role("link", name="GGZ Kustlijn")).to_be_visible()
    expect(results(page).get_by_role("link", name="Zorggroep Alfa")).to_have_count(0)
    # The address bar holds the filter, so the filtered list is a link one can share.
    expect(page).to_have_url(re.compile(r"/organisaties\?(.*&)?branch=ggz(&|$)"))
    assert page.evaluate("window.noFullReload") is True
    # Focus stays where the user was; screen readers hear the new count from the status region.
    expect(branch).to_be_focused()
    expect(page.get_by_role("status")).to_have_text("2 organisaties")
    assert_accessible(page)

    # The shared link opens the same filtered list, as a full page.
    page.goto(page.url)
    expect(page.get_by_label("Branche")).to_have_value("ggz")
    expect(results(page).get_by_role("heading")).to_have_text("2 organisaties")


def test_filters_combine_and_an_empty_result_says_so(page, organisations):
    page.goto("/organisaties?branch=ggz")
    expect(results(page).get_by_role("heading")).to_have_text("2 organisaties")
    page.get_by_label("Naam of KvK-nummer").fill("Kustlijn")
    page.get_by_label("Naam of KvK-nummer").press("Enter")
    expect(results(page).get_by_role("heading")).to_have_text("1 organisatie")
    expect(page).to_have_url(re.compile(r"q=Kustlijn"))
    expect(page).to_have_url(re.compile(r"branch=ggz"))

    page.get_by_label("Regio", exact=True).select_option(label="Regio Bravo")
    expect(results(page).get_by_role("heading")).to_have_text("0 organisaties")
    expect(results(page)).to_contain_text("Geen organisaties gevonden met deze filters.")
    assert_accessible(page)


def test_organisation_link_opens_its_page(page, organisations):
    page.goto("/organisaties?branch=ggz")
    results(page).get_by_role("link", name="GGZ Polderland").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("GGZ Polderland")
    expect(page.locator("dl.data")).to_contain_text("33333333")
    assert_accessible(page)
