"""Zoeken in a browser: a visitor and an organisation member search for the same word and
each sees exactly what they may see; search-as-you-type; axe-core on the results page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from behoudplein.search import engine
from behoudplein.shares.search_documents import sync_share
from behoudplein.shares.tests.factories import RoundFactory, ShareFactory

from .helpers import assert_accessible, login

pytestmark = pytest.mark.e2e


@pytest.fixture
def shares(org_a, org_b):
    engine.forget()
    round_t4 = RoundFactory(name="T4")
    own = ShareFactory(organisation=org_a, round=round_t4, submitted=True)
    public = ShareFactory(organisation=org_b, round=round_t4, published=True)
    for share in (own, public):
        sync_share(share)
    yield own, public
    engine.forget()


def results_titles(page):
    return page.locator(".search-result__title").all_inner_texts()


def test_visitor_and_member_see_what_they_may(new_context, shares, member):
    visitor = new_context().new_page()
    visitor.goto("/")
    visitor.get_by_role("searchbox", name="Zoeken").fill("maatje")
    visitor.get_by_role("button", name="Zoek").click()
    visitor.wait_for_load_state()
    expect(visitor.get_by_role("heading", level=2)).to_contain_text("1 resultaat")
    assert results_titles(visitor) == ["Welzijn Bravo: aanpak behoud (T4)"]
    assert_accessible(visitor)

    page = new_context().new_page()
    login(page, member)
    page.goto("/zoeken?q=maatje")
    expect(page.get_by_role("heading", level=2)).to_contain_text("2 resultaten")
    assert sorted(results_titles(page)) == [
        "Welzijn Bravo: aanpak behoud (T4)",
        "Zorggroep Alfa: aanpak behoud (T4)",
    ]
    assert_accessible(page)


def test_search_as_you_type(new_context, shares):
    page = new_context().new_page()
    page.goto("/zoeken")
    page.get_by_label("Waar zoekt u naar?").press_sequentially("maatje", delay=30)
    expect(page.locator("#zoekresultaten h2")).to_contain_text("1 resultaat")
    assert "q=maatje" in page.url
    # Screen readers hear the count from the status region, not every result again; the
    # typing focus stays in the search box.
    expect(page.get_by_role("status")).to_have_text("1 resultaat voor “maatje”")
    expect(page.get_by_label("Waar zoekt u naar?")).to_be_focused()


def history_after(page, action) -> int:
    """history.length once the searches `action` sets off (typing waits 300 ms) have answered."""
    action()
    page.wait_for_timeout(1000)
    page.wait_for_function("!document.querySelector('.htmx-request')")
    return page.evaluate("history.length")


def test_history_steps_and_back_show_the_form_as_it_was(new_context, shares):
    page = new_context().new_page()
    page.goto("/zoeken?q=maatje")
    steps = page.evaluate("history.length")
    box = page.get_by_label("Waar zoekt u naar?")
    # Typing and choosing a kind replace the address rather than adding a step per pause.
    assert history_after(page, lambda: box.fill("aanpak")) == steps
    assert history_after(page, lambda: page.get_by_label("Soort").select_option("share")) == steps
    expect(page).to_have_url(re.compile(r"/zoeken\?q=aanpak&kind=share$"))
    # A submitted search adds one; the same search submitted again does not.
    box.fill("maatje")
    assert history_after(page, lambda: box.press("Enter")) == steps + 1
    expect(page).to_have_url(re.compile(r"/zoeken\?q=maatje&kind=share$"))
    assert history_after(page, lambda: box.press("Enter")) == steps + 1
    # Back reloads the step before, with its query and kind in the form.
    page.go_back()
    expect(page).to_have_url(re.compile(r"/zoeken\?q=aanpak&kind=share$"))
    expect(box).to_have_value("aanpak")
    expect(page.get_by_label("Soort")).to_have_value("share")


def test_a_bad_filter_in_a_shared_link_does_not_block_the_next_search(new_context, shares):
    page = new_context().new_page()
    page.goto("/zoeken?q=maatje&year=1800")
    expect(page.get_by_role("alert")).to_contain_text("Het jaar (year)")
    box = page.get_by_label("Waar zoekt u naar?")
    box.fill("")
    box.press_sequentially("aanpak", delay=30)
    expect(page.locator("#zoekresultaten h2")).to_contain_text("voor “aanpak”")
    assert "year=" not in page.url


def test_filters_opened_on_a_narrow_screen_stay_open_while_typing(new_context, shares):
    page = new_context(viewport={"width": 390, "height": 800}).new_page()
    page.goto("/zoeken?q=maatje")
    page.locator(".search-facets__summary").click()
    kind_heading = page.get_by_role("heading", name="Soort", level=3)
    expect(kind_heading).to_be_visible()
    page.get_by_label("Waar zoekt u naar?").press("End")
    page.get_by_label("Waar zoekt u naar?").press_sequentially(" aanpak", delay=30)
    expect(page.locator("#zoekresultaten h2")).to_contain_text("maatje aanpak")
    expect(kind_heading).to_be_visible()


@pytest.mark.parametrize(("width", "folded"), [(390, True), (1280, False)])
def test_filters_fold_on_narrow_screens_so_the_results_come_first(
    new_context, shares, width, folded
):
    page = new_context(viewport={"width": width, "height": 800}).new_page()
    page.goto("/zoeken?q=maatje")
    kind_heading = page.get_by_role("heading", name="Soort", level=3)
    summary = page.locator(".search-facets__summary")
    if folded:
        expect(kind_heading).to_be_hidden()
        summary.click()
    expect(kind_heading).to_be_visible()
    assert_accessible(page)


def test_filters_are_open_without_javascript(new_context, shares):
    page = new_context(java_script_enabled=False, viewport={"width": 390, "height": 800}).new_page()
    page.goto("/zoeken?q=maatje")
    expect(page.get_by_role("heading", name="Soort", level=3)).to_be_visible()


def test_an_editor_keeps_the_synonym_list(page, editor, shares):
    login(page, editor)
    page.goto("/zoeken/synoniemen")
    assert_accessible(page)
    # A mistake first: the error is named above the form and next to the field.
    page.get_by_label("Term of afkorting").fill("maatjes")
    page.get_by_label("Gelijkwaardige termen").fill("!!!")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert")).to_contain_text("Gelijkwaardige termen")
    expect(page.get_by_label("Term of afkorting")).to_have_value("maatjes")  # nothing lost
    assert_accessible(page)
    page.get_by_label("Gelijkwaardige termen").fill("buddy")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("cell", name="buddy")).to_be_visible()
    # The list reaches search at once: 'buddy' finds both shares about a 'maatje' (an
    # editor also sees the one not yet published).
    page.goto("/zoeken?q=buddy")
    expect(page.locator("#zoekresultaten h2")).to_contain_text("2 resultaten")
    page.goto("/zoeken/synoniemen")
    page.get_by_role("link", name="Wijzigen maatjes").click()
    assert_accessible(page)
    page.get_by_role("button", name="Synoniem verwijderen").click()
    # Removing cannot be undone: one more question first.
    expect(page.get_by_role("heading", level=1)).to_have_text("Synoniem “maatjes” verwijderen?")
    assert_accessible(page)
    page.get_by_role("button", name="Ja, verwijderen").click()
    expect(page.get_by_text("Synoniem “maatjes” verwijderd.")).to_be_visible()
    page.goto("/zoeken?q=buddy")
    expect(page.locator("#zoekresultaten h2")).to_contain_text("0 resultaten")
