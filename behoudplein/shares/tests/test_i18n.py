"""Delen in English: the app carries its own catalogue (behoudplein/shares/locale)."""

import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(__file__).resolve().parent.parent / "locale" / "en" / "LC_MESSAGES"

pytestmark = pytest.mark.django_db


def test_gallery_in_english(client, published_b):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = client.get("/deelbijdragen").content.decode()
    assert "Shared approaches: how organisations keep their people" in body
    assert "1 share" in body


def test_dashboard_in_english(client, member, grant_a):
    client.force_login(member)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = client.get("/delen").content.decode()
    assert "Start sharing for T4" in body


def test_dutch_stays_the_default(client, published_b):
    assert "Deelbijdragen: zo werken" in client.get("/deelbijdragen").content.decode()


def test_catalogue_is_complete_and_compiled(tmp_path):
    po = (LOCALE / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in po
    assert not re.search(r'^msgstr ""\n\n', po.split("\n\n", 1)[1] + "\n\n", re.M)
    fresh = tmp_path / "django.mo"
    subprocess.run(  # noqa: S603
        ["msgfmt", "--check-format", "-o", str(fresh), str(LOCALE / "django.po")],  # noqa: S607
        check=True,
    )
    assert fresh.read_bytes() == (LOCALE / "django.mo").read_bytes()
