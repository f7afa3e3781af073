"""Issue 4's story in a browser: two organisations share, the project lead reviews, asks for
more, approves and invites; the public page shows it. axe-core checks every page on the way."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from behoudplein.core.uploads.tests.builders import pdf_bytes
from behoudplein.shares.tests.factories import GrantFactory, RoundFactory

from .helpers import assert_accessible, login

pytestmark = pytest.mark.e2e


@pytest.fixture
def story(org_a, org_b, member, other_member, other_project_lead, settings):
    settings.VIRUS_SCANNER = "noop"
    round_t4 = RoundFactory(
        name="T4",
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2026, 12, 31),
        sharing_deadline=timezone.localdate() + datetime.timedelta(days=40),
    )
    GrantFactory(organisation=org_a, round=round_t4, max_subsidy_eur=40_000)
    GrantFactory(organisation=org_b, round=round_t4, max_subsidy_eur=12_000)
    return round_t4


def as_user(new_context, user):
    page = new_context().new_page()
    login(page, user)
    return page


def save_and_next(page):
    page.get_by_role("button", name="Opslaan en verder").click()
    page.wait_for_load_state()


def check(page, heading=None):
    if heading:
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
    assert_accessible(page)


def test_share_story(new_context, story, member, other_member, other_project_lead):
    # A small organisation fills in the questionnaire.
    page = as_user(new_context, other_member)
    page.goto("/delen")
    check(page, "Delen")
    page.get_by_role("button", name="Begin met delen voor T4").click()
    check(page, "bewerken")
    page.get_by_label("5. Digitale vragenlijst (kleine organisaties)").check()
    save_and_next(page)
    check(page)
    for n in range(1, 6):
        page.locator(f"#id_answer_{n}").fill(f"Ons antwoord op vraag {n}.")
    page.get_by_label("Aantal bereikte mensen").fill("25")
    page.get_by_label("Aantal mensen dat (mede) hierdoor behouden blijft").fill("15")
    save_and_next(page)
    save_and_next(page)
    check(page, "controleren")
    page.get_by_role("button", name="Indienen bij de projectleider").click()
    expect(page.get_by_text("Ingediend. De projectleider")).to_be_visible()
    check(page)

    # A larger organisation shares a publication in another region, with a reason.
    page = as_user(new_context, member)
    page.goto("/delen")
    page.get_by_role("button", name="Begin met delen voor T4").click()
    page.get_by_label("4. Publicatie van 1 tot 3 A4").check()
    page.get_by_label("Regio waarin u deelt").select_option(label="Regio Bravo")
    page.get_by_label("Waarom deze regio").fill("Ons programma loopt alleen in Bravo.")
    save_and_next(page)
    page.get_by_label("Korte openbare samenvatting").fill("Een verhaal over vitaal roosteren.")
    for n in range(1, 6):
        page.locator(f"#id_marker_{n}").fill(f"paragraaf {n}")
    page.get_by_label("Aantal bereikte mensen").fill("200")
    page.get_by_label("Aantal mensen dat (mede) hierdoor behouden blijft").fill("300")
    save_and_next(page)
    # Bad input: the Dutch error sits next to the field and what was typed stays.
    expect(page.get_by_text("kan niet groter zijn dan het aantal bereikte").first).to_be_visible()
    expect(page.get_by_label("Korte openbare samenvatting")).to_have_value(
        "Een verhaal over vitaal roosteren."
    )
    check(page)
    page.get_by_label("Aantal mensen dat (mede) hierdoor behouden blijft").fill("120")
    save_and_next(page)
    page.get_by_label("Publicatie (pdf of docx, 1 tot 3 A4)").set_input_files(
        {"name": "vitaal-roosteren.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes(2)}
    )
    save_and_next(page)
    check(page, "controleren")
    expect(page.get_by_role("link", name="vitaal-roosteren.pdf")).to_be_visible()
    page.get_by_role("button", name="Indienen bij de projectleider").click()
    page.get_by_role("button", name="Toestemming geven om te publiceren").click()
    check(page, "Deelbijdrage van Zorggroep Alfa")
    share_url = page.url

    # The project lead of the chosen region asks for more.
    lead = as_user(new_context, other_project_lead)
    lead.goto("/delen/regio")
    check(lead, "Delen in regio Regio Bravo")
    lead.get_by_role("link", name="Ingediend").first.click()
    lead.goto(share_url + "/beoordelen")
    check(lead, "beoordelen")
    comment = "Graag ook de cijfers over verzuim."
    lead.get_by_label("Wat moet de organisatie aanvullen?").fill(comment)
    lead.get_by_role("button", name="Aanvulling vragen").click()
    expect(lead.get_by_text("om een aanvulling gevraagd")).to_be_visible()

    # The organisation amends and resubmits.
    page.goto(share_url)
    expect(page.get_by_text("Graag ook de cijfers over verzuim.").first).to_be_visible()
    check(page)
    page.get_by_role("link", name="Bewerken").click()
    page.get_by_role("link", name="2. Inhoud en bereik").click()
    page.get_by_label("Korte openbare samenvatting").fill(
        "Een verhaal over vitaal roosteren, met cijfers over verzuim."
    )
    save_and_next(page)
    save_and_next(page)
    page.get_by_role("button", name="Indienen bij de projectleider").click()

    # Approval publishes at once (consent was given), then an invitation.
    lead.goto(share_url + "/beoordelen")
    lead.get_by_role("button", name="Goedkeuren").click()
    expect(lead.get_by_text("De deelbijdrage is goedgekeurd.")).to_be_visible()
    lead.get_by_label("Activiteit", exact=True).fill("Werksessie op de regiodag")
    lead.get_by_label("Datum", exact=True).fill("2027-03-15")
    lead.get_by_role("button", name="Uitnodiging versturen").click()
    expect(lead.get_by_text("De uitnodiging is verstuurd.")).to_be_visible()
    check(lead)

    # The organisation accepts; the public sees the share.
    page.goto(share_url)
    page.get_by_label("Ik doe mee").check()
    page.get_by_role("button", name="Reactie versturen").click()
    expect(page.get_by_text("Aangenomen")).to_be_visible()
    visitor = new_context().new_page()
    visitor.goto("/deelbijdragen")
    check(visitor, "Deelbijdragen")
    visitor.get_by_role("link", name="Zorggroep Alfa").click()
    check(visitor, "Zo werkt Zorggroep Alfa aan behoud")
    expect(visitor.get_by_text("met cijfers over verzuim")).to_be_visible()
    expect(visitor.get_by_role("link", name="Publicatie: vitaal-roosteren.pdf")).to_be_visible()
