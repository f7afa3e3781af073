from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from behoudplein.shares.grant_import import import_grants


class Command(BaseCommand):
    help = "Leest subsidietoekenningen uit een CSV- of XLSX-bestand en meldt per regel de uitkomst."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Niets opslaan, alleen melden.")

    def handle(self, *args: Any, path: Path, dry_run: bool, **options: Any) -> None:
        try:
            with path.open("rb") as handle:
                report = import_grants(fileobj=handle, by=None, dry_run=dry_run)
        except OSError as error:
            raise CommandError(f"Kan {path} niet lezen: {error}") from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        for row in report.rows:
            line = f"regel {row.line}: {row.kvk or '-'} {row.outcome}"
            self.stdout.write(f"{line} – {row.reason}" if row.reason else line)
        self.stdout.write(
            f"Aangemaakt: {report.created}, bijgewerkt: {report.updated}, "
            f"geweigerd: {report.refused}" + (" (proefrun, niets opgeslagen)" if dry_run else "")
        )
