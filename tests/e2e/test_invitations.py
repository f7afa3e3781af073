"""The invitation form (as beheerder): NL Design System error handling, in a real browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .helpers import assert_accessible, login

pytestmark = pytest.mark.e2e


@pytest.fixture
def invitation_page(page, administrator, org_a, org_b):
    login(page, administrator)
    page.goto("/uitnodigingen/nieuw")
    expect(page.get_by_role("heading", level=1)).to_have_text("Iemand uitnodigen")
    return page


def submit(page):
    page.get_by_role("button", name="Verstuur uitnodiging").click()


def test_invitation_form_is_accessible(invitation_page):
    expect(invitation_page.locator("[data-error-summary]")).to_have_count(0)
    assert_accessible(invitation_page)


def test_errors_are_summarised_focused_linked_and_nothing_typed_is_lost(invitation_page):
    page = invitation_page
    page.get_by_label("E-mailadres").fill("anna.de.vries@")
    page.get_by_label("Naam").fill("Anna de Vries")
    page.get_by_label("Rol", exact=True).select_option(label="Projectleider")
    submit(page)

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Er ging iets mis. Controleer deze velden:")
    expect(summary.get_by_role("link")).to_have_count(2)
    expect(summary.get_by_role("link", name=re.compile(r"^E-mailadres: "))).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile(r"^Regio's: "))).to_be_visible()

    # Everything typed or chosen is still there.
    expect(page.get_by_label("E-mailadres")).to_have_value("anna.de.vries@")
    expect(page.get_by_label("Naam")).to_have_value("Anna de Vries")
    expect(page.get_by_label("Rol", exact=True)).to_have_value("project_lead")

    # Each error sits next to its field and is linked to it for screen readers.
    email = page.get_by_label("E-mailadres")
    expect(email).to_have_attribute("aria-invalid", "true")
    error_id = email.get_attribute("aria-describedby")
    assert error_id
    expect(page.locator(f"#{error_id}")).to_contain_text("e-mailadres")
    regions = page.get_by_role("group", name="Regio's")
    expect(regions).to_contain_text("Kies minstens één regio voor deze rol.")

    # Every link in the summary leads to a field that exists and takes focus.
    for link in summary.get_by_role("link").all():
        target = link.get_attribute("href")
        assert target and target != "#", f"summary link without a target: {link.inner_text()}"
        expect(page.locator(target)).to_have_count(1)
    summary.get_by_role("link", name=re.compile(r"^Regio's: ")).click()
    expect(regions.get_by_role("checkbox").first).to_be_focused()

    assert_accessible(page)


def test_a_correct_invitation_is_sent(invitation_page):
    page = invitation_page
    page.get_by_label("E-mailadres").fill("nieuw@example.org")
    page.get_by_label("Naam").fill("Nieuwe Collega")
    page.get_by_label("Rol", exact=True).select_option(label="Organisatiemedewerker")
    page.locator("#id_organisation").select_option(label="Zorggroep Alfa")
    submit(page)
    expect(page).to_have_url("/uitnodigingen")
    expect(page.get_by_role("status")).to_contain_text("nieuw@example.org")
    expect(page.get_by_role("main").get_by_role("table")).to_contain_text("nieuw@example.org")
    assert_accessible(page)
