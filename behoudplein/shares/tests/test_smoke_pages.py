import pytest


@pytest.mark.django_db
def test_pages_render(login_as, share_a, published_b, member, project_lead, editor):
    client = login_as("member")
    for url in [
        "/delen",
        f"/delen/{share_a.pk}",
        f"/delen/{share_a.pk}/bewerken/methode",
        f"/delen/{share_a.pk}/bewerken/inhoud",
        f"/delen/{share_a.pk}/bewerken/media",
        f"/delen/{share_a.pk}/voorbeeld",
        "/deelbijdragen",
        f"/deelbijdragen/{published_b.pk}",
    ]:
        assert client.get(url).status_code == 200, url
    client.force_login(project_lead)
    for url in [
        "/delen/regio",
        f"/delen/{share_a.pk}/beoordelen",
        "/delen/regio?export=csv",
        "/delen/regio?export=xlsx",
    ]:
        assert client.get(url).status_code == 200, url
    client.force_login(editor)
    assert client.get("/delen/landelijk").status_code == 200
