"""General-data table -> the project fields of the import contract.

'Nog niet bekend', an empty cell or a missing row gives null; a value that cannot be read is
kept as text in ``<field>_text`` with a warning; an amendment printed in the same cell goes to
``<field>_amended_eur`` while the printed amount stays in the main field.
"""

from __future__ import annotations

import re
from typing import Any

from behoudplein.importer import messages
from behoudplein.importer.parsers.evaluation.general_data import GeneralDataTable
from behoudplein.importer.parsing.amounts import parse_amount
from behoudplein.importer.parsing.dates import parse_period, to_iso

# (table field, record prefix)
AMOUNT_FIELDS = (
    ("direct_costs", "direct_costs"),
    ("max_subsidy", "max_subsidy"),
    ("requested_subsidy", "requested_subsidy"),
    ("granted_subsidy", "granted_subsidy"),
)
_REQUIRED_TEXT = ("szw_number", "submitter", "executor")
_NUMBER_TOKEN = re.compile(r"\b\d*[A-Za-z]+[ ]?\d+\b")


def empty_fields() -> dict[str, Any]:
    """Every project key of the contract (and the extras this parser adds), all null."""
    fields: dict[str, Any] = {
        "szw_number": None,
        "project_numbers": [],
        "submitter": None,
        "executor": None,
        "partners": None,
        "period_start": None,
        "period_end": None,
        "period_note": None,
    }
    for _, prefix in AMOUNT_FIELDS:
        fields[f"{prefix}_eur"] = None
        fields[f"{prefix}_text"] = None
        fields[f"{prefix}_amended_eur"] = None
    fields["requested_pct"] = None
    fields["granted_pct"] = None
    fields["total_budget_eur"] = None
    return fields


def read_fields(table: GeneralDataTable | None) -> tuple[dict[str, Any], list[str]]:
    """Record fields and warnings from a project's general-data table."""
    fields = empty_fields()
    warnings: list[str] = []
    if table is None:
        return fields, [messages.GENERAL_DATA_MISSING]
    for name in _REQUIRED_TEXT:
        row = table.first(name)
        label = messages.FIELD_NAMES[name]
        if row is None:
            warnings.append(messages.FIELD_ROW_MISSING.format(field=label))
        elif not row.value:
            warnings.append(messages.FIELD_EMPTY.format(field=label))
        else:
            fields[name] = row.value
    if fields["szw_number"]:
        fields["project_numbers"] = [
            "".join(token.split()) for token in _NUMBER_TOKEN.findall(fields["szw_number"])
        ]
    partners = table.first("partners")
    if partners is not None and partners.value:
        fields["partners"] = partners.value
    _read_period(table, fields, warnings)
    for name, prefix in AMOUNT_FIELDS:
        _read_amount(table, name, prefix, fields, warnings)
    if table.first("requested_subsidy") is None and table.first("granted_subsidy") is None:
        warnings.append(
            messages.FIELD_ROW_MISSING.format(field=messages.FIELD_NAMES["requested_subsidy"])
        )
    total = table.first("total_budget")
    if total is not None:
        fields["total_budget_eur"] = parse_amount(total.value).value
    return fields, warnings


def _read_period(table: GeneralDataTable, fields: dict[str, Any], warnings: list[str]) -> None:
    label = messages.FIELD_NAMES["period"]
    row = table.first("period")
    if row is None:
        warnings.append(messages.FIELD_ROW_MISSING.format(field=label))
        return
    if not row.value:
        warnings.append(messages.FIELD_EMPTY.format(field=label))
        return
    period = parse_period(row.value)
    fields["period_start"] = to_iso(period.start)
    fields["period_end"] = to_iso(period.end)
    fields["period_note"] = period.note
    warnings.extend(messages.FIELD_PROBLEM.format(field=label, problem=w) for w in period.warnings)


def _read_amount(
    table: GeneralDataTable,
    name: str,
    prefix: str,
    fields: dict[str, Any],
    warnings: list[str],
) -> None:
    label = messages.FIELD_NAMES[name]
    row = table.first(name)
    if row is None:
        if name in ("direct_costs", "max_subsidy"):
            warnings.append(messages.FIELD_ROW_MISSING.format(field=label))
        return
    if not row.value:
        warnings.append(messages.FIELD_EMPTY.format(field=label))
        return
    amount = parse_amount(row.value)
    fields[f"{prefix}_eur"] = amount.value
    fields[f"{prefix}_text"] = amount.text
    fields[f"{prefix}_amended_eur"] = amount.amended
    if name == "requested_subsidy":
        fields["requested_pct"] = amount.percent
    elif name == "granted_subsidy":
        fields["granted_pct"] = amount.percent
    warnings.extend(messages.FIELD_PROBLEM.format(field=label, problem=w) for w in amount.warnings)
