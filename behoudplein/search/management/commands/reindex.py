"""`behoudplein reindex`: rebuild the search index from every registered kind; idempotent."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from behoudplein.search import services


class Command(BaseCommand):
    help = "Bouwt de zoekindex opnieuw op (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        report = services.reindex()
        self.stdout.write(
            f"Zoekindex: {report['documents']} documenten, {report['written']} bijgewerkt, "
            f"{report['removed']} verwijderd."
        )
