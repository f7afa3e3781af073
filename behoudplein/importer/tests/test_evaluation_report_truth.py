"""Truth table for the evaluation-report seed, written by hand from reading the document.

Every value below was read from the seed text by a person, not copied from parser output.
Conventions (SPEC §2 reading rules): the title is the table-of-contents text after the code
and the first ' - '; an empty cell or missing row is None; 'Nog niet bekend' is None; a granted
amount leaves the requested fields None; a description covering several project numbers is one
record carrying the totals; an amended amount keeps the printed amount in the main field.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

SEEDS_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
SEED_NAME = "evaluatie-dwsra-bijlagen-6-7-8.txt"

FIELDS = (
    "code",
    "title",
    "annex",
    "szw_number",
    "submitter",
    "executor",
    "period_start",
    "period_end",
    "direct_costs_eur",
    "max_subsidy_eur",
    "requested_subsidy_eur",
    "requested_pct",
    "granted_subsidy_eur",
    "granted_pct",
)

CA_ICT_PERIOD = ("2017-01-01", "2019-06-30")

# code, title, annex, szw_number, submitter, executor, start, end,
# direct costs, max subsidy, requested, requested %, granted, granted %
TRUTH: list[tuple[Any, ...]] = [
    # Annex 6
    (
        "DW2012",
        "Dienstverlening werkzoekenden corporatiesector 2.0",
        "6",
        "2016DW2012",
        "Stichting Fonds Leren en Ontwikkelen Wooncorporaties (FLOW)",
        "Stichting Fonds Leren en Ontwikkelen Wooncorporaties",
        "2016-07-15",
        "2018-12-31",
        1245313,
        859265,
        710781,
        83,
        None,
        None,
    ),
    (
        "DW2013",
        "Regie nemen op je eigen loopbaan",
        "6",
        "2016DW2013",
        "CNV",
        "CNV",
        "2017-07-15",
        "2018-12-31",
        2636190,
        1818971,
        1623660,
        89,
        None,
        None,
    ),
    (
        "DW2014",
        "Zelf aan het roer - Tiptrack",
        "6",
        "2016DW2014",
        "Algemene Werkgeversvereniging Nederland (AWVN), geen andere partners",
        None,  # no executor row; only a row of cooperating partners
        "2016-07-15",
        "2018-12-31",
        2859302,
        1968397,
        1968397,
        100,
        None,
        None,
    ),
    (
        "DW2015-2019",
        "FNV Werken aan werk",
        "6",
        "2016DW2015, 2016DW2016, 2016DW2017, 2016DW2018, 2016DW2019",
        "FNV",
        "FNV afd. Lokaal en Regionaal",
        "2016-10-01",
        "2018-12-31",
        5519315,  # five times 1.103.863, total printed in brackets
        3808330,  # five times 761.666, total printed in brackets
        2896446,
        76,
        None,
        None,
    ),
    (
        "DW20110",
        "Werkgelegenheid - 24h Personal Plan",
        "6",
        "2016DW20110",
        "Novaka",
        "Novaka",
        "2016-07-15",
        "2018-12-31",
        1770914,
        1221930,
        1075391,
        88,
        None,
        None,
    ),
    (
        "DW20112",
        "FLEX werkt aan werkzekerheid",
        "6",
        "2016DW20112",
        "St. Opleiding & Ontwikkeling Flexbranche (STOOF)",
        "STOOF",
        "2016-10-01",
        "2018-12-31",
        1111720,
        767086,
        286212,
        37,
        None,
        None,
    ),
    (
        "DW20124",
        "Aansluiting op de arbeidsmarkt Bouw & Infra",
        "6",
        "2016DW20124",
        "FNV",
        "FNV, stichting LOF",
        "2017-01-01",
        "2019-06-30",
        874000,
        603060,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20125",
        "Focus op ICT in de regio Groningen",
        "6",
        "2016DW20125",
        "CA-ICT",
        "CA-ICT i.s.m. partners",
        "2017-01-01",
        "2019-06-30",
        880000,
        607200,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20127",
        "Loopbaanoriëntatie Groot-Amsterdam en Zuid-Limburg",
        "6",
        "2016DW20127",
        "CA-ICT",
        "Matchcare",
        *CA_ICT_PERIOD,
        905000,
        624450,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20130",
        "Werken aan een duurzaam perspectief in de ICT",
        "6",
        "2016DW20130",
        "CA-ICT",
        "CGI en andere ICT-bedrijven",
        *CA_ICT_PERIOD,
        1040100,
        717668,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20132",
        "Begeleiding naar werk in ICT Midden-Nederland en Food Valley",
        "6",
        "2016DW20132",
        "CA-ICT",
        "Verschillende uitvoerders",
        *CA_ICT_PERIOD,
        880000,
        607200,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20134",
        "Make IT work",
        "6",
        "2016DW20134",
        "CA-ICT",
        "Hogeschool Utrecht",
        *CA_ICT_PERIOD,
        992000,
        684480,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20135",
        "Focus op ICT in de regio Zuidoost-Brabant",
        "6",
        "2016DW20135",
        "CA-ICT",
        "ITPH Academy, Dutch Digital Delta en Centrumgemeente Eindhoven",
        *CA_ICT_PERIOD,
        1100000,
        759000,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20136",
        "Dienstverlening werkzoekenden productie- en leveringsbedrijven",
        "6",
        "2016DW20136",
        "St. Opleidings- en Ontwikkelingsfonds Productie- en Leveringsbedrijven",
        None,  # empty cell
        *CA_ICT_PERIOD,
        2898500,
        1999965,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20137",
        "Toekomst in techniek Rijk van Nijmegen",
        "6",
        "2016DW20137",
        "VNO-NCW Midden",
        None,  # empty cell
        "2017-05-01",
        "2019-06-30",
        535022,
        369165,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20138",
        "Perspectief op duurzame en doorlopende loopbanen",
        "6",
        "2016DW20138",
        "Stichting Opleidings-en Ontwikkelingsfonds Afbouw",
        "Stichting Loopbaan & Opleidingsfonds (LOF)",
        "2017-01-01",
        "2019-06-30",
        814160,
        561770,
        None,
        None,
        None,
        None,
    ),
    # Annex 7
    (
        "DW20128",
        "Werkzoekenden en samenwerking en regie in de arbeidsmarktregio's",
        "7",
        "2016DW20128",
        "A+O Metalekro",
        "Meerdere uitvoerders, o.a. MEPD, VITH.",
        "2017-01-01",
        "2019-06-30",
        1493124,
        1030255,
        None,
        None,
        None,
        None,
    ),
    (
        "DW20129",
        "Sectoraal regisseren door regionaal te faciliteren",
        "7",
        "2016DW20129",
        "OnderhoudNL",
        None,  # empty cell
        "2016-11-28",
        "2019-06-30",
        2536891,
        1750454,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20110",
        "Samenwerking in de Levensmiddelenindustrie en regie op de arbeidsmarkt",
        "7",
        "2016SRA20110",
        "Federatie Nederlandse Levensmiddel Industrie (FNLI)",
        "Stichting Opleidings- en Ontwikkelingsfonds Levensmiddelenindustrie (SOL)",
        "2017-01-01",
        "2018-12-31",
        1003696,
        692550,  # printed amount; the cell also shows an amendment to 690.000
        416161,
        60,
        None,
        None,
    ),
    (
        "SRA20111",
        "Arbeidsmarkt 2020 AMBOR",
        "7",
        "2016SRA20111",
        "St. Opleidings- en Ontwikkelingsfonds Afval- en Milieubedrijven",
        "St. Opleidings- en Ontwikkelingsfonds Afval- en Milieubedrijven",
        "2017-01-01",
        "2018-12-31",
        870000,
        690000,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20125",
        "BOA in de BIZ",
        "7",
        "2016SRA20125",
        "BOA-ACP",
        "BOA-ACP",
        "2017-01-01",
        "2019-06-30",
        719175,
        496230,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20127",
        "Servicepunt Techniek Drenthe",
        "7",
        "2016SRA20127",
        "FNV Metaal",
        "Technische O&O fondsen: A+O Metalektro, OOM, OTIB; Technische Branches: Koninklijke "
        "Metaalunie, Uneto-VNI en Vereniging FME; Vakbonden: FNV Metaal en CNV Vakmensen; "
        "Overheden: UWV, centrumgemeente Emmen, Provincie Drenthe.",
        "2017-01-01",
        "2019-06-30",
        371500,
        256335,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20129",
        "Avres - WIJIJ",
        "7",
        "2016SRA20129",
        "VNO NCW West",
        "Avres",
        "2017-01-01",
        "2019-06-30",
        931156,  # the separate total-budget row (direct and indirect) is not direct costs
        642496,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20138",
        "Startklaar",
        "7",
        "2016SRA20138",
        "CNV Connectief",
        None,  # empty cell
        "2016-11-28",
        "2018-11-27",
        645000,
        445050,
        464497,  # label printed as 'Gevraagd subsidie'
        104,
        None,
        None,
    ),
    (
        "SRA20144",
        "Aanjaagteam Bouw en Techniek",
        "7",
        "2016SRA20144",
        "FNV",
        None,  # empty cell
        "2017-01-01",
        "2019-06-30",
        204800,
        141312,
        61905,
        44,
        None,
        None,
    ),
    (
        "SRA20145",
        "Vernieuwend samenwerken aan werk",
        "7",
        "2016SRA20145",
        "FCB (O&O fonds van Welzijn en Maatschappelijke Dienstverlening, Jeugdzorg en "
        "Kinderopvang (WJK))",
        "FCB",
        "2017-01-01",
        "2019-06-30",
        1172386,
        808946,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20149",
        "Mobiliteitscentrum Transport en Logistiek",
        "7",
        "2016SRA20149",
        "Brabants Zeeuwse Werkgeversvereniging",
        None,  # empty cell
        "2017-01-01",
        "2019-06-30",
        307900,
        212451,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20151",
        "Regionale Platforms Arbeidsmobiliteit Techniek",
        "7",
        "2016SRA20151",
        "Stichting OTIB",
        "Stichting OTIB",
        "2017-06-01",
        "2019-06-30",
        1257107,
        867403,
        None,
        None,
        None,
        None,
    ),
    # Annex 8 (the last three entries follow the annex block without page numbers)
    (
        "SRA2011",
        "Platform kleinschalige zorg Rivierenland en Werkzaak Rivierenland",
        "8",
        "2016SRA2011",
        "VNO-NCW Midden",
        "Bureau Albatros; Beta Tech Services",
        "2017-01-01",
        "2018-12-31",
        217371,
        145348,
        149985,
        103,
        None,
        None,
    ),
    (
        "SRA2015",
        "KGO samenwerken in techniek",
        "8",
        "2016SRA2015",
        "Kenniscentrum Gebouwde Omgeving",
        "Bouwmensen Nijmegen",  # footnote marker dropped
        "2017-01-01",
        "2018-12-31",
        239934,
        165554,
        146100,
        88,
        None,
        None,
    ),
    (
        "SRA2016",
        "De tafel van de regio Zwolle",
        "8",
        "2016SRA2016",
        "VNO-NCW Midden",
        "Private partners VNO-NCW Midden FNV CNV WZW (werkgeversplatform Werken in de Zorg en "
        "Welzijn) Publieke partners UWV Werkbedrijf Provincie Overijssel Gemeenten "
        "arbeidsmarktregio Werkbedrijf Regio Zwolle Deltion College \N{EN DASH} Centra voor "
        "Innovatief Vakmanschap PPS Samenwerkingsverbanden Werkbedrijf Regio Zwolle "
        "Arbeidsmarkt Regio Zwolle Regio Zwolle",
        "2017-01-01",
        "2018-12-31",
        864341,
        596395,
        616488,
        103,
        None,
        None,
    ),
    (
        "SRA20116",
        "Samenwerking en regie Leisure Midden Brabant",
        "8",
        "2016SRA20116",
        "Stichting Midpoint House of Leisure",
        None,  # empty cell
        "2016-09-01",
        "2018-12-31",
        320000,
        220800,
        98460,
        45,
        None,
        None,
    ),
    (
        "SRA20121",
        "CA-ICT Midden Utrecht Zuid-Limburg Achterhoek",
        "8",
        "2016SRA20121",
        "CA-ICT",
        None,  # empty cell
        "2017-01-01",
        "2019-06-30",
        215000,
        148350,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20122",
        "Samenwerking arbeidsmarkt HIC Rotterdam",
        "8",
        "2016SRA20122",
        "CNV Vakmensen",
        "Initiatiefnemers en stuurgroep: CNV Vakmensen, Deltalinqs, Havenbedrijf Rotterdam "
        "Uitvoerders: diverse ingehuurd partijen",
        "2017-02-01",
        "2019-06-30",
        430632,
        297135,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20123",
        "Ondernemers maken transitie mogelijk",
        "8",
        "SRA20123",  # printed without the year prefix
        "Vereniging FME-CWM",
        "FME-CWM & Birch Consultants",
        "2017-01-01",
        "2019-06-30",
        217919,
        150371,
        150371,
        100,
        None,
        None,
    ),
    (
        "SRA20130",
        "Een kloppend Arbeidsmarkthart: Expertisecentrum GAM (Gelders Arbeidsmarkt Model)",
        "8",
        "2016SRA20130",
        "VNO-NCW Midden, namens samenwerkingspartijen",
        None,  # no executor row; only a row of signing partners
        "2017-01-01",
        "2019-07-01",
        809989,
        558889,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20132",
        "Samenwerken in Techniek \N{EN DASH} Regio Amersfoort Utrecht",
        "8",
        "2016SRA20132",
        "VNO-NCW Midden",
        "Bouwmensen Amersfoort",
        "2017-01-01",
        "2018-12-31",
        239934,
        165554,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20135",
        "Beleef de Zorg!",
        "8",
        "2016SRA20135",
        "CNV Connectief",
        "CNV Zorg en Welzijn, WGV Zorg en Welzijn onderwijsinstellingen, gemeenten, UWV, "
        "werkgevers",
        "2017-07",  # month-only period
        "2019-06",
        513080,
        354025,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20137",
        "Talent gekend",
        "8",
        "2016SRA20137",
        "MKB Den Haag",
        "Birch, LIFT, IPC, MKB Den Haag",
        "2016-11-28",
        "2017-11",  # end printed as month only
        603796,
        416619,
        None,  # the table gives a granted amount, not a requested one
        None,
        416619,
        100,
    ),
    (
        "SRA20139",
        "Flevoland werkt!",
        "8",
        "2016SRA20139",
        "VNO-NCW Midden",
        "Regionaal Werkbedrijf Flevoland?",  # question mark as printed
        "2017-01-01",
        "2019-06-30",
        224170,
        154677,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20141",
        "Verbetering samenwerking en regie arbeidsmarkt regio Rijnmond",
        "8",
        "2016SRA20141",
        "MKB Rotterdam",
        "MKB Rotterdam, Gemeente Rotterdam, AWWN, VNO-NCW, FNV, UWV, het Havenbedrijf Rotterdam, "
        "Zadkine College",
        "2017-01-01",
        "2019-06-30",
        501900,
        346311,
        346311,
        100,
        None,
        None,
    ),
    (
        "SRA20146",
        "Arbeidsmarktonderzoek ICT met Topsectoren",
        "8",
        "2016SRA20146",
        "CA-ICT",
        "Berenschot en CentErdata",
        "2017-01-01",
        "2019-06-30",
        330000,
        227700,
        None,
        None,
        None,
        None,
    ),
    (
        "SRA20147",
        "Verbetering samenhang regie Arbeidsmarkt Zuid-Limburg",
        "8",
        "2016SRA20147",
        "Limburgse Werkgevers Vereniging",
        "Gemeente Heerlen",
        "2017-04-01",
        "2019-06-30",
        850000,
        586500,
        None,
        None,
        None,
        None,
    ),
]

TRUTH_BY_CODE = {row[0]: dict(zip(FIELDS, row, strict=True)) for row in TRUTH}


def _seed_path() -> Path:
    path = SEEDS_DIR / SEED_NAME
    if not path.is_file():
        pytest.skip(f"seed document not available: {path}")
    return path


@lru_cache(maxsize=1)
def _parse_seed(path: Path) -> Any:
    from behoudplein.importer.extract import extract_document
    from behoudplein.importer.parsers import registry

    document = extract_document(path.read_bytes(), filename=path.name)
    return registry.get("project_evaluation_report").parse(document)


@pytest.fixture
def result() -> Any:
    return _parse_seed(_seed_path())


def test_truth_table_is_complete() -> None:
    assert len(TRUTH) == 43
    assert len(TRUTH_BY_CODE) == 43


@pytest.mark.parametrize("code", list(TRUTH_BY_CODE))
def test_project_matches_truth(result: Any, code: str) -> None:
    records = [r for r in result.records if r["code"] == code]
    assert len(records) == 1, f"{code}: found {len(records)} records"
    record = records[0]
    expected = TRUTH_BY_CODE[code]
    mismatches = {
        field: (record.get(field), value)
        for field, value in expected.items()
        if record.get(field) != value
    }
    assert not mismatches, f"{code}: (parsed, truth) {mismatches}"


def test_record_order_follows_table_of_contents(result: Any) -> None:
    assert [r["code"] for r in result.records] == list(TRUTH_BY_CODE)


def test_amended_max_subsidy_is_kept_apart(result: Any) -> None:
    record = next(r for r in result.records if r["code"] == "SRA20110")
    assert record["max_subsidy_eur"] == 692550
    assert record["max_subsidy_amended_eur"] == 690000
    assert record["warnings"], "an amendment must come with a warning"


def test_combined_description_lists_its_project_numbers(result: Any) -> None:
    record = next(r for r in result.records if r["code"] == "DW2015-2019")
    assert record["project_numbers"] == [
        "2016DW2015",
        "2016DW2016",
        "2016DW2017",
        "2016DW2018",
        "2016DW2019",
    ]
