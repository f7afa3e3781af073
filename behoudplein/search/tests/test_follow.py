"""Names other records lend to documents (an organisation's to its shares, a tag's to its
projects) follow a rename at once, through the forms and the admin (registry.FOLLOWS)."""

from __future__ import annotations

import pytest

from behoudplein.knowledge import search_documents as knowledge_index
from behoudplein.knowledge.constants import TagKind
from behoudplein.knowledge.models import Lesson, LessonLink, LessonTheme, LessonThemeRule, Tag
from behoudplein.knowledge.tests.factories import ProjectFactory
from behoudplein.organisations.services import organisation_save
from behoudplein.search import services
from behoudplein.shares.search_documents import sync_share
from behoudplein.shares.tests.factories import RoundFactory, ShareFactory

pytestmark = pytest.mark.django_db


def titles(query: str) -> list[str]:
    return [hit.title for hit in services.search(query=query, user=None).results]


def keys(query: str) -> list:
    return [hit.key for hit in services.search(query=query, user=None).results]


@pytest.fixture
def share(org_a):
    share = ShareFactory(organisation=org_a, round=RoundFactory(name="T4"), published=True)
    sync_share(share)
    return share


def test_an_organisation_renamed_in_its_form_renames_its_shares(share, administrator):
    organisation = share.organisation
    organisation.name = "Zorgcentrum Kraanvogel"
    organisation_save(organisation=organisation, by=administrator)
    assert titles("kraanvogel") == ["Zorgcentrum Kraanvogel: aanpak behoud (T4)"]


def test_a_round_renamed_in_the_admin_moves_its_shares_keys(client, share, administrator):
    round_ = share.round
    client.force_login(administrator)
    response = client.post(
        f"/beheer/shares/round/{round_.pk}/change/",
        {
            "name": "T4b",
            "period_start": round_.period_start.isoformat(),
            "period_end": round_.period_end.isoformat(),
            "sharing_deadline": round_.sharing_deadline.isoformat(),
        },
    )
    assert response.status_code == 302
    kvk = share.organisation.kvk_number
    assert keys("maatje") == [{"organisation": kvk, "round": "T4b"}]  # the old key is gone


def test_a_kvk_number_changed_in_the_admin_leaves_no_stale_share(share):
    from django.contrib.admin.sites import site
    from django.test import RequestFactory

    from behoudplein.organisations.models import Organisation

    organisation = share.organisation
    organisation.kvk_number = "99999999"
    site._registry[Organisation].save_model(RequestFactory().post("/"), organisation, None, True)
    assert keys("maatje") == [{"organisation": "99999999", "round": "T4"}]


def test_a_tag_renamed_or_deleted_in_the_admin_follows_in_its_projects(client, editor):
    tag = Tag.objects.create(kind=TagKind.REGION, name="Rivierenland")
    project = ProjectFactory(code="TAG1", title="Vitaal roosteren")
    project.tags.add(tag)
    knowledge_index.sync_project(project)
    assert keys("vitaal rivierenland") == [{"code": "TAG1"}]
    client.force_login(editor)
    response = client.post(
        f"/beheer/knowledge/tag/{tag.pk}/change/", {"kind": tag.kind, "name": "Betuwe"}
    )
    assert response.status_code == 302
    assert keys("vitaal betuwe") == [{"code": "TAG1"}]
    assert services.search(query="vitaal rivierenland", user=None).missing == ["rivierenland"]
    response = client.post(f"/beheer/knowledge/tag/{tag.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert services.search(query="vitaal betuwe", user=None).missing == ["betuwe"]


def test_a_lessons_themes_are_searchable_and_follow_the_theme_screen(client, editor):
    """Theme names are taxonomy (like sector and region): a lesson the theme's rules place in
    it is found by the theme's name, and a renamed theme or a changed rule follows at once."""
    project = ProjectFactory(code="THM1", title="Werkplaats")
    lesson = Lesson.objects.create(
        section="obstacles", text="De declaratie van de uren kostte veel tijd."
    )
    LessonLink.objects.create(lesson=lesson, project=project, position=1)
    theme = LessonTheme.objects.create(name="Geldzaken en papierwerk", order=99)
    LessonThemeRule.objects.create(theme=theme, keywords="declaratie")
    knowledge_index.sync_project(project)
    lesson_key = {"code": "THM1", "section": "obstacles", "index": 1}
    assert keys("papierwerk") == [lesson_key]
    client.force_login(editor)
    rule = theme.rules.get()
    response = client.post(
        f"/beheer/knowledge/lessontheme/{theme.pk}/change/",
        {
            "name": "Regeldruk",
            "order": "99",
            "rules-TOTAL_FORMS": "1",
            "rules-INITIAL_FORMS": "1",
            "rules-MIN_NUM_FORMS": "0",
            "rules-MAX_NUM_FORMS": "1000",
            "rules-0-id": str(rule.pk),
            "rules-0-theme": str(theme.pk),
            "rules-0-keywords": "declaratie",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert keys("regeldruk") == [lesson_key]
    assert keys("papierwerk") == []
    response = client.post(f"/beheer/knowledge/lessontheme/{theme.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert keys("regeldruk") == []
