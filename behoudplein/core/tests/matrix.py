"""The permission matrix: a table of URL × persona → expected status, easy to extend.

    MATRIX = [
        Row("/organisaties/nieuw", {"anonymous": 302, "member": 403, "administrator": 200}),
    ]
    @pytest.mark.parametrize(*matrix_params(MATRIX))
    def test_matrix(check_access, url, persona_name, expected):
        check_access(url, persona_name, expected)

Personas not named in a row inherit the row's `default`. URLs may contain `{org_a}`-style
placeholders, filled with the pk of the fixture of that name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

PERSONAS = (
    "anonymous",
    "member",
    "other_member",
    "project_lead",
    "other_project_lead",
    "coordinator",
    "editor",
    "administrator",
)


@dataclass(frozen=True)
class Row:
    url: str
    expected: dict[str, int] = field(default_factory=dict)
    default: int = 403
    method: str = "get"
    data: dict[str, str] | None = None

    def status_for(self, persona: str) -> int:
        return self.expected.get(persona, self.default)


def matrix_params(rows: list[Row]) -> tuple[str, list[pytest.param]]:
    params = []
    for row in rows:
        for persona in PERSONAS:
            params.append(
                pytest.param(
                    row, persona, row.status_for(persona), id=f"{row.method} {row.url} {persona}"
                )
            )
    return "row,persona_name,expected", params


@pytest.fixture
def check_access(client, persona, request):
    import re

    def check(row: Row, persona_name: str, expected: int) -> None:
        url = row.url
        for name in set(re.findall(r"\{(\w+)\}", url)):
            url = url.replace("{" + name + "}", str(request.getfixturevalue(name).pk))
        user = persona(persona_name)
        if user is not None:
            client.force_login(user)
        response = getattr(client, row.method)(url, row.data or {})
        assert response.status_code == expected, (
            f"{row.method.upper()} {url} as {persona_name}: "
            f"{response.status_code}, expected {expected}"
        )

    return check
