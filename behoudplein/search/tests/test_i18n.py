"""Zoeken in English: the app carries its own catalogue (behoudplein/search/locale)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

LOCALE = Path(__file__).resolve().parent.parent / "locale" / "en" / "LC_MESSAGES"

pytestmark = pytest.mark.django_db


def english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_search_page_in_english(client, corpus):
    html = english(client).get("/zoeken", {"q": "omscholing"}).content.decode()
    assert "What are you looking for?" in html
    assert "1 result for “omscholing”" in html
    assert ">Project<" in html  # the kind label of the hit and of the facet
    assert "Waar zoekt u naar?" not in html


def test_no_results_and_bad_input_in_english(client, corpus):
    html = english(client).get("/zoeken", {"q": "xyzzyq"}).content.decode()
    assert "Nothing found. Try other or fewer words." in html
    response = english(client).get("/zoeken", {"q": "zorg", "year": "twee"})
    assert response.status_code == 400
    assert "The year (year) must be a whole number." in response.content.decode()


def test_facet_labels_follow_the_language_of_each_request(client, corpus):
    # The labels are cached between requests: each request must still get its own language.
    assert "Lesson (1)" in english(Client()).get("/zoeken", {"q": "BSN"}).content.decode()
    assert "Les (1)" in Client().get("/zoeken", {"q": "BSN"}).content.decode()
    dutch = Client().get("/api/v1/search", {"q": "BSN"}).json()
    assert {"value": "lesson", "label": "Les", "count": 1} in dutch["facets"]["kind"]


def test_dutch_stays_the_default(client, corpus):
    html = client.get("/zoeken", {"q": "omscholing"}).content.decode()
    assert "1 resultaat voor “omscholing”" in html


def test_synonym_screen_in_english(login_as):
    client = english(login_as("editor"))
    html = client.get("/zoeken/synoniemen").content.decode()
    assert "Synonyms and abbreviations" in html
    assert "Term or abbreviation" in html


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
def test_catalogue_is_complete_and_compiled(tmp_path):
    po = (LOCALE / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in po
    assert not re.search(r'^msgstr(\[\d\])? ""\n\n', po.split("\n\n", 1)[1] + "\n\n", re.M)
    fresh = tmp_path / "django.mo"
    subprocess.run(  # noqa: S603
        ["msgfmt", "--check-format", "-o", str(fresh), str(LOCALE / "django.po")],  # noqa: S607
        check=True,
    )
    assert fresh.read_bytes() == (LOCALE / "django.mo").read_bytes()
