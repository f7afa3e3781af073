"""Adding and changing organisations: bad input gets a Dutch error next to its field."""

from __future__ import annotations

import pytest

from behoudplein.core.models import AuditLog
from behoudplein.organisations.models import Organisation


def form_data(region, **overrides):
    return {
        "name": "Thuiszorg De Getypte Naam",
        "kvk_number": "33333333",
        "region": region.pk,
        "branch": "vvt",
        "kind": "care",
        "city": "Lelystad",
        "website": "",
        **overrides,
    }


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


@pytest.mark.django_db
def test_administrator_adds_an_organisation(admin_client, region_a):
    response = admin_client.post("/organisaties/nieuw", form_data(region_a))
    organisation = Organisation.objects.get(kvk_number="33333333")
    assert response.status_code == 302
    assert response["Location"] == f"/organisaties/{organisation.pk}"
    assert organisation.region == region_a
    assert organisation.name == "Thuiszorg De Getypte Naam"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kvk", "message"),
    [
        ("1234567", "Een KvK-nummer bestaat uit precies 8 cijfers, zonder spaties of letters."),
        ("123456789", "Zorg dat deze waarde niet meer dan 8 tekens bevat (het zijn er nu 9)."),
        ("1234567A", "Een KvK-nummer bestaat uit precies 8 cijfers, zonder spaties of letters."),
        ("1234 567", "Een KvK-nummer bestaat uit precies 8 cijfers, zonder spaties of letters."),
        ("", "Dit veld is verplicht."),
        ("11111111", "Er is al een organisatie met dit KvK-nummer."),
    ],
    ids=["seven-digits", "nine-digits", "letter", "space", "empty", "duplicate"],
)
def test_bad_kvk_number_is_a_dutch_error_next_to_the_field_and_keeps_the_name(
    admin_client, region_a, org_a, kvk, message
):
    response = admin_client.post("/organisaties/nieuw", form_data(region_a, kvk_number=kvk))
    assert response.status_code == 200
    form = response.context["form"]
    assert message in form.errors["kvk_number"]
    assert set(form.errors) == {"kvk_number"}
    page = response.content.decode()
    # The error sits next to the field, linked for screen readers, and in the summary on top.
    assert f'<p class="form-error" id="id_kvk_number-error">{message}' in page
    assert 'aria-describedby="id_kvk_number-help id_kvk_number-error"' in page
    assert 'href="#id_kvk_number"' in page
    # Nothing typed is lost.
    assert 'value="Thuiszorg De Getypte Naam"' in page
    assert 'value="Lelystad"' in page
    assert Organisation.objects.count() == 1


@pytest.mark.django_db
def test_unknown_region_is_a_field_error(admin_client, region_a):
    response = admin_client.post("/organisaties/nieuw", {**form_data(region_a), "region": 987654})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["region"]
    assert "Selecteer een geldige keuze" in errors["region"][0]
    assert 'value="Thuiszorg De Getypte Naam"' in response.content.decode()
    assert not Organisation.objects.filter(kvk_number="33333333").exists()


@pytest.mark.django_db
def test_unknown_branch_or_kind_is_a_field_error(admin_client, region_a):
    response = admin_client.post(
        "/organisaties/nieuw", form_data(region_a, branch="ruimtevaart", kind="geheim")
    )
    assert set(response.context["form"].errors) == {"branch", "kind"}


@pytest.mark.django_db
def test_the_edit_form_shows_the_current_values(client, project_lead, org_a):
    client.force_login(project_lead)
    page = client.get(f"/organisaties/{org_a.pk}/bewerken").content.decode()
    assert 'value="Zorggroep Alfa"' in page
    assert 'value="11111111"' in page


@pytest.mark.django_db
def test_keeping_the_own_kvk_number_on_edit_is_not_a_duplicate(
    client, project_lead, org_a, region_a
):
    client.force_login(project_lead)
    response = client.post(
        f"/organisaties/{org_a.pk}/bewerken",
        form_data(region_a, kvk_number="11111111", name="Zorggroep Alfa Nieuw"),
    )
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.name == "Zorggroep Alfa Nieuw"


@pytest.mark.django_db
def test_project_lead_cannot_move_an_organisation_to_another_region(
    client, project_lead, org_a, region_a, region_b
):
    """Moving it out would hand it to another project lead: a field error, nothing saved."""
    client.force_login(project_lead)
    response = client.post(
        f"/organisaties/{org_a.pk}/bewerken", form_data(region_b, kvk_number="11111111")
    )
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["region"]
    org_a.refresh_from_db()
    assert org_a.region == region_a
    assert org_a.name == "Zorggroep Alfa"
    # The form only offers the project lead's own regions.
    form = client.get(f"/organisaties/{org_a.pk}/bewerken").context["form"]
    assert list(form.fields["region"].queryset) == [region_a]


@pytest.mark.django_db
def test_administrator_may_move_an_organisation(admin_client, org_a, region_b):
    response = admin_client.post(
        f"/organisaties/{org_a.pk}/bewerken", form_data(region_b, kvk_number="11111111")
    )
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.region == region_b


@pytest.mark.django_db
def test_saving_writes_the_audit_log_with_who_what_and_ip(admin_client, administrator, region_a):
    admin_client.post("/organisaties/nieuw", form_data(region_a), REMOTE_ADDR="203.0.113.9")
    organisation = Organisation.objects.get(kvk_number="33333333")
    admin_client.post(
        f"/organisaties/{organisation.pk}/bewerken",
        form_data(region_a, name="Andere Naam"),
        REMOTE_ADDR="203.0.113.10",
    )
    rows = list(
        AuditLog.objects.order_by("id").values_list(
            "action", "actor", "object_type", "object_id", "ip_address"
        )
    )
    assert rows == [
        (
            "organisation.create",
            administrator.pk,
            "organisations.organisation",
            str(organisation.pk),
            "203.0.113.9",
        ),
        (
            "organisation.change",
            administrator.pk,
            "organisations.organisation",
            str(organisation.pk),
            "203.0.113.10",
        ),
    ]


@pytest.mark.django_db
def test_a_refused_save_writes_no_audit_row(admin_client, region_a):
    admin_client.post("/organisaties/nieuw", form_data(region_a, kvk_number="abc"))
    assert not AuditLog.objects.exists()


@pytest.mark.django_db
def test_organisation_names_are_escaped(client, region_a):
    from behoudplein.organisations.tests.factories import OrganisationFactory

    organisation = OrganisationFactory(name="<script>alert(1)</script>", region=region_a)
    for url in (f"/organisaties/{organisation.pk}", "/organisaties"):
        page = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
