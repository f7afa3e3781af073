import pytest


@pytest.mark.django_db
def test_home_answers_anonymous_visitor(client):
    response = client.get("/")
    assert response.status_code == 200
    assert 'lang="nl"' in response.content.decode()
