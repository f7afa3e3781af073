"""Dutch by default; English only when chosen (the language cookie), never from the browser."""

from __future__ import annotations

import ast
import gettext
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"


def nav_labels(response) -> list[str]:
    return [str(item["label"]) for item in response.context["navigation"]]


def test_default_is_dutch(client):
    response = client.get("/")
    html = response.content.decode()
    assert 'lang="nl"' in html
    assert nav_labels(response)[1] == "Organisaties"
    assert "Naar de inhoud" in html
    assert "Inloggen" in html


def test_dutch_browser_gets_dutch(client):
    response = client.get("/", headers={"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.8"})
    assert 'lang="nl"' in response.content.decode()


def test_english_browser_still_gets_dutch(client):
    # Not every module is translated yet: no half-English pages by accident.
    response = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert 'lang="nl"' in response.content.decode()
    assert nav_labels(response)[1] == "Organisaties"


def english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_chosen_english_gets_english_navigation(client):
    response = english(client).get("/")
    html = response.content.decode()
    assert 'lang="en"' in html
    assert nav_labels(response)[:2] == ["Home", "Organisations"]
    assert "Skip to content" in html
    assert "Log in" in html
    assert 'aria-label="Main menu"' in html
    assert "Organisaties" not in html


def test_every_navigation_item_has_an_english_label(client, administrator):
    """Modules that add a menu item (register_navigation) must translate its label too."""
    client.force_login(administrator)
    dutch = nav_labels(client.get("/"))
    english_labels = nav_labels(english(client).get("/"))
    assert len(dutch) == len(english_labels)
    untranslated = [nl for nl, en in zip(dutch, english_labels, strict=True) if nl == en]
    assert untranslated == []


def test_language_cookie_wins_over_the_browser(client):
    english(client)
    response = client.get("/", headers={"Accept-Language": "nl"})
    assert 'lang="en"' in response.content.decode()
    assert "Organisations" in nav_labels(response)


def test_language_switch_form_sets_the_cookie_without_a_url_prefix(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/organisaties"})
    assert response.status_code == 302
    assert response["Location"] == "/organisaties"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert "Organisations" in client.get("/organisaties").content.decode()


def test_logged_in_navigation_in_english(client, administrator):
    client.force_login(administrator)
    response = english(client).get("/")
    labels = nav_labels(response)
    for label in ("Organisations", "My organisation", "Invitations", "Audit log", "Administration"):
        assert label in labels
    assert not {"Organisaties", "Mijn organisatie", "Uitnodigingen", "Beheer"} & set(labels)
    assert "Log out" in response.content.decode()


def test_login_page_in_english(client):
    html = english(client).get("/inloggen").content.decode()
    assert "<h1>Log in</h1>" in html
    assert "E-mail address" in html
    assert "Password" in html
    assert "Forgot your password?" in html


def test_login_error_in_english(client, member):
    response = english(client).post(
        "/inloggen", {"username": member.email, "password": "fout-wachtwoord-1"}
    )
    assert "This e-mail address and password do not match." in response.content.decode()


@pytest.mark.urls("behoudplein.core.tests.urls_errors")
def test_error_pages_in_english(client, member):
    assert "Page not found" in english(client).get("/nergens").content.decode()
    client.force_login(member)
    assert "No access" in english(client).get("/auditlog").content.decode()
    client.raise_request_exception = False
    response = client.get("/test/boom", headers={"Accept-Language": "en"})
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_error_pages_in_dutch_by_default(client):
    assert "Pagina niet gevonden" in client.get("/nergens").content.decode()


def read_po(path: Path) -> list[dict[str, str]]:
    """The entries of a .po file as {keyword: text}; enough of the format for this check."""
    entries: list[dict[str, str]] = []
    current: dict[str, str] = {}
    key = ""
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if current:
                entries.append(current)
            current, key = {}, ""
        elif line.startswith("#"):
            current.setdefault("#", "")
            current["#"] += line + "\n"
        elif line.startswith('"'):
            current[key] += ast.literal_eval(line)
        else:
            key, _space, text = line.partition(" ")
            current[key] = ast.literal_eval(text)
    return entries


def test_catalogue_has_no_untranslated_or_fuzzy_entries():
    entries = [e for e in read_po(LOCALE / "django.po") if e.get("msgid")]
    assert len(entries) > 100
    for entry in entries:
        assert "fuzzy" not in entry.get("#", ""), entry
        translations = [text for key, text in entry.items() if key.startswith("msgstr")]
        assert translations and all(translations), f"untranslated: {entry['msgid']!r}"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
def test_compiled_catalogue_matches_the_po_file(tmp_path):
    """The committed .mo must be rebuilt whenever the .po changes."""
    fresh = tmp_path / "django.mo"
    subprocess.run(  # noqa: S603
        ["msgfmt", "--check-format", "-o", str(fresh), str(LOCALE / "django.po")],  # noqa: S607
        check=True,
    )
    with (LOCALE / "django.mo").open("rb") as committed, fresh.open("rb") as rebuilt:
        assert (
            gettext.GNUTranslations(committed)._catalog == gettext.GNUTranslations(rebuilt)._catalog
        )
