from __future__ import annotations

import pytest

from behoudplein.core.tests.matrix import Row, check_access, matrix_params  # noqa: F401
from behoudplein.knowledge import selectors
from behoudplein.knowledge.models import Lesson, LessonLink, LessonTheme, LessonThemeRule, Outcome
from behoudplein.knowledge.services import outcome_pairs_store

from .factories import ActivityFactory, ProjectFactory

pytestmark = pytest.mark.django_db

CURATORS = {"editor": 200, "administrator": 200}


@pytest.fixture
def projects(db):
    public = ProjectFactory(code="PUB1", title="Openbaar project")
    draft = ProjectFactory(code="DRAFT1", title="Concept project", draft=True)
    activity = ActivityFactory(project=public)
    outcome_pairs_store(activity=activity)
    return public, draft


MATRIX = [
    Row("/kennisbank", default=200),
    Row("/kennisbank/projecten/PUB1", default=200),
    Row("/kennisbank/projecten/DRAFT1", {**CURATORS}, default=404),
    Row("/kennisbank/lessen", default=200),
    Row("/kennisbank/resultaten", default=200),
    Row("/kennisbank/vergelijk?code=PUB1&code=DRAFT1", default=200),
    Row("/kennisbank/import", {**CURATORS, "anonymous": 302}),
    Row("/api/v1/projects/DRAFT1", {**CURATORS}, default=404),
    Row("/api/v1/projects/PUB1", default=200),
]


@pytest.mark.parametrize(*matrix_params(MATRIX))
def test_permission_matrix(projects, check_access, row, persona_name, expected):  # noqa: F811
    check_access(row, persona_name, expected)


@pytest.mark.parametrize("persona_name", ["anonymous", "member", "editor", "administrator"])
def test_outcome_edit_only_for_curators(projects, client, persona, persona_name):
    outcome = Outcome.objects.get()
    user = persona(persona_name)
    if user:
        client.force_login(user)
    response = client.post(
        f"/kennisbank/resultaten/{outcome.pk}",
        {"intended_value": 10, "realised_value": 11, "unit": "bijeenkomsten"},
    )
    outcome.refresh_from_db()
    if persona_name in CURATORS:
        assert response.status_code == 302
        assert outcome.realised_value == 11 and outcome.edited_by_editor
    else:
        assert response.status_code in (302, 403)
        assert outcome.realised_value == 12


def test_editor_removes_a_pairing(projects, client, editor):
    outcome = Outcome.objects.get()
    client.force_login(editor)
    client.post(f"/kennisbank/resultaten/{outcome.pk}", {"remove": "1"})
    assert Outcome.objects.get().is_removed
    assert "12 van 10" not in client.get("/kennisbank/resultaten").content.decode()


def test_unpublished_projects_are_invisible_to_the_public(projects, client):
    body = client.get("/kennisbank").content.decode()
    assert "Openbaar project" in body and "Concept project" not in body
    api = client.get("/api/v1/projects").json()
    assert [p["code"] for p in api["items"]] == ["PUB1"]
    assert "Concept project" not in client.get("/kennisbank?export=csv").content.decode()


def test_list_filters_and_exports(projects, client):
    ProjectFactory(code="BIG1", title="Groot project", requested_subsidy_eur=2_000_000)
    body = client.get("/kennisbank?subsidy=vanaf-1m").content.decode()
    assert "Groot project" in body and "Openbaar project" not in body
    response = client.get("/kennisbank?export=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_compare_shows_projects_side_by_side(projects, client):
    ProjectFactory(code="PUB2", title="Tweede project")
    body = client.get("/kennisbank/vergelijk?code=PUB1&code=PUB2").content.decode()
    assert "Openbaar project" in body and "Tweede project" in body


def test_lessons_page_regroups_after_a_rule_is_added(projects, client):
    public, _ = projects
    lesson = Lesson.objects.create(section="lessons", text="Zet vroeg een kwartiermaker in.")
    LessonLink.objects.create(lesson=lesson, project=public, position=1)
    before = client.get("/kennisbank/lessen").content.decode()
    assert "1 les in geen thema" in before
    theme = LessonTheme.objects.create(name="Kwartiermakers", order=99)
    LessonThemeRule.objects.create(theme=theme, keywords="kwartiermaker")
    after = client.get("/kennisbank/lessen").content.decode()
    assert "Kwartiermakers" in after and "0 lessen in geen thema" in after


def test_list_selector_query_count_is_pinned(projects, django_assert_num_queries, admin_user):
    for n in range(10):
        ProjectFactory(code=f"EXTRA{n}")
    with django_assert_num_queries(2):
        rows = list(selectors.project_list(user=None, filters={"sort": "subsidie"}))
        for project in rows:
            list(project.tags.all())
    assert len(rows) == 11


def test_import_preview_then_commit(client, editor, monkeypatch):
    from behoudplein.importer.tests import fake_parser
    from behoudplein.knowledge.models import Project

    fake_parser.install(monkeypatch)
    client.force_login(editor)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("rapport.txt", fake_parser.REPORT_V1)
    response = client.post("/kennisbank/import", {"file": upload})
    assert response.status_code == 200
    assert "Eerste project" in response.content.decode()
    assert not Project.objects.exists()
    token = response.context["token"]
    response = client.post("/kennisbank/import", {"token": token})
    assert response.status_code == 302
    assert Project.objects.count() == 2


def test_import_of_an_unknown_document_shows_a_clear_error(client, editor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor)
    upload = SimpleUploadedFile("lijst.pdf", b"Boodschappenlijst\n- melk\n")
    response = client.post("/kennisbank/import", {"file": upload})
    assert "onbekend documenttype" in response.content.decode()


@pytest.mark.parametrize(
    "persona_name,expected",
    [("member", 302), ("editor", 200), ("administrator", 200)],
)
def test_theme_rules_are_editable_in_the_admin_by_editors(client, persona, persona_name, expected):
    client.force_login(persona(persona_name))
    assert client.get("/beheer/knowledge/lessontheme/").status_code == expected
    assert client.get("/beheer/knowledge/tagrule/add/").status_code == expected


def test_published_shares_appear_in_the_knowledge_base(client, org_a, org_b):
    from behoudplein.shares.tests.factories import ShareFactory

    published = ShareFactory(organisation=org_a, published=True)
    ShareFactory(organisation=org_b, submitted=True)
    body = client.get("/kennisbank").content.decode()
    assert published.get_public_url() in body
    assert org_a.name in body and org_b.name not in body


def test_a_lesson_found_by_search_links_to_its_place_on_the_project_page(projects, client):
    from behoudplein.knowledge.search_documents import lessons as lesson_inputs

    public, _ = projects
    texts = [
        ("obstacles", 1, "De administratie kostte veel tijd."),
        ("obstacles", 2, "Werkgevers haakten af."),
        ("success_factors", 1, "Een vaste contactpersoon hielp."),
    ]
    for section, position, text in texts:
        lesson = Lesson.objects.create(section=section, text=text)
        LessonLink.objects.create(lesson=lesson, project=public, position=position)
    items = list(lesson_inputs())
    # Under the result's title: the project it comes from.
    assert {item.context for item in items} == {"PUB1 · Openbaar project"}
    urls = {item.body: item.url for item in items}
    assert urls["Werkgevers haakten af."] == "/kennisbank/projecten/PUB1#knelpunt-2"
    assert urls["Een vaste contactpersoon hielp."] == "/kennisbank/projecten/PUB1#succesfactor-1"
    page = client.get("/kennisbank/projecten/PUB1").content.decode()
    for url in urls.values():
        anchor = url.split("#")[1]
        assert page.count(f'id="{anchor}"') == 1
    assert '<li id="knelpunt-2">Werkgevers haakten af.</li>' in page


@pytest.mark.parametrize(
    ("start", "end", "line"),
    [
        ("2016-01-01", "2017-06-30", "PER1 · 2016–2017"),
        ("2016-01-01", "2016-12-31", "PER1 · 2016"),
        (None, "2018-01-01", "PER1 · 2018"),
        (None, None, "PER1"),
    ],
)
def test_a_projects_result_shows_its_code_and_years(db, start, end, line):
    from behoudplein.knowledge.search_documents import project_input

    project = ProjectFactory(code="PER1", period_start_date=start, period_end_date=end)
    project.refresh_from_db()
    assert project_input(project).context == line


def test_a_lesson_shared_with_a_draft_shows_and_links_only_the_published_project(projects):
    from behoudplein.knowledge.search_documents import _lesson_links, lesson_input

    public, draft = projects
    draft.toc_position, public.toc_position = 1, 2  # the draft comes first in the report
    draft.save()
    public.save()
    lesson = Lesson.objects.create(section="lessons", text="Begin klein en bouw het uit.")
    LessonLink.objects.create(lesson=lesson, project=draft, position=3)
    LessonLink.objects.create(lesson=lesson, project=public, position=1)
    lesson = Lesson.objects.prefetch_related(_lesson_links()).get(pk=lesson.pk)
    item = lesson_input(lesson)
    assert item is not None
    assert item.key == {"code": "DRAFT1", "section": "lessons", "index": 3}  # SPEC.md's key
    assert item.public
    assert item.url == "/kennisbank/projecten/PUB1#les-1"
    assert item.context == "PUB1 · Openbaar project"
    assert "Concept project" not in item.tags
