import factory

from behoudplein.organisations.constants import Branch, OrganisationKind
from behoudplein.organisations.models import LabourMarketRegion, Organisation, Region


class LabourMarketRegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LabourMarketRegion
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Arbeidsmarktregio {n}")
    slug = factory.Sequence(lambda n: f"arbeidsmarktregio-{n}")


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Regio {n}")
    slug = factory.Sequence(lambda n: f"regio-{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Zorgorganisatie {n}")
    kvk_number = factory.Sequence(lambda n: f"{10000000 + n:08d}")
    region = factory.SubFactory(RegionFactory)
    branch = Branch.VVT
    kind = OrganisationKind.CARE
    city = "Almere"

    class Params:
        reintegration = factory.Trait(kind=OrganisationKind.REINTEGRATION, branch=Branch.OTHER)
