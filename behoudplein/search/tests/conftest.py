from __future__ import annotations

import pytest

from behoudplein.search import engine, services
from behoudplein.search.registry import Facets


@pytest.fixture(autouse=True)
def fresh_analyzer():
    """Each test starts from its own (rolled back) index: no analyzer from another test."""
    engine.forget()
    yield
    engine.forget()


def add(kind: str, key, title: str, body: str = "", *, public: bool = True, **extra) -> None:
    services.index_document(
        kind=kind,
        key=key,
        title=title,
        url=f"/{kind}/{services.natural_key(key)}",
        body=body,
        tags=extra.pop("tags", ""),
        facets=extra.pop("facets", Facets()),
        public=public,
        **extra,
    )


@pytest.fixture
def corpus(db):
    add(
        "project",
        {"code": "DW2012"},
        "Loopbaanbegeleiding voor zij-instromers in de zorg",
        "Financiële ondersteuning en scholing voor werkzoekenden in de arbeidsmarktregio.",
        code="DW2012",
        tags="Zorg en welzijn Rivierenland",
        facets=Facets(regions=("rivierenland",), sectors=("vvt",), year=2016),
    )
    add(
        "project",
        {"code": "DW2013"},
        "ICT omscholing",
        "Begeleiding van werkzoekenden naar een baan in de ICT. Het dashboard toont voortgang.",
        code="DW2013",
        facets=Facets(regions=("groningen",), sectors=("ict",), year=2017),
    )
    add(
        "lesson",
        {"code": "DW2012", "section": "lessons", "index": 1},
        "Les: privacy",
        "Het verplicht opgeven van het BSN hield deelnemers tegen.",
        facets=Facets(year=2016),
    )
    add("project", {"code": "DRAFT1"}, "Geheim conceptproject loopbaan", "", public=False)
    return services
