"""Every foundation page passes axe-core (WCAG 2.1 A/AA), reflows at 320px and reads without JS."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from behoudplein.organisations.constants import Branch
from behoudplein.organisations.tests.factories import OrganisationFactory

from .helpers import assert_accessible, login

pytestmark = pytest.mark.e2e


@pytest.fixture
def organisations(org_a, org_b, region_a):
    ggz = OrganisationFactory(
        name="GGZ Polderland", kvk_number="33333333", branch=Branch.MENTAL_HEALTH, region=region_a
    )
    return org_a, org_b, ggz


def heading(page):
    return page.get_by_role("heading", level=1)


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/", "Samen mensen behouden voor zorg en welzijn"),
        ("/inloggen", "Inloggen"),
        ("/toegankelijkheid", "Toegankelijkheidsverklaring"),
        ("/organisaties?branch=ggz", "Organisaties"),
    ],
)
def test_public_page_is_accessible(page, organisations, path, title):
    response = page.goto(path)
    assert response.status == 200
    expect(heading(page)).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    assert_accessible(page)


def test_organisation_detail_is_accessible(page, organisations):
    org_a, _, _ = organisations
    response = page.goto(f"/organisaties/{org_a.pk}")
    assert response.status == 200
    expect(heading(page)).to_have_text("Zorggroep Alfa")
    expect(page.locator("dl.data")).to_contain_text("11111111")
    breadcrumbs = page.get_by_role("navigation", name="Kruimelpad")
    expect(breadcrumbs.get_by_role("link", name="Organisaties")).to_be_visible()
    assert_accessible(page)


def test_not_found_page_is_dutch_and_accessible(page):
    response = page.goto("/deze-pagina-bestaat-niet")
    assert response.status == 404
    expect(heading(page)).to_have_text("Pagina niet gevonden")
    expect(page.get_by_role("link", name="Naar de homepagina")).to_be_visible()
    assert_accessible(page)


def test_forbidden_page_is_dutch_and_accessible(page, member):
    login(page, member)
    response = page.goto("/auditlog")
    assert response.status == 403
    expect(heading(page)).to_have_text("Geen toegang")
    # Still logged in, with the navigation of a member: the page explains, it does not dead-end.
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
    assert_accessible(page)


def test_my_organisation_is_accessible(page, member):
    login(page, member)
    page.goto("/mijn-organisatie")
    expect(heading(page)).to_have_text("Mijn organisatie: Zorggroep Alfa")
    expect(page.locator("main")).to_contain_text(f"{member} (u)")
    assert_accessible(page)


def test_my_organisation_without_organisation_is_accessible(page, editor):
    login(page, editor)
    response = page.goto("/mijn-organisatie")
    assert response.status == 200
    expect(heading(page)).to_be_visible()
    assert_accessible(page)


def test_failed_login_shows_an_accessible_error_and_keeps_the_email(page, member):
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(member.email)
    page.get_by_label("Wachtwoord", exact=True).fill("niet-het-goede-wachtwoord")
    page.locator("main").get_by_role("button", name="Inloggen").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_contain_text("horen niet bij elkaar")
    expect(summary).to_be_focused()
    expect(page.get_by_label("E-mailadres")).to_have_value(member.email)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/", "/organisaties", "/inloggen", "/toegankelijkheid"])
def test_page_reflows_at_320_css_pixels(new_context, organisations, path):
    """WCAG 1.4.10: no horizontal page scroll at 320px; wide tables scroll in their own box."""
    page = new_context(viewport={"width": 320, "height": 640}).new_page()
    page.goto(path)
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{path} is {widths[0]}px wide in a {widths[1]}px viewport"
    assert_accessible(page)


def test_pages_can_be_read_and_used_without_javascript(new_context, organisations, member):
    page = new_context(java_script_enabled=False).new_page()
    for path, title in [
        ("/", "Samen mensen behouden voor zorg en welzijn"),
        ("/toegankelijkheid", "Toegankelijkheidsverklaring"),
        ("/organisaties", "Organisaties"),
        (f"/organisaties/{organisations[0].pk}", "Zorggroep Alfa"),
        ("/bestaat-niet", "Pagina niet gevonden"),
    ]:
        page.goto(path)
        expect(heading(page)).to_have_text(title)
        nav = page.get_by_role("navigation", name="Hoofdmenu")
        expect(nav.get_by_role("link", name="Organisaties")).to_be_visible()

    # Filtering is an ordinary GET form: the Filter button does what htmx does with JS.
    page.goto("/organisaties")
    page.get_by_label("Branche").select_option("ggz")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url("/organisaties?q=&branch=ggz&kind=&region=&arbeidsmarktregio=")
    results = page.locator("#resultaten")
    expect(results.get_by_role("heading")).to_have_text("1 organisatie")
    expect(results.get_by_role("link", name="GGZ Polderland")).to_be_visible()
    expect(results.get_by_role("link", name="Zorggroep Alfa")).to_have_count(0)

    # Logging in is an ordinary form post too.
    login(page, member)
    page.goto("/mijn-organisatie")
    expect(heading(page)).to_have_text("Mijn organisatie: Zorggroep Alfa")
