"""Import grants from a CSV or XLSX file, with a report of what was created, updated, refused.

Columns (header names are matched loosely): KvK-nummer, organisatie, ronde, thema's, maximale
subsidie. Organisations and rounds must already exist; the name column is only a check.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from behoudplein.accounts.models import User
from behoudplein.accounts.roles import is_administrator, leads_region
from behoudplein.core.audit import audit_log
from behoudplein.organisations.models import Organisation

from .constants import Theme
from .models import Grant, Round

HEADERS = {
    "kvk": ("kvk", "kvk-nummer", "kvk nummer", "kvknummer", "kvk number"),
    "name": ("organisatie", "naam", "organisatienaam", "organisation", "organisation name"),
    "round": ("ronde", "subsidieronde", "tranche", "round"),
    "themes": ("thema's", "themas", "thema", "themes"),
    "amount": ("maximale subsidie", "max subsidie", "maximale subsidieaanvraag", "max_subsidy"),
}


@dataclass
class RowResult:
    line: int
    kvk: str
    outcome: str  # created | updated | refused
    reason: str = ""


@dataclass
class ImportReport:
    rows: list[RowResult] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def refused(self) -> int:
        return self.count("refused")


def read_table(fileobj: IO[bytes]) -> list[list[Any]]:
    """Rows of cells from an XLSX (recognised by its zip header) or a CSV in UTF-8."""
    data = fileobj.read()
    if data[:2] == b"PK":
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        except Exception as error:
            raise ValidationError(_("Dit Excel-bestand kan niet worden gelezen.")) from error
        return [list(row) for row in sheet.iter_rows(values_only=True)]  # type: ignore[union-attr]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t") if text.strip() else csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def import_grants(*, fileobj: IO[bytes], by: User | None, dry_run: bool = False) -> ImportReport:
    table = read_table(fileobj)
    if not table:
        raise ValidationError(_("Het bestand is leeg."))
    columns = _columns(table[0])
    report = ImportReport()
    rounds = {r.name.lower(): r for r in Round.objects.all()}
    with transaction.atomic():
        for line, row in enumerate(table[1:], start=2):
            report.rows.append(_import_row(line, row, columns, rounds, by))
        audit_log(
            action="grant.import",
            actor=by,
            details={
                "created": report.created,
                "updated": report.updated,
                "refused": report.refused,
            },
        )
        if dry_run:
            transaction.set_rollback(True)
    return report


def _columns(header: list[Any]) -> dict[str, int]:
    names = [str(cell or "").strip().lower() for cell in header]
    columns = {}
    for key, aliases in HEADERS.items():
        for index, name in enumerate(names):
            if name in aliases:
                columns[key] = index
                break
    missing = [key for key in ("kvk", "round", "themes", "amount") if key not in columns]
    if missing:
        raise ValidationError(
            _(
                "De eerste regel moet de kolommen KvK-nummer, organisatie, ronde, thema's en "
                "maximale subsidie noemen; niet gevonden: %(missing)s."
            )
            % {"missing": ", ".join(missing)}
        )
    return columns


def _cell(row: list[Any], columns: dict[str, int], key: str) -> Any:
    index = columns.get(key)
    return row[index] if index is not None and index < len(row) else None


def _import_row(
    line: int,
    row: list[Any],
    columns: dict[str, int],
    rounds: dict[str, Round],
    by: User | None,
) -> RowResult:
    raw_kvk = _cell(row, columns, "kvk")
    kvk = re.sub(r"\s", "", str(raw_kvk if raw_kvk is not None else ""))
    if isinstance(raw_kvk, int | float):
        kvk = f"{int(raw_kvk):08d}"

    def refuse(reason: str) -> RowResult:
        return RowResult(line, kvk, "refused", reason)

    if not re.fullmatch(r"\d{8}", kvk):
        return refuse(_("KvK-nummer ‘%(kvk)s’ heeft geen 8 cijfers.") % {"kvk": kvk})
    organisation = Organisation.objects.filter(kvk_number=kvk).first()
    if organisation is None:
        return refuse(_("Geen organisatie met KvK-nummer %(kvk)s.") % {"kvk": kvk})
    # The command runs as the system; a project lead only enters grants for its own regions.
    if by is not None and not is_administrator(by) and not leads_region(by, organisation.region_id):
        return refuse(
            _("%(name)s is niet gevestigd in een regio waarvan u projectleider bent.")
            % {"name": organisation.name}
        )
    name = str(_cell(row, columns, "name") or "").strip()
    if name and name.lower() != organisation.name.lower():
        return refuse(
            _("De naam ‘%(name)s’ hoort niet bij KvK-nummer %(kvk)s (%(known)s).")
            % {"name": name, "kvk": kvk, "known": organisation.name}
        )
    round_name = str(_cell(row, columns, "round") or "").strip()
    round = rounds.get(round_name.lower())
    if round is None:
        return refuse(_("Onbekende ronde ‘%(round)s’.") % {"round": round_name})
    themes, unknown = _themes(str(_cell(row, columns, "themes") or ""))
    if unknown:
        return refuse(_("Onbekend thema: %(themes)s.") % {"themes": ", ".join(unknown)})
    if not themes:
        return refuse(_("Geen thema ingevuld."))
    amount = _amount(_cell(row, columns, "amount"))
    if amount is None:
        return refuse(
            _("Het bedrag ‘%(amount)s’ is geen geheel aantal euro's.")
            % {"amount": _cell(row, columns, "amount")}
        )
    _grant, created = Grant.objects.update_or_create(
        organisation=organisation,
        round=round,
        defaults={"themes": ",".join(themes), "max_subsidy_eur": amount},
    )
    return RowResult(line, kvk, "created" if created else "updated")


def _themes(text: str) -> tuple[list[str], list[str]]:
    valid = set(Theme.values)
    parts = [p.strip().lower() for p in re.split(r"[,;/+]|\s+en\s+", text) if p.strip()]
    return sorted({p for p in parts if p in valid}), [p for p in parts if p not in valid]


def _amount(value: Any) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value) if value >= 0 and int(value) == value else None
    text = re.sub(r"[€\s\u00a0]|eur(o)?", "", str(value or ""), flags=re.IGNORECASE)
    text = re.sub(r",(00|-)$", "", text).replace(".", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return int(number) if number >= 0 and number == int(number) else None
