import pytest

from behoudplein.shares.embeds import embed_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
        ),
        ("https://youtu.be/aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("http://www.youtube.com/watch?v=aqz-KE-bpKQ", None),
        ("https://www.zorg.nl/film.mp4", None),
        ("javascript:alert(1)", None),
    ],
)
def test_embed_url(url, expected):
    assert embed_url(url) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("persona_name", "delen"),
    [("anonymous", False), ("member", True), ("project_lead", True), ("editor", False)],
)
def test_navigation(login_as, persona_name, delen):
    body = login_as(persona_name).get("/").content.decode()
    assert ('href="/delen"' in body) is delen
    assert 'href="/deelbijdragen"' in body
