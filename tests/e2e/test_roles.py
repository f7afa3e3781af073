"""Each role logs in through the real form and sees its own navigation; the skip link works."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import assert_accessible, login

pytestmark = pytest.mark.e2e

# What the main navigation offers each role. Later modules add their own entries; this table
# pins the foundation's: who may see the invitations, the audit log and the Django admin.
NAVIGATION = {
    "anonymous": {"Mijn organisatie": False, "Uitnodigingen": False, "Auditlog": False},
    "member": {"Mijn organisatie": True, "Uitnodigingen": False, "Auditlog": False},
    "project_lead": {"Mijn organisatie": True, "Uitnodigingen": True, "Auditlog": False},
    "coordinator": {"Mijn organisatie": True, "Uitnodigingen": False, "Auditlog": False},
    "editor": {"Mijn organisatie": True, "Uitnodigingen": False, "Auditlog": False},
    "administrator": {"Mijn organisatie": True, "Uitnodigingen": True, "Auditlog": True},
}
SEES_ADMIN = {"editor", "administrator"}


def main_navigation(page):
    return page.get_by_role("navigation", name="Hoofdmenu")


@pytest.mark.parametrize("role", list(NAVIGATION))
def test_each_role_sees_its_navigation(page, persona, role):
    user = persona(role)
    if user is None:
        page.goto("/")
        expect(page.get_by_role("link", name="Inloggen").first).to_be_visible()
        expect(page.get_by_role("button", name="Uitloggen")).to_have_count(0)
    else:
        login(page, user)
        # The login form sends every role to the home page, with its name in the header.
        expect(page).to_have_url("/")
        expect(page.get_by_role("banner").get_by_role("link", name=str(user))).to_be_visible()

    nav = main_navigation(page)
    for label in ("Organisaties",):
        expect(nav.get_by_role("link", name=label, exact=True)).to_be_visible()
    expected = {**NAVIGATION[role], "Beheer": role in SEES_ADMIN}
    for label, visible in expected.items():
        link = nav.get_by_role("link", name=label, exact=True)
        expect(link).to_have_count(1 if visible else 0)

    # Every entry the navigation offers opens for this role (nothing shown that is forbidden).
    for label, visible in expected.items():
        if visible and label != "Beheer":
            nav.get_by_role("link", name=label, exact=True).click()
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            expect(nav.get_by_role("link", name=label, exact=True)).to_have_attribute(
                "aria-current", "page"
            )
            assert "Geen toegang" not in page.get_by_role("heading", level=1).inner_text()
    assert_accessible(page)


@pytest.mark.parametrize("role", ["anonymous", "member", "administrator"])
def test_skip_link_moves_focus_to_the_content(page, persona, role):
    user = persona(role)
    if user is not None:
        login(page, user)
    page.goto("/organisaties")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    expect(skip_link).not_to_be_in_viewport()

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()  # visible when focused
    page.keyboard.press("Enter")
    expect(page.locator("main#inhoud")).to_be_focused()
    expect(page).to_have_url("/organisaties#inhoud")

    # The next Tab continues inside the content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_project_lead_invites_only_for_its_own_region(page, project_lead, org_a, org_b):
    login(page, project_lead)
    page.goto("/uitnodigingen/nieuw")
    roles = page.get_by_label("Rol").locator("option")
    expect(roles).to_have_text(["Organisatiemedewerker"])
    organisations = page.locator("#id_organisation option")
    expect(organisations).to_contain_text(["Zorggroep Alfa"])
    expect(organisations.filter(has_text="Welzijn Bravo")).to_have_count(0)
    expect(page.get_by_role("group", name="Regio's")).to_have_count(0)
    assert_accessible(page)


def test_logout_returns_to_the_anonymous_navigation(page, member):
    login(page, member)
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("button", name="Uitloggen")).to_have_count(0)
    nav = main_navigation(page)
    expect(nav.get_by_role("link", name="Mijn organisatie")).to_have_count(0)
    page.goto("/mijn-organisatie")
    expect(page).to_have_url("/inloggen?next=/mijn-organisatie")
