"""Who finds what: the public never finds unpublished shares or draft projects, and the
index follows every transition (publish, unpublish, withdraw, delete) at once."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from behoudplein.core.permissions import can
from behoudplein.knowledge import search_documents as knowledge_index
from behoudplein.knowledge.models import Lesson, LessonLink
from behoudplein.knowledge.tests.factories import ProjectFactory
from behoudplein.search import services
from behoudplein.shares import services as share_services
from behoudplein.shares.search_documents import share_key, sync_share
from behoudplein.shares.tests.factories import RoundFactory, ShareFactory
from conftest import PERSONAS

pytestmark = pytest.mark.django_db
WORD = "maatje"  # in the factory's summary of a complete share


def found(user, query: str = WORD) -> list:
    return [hit.key for hit in services.search(query=query, user=user).results]


@pytest.fixture
def shares(org_a, org_b):
    round_ = RoundFactory(name="T4")
    submitted = ShareFactory(organisation=org_a, round=round_, submitted=True)
    published = ShareFactory(organisation=org_b, round=round_, published=True)
    for share in (submitted, published):
        sync_share(share)
    return submitted, published


KEY_A = {"organisation": "11111111", "round": "T4"}
KEY_B = {"organisation": "22222222", "round": "T4"}


@pytest.mark.parametrize(
    ("persona_name", "expected"),
    [
        ("anonymous", [KEY_B]),
        ("member", [KEY_A, KEY_B]),
        ("other_member", [KEY_B]),
        ("project_lead", [KEY_A, KEY_B]),
        ("other_project_lead", [KEY_B]),
        ("coordinator", [KEY_A, KEY_B]),
        ("editor", [KEY_A, KEY_B]),
        ("administrator", [KEY_A, KEY_B]),
    ],
)
def test_who_finds_which_share(shares, persona, persona_name, expected):
    assert sorted(found(persona(persona_name)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_search_finds_exactly_the_shares_the_share_rules_let_one_open(
    shares, persona, persona_name
):
    """A concept is the organisation's own: reviewers (project leads, editors) find a share
    only once it is submitted, as `shares.view` lets them open it only then."""
    submitted, published = shares
    draft = ShareFactory(
        organisation=submitted.organisation, round=RoundFactory(name="T5"), complete=True
    )
    assert draft.status == "draft"
    sync_share(draft)
    user = persona(persona_name)
    # Keys compared as their natural-key text: PostgreSQL's jsonb orders a dict's keys.
    visible = {
        services.natural_key(share_key(share))
        for share in (submitted, published, draft)
        if can(user or AnonymousUser(), "shares.view", share)
    }
    assert {services.natural_key(key) for key in found(user)} == visible
    expected_draft = persona_name in ("member", "coordinator", "administrator")  # org_a, admin
    assert (services.natural_key(share_key(draft)) in visible) is expected_draft


def test_unpublish_and_publish_follow_at_once(shares, project_lead, member, other_project_lead):
    _submitted, published = shares
    share_services.share_unpublish(share=published, by=other_project_lead)
    assert found(None) == []
    share = share_services.share_set_consent(
        share=published, by=published_member(published), consent=True
    )
    assert share.status == "published"
    assert found(None) == [KEY_B]


def published_member(share):
    from behoudplein.accounts.tests.factories import UserFactory

    return UserFactory(organisation=share.organisation)


def test_withdrawn_share_leaves_the_index(shares, member):
    submitted, _ = shares
    submitted.status = "draft"
    submitted.save()
    share_services.share_withdraw(share=submitted, by=member)
    assert KEY_A not in found(member)


def test_draft_projects_only_for_editors(db, editor):
    draft = ProjectFactory(code="CONCEPT9", title="Onderzoek naar jobcrafting", draft=True)
    knowledge_index.sync_project(draft)
    assert found(None, "jobcrafting") == []
    assert found(editor, "jobcrafting") == [{"code": "CONCEPT9"}]
    draft.is_published = True
    draft.save()
    knowledge_index.sync_project(draft)
    assert found(None, "jobcrafting") == [{"code": "CONCEPT9"}]
    knowledge_index.remove_project(code="CONCEPT9")
    assert found(editor, "jobcrafting") == []


def test_admin_save_and_delete_keep_the_index(client, administrator):
    project = ProjectFactory(code="ADM1", title="Leerambassadeurs in de wijk")
    client.force_login(administrator)
    url = f"/beheer/knowledge/project/{project.pk}/delete/"
    knowledge_index.sync_project(project)
    assert found(None, "leerambassadeurs") == [{"code": "ADM1"}]
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert found(None, "leerambassadeurs") == []


def test_admin_bulk_delete_of_lessons_keeps_the_index(client, administrator):
    project = ProjectFactory(code="ADM2", title="Wijkteams")
    lesson = Lesson.objects.create(
        section="lessons", text="Leerambassadeurs werken het best in duo's."
    )
    LessonLink.objects.create(lesson=lesson, project=project, position=1)
    knowledge_index.sync_project(project)
    assert found(None, "leerambassadeurs") == [{"code": "ADM2", "section": "lessons", "index": 1}]
    client.force_login(administrator)
    response = client.post(
        "/beheer/knowledge/lesson/",
        {"action": "delete_selected", "_selected_action": [lesson.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert found(None, "leerambassadeurs") == []


def test_shares_cannot_be_deleted_past_the_services_in_the_admin(client, administrator, shares):
    client.force_login(administrator)
    _, published = shares
    response = client.post(f"/beheer/shares/share/{published.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert found(None) == [KEY_B]


def test_bedoelde_u_never_names_a_word_of_a_record_one_may_not_open(db, member, editor):
    """The spelling list holds every indexed record's words; a suggestion is only made when
    the corrected word is in a document the searcher may see."""
    services.index_document(
        kind="share",
        key={"organisation": "11111111", "round": "T9"},
        title="Eigen concept",
        url="/delen/9",
        body="Wij organiseren meeloopdagen voor scholieren.",
        tags="",
        facets={},
        public=False,
        organisation_id=member.organisation_id,
        owner_only=True,
    )
    # Also behind more words than a query plan keeps (12).
    long_query = "zorg welzijn " * 7 + "meeloopdagn"
    for user in (None, editor):
        results = services.search(query="meeloopdagn", user=user)
        assert results.suggestion is None and results.results == []
        assert services.search(query=long_query, user=user).suggestion is None
    assert services.search(query="meeloopdagn", user=member).suggestion == "meeloopdagen"
    assert services.search(query=long_query, user=member).suggestion.endswith(" meeloopdagen")
    # Published, the word is everyone's.
    knowledge_index.sync_project(ProjectFactory(code="OPEN1", title="Meeloopdagen in de wijk"))
    assert services.search(query="meeloopdagn", user=None).suggestion == "meeloopdagen"
