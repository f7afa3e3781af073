"""CSV and XLSX export of the filtered project list."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from django.http import HttpResponse

from .models import Project

COLUMNS = [
    ("code", "Code"),
    ("title", "Titel"),
    ("annex", "Bijlage"),
    ("szw_number", "Projectnummer SZW"),
    ("submitter", "Indiener"),
    ("executor", "Uitvoerder"),
    ("period_start", "Begin"),
    ("period_end", "Einde"),
    ("direct_costs_eur", "Directe kosten (EUR)"),
    ("max_subsidy_eur", "Maximale subsidie (EUR)"),
    ("requested_subsidy_eur", "Gevraagde subsidie (EUR)"),
    ("requested_pct", "Gevraagd (%)"),
    ("granted_subsidy_eur", "Toegekende subsidie (EUR)"),
]


def _rows(projects: Iterable[Project]) -> Iterable[list[object]]:
    for project in projects:
        row: list[object] = [getattr(project, name) for name, _ in COLUMNS]
        row.append(", ".join(tag.name for tag in project.tags.all()))
        yield row


def _safe(value: object) -> object:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def export_csv(projects: Iterable[Project]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([label for _, label in COLUMNS] + ["Labels"])
    for row in _rows(projects):
        writer.writerow([_safe(v) if v is not None else "" for v in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kennisbank-projecten.csv"'
    return response


def export_xlsx(projects: Iterable[Project]) -> HttpResponse:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Projecten")
    sheet.append([label for _, label in COLUMNS] + ["Labels"])
    for row in _rows(projects):
        sheet.append([_safe(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="kennisbank-projecten.xlsx"'
    return response
