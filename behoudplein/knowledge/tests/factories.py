import factory

from behoudplein.knowledge.models import Activity, Project


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"TP{n:03d}")
    title = factory.Sequence(lambda n: f"Testproject {n}")
    annex = "6"
    requested_subsidy_eur = 500_000
    is_published = True

    class Params:
        draft = factory.Trait(is_published=False)


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    project = factory.SubFactory(ProjectFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = "Bijeenkomsten"
    intended = "Er waren 10 bijeenkomsten voorzien."
    realised = "Er zijn 12 bijeenkomsten georganiseerd."
