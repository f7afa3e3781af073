from django.core.management.base import BaseCommand
from django.utils import timezone

from behoudplein.core.retention import run_purgers


class Command(BaseCommand):
    help = "Wist persoonsgegevens waarvan de toestemming of bewaartermijn is verlopen."

    def handle(self, *args: object, **options: object) -> None:
        results = run_purgers(timezone.now())
        for label, count in results.items():
            self.stdout.write(f"{label}: {count}")
