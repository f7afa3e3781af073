"""Every result a role finds, that role may open: over the seed report and the demo data,
for a visitor and each demo account, every result's page answers 200 (not 403 or 404)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from behoudplein.accounts.demo import DEMO_USERS
from behoudplein.accounts.models import User
from behoudplein.core.permissions import can
from behoudplein.knowledge import search_documents as knowledge_index
from behoudplein.knowledge.models import Project
from behoudplein.knowledge.tests.factories import ProjectFactory
from behoudplein.search import evaluation, services
from behoudplein.shares.models import Share
from behoudplein.shares.search_documents import NOT_INDEXED, share_key

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


def test_whoever_may_open_a_share_or_project_finds_it_by_its_title_and_nobody_else():
    evaluation.ensure_corpus()
    shares = list(
        Share.objects.exclude(status__in=NOT_INDEXED).select_related("organisation", "round")
    )
    knowledge_index.sync_project(ProjectFactory(code="CONCEPT1", draft=True))
    projects = list(Project.objects.all())
    assert {share.status for share in shares} >= {"draft", "submitted", "published"}
    assert {project.is_published for project in projects} == {True, False}
    wrong: list[tuple[str, str, bool]] = []
    for email in [None, *(email for email, _, _ in DEMO_USERS)]:
        user = User.objects.get(email=email) if email else None
        who = user or AnonymousUser()
        for share in shares:
            found = services.search(
                query=share.organisation.name, user=user, kind="share", limit=100
            ).results
            finds = share_key(share) in [hit.key for hit in found]
            if finds != can(who, "shares.view", share):
                wrong.append((email or "bezoeker", f"share {share.pk} ({share.status})", finds))
        for project in projects:
            found = services.search(query=project.code, user=user, kind="project").results
            finds = {"code": project.code} in [hit.key for hit in found]
            if finds != can(who, "knowledge.view_project", project):
                wrong.append((email or "bezoeker", f"project {project.code}", finds))
    assert wrong == []
