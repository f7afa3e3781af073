"""Every result a role finds, that role may open: over the seed report and the demo data,
for a visitor and each demo account, every result's page answers 200 (not 403 or 404)."""

from __future__ import annotations

import pytest
from django.test import Client

from behoudplein.accounts.demo import DEMO_USERS
from behoudplein.accounts.models import User
from behoudplein.search import evaluation, services

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not evaluation.SEED.exists(), reason="the seeds folder is absent"),
]

# Broad words that between them reach every kind of the corpus.
QUERIES = ("werk", "behoud", "project", "zorg", "medewerkers")


def test_every_result_opens_for_whoever_found_it():
    evaluation.ensure_corpus()  # one import for all accounts (a second of work)
    refused: dict[str, dict[str, int]] = {}
    for email in [None, *(email for email, _, _ in DEMO_USERS)]:
        user = User.objects.get(email=email) if email else None
        client = Client()
        if user is not None:
            client.force_login(user)
        urls, kinds = set(), set()
        for query in QUERIES:
            for hit in services.search(query=query, user=user, limit=100).results:
                urls.add(hit.url.split("#")[0])
                kinds.add(hit.kind)
        assert {"project", "lesson", "share"} <= kinds, (email, kinds)
        codes = {url: client.get(url).status_code for url in sorted(urls)}
        refused[email or "bezoeker"] = {url: code for url, code in codes.items() if code != 200}
    assert refused == {name: {} for name in refused}
