from django.core.management.base import BaseCommand

from behoudplein.core.permissions import all_rules


class Command(BaseCommand):
    help = "Toont alle toegangsregels van het platform, met hun uitleg."

    def handle(self, *args: object, **options: object) -> None:
        for name, predicate in all_rules().items():
            doc = (predicate.__doc__ or "").strip().splitlines()
            self.stdout.write(f"{name:40} {doc[0] if doc else ''}")
