"""What the organisation list costs per request: pinned query counts and cheap labels.

The `pages` benchmark (bench/pages.py) measures this page under load; these tests keep the
work it does per request from creeping back.
"""

from __future__ import annotations

import pytest
from django.utils import translation

from behoudplein.organisations.constants import Branch, OrganisationKind
from behoudplein.organisations.models import Organisation
from behoudplein.organisations.tests.factories import (
    LabourMarketRegionFactory,
    OrganisationFactory,
    RegionFactory,
)


@pytest.fixture
def listed(db):
    lmrs = [LabourMarketRegionFactory(), LabourMarketRegionFactory()]
    regions = [RegionFactory(), RegionFactory()]
    for region in regions:
        region.labour_market_regions.set(lmrs)
    for i in range(30):
        OrganisationFactory(region=regions[i % 2], branch=Branch.VVT)
    return regions


@pytest.mark.django_db
def test_full_list_page_is_four_queries(client, listed, django_assert_num_queries):
    # The count, one page of organisations with their region joined in, and the two lists
    # behind the region filters (without the regions' labour-market regions).
    with django_assert_num_queries(4):
        response = client.get("/organisaties?branch=vvt")
    assert response.status_code == 200
    assert len(response.context["page"]) == 25


@pytest.mark.django_db
def test_htmx_results_are_two_queries(client, listed, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = client.get("/organisaties?branch=vvt", headers={"HX-Request": "true"})
    assert 'id="resultaten"' in response.content.decode()


@pytest.mark.django_db
def test_filter_selects_list_every_region_and_keep_the_choice(client, listed):
    html = client.get(f"/organisaties?region={listed[1].slug}&kind=school").content.decode()
    for region in listed:
        assert f'<option value="{region.slug}"' in html
    assert f'<option value="{listed[1].slug}" selected>' in html
    assert '<option value="school" selected>' in html
    assert html.count(" selected>") == 3  # region, kind and the language of the footer


@pytest.mark.parametrize("language", ["nl", "en"])
def test_display_labels_match_the_choices(language):
    organisation = Organisation(branch=Branch.WELFARE, kind=OrganisationKind.REINTEGRATION)
    with translation.override(language):
        assert organisation.get_branch_display() == str(dict(Branch.choices)[Branch.WELFARE])
        assert organisation.get_kind_display() == str(
            dict(OrganisationKind.choices)[OrganisationKind.REINTEGRATION]
        )


def test_display_of_a_value_outside_the_choices_is_the_value():
    organisation = Organisation(branch="verdwenen", kind="")
    assert organisation.get_branch_display() == "verdwenen"
    assert organisation.get_kind_display() == ""
