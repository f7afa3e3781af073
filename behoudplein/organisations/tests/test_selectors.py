"""Finding organisations: filters, labour-market regions, paging and pinned query counts."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from behoudplein.organisations import selectors
from behoudplein.organisations.constants import Branch, OrganisationKind
from behoudplein.organisations.models import Organisation
from behoudplein.organisations.tests.factories import (
    LabourMarketRegionFactory,
    OrganisationFactory,
    RegionFactory,
)


@pytest.fixture
def landscape(db):
    """Two regions; Flevoland covers one labour-market region, Rivierenland two."""
    flevo_lmr = LabourMarketRegionFactory(name="Flevoland", slug="flevoland")
    tiel = LabourMarketRegionFactory(name="Rivierenland", slug="rivierenland")
    nijmegen = LabourMarketRegionFactory(name="Gelderland Zuid", slug="gelderland-zuid")
    flevo = RegionFactory(name="Flevoland", slug="flevo")
    rivier = RegionFactory(name="Rivierenland", slug="rivier")
    flevo.labour_market_regions.set([flevo_lmr])
    rivier.labour_market_regions.set([tiel, nijmegen])
    orgs = {
        "vvt_flevo": OrganisationFactory(
            name="Zorggroep Lindehof", region=flevo, kvk_number="61000001"
        ),
        "ggz_flevo": OrganisationFactory(
            name="GGZ Polder", region=flevo, branch=Branch.MENTAL_HEALTH, kvk_number="61000002"
        ),
        "school_rivier": OrganisationFactory(
            name="Zorgcollege Tiel",
            region=rivier,
            branch=Branch.OTHER,
            kind=OrganisationKind.SCHOOL,
            kvk_number="62000001",
        ),
        "reintegratie_rivier": OrganisationFactory(
            name="Re-integratie Vooruit", region=rivier, reintegration=True, kvk_number="62000002"
        ),
    }
    return orgs


def names(qs) -> list[str]:
    return [organisation.name for organisation in qs]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["GGZ Polder", "Re-integratie Vooruit", "Zorgcollege Tiel", "Zorggroep Lindehof"]),
        ({"branch": "ggz"}, ["GGZ Polder"]),
        ({"kind": "school"}, ["Zorgcollege Tiel"]),
        ({"kind": "reintegration"}, ["Re-integratie Vooruit"]),
        ({"region": "flevo"}, ["GGZ Polder", "Zorggroep Lindehof"]),
        ({"arbeidsmarktregio": "gelderland-zuid"}, ["Re-integratie Vooruit", "Zorgcollege Tiel"]),
        ({"arbeidsmarktregio": "rivierenland"}, ["Re-integratie Vooruit", "Zorgcollege Tiel"]),
        ({"arbeidsmarktregio": "flevoland"}, ["GGZ Polder", "Zorggroep Lindehof"]),
        ({"arbeidsmarktregio": "bestaat-niet"}, []),
        ({"region": "flevo", "branch": "vvt"}, ["Zorggroep Lindehof"]),
        ({"region": "flevo", "kind": "school"}, []),
        ({"q": "zorg"}, ["Zorgcollege Tiel", "Zorggroep Lindehof"]),
        ({"q": "6200"}, ["Re-integratie Vooruit", "Zorgcollege Tiel"]),
        (
            {"q": "  "},
            ["GGZ Polder", "Re-integratie Vooruit", "Zorgcollege Tiel", "Zorggroep Lindehof"],
        ),
    ],
)
def test_organisation_list_filters(landscape, filters, expected):
    assert names(selectors.organisation_list(filters=filters)) == expected


def test_labour_market_region_filter_lists_each_organisation_once(landscape):
    """A region covering two labour-market regions must not double its organisations."""
    for slug in ("rivierenland", "gelderland-zuid"):
        found = list(selectors.organisation_list(filters={"arbeidsmarktregio": slug}))
        assert len(found) == len({o.pk for o in found}) == 2


def test_organisation_list_is_one_query_whatever_the_filters(landscape, django_assert_num_queries):
    filters = {"branch": "vvt", "kind": "care", "region": "flevo", "arbeidsmarktregio": "flevoland"}
    with django_assert_num_queries(1):
        rows = list(selectors.organisation_list(filters=filters))
        # The region is joined in, not fetched per row.
        assert [o.region.name for o in rows] == ["Flevoland"]
    with django_assert_num_queries(1):
        assert len([o.region.slug for o in selectors.organisation_list(filters={})]) == 4


def test_region_list_fetches_labour_market_regions_in_one_go(landscape, django_assert_num_queries):
    with django_assert_num_queries(2):
        covered = {
            r.slug: [lmr.slug for lmr in r.labour_market_regions.all()]
            for r in selectors.region_list()
        }
    assert covered == {"flevo": ["flevoland"], "rivier": ["gelderland-zuid", "rivierenland"]}


# Through the page ------------------------------------------------------------------------


@pytest.mark.django_db
def test_list_page_filters_through_the_query_string(client, landscape):
    page = client.get("/organisaties?arbeidsmarktregio=gelderland-zuid&kind=school")
    assert page.status_code == 200
    assert names(page.context["page"]) == ["Zorgcollege Tiel"]
    html = page.content.decode()
    assert "1 organisatie" in html
    # The chosen filters stay selected, so the page is a shareable link.
    assert '<option value="gelderland-zuid" selected>' in html
    assert '<option value="school" selected>' in html


@pytest.mark.django_db
def test_unknown_filter_values_do_not_break_the_page(client, landscape):
    response = client.get("/organisaties?branch=ruimtevaart&pagina=abc")
    assert response.status_code == 200


@pytest.mark.django_db
def test_list_page_pages_by_25(client, region_a):
    OrganisationFactory.create_batch(30, region=region_a)
    first = client.get("/organisaties")
    assert len(first.context["page"]) == 25
    assert "Pagina 1 van 2" in first.content.decode()
    assert 'href="?pagina=2"' in first.content.decode()
    second = client.get("/organisaties?pagina=2")
    assert len(second.context["page"]) == 5
    assert not {o.pk for o in first.context["page"]} & {o.pk for o in second.context["page"]}
    beyond = client.get("/organisaties?pagina=99")
    assert beyond.context["page"].number == 2


@pytest.mark.django_db
def test_paging_keeps_the_filters_in_the_link(client, region_a):
    OrganisationFactory.create_batch(30, region=region_a, branch=Branch.YOUTH_CARE)
    html = client.get("/organisaties?branch=jeugdzorg").content.decode()
    assert 'href="?branch=jeugdzorg&amp;pagina=2"' in html


@pytest.mark.django_db
def test_list_page_query_count_does_not_grow_with_the_rows(
    client, region_a, django_assert_max_num_queries
):
    OrganisationFactory.create_batch(25, region=region_a)
    with django_assert_max_num_queries(5):
        client.get("/organisaties")


@pytest.mark.django_db
def test_htmx_request_gets_only_the_results(client, landscape):
    response = client.get("/organisaties?branch=ggz", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert 'id="resultaten"' in html
    assert "<html" not in html
    assert "GGZ Polder" in html


@pytest.mark.django_db
def test_an_encoded_ampersand_cannot_share_the_cache_of_a_real_filter(client, landscape):
    # A bad value holding '&region=…' would show every organisation; it must not be cached
    # under the address of the real filtered list.
    client.get("/organisaties?branch=ggz%26region%3Dflevo")
    html = client.get("/organisaties?branch=ggz&region=flevo").content.decode()
    assert "GGZ Polder" in html
    assert "Zorggroep Lindehof" not in html


@pytest.mark.django_db
def test_api_list_uses_the_same_filters(client, landscape):
    body = client.get("/api/v1/organisations?arbeidsmarktregio=gelderland-zuid").json()
    assert body["count"] == 2
    assert {item["name"] for item in body["items"]} == {"Zorgcollege Tiel", "Re-integratie Vooruit"}
    item = client.get("/api/v1/organisations?kind=school").json()["items"][0]
    assert item["kvk_number"] == "62000001"
    assert item["region_slug"] == "rivier"
    assert item["url"] == f"/organisaties/{landscape['school_rivier'].pk}"


@pytest.mark.django_db
def test_api_regions_list_their_labour_market_regions(client, landscape):
    body = client.get("/api/v1/regions").json()
    assert body == [
        {
            "id": body[0]["id"],
            "name": "Flevoland",
            "slug": "flevo",
            "labour_market_regions": ["Flevoland"],
        },
        {
            "id": body[1]["id"],
            "name": "Rivierenland",
            "slug": "rivier",
            "labour_market_regions": ["Gelderland Zuid", "Rivierenland"],
        },
    ]


# The database keeps the invariants too ---------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("kvk", ["1234567A", "1234567", "12 45678", ""])
def test_database_refuses_a_bad_kvk_number_saved_directly(region_a, kvk):
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(
            name="Omweg", kvk_number=kvk, region=region_a, branch="vvt", kind="care"
        )
    assert not Organisation.objects.filter(name="Omweg").exists()


@pytest.mark.django_db
def test_database_refuses_a_duplicate_kvk_number(org_a):
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(kvk_number=org_a.kvk_number)


@pytest.mark.django_db
def test_bulk_update_cannot_sneak_past_the_constraint(org_a):
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.filter(pk=org_a.pk).update(kvk_number="ABCDEFGH")
    org_a.refresh_from_db()
    assert org_a.kvk_number == "11111111"


def test_a_reintegration_company_may_not_join_a_matchtafel():
    assert Organisation(kind=OrganisationKind.REINTEGRATION).may_join_matchtafel is False
    assert Organisation(kind=OrganisationKind.CARE).may_join_matchtafel is True
