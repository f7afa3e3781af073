"""Unit tests of the building blocks: markup, headings, table rows, contents, section words."""

from __future__ import annotations

import pytest

from behoudplein.importer.parsers.evaluation.activities import marker_mode
from behoudplein.importer.parsers.evaluation.blocks import as_items, paragraphs
from behoudplein.importer.parsers.evaluation.general_data import (
    field_of_label,
    find_tables,
    split_row,
)
from behoudplein.importer.parsers.evaluation.sections import classify
from behoudplein.importer.parsers.evaluation.toc import covers, parse_toc
from behoudplein.importer.parsers.text import (
    cells,
    clean,
    find_codes,
    heading_of,
    normalise_code,
)


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("<b>Projectnummer</b>", "Projectnummer"),
        ("Partner <sup>7</sup>", "Partner"),
        ("[www.voorbeeld.nl](http://www.voorbeeld.nl)", "www.voorbeeld.nl"),
        ("zie <https://voorbeeld.nl/a>", "zie https://voorbeeld.nl/a"),
        ("**vet** en *schuin*", "vet en schuin"),
        ("A &amp; B   C", "A & B C"),
        ("<i>Publiek</i> Gemeente", "Publiek Gemeente"),
    ],
)
def test_clean(raw: str, plain: str) -> None:
    assert clean(raw) == plain


@pytest.mark.parametrize(
    ("line", "level", "text"),
    [
        ("### Knelpunten", 3, "Knelpunten"),
        ("## 6. Knelpunten", 2, "6. Knelpunten"),
        ("**Borging: hoe verder**", 7, "Borging: hoe verder"),
        ("#### **Lessen**", 4, "Lessen"),
        ("*Realisatie*", 8, "Realisatie"),
        ("<b>Doel</b>", 7, "Doel"),
        ("##### Beoogd:", 5, "Beoogd"),
    ],
)
def test_headings(line: str, level: int, text: str) -> None:
    heading = heading_of(line)
    assert heading is not None
    assert (heading.level, heading.text) == (level, text)


@pytest.mark.parametrize(
    "line",
    ["Gewone tekst.", "- **Assessment:** uitleg", "* punt", "<b>Label</b>\twaarde", ""],
)
def test_not_headings(line: str) -> None:
    assert heading_of(line) is None


def test_cells() -> None:
    assert cells("<b>Label</b>\t€ 1.000") == ["Label", "€ 1.000"]
    assert cells("| Label | waarde |") == ["Label", "waarde"]
    assert cells("|---|---|") == []
    assert cells("geen tabel") == []


def test_codes() -> None:
    assert normalise_code("dw 2014") == "DW2014"
    assert find_codes("2016DW2015, 2016DW2016 en SRA 3") == ["DW2015", "DW2016", "SRA3"]
    expected = {"AB2015-2019", "AB2015", "AB2016", "AB2017", "AB2018", "AB2019"}
    assert covers("AB2015-2019") == expected
    assert covers("AB10-12") == {"AB10-12", "AB10", "AB11", "AB12"}
    assert covers("AB12") == {"AB12"}


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Projectnummer SZW", "szw_number"),
        ("Projectnummers", "szw_number"),
        ("Indiener van het project (contractpartij)", "submitter"),
        ("Aanvrager", "submitter"),
        ("Uitvoerders van het project", "executor"),
        ("Subsidieperiode", "period"),
        ("Looptijd", "period"),
        ("Directe kosten (begroot)", "direct_costs"),
        ("Budget totaal (directe kosten)", "direct_costs"),
        ("Budget totaal (directe en indirect)", "total_budget"),
        ("Maximale subsidie", "max_subsidy"),
        ("Maximaal subsidiebedrag", "max_subsidy"),
        ("Gevraagd subsidie", "requested_subsidy"),
        ("Gevraagde subsidie (einddeclaratie)", "requested_subsidy"),
        ("Toegekende subsidie", "granted_subsidy"),
        ("Samenwerkende partijen", "partners"),
        ("Omschrijving", None),
    ],
)
def test_field_labels(label: str, field: str | None) -> None:
    assert field_of_label(label) == field


def test_rows_without_cells() -> None:
    assert split_row("Projectnummer SZW 2016AB1") == ("Projectnummer SZW", "2016AB1")
    assert split_row("Dossiernummer AB 12") == ("Dossiernummer", "AB 12")
    assert split_row("Uitvoerder van het project") == ("Uitvoerder van het project", "")
    assert split_row("Maximale subsidie: € 10.000") == ("Maximale subsidie", "€ 10.000")
    assert split_row("Een gewone zin zonder label.") is None


def test_a_table_needs_three_general_data_fields() -> None:
    lines = ["Projectnummer\tAB1", "Aanvrager\tStichting", "", "Tekst."]
    assert find_tables(lines) == []
    lines.insert(2, "Looptijd\t2021")
    tables = find_tables(lines)
    assert len(tables) == 1
    assert (tables[0].first_line, tables[0].last_line) == (1, 3)
    assert tables[0].number_codes == ["AB1"]


def test_contents_with_leaders_and_chapters() -> None:
    lines = [
        "Inhoud",
        "1 Inleiding ........ 3",
        "AB1 - Eerste project ........ 5",
        "AB2 - Tweede - met streepje ........ 7",
        "",
        "Tekst van het rapport.",
    ]
    toc = parse_toc(lines)
    assert [(e.code, e.title, e.page) for e in toc.entries] == [
        ("AB1", "Eerste project", 5),
        ("AB2", "Tweede - met streepje", 7),
    ]
    assert toc.entries[0].group is not None and toc.entries[0].group.title == "Inleiding"


def test_no_contents_in_prose() -> None:
    assert parse_toc(["AB1 - losse regel", "tekst"]).entries == []


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Aanleiding en specifieke probleemanalyse voor het project", ["cause"]),
        ("Doelstellingen en resultaten van het project", ["goal", "activities"]),
        ("Succesfactoren en lessons learned", ["success_factors", "lessons"]),
        ("Beoogde en behaalde resultaten", ["activities"]),
        ("3. Projectactiviteiten", ["activities"]),
        ("Borging: hoe verder", ["continuation"]),
        ("Landelijke coördinatie en borging van de pilots", []),
        ("Lessen voor de projecten AB1 en AB2", ["lessons"]),
        ("Diverse varianten", []),
    ],
)
def test_section_words(heading: str, kinds: list[str]) -> None:
    assert classify(heading) == kinds


@pytest.mark.parametrize(
    ("heading", "mode"),
    [
        ("Beoogd", ("intended", "")),
        ("Beoogde resultaten", ("intended", "resultaten")),
        ("Beoogd en gerealiseerd", ("both", "")),
        ("Realisatie", ("realised", "")),
        ("Niet gerealiseerd", ("realised", "")),
        ("Doelstellingen deelproject 2", ("intended", "deelproject 2")),
        ("Werkplaatsdagen", None),
    ],
)
def test_phase_markers(heading: str, mode: tuple[str, str] | None) -> None:
    assert marker_mode(heading) == mode


def test_list_items_intro_risks_and_page_breaks() -> None:
    lines = [
        "Dit werkte goed:",
        "- Eerste punt dat doorloopt op de",
        "",
        "volgende pagina.",
        "- Tweede punt.",
        "",
        "Valkuilen en risico's zijn:",
        "- Een risico.",
        "",
        "<sup>3</sup> Een voetnoot.",
        "---",
        "Een losse alinea.",
    ]
    items = as_items(paragraphs(list(enumerate(lines, start=1))))
    assert items.items == [
        "Eerste punt dat doorloopt op de volgende pagina.",
        "Tweede punt.",
        "Een losse alinea.",
    ]
    assert items.risks == ["Een risico."]
