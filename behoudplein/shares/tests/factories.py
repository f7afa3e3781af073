import datetime

import factory
from django.utils import timezone

from behoudplein.organisations.tests.factories import OrganisationFactory
from behoudplein.shares.constants import AgreementDecision, Method, Status
from behoudplein.shares.models import ActivityInvitation, Grant, Round, Share, ShareTransition


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Round
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"T{n + 10}")
    period_start = datetime.date(2025, 1, 1)
    period_end = datetime.date(2026, 12, 31)
    sharing_deadline = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=30)
    )


class GrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Grant

    organisation = factory.SubFactory(OrganisationFactory)
    round = factory.SubFactory(RoundFactory)
    themes = "behoud"
    max_subsidy_eur = 40_000

    class Params:
        small = factory.Trait(max_subsidy_eur=12_500)
        without_behoud = factory.Trait(themes="instroom")


class ShareFactory(factory.django.DjangoModelFactory):
    """A concept; the traits carry it through its life (complete, submitted, approved...)."""

    class Meta:
        model = Share

    organisation = factory.SubFactory(OrganisationFactory)
    round = factory.SubFactory(RoundFactory)
    region = factory.SelfAttribute("organisation.region")
    status = Status.DRAFT

    class Params:
        complete = factory.Trait(
            method=Method.WEBSITE,
            url="https://www.voorbeeldzorg.nl/behoud",
            summary="Wij begeleiden nieuwe collega's het eerste jaar met een vaste maatje.",
            marker_1="pagina Aanpak",
            marker_2="pagina Activiteiten",
            marker_3="pagina Resultaten",
            marker_4="pagina Beleid",
            marker_5="pagina Tips",
            people_reached=120,
            people_retained=80,
        )
        questionnaire = factory.Trait(
            method=Method.QUESTIONNAIRE,
            answer_1="Met een loopbaanprogramma voor alle teams.",
            answer_2="Loopbaangesprekken en een interne vacaturebank.",
            answer_3="Minder vertrek in het eerste jaar.",
            answer_4="Ja, het is onderdeel van ons HR-beleid.",
            answer_5="Begin klein en betrek de teamleiders.",
            people_reached=30,
            people_retained=20,
        )
        submitted = factory.Trait(complete=True, status=Status.SUBMITTED)
        changes_requested = factory.Trait(complete=True, status=Status.CHANGES_REQUESTED)
        approved = factory.Trait(complete=True, status=Status.APPROVED)
        published = factory.Trait(
            complete=True,
            status=Status.PUBLISHED,
            consent_to_publish=True,
            published_at=factory.LazyFunction(timezone.now),
        )
        withdrawn = factory.Trait(status=Status.WITHDRAWN)
        agreed = factory.Trait(
            complete=True,
            method=Method.AGREED,
            url="",
            agreement_request="Een workshop op de regiodag.",
            agreement_requested_at=factory.LazyFunction(timezone.now),
            agreement_decision=AgreementDecision.AGREE,
            agreement_text="Workshop van 45 minuten op de regiodag.",
        )


class ShareTransitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ShareTransition

    share = factory.SubFactory(ShareFactory)
    action = "submit"
    from_status = Status.DRAFT
    to_status = Status.SUBMITTED


class ActivityInvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityInvitation

    share = factory.SubFactory(ShareFactory, approved=True)
    what = "Presentatie op de regionale kennisdag"
    when = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60))
