import pytest
from django.apps import apps

if not apps.is_installed("behoudplein.search"):
    pytest.skip("the search app is not installed yet", allow_module_level=True)

from behoudplein.shares.search_documents import shares

pytestmark = pytest.mark.django_db


def test_published_share_is_public_with_natural_key(published_b, submitted_a):
    documents = {doc.key["organisation"]: doc for doc in shares()}
    public = documents["22222222"]
    assert public.key == {"organisation": "22222222", "round": "T4"}
    assert public.public and public.url == f"/deelbijdragen/{published_b.pk}"
    assert "maatje" in public.body
    assert not documents["11111111"].public
