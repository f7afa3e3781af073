"""The public organisation list shares rendered results through the cache, never stale ones."""

import pytest

from behoudplein.organisations.constants import Branch
from behoudplein.organisations.tests.factories import OrganisationFactory, RegionFactory

pytestmark = pytest.mark.django_db


def test_second_request_reuses_the_results(client, django_assert_num_queries):
    OrganisationFactory.create_batch(3, branch=Branch.VVT)
    client.get("/organisaties?branch=vvt")
    with django_assert_num_queries(0):
        response = client.get("/organisaties?branch=vvt")
    assert response.content.decode().count("Zorgorganisatie") == 3


def test_a_new_organisation_shows_at_once(client):
    OrganisationFactory(name="Eerste Zorg", branch=Branch.VVT)
    assert "Eerste Zorg" in client.get("/organisaties?branch=vvt").content.decode()
    OrganisationFactory(name="Tweede Zorg", branch=Branch.VVT)
    assert "Tweede Zorg" in client.get("/organisaties?branch=vvt").content.decode()


def test_renamed_region_and_deleted_organisation_show_at_once(client):
    region = RegionFactory(name="Oude Naam")
    organisation = OrganisationFactory(name="Verdwijnt", region=region)
    page = client.get("/organisaties").content.decode()
    assert "Oude Naam" in page and "Verdwijnt" in page
    region.name = "Nieuwe Naam"
    region.save()
    organisation.delete()
    page = client.get("/organisaties").content.decode()
    assert "Nieuwe Naam" in page and "Verdwijnt" not in page and "Oude Naam" not in page


def test_filters_do_not_share_a_cache_entry(client):
    OrganisationFactory(name="Thuiszorg", branch=Branch.VVT)
    OrganisationFactory(name="Praktijk", branch=Branch.GENERAL_PRACTICE)
    assert "Praktijk" not in client.get("/organisaties?branch=vvt").content.decode()
    assert "Thuiszorg" not in client.get("/organisaties?branch=huisartsenzorg").content.decode()
