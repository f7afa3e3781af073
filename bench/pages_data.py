"""Generate the `pages` benchmark's data: `python -m bench.pages_data COUNT`.

Runs in its own process under the settings the server uses (the environment says which), on
the benchmark's own database: the demo's regions and labour-market regions, then COUNT
organisations spread over every branch, kind and region, validated by the model itself.
"""

from __future__ import annotations

import random
import sys

import django

PREFIXES = [
    "Zorggroep",
    "Stichting",
    "Thuiszorg",
    "Zorgcentrum",
    "Welzijn",
    "Kinderopvang",
    "GGZ",
    "Jeugdhulp",
    "Huisartsenpraktijk",
    "Ziekenhuis",
    "Woonzorg",
    "Buurtzorg",
]
NAMES = [
    "De Lindehof",
    "Het Anker",
    "De Regenboog",
    "Polderkracht",
    "De Uiterwaard",
    "Zonnewende",
    "Het Baken",
    "De Horst",
    "Eemland",
    "Merwezicht",
    "De Kempen",
    "Duinrand",
    "Het Veen",
    "De Waard",
    "Oostergoo",
]
CITIES = [
    "Almere",
    "Lelystad",
    "Dronten",
    "Tiel",
    "Culemborg",
    "Utrecht",
    "Amersfoort",
    "Nieuwegein",
    "Dordrecht",
    "Gorinchem",
    "Alkmaar",
    "Den Helder",
    "Hoorn",
]
# Roughly the sector's make-up: VVT is the largest branch.
BRANCH_WEIGHTS = {
    "vvt": 25,
    "gehandicaptenzorg": 12,
    "ggz": 10,
    "ziekenhuizen": 6,
    "jeugdzorg": 10,
    "kinderopvang": 12,
    "welzijn": 12,
    "huisartsenzorg": 8,
    "overig": 5,
}
OTHER_KINDS = [
    "school",
    "uwv",
    "social_employment",
    "reintegration",
    "employers_association",
    "other",
]


def generate(count: int, seed: int = 20250101) -> dict[str, int]:
    from django.db import connection, transaction
    from django.utils.text import slugify

    from behoudplein.organisations.constants import Branch, OrganisationKind
    from behoudplein.organisations.demo import REGIONS
    from behoudplein.organisations.models import LabourMarketRegion, Organisation, Region

    rng = random.Random(seed)
    branches = [Branch(b) for b in BRANCH_WEIGHTS]
    weights = list(BRANCH_WEIGHTS.values())
    with transaction.atomic():
        regions = []
        for name, lmr_names in REGIONS.items():
            region, _ = Region.objects.get_or_create(slug=slugify(name), defaults={"name": name})
            lmrs = [
                LabourMarketRegion.objects.get_or_create(slug=slugify(n), defaults={"name": n})[0]
                for n in lmr_names
            ]
            region.labour_market_regions.set(lmrs)
            regions.append(region)
        start = 70_000_000 + Organisation.objects.count()
        organisations = []
        for i in range(count):
            branch = rng.choices(branches, weights)[0]
            kind = (
                OrganisationKind(rng.choice(OTHER_KINDS))
                if branch == Branch.OTHER
                else OrganisationKind.CARE
            )
            organisation = Organisation(
                name=f"{rng.choice(PREFIXES)} {rng.choice(NAMES)} {i + 1}",
                kvk_number=f"{start + i:08d}",
                region=regions[i % len(regions)],
                branch=branch,
                kind=kind,
                city=rng.choice(CITIES),
            )
            organisation.full_clean(validate_unique=False)
            organisations.append(organisation)
        Organisation.objects.bulk_create(organisations, batch_size=500)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "organisations": Organisation.objects.count(),
        "regions": Region.objects.count(),
        "vvt": Organisation.objects.filter(branch=Branch.VVT).count(),
    }


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 1000
    django.setup()
    figures = generate(count)
    print(" ".join(f"{k}={v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
