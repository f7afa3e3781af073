"""The editors' synonym list: the screen, its form's checks and who may use it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from behoudplein.core.tests.matrix import PERSONAS, Row, check_access, matrix_params  # noqa: F401
from behoudplein.search import services
from behoudplein.search.forms import MAX_SYNONYM_LINES, SynonymForm
from behoudplein.search.models import Synonym

from .conftest import add

pytestmark = pytest.mark.django_db
KEEPERS = ("editor", "administrator")  # who keep the synonym list
EDITORS = {"anonymous": 302, "editor": 200, "administrator": 200}
CHANGE = {"term": "VVT", "alternatives": "verpleeghuiszorg"}


@pytest.fixture
def entry(db):
    return Synonym.objects.update_or_create(
        term="VVT", defaults={"alternatives": "verpleging, verzorging en thuiszorg"}
    )[0]


MATRIX = [
    Row("/zoeken/synoniemen", EDITORS),
    Row("/zoeken/synoniemen/{entry}", EDITORS),
    Row(
        "/zoeken/synoniemen/{entry}",
        {"anonymous": 302, "editor": 302, "administrator": 302},
        method="post",
        data=CHANGE,
    ),
    Row(
        "/zoeken/synoniemen/{entry}",
        {"anonymous": 302, "editor": 302, "administrator": 302},
        method="post",
        data={"remove": "confirm"},
    ),
]


@pytest.mark.parametrize(*matrix_params(MATRIX))
def test_permission_matrix(entry, check_access, row, persona_name, expected):  # noqa: F811
    check_access(row, persona_name, expected)
    entry_now = Synonym.objects.filter(pk=entry.pk).first()
    if persona_name not in ("editor", "administrator"):
        # Nobody else changed or removed anything, whatever they sent.
        assert entry_now is not None
        assert entry_now.alternatives == "verpleging, verzorging en thuiszorg"


def test_unknown_entry_is_a_404_for_an_editor(login_as):
    assert login_as("editor").get("/zoeken/synoniemen/999999").status_code == 404


def test_editor_changes_an_entry_and_search_follows_at_once(login_as, entry):
    add("project", {"code": "P1"}, "Verpleeghuiszorg in de regio")
    client = login_as("editor")
    page = client.get(f"/zoeken/synoniemen/{entry.pk}").content.decode()
    assert "verpleging, verzorging en thuiszorg</textarea>" in page  # the form starts filled in
    response = client.post(f"/zoeken/synoniemen/{entry.pk}", CHANGE)
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.alternative_list() == ["verpleeghuiszorg"]
    hits = services.search(query="VVT", user=AnonymousUser()).results
    assert [hit.key for hit in hits] == [{"code": "P1"}]


def test_editor_renames_and_removes_an_entry(login_as, entry):
    client = login_as("editor")
    client.post(f"/zoeken/synoniemen/{entry.pk}", {"term": "V.V.T.", "alternatives": "ouderen"})
    entry.refresh_from_db()
    assert (entry.term, entry.alternatives) == ("V.V.T.", "ouderen")
    # The remove button asks once more; only the confirmation removes.
    response = client.post(f"/zoeken/synoniemen/{entry.pk}", {"remove": "1"})
    assert response.status_code == 200
    assert 'name="remove" value="confirm"' in response.content.decode()
    assert Synonym.objects.filter(pk=entry.pk).exists()
    response = client.post(f"/zoeken/synoniemen/{entry.pk}", {"remove": "confirm"}, follow=True)
    assert not Synonym.objects.filter(pk=entry.pk).exists()
    assert "Synoniem “V.V.T.” verwijderd." in response.content.decode()


def test_the_list_links_each_entry_to_its_edit_page(login_as, entry):
    page = login_as("editor").get("/zoeken/synoniemen").content.decode()
    assert f'href="/zoeken/synoniemen/{entry.pk}"' in page


def test_a_new_entry_with_an_existing_term_is_refused_not_overwritten(login_as, entry):
    response = login_as("editor").post(
        "/zoeken/synoniemen", {"term": "vvt", "alternatives": "iets anders"}
    )
    assert response.status_code == 200
    assert "staat al in de lijst" in response.content.decode()
    entry.refresh_from_db()
    assert entry.alternatives == "verpleging, verzorging en thuiszorg"


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"term": "", "alternatives": "x"}, "term", "required"),
        ({"term": "   ", "alternatives": "x"}, "term", "required"),
        ({"term": "!?&", "alternatives": "zorg"}, "term", "no_words"),
        ({"term": "een twee drie vier vijf", "alternatives": "zorg"}, "term", "too_many_words"),
        ({"term": "x" * 101, "alternatives": "zorg"}, "term", "max_length"),
        ({"term": "Wlz", "alternatives": ""}, "alternatives", "required"),
        ({"term": "Wlz", "alternatives": "\n \n"}, "alternatives", "required"),
        ({"term": "Wlz", "alternatives": "zorg\n---"}, "alternatives", "no_words"),
        ({"term": "Wlz", "alternatives": "a b c d e f"}, "alternatives", "too_many_words"),
        ({"term": "Wlz", "alternatives": "z" * 101}, "alternatives", "too_long"),
        ({"term": "Wlz", "alternatives": "wlz\nW.L.Z"}, "alternatives", "same"),
        (
            {
                "term": "Wlz",
                "alternatives": "\n".join(f"term{n}" for n in range(MAX_SYNONYM_LINES + 1)),
            },
            "alternatives",
            "too_many",
        ),
    ],
)
def test_bad_input_gets_a_clear_error_next_to_the_field(login_as, data, field, code):
    before = list(Synonym.objects.values_list("term", "alternatives"))
    form = SynonymForm(data)
    assert not form.is_valid()
    assert code in [error.code for error in form.errors.as_data()[field]]
    response = login_as("editor").post("/zoeken/synoniemen", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Er ging iets mis" in page and f'id="id_{field}-error"' in page
    assert list(Synonym.objects.values_list("term", "alternatives")) == before


def test_what_the_editor_typed_is_tidied_not_lost(login_as):
    form = SynonymForm(
        {"term": "  geestelijke   gezondheidszorg ", "alternatives": "GGZ\n\nggz\nGGZ"}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"term": "geestelijke gezondheidszorg", "alternatives": "GGZ\nggz"}


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_the_admin_list_of_synonyms_only_for_editors(login_as, persona_name):
    status = 200 if persona_name in KEEPERS else 302
    response = login_as(persona_name).get("/beheer/search/synonym/")
    # Without access the admin sends anyone to its own login page.
    assert response.status_code == status
    if status == 302:
        assert response.url.startswith("/beheer/login/")


def test_the_admin_checks_entries_like_the_screen(login_as):
    client = login_as("editor")
    response = client.post("/beheer/search/synonym/add/", {"term": "Wlz", "alternatives": "!!!"})
    assert response.status_code == 200
    assert "bevat geen woord of afkorting" in response.content.decode()
    assert not Synonym.objects.filter(term="Wlz").exists()
    response = client.post(
        "/beheer/search/synonym/add/", {"term": "Wlz", "alternatives": "Wet langdurige zorg"}
    )
    assert response.status_code == 302
    assert Synonym.objects.get(term="Wlz").alternative_list() == ["Wet langdurige zorg"]


def test_entries_differing_only_in_case_are_merged_before_the_constraint():
    """The data step of migration 0011, on stand-ins (the constraint is in place here)."""
    import importlib
    from types import SimpleNamespace

    migration = importlib.import_module("behoudplein.search.migrations.0011_synonym_term_any_case")
    deleted: list[int] = []

    class Row(SimpleNamespace):
        def save(self, update_fields):
            assert update_fields == ["alternatives"]

        def delete(self):
            deleted.append(self.pk)

    rows = [
        Row(pk=1, term="Wlz", lowered="wlz", alternatives="Wet langdurige zorg"),
        Row(pk=2, term="GGZ", lowered="ggz", alternatives="geestelijke gezondheidszorg"),
        Row(pk=3, term="WLZ", lowered="wlz", alternatives="langdurige zorg\nWet langdurige zorg\n"),
    ]
    ordered = SimpleNamespace(order_by=lambda field: rows)
    model = SimpleNamespace(objects=SimpleNamespace(annotate=lambda **names: ordered))
    migration.merge_case_duplicates(SimpleNamespace(get_model=lambda app, name: model), None)
    assert deleted == [3]
    assert rows[0].alternatives == "Wet langdurige zorg\nlangdurige zorg"
    assert rows[1].alternatives == "geestelijke gezondheidszorg"


def test_the_database_refuses_a_second_entry_in_another_case(db):
    from django.db import IntegrityError, transaction

    Synonym.objects.create(term="Wlz", alternatives="Wet langdurige zorg")
    with pytest.raises(IntegrityError), transaction.atomic():
        Synonym.objects.create(term="WLZ", alternatives="langdurige zorg")


def test_an_entry_overlapping_an_older_one_can_still_be_changed(login_as):
    # 'V.V.T.' beside the seeded 'VVT', from before the check: each can keep its term.
    older = Synonym.objects.create(term="V.V.T.", alternatives="ouderen")
    response = login_as("editor").post(
        f"/zoeken/synoniemen/{older.pk}", {"term": "V.V.T.", "alternatives": "ouderenzorg"}
    )
    assert response.status_code == 302
    older.refresh_from_db()
    assert older.alternatives == "ouderenzorg"


def test_a_term_written_with_dots_is_the_same_term(login_as):
    client = login_as("editor")
    response = client.post("/zoeken/synoniemen", {"term": "V.V.T.", "alternatives": "ouderen"})
    assert response.status_code == 200
    assert "“VVT” staat al in de lijst" in response.content.decode()


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_the_search_page_links_editors_to_the_synonym_list(login_as, persona_name):
    page = login_as(persona_name).get("/zoeken").content.decode()
    assert ('href="/zoeken/synoniemen"' in page) is (persona_name in KEEPERS)
