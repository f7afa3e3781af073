from django.core.management.base import BaseCommand

from behoudplein.accounts.demo import DEMO_USERS
from behoudplein.core.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Laadt de demogegevens (idempotent) en toont hoe u als elke rol inlogt."

    def handle(self, *args: object, **options: object) -> None:
        load_demo()
        self.stdout.write(self.style.SUCCESS("Demogegevens geladen."))
        self.stdout.write(f"Inloggen op /inloggen met wachtwoord: {DEMO_PASSWORD}")
        for email, role_label, _setup in DEMO_USERS:
            self.stdout.write(f"  {role_label:28} {email}")
