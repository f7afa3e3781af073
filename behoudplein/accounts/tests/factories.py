import datetime

import factory
from django.utils import timezone

from behoudplein.accounts.constants import Role
from behoudplein.accounts.models import ApiToken, Invitation, RegionRole, User
from behoudplein.organisations.tests.factories import OrganisationFactory, RegionFactory

PASSWORD = "een-goed-wachtwoord-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    full_name = factory.Faker("name", locale="nl_NL")
    password = factory.django.Password(PASSWORD)

    class Params:
        member = factory.Trait(organisation=factory.SubFactory(OrganisationFactory))
        editor = factory.Trait(is_editor=True)
        administrator = factory.Trait(is_superuser=True)


class RegionRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RegionRole

    user = factory.SubFactory(UserFactory)
    region = factory.SubFactory(RegionFactory)
    role = Role.PROJECT_LEAD


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    email = factory.Sequence(lambda n: f"genodigde{n}@example.org")
    role = Role.MEMBER
    organisation = factory.SubFactory(OrganisationFactory)
    invited_by = factory.SubFactory(UserFactory, administrator=True)
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))


class ApiTokenFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApiToken

    user = factory.SubFactory(UserFactory)
    name = "test"
    key_hash = factory.Sequence(lambda n: ApiToken.hash_key(f"key-{n}"))
    prefix = "bp_test"
