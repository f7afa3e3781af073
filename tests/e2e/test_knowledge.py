"""Kennisbank pages pass axe-core (WCAG 2.1 A/AA) for the public and for an editor."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from behoudplein.knowledge.demo import load as load_demo_projects
from behoudplein.knowledge.models import LessonTheme

from .helpers import assert_accessible, login

pytestmark = pytest.mark.e2e


@pytest.fixture
def knowledge(db):
    load_demo_projects()
    assert LessonTheme.objects.exists()


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/kennisbank", "Kennisbank"),
        ("/kennisbank?sector=Zorg+en+welzijn&sort=subsidie", "Kennisbank"),
        ("/kennisbank/projecten/DEMO01", "Loopbaanroute voor verzorgenden in Flevoland (DEMO01)"),
        ("/kennisbank/lessen", "Lessen over alle projecten"),
        ("/kennisbank/resultaten", "Resultaten: beoogd en gerealiseerd"),
        ("/kennisbank/vergelijk?code=DEMO01&code=DEMO02", "Projecten vergelijken"),
    ],
)
def test_public_knowledge_page_is_accessible(page, knowledge, path, title):
    response = page.goto(path)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert_accessible(page)


def test_editor_pages_are_accessible(page, knowledge, editor):
    login(page, editor)
    page.goto("/kennisbank/import")
    expect(page.get_by_role("heading", level=1)).to_have_text("Document importeren")
    assert_accessible(page)
    page.goto("/kennisbank/resultaten")
    page.get_by_role("link", name="Aanpassen").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Koppeling aanpassen")
    assert_accessible(page)
