"""Demo regions and organisations, invented for the demo (names are fictitious)."""

from __future__ import annotations

from django.utils.text import slugify

from .constants import Branch as B
from .constants import OrganisationKind as K
from .models import LabourMarketRegion, Organisation, Region

ORDER = 10

REGIONS: dict[str, list[str]] = {
    "Flevoland": ["Flevoland"],
    "Rivierenland": ["Rivierenland", "Gelderland Zuid"],
    "Utrecht en Amersfoort": ["Midden-Utrecht", "Amersfoort"],
    "Zuid-Holland Zuid": ["Drechtsteden", "Gorinchem"],
    "Noord-Holland Noord": ["Noord-Holland Noord"],
}

# name, KvK number, region, branch, kind, city
ORGANISATIONS: list[tuple[str, str, str, str, str, str]] = [
    ("Zorggroep De Lindehof", "61000001", "Flevoland", B.VVT, K.CARE, "Almere"),
    ("Thuiszorg Polderkracht", "61000002", "Flevoland", B.VVT, K.CARE, "Lelystad"),
    ("Stichting Zonnewende", "61000003", "Flevoland", B.DISABILITY_CARE, K.CARE, "Dronten"),
    ("Welzijn Nieuwland", "61000004", "Flevoland", B.WELFARE, K.CARE, "Almere"),
    ("Kinderopvang Het Speelkwartier", "61000005", "Flevoland", B.CHILDCARE, K.CARE, "Zeewolde"),
    ("Zorgcollege Flevoland", "61000006", "Flevoland", B.OTHER, K.SCHOOL, "Lelystad"),
    ("Re-integratie Vooruit B.V.", "61000007", "Flevoland", B.OTHER, K.REINTEGRATION, "Almere"),
    (
        "Werkgeversvereniging Zorg Flevoland",
        "61000008",
        "Flevoland",
        B.OTHER,
        K.EMPLOYERS_ASSOCIATION,
        "Lelystad",
    ),
    ("Ziekenhuis Waterland-Oost", "62000001", "Rivierenland", B.HOSPITALS, K.CARE, "Tiel"),
    ("Zorgcentrum De Uiterwaard", "62000002", "Rivierenland", B.VVT, K.CARE, "Culemborg"),
    ("GGZ Rivierduin", "62000003", "Rivierenland", B.MENTAL_HEALTH, K.CARE, "Geldermalsen"),
    ("Jeugdhulp De Brug", "62000004", "Rivierenland", B.YOUTH_CARE, K.CARE, "Tiel"),
    (
        "Huisartsenpraktijk Dijkzicht",
        "62000005",
        "Rivierenland",
        B.GENERAL_PRACTICE,
        K.CARE,
        "Zaltbommel",
    ),
    ("Werkbedrijf Rivierenland", "62000006", "Rivierenland", B.OTHER, K.SOCIAL_EMPLOYMENT, "Tiel"),
    ("UWV Leerwerkloket Gelderland", "62000007", "Rivierenland", B.OTHER, K.UWV, "Nijmegen"),
    (
        "Zorgpartners Stichtse Heuvel",
        "63000001",
        "Utrecht en Amersfoort",
        B.VVT,
        K.CARE,
        "Amersfoort",
    ),
    (
        "Stichting Ons Huis Utrecht",
        "63000002",
        "Utrecht en Amersfoort",
        B.DISABILITY_CARE,
        K.CARE,
        "Utrecht",
    ),
    (
        "Ziekenhuis Eemkwartier",
        "63000003",
        "Utrecht en Amersfoort",
        B.HOSPITALS,
        K.CARE,
        "Amersfoort",
    ),
    (
        "Buurtwerk Oog voor Elkaar",
        "63000004",
        "Utrecht en Amersfoort",
        B.WELFARE,
        K.CARE,
        "Utrecht",
    ),
    (
        "MBO Zorg en Welzijn Utrecht",
        "63000005",
        "Utrecht en Amersfoort",
        B.OTHER,
        K.SCHOOL,
        "Utrecht",
    ),
    (
        "Kinderopvang Kleine Stappen",
        "63000006",
        "Utrecht en Amersfoort",
        B.CHILDCARE,
        K.CARE,
        "Nieuwegein",
    ),
    ("Zorgkring Merwede", "64000001", "Zuid-Holland Zuid", B.VVT, K.CARE, "Dordrecht"),
    ("GGZ Drechtoever", "64000002", "Zuid-Holland Zuid", B.MENTAL_HEALTH, K.CARE, "Dordrecht"),
    (
        "Stichting Samen Thuis",
        "64000003",
        "Zuid-Holland Zuid",
        B.DISABILITY_CARE,
        K.CARE,
        "Gorinchem",
    ),
    ("Welzijn Alblasserwaard", "64000004", "Zuid-Holland Zuid", B.WELFARE, K.CARE, "Alblasserdam"),
    (
        "Werkgeversservicepunt Drechtsteden",
        "64000005",
        "Zuid-Holland Zuid",
        B.OTHER,
        K.SOCIAL_EMPLOYMENT,
        "Dordrecht",
    ),
    ("Zorggroep Duinrand", "65000001", "Noord-Holland Noord", B.VVT, K.CARE, "Alkmaar"),
    (
        "Ziekenhuis Kop van Noord",
        "65000002",
        "Noord-Holland Noord",
        B.HOSPITALS,
        K.CARE,
        "Den Helder",
    ),
    ("Jeugdzorg Westfries", "65000003", "Noord-Holland Noord", B.YOUTH_CARE, K.CARE, "Hoorn"),
    ("Loopbaanhuis Noord", "65000004", "Noord-Holland Noord", B.OTHER, K.OTHER, "Alkmaar"),
]


def load() -> None:
    lmrs: dict[str, LabourMarketRegion] = {}
    for lmr_names in REGIONS.values():
        for name in lmr_names:
            lmrs[name], _created = LabourMarketRegion.objects.get_or_create(
                slug=slugify(name), defaults={"name": name}
            )
    regions: dict[str, Region] = {}
    for name, lmr_names in REGIONS.items():
        region, _created = Region.objects.get_or_create(slug=slugify(name), defaults={"name": name})
        region.labour_market_regions.set([lmrs[n] for n in lmr_names])
        regions[name] = region
    for name, kvk, region_name, branch, kind, city in ORGANISATIONS:
        Organisation.objects.update_or_create(
            kvk_number=kvk,
            defaults={
                "name": name,
                "region": regions[region_name],
                "branch": branch,
                "kind": kind,
                "city": city,
            },
        )
