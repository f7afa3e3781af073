"""The benchmark's bare page: a 20-row table, routed only when BENCH_BASELINE_VIEW is on."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import RequestFactory

from behoudplein.core.views import bench_baseline
from behoudplein.organisations.tests.factories import OrganisationFactory


def test_off_by_default():
    assert settings.BENCH_BASELINE_VIEW is False


@pytest.mark.django_db
def test_not_routed_by_default(client):
    assert client.get("/_bench/baseline").status_code == 404


@pytest.mark.django_db
def test_renders_the_first_twenty_organisations_by_name_in_one_query(
    django_assert_num_queries,
):
    OrganisationFactory.create_batch(25)
    request = RequestFactory().get("/_bench/baseline")
    with django_assert_num_queries(1):
        response = bench_baseline(request)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<tr>") == 21  # the header and 20 rows
    assert "<nav" not in html  # bare: not the site's layout
