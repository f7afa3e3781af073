"""`behoudplein search "QUERY" [--json]`: the API's result shape, as a visitor sees it."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from behoudplein.search import services
from behoudplein.search.forms import parse_params


class Command(BaseCommand):
    help = "Zoekt zoals een bezoeker (alleen openbare inhoud)."

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        report = parser.error

        def error(message: str) -> NoReturn:
            # argparse reads a query that starts with '-' as an option, then misses the query.
            if "query" in message:
                message += '. Begint de zoekvraag met "-", zet er dan -- voor: -- "-woord".'
            report(message)
            raise AssertionError  # report() has raised or exited

        parser.error = error  # type: ignore[method-assign]
        return parser

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "query", help='De zoekvraag; begint die met "-", zet er dan -- voor: -- "-woord".'
        )
        parser.add_argument("--json", action="store_true", help="Alleen JSON op stdout.")
        parser.add_argument("--kind")
        parser.add_argument("--region", help="Regio (slug, zoals in de facetten).")
        parser.add_argument("--sector", help="Sector (slug, zoals in de facetten).")
        parser.add_argument("--year", help="Jaar.")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--page", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            # The same checks as the API's query string (filters, year).
            params = parse_params(
                {name: options[name] for name in ("kind", "region", "sector", "year")},
                default_limit=options["limit"],
            )
            results = services.search(
                query=options["query"],
                user=AnonymousUser(),
                kind=params["kind"],
                filters=params["filters"],
                page=options["page"],
                limit=options["limit"],
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        data = results.as_dict()
        if options["json"]:
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self.stdout.write(f"{data['count']} resultaten")
        if data["suggestion"]:
            self.stdout.write(f"Bedoelde u: {data['suggestion']}?")
        if data["missing"] and data["count"]:
            self.stdout.write(f"Niet gevonden: {', '.join(data['missing'])}")
        for hit in data["results"]:
            self.stdout.write(f"{hit['score']:7.3f}  {hit['kind']:8} {hit['title']}  {hit['url']}")
