"""A tiny stand-in parser so the import services are tested apart from the real parsers.

Format: a first line 'NEPRAPPORT <title>', then 'code|title|direct costs|goal|obstacle' lines.
"""

from __future__ import annotations

from typing import Any

import pytest

from behoudplein.importer import reading

FAKE_TYPE = "project_evaluation_report"


def fake_records(lines: list[str]) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(lines, start=1):
        if "|" not in line:
            continue
        code, title, costs, goal, obstacle = (line.split("|") + [""] * 5)[:5]
        records.append(
            {
                "kind": "project",
                "code": code,
                "title": title,
                "annex": "6",
                "szw_number": f"2016{code}",
                "submitter": "Stichting Voorbeeld",
                "executor": "Stichting Voorbeeld",
                "period_start": "2016-07-15",
                "period_end": "2018-12",
                "direct_costs_eur": int(costs) if costs.isdigit() else None,
                "direct_costs_text": None if costs.isdigit() else costs or None,
                "max_subsidy_eur": 1000,
                "requested_subsidy_eur": 800,
                "requested_pct": 80,
                "granted_subsidy_eur": None,
                "granted_pct": None,
                "source_line": number,
                "sections": {
                    "cause": "Een aanleiding.",
                    "goal": goal,
                    "activities": [
                        {
                            "title": "Bijeenkomsten",
                            "intended": "Er waren 10 bijeenkomsten voorzien.",
                            "realised": "Er zijn 12 bijeenkomsten georganiseerd.",
                        }
                    ],
                    "obstacles": [obstacle] if obstacle else [],
                    "success_factors": ["Gedeelde succesfactor voor iedereen."],
                    "lessons": [],
                    "continuation": "",
                },
                "warnings": [],
            }
        )
    return records


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    def detect(document: Any) -> list[str]:
        return [FAKE_TYPE] if document.lines and document.lines[0].startswith("NEPRAPPORT") else []

    def parse(document: Any, type_name: str) -> reading.Parsed:
        if type_name != FAKE_TYPE:
            raise KeyError(type_name)
        title = document.lines[0].removeprefix("NEPRAPPORT").strip()
        return reading.Parsed(
            document_type=FAKE_TYPE,
            document={"title": title, "client": "Ministerie", "date": "2020-02-11"},
            records=fake_records(document.lines),
        )

    monkeypatch.setattr(reading, "detect_types", detect)
    monkeypatch.setattr(reading, "parse", parse)


REPORT_V1 = (
    b"NEPRAPPORT Evaluatie voorbeeld\n"
    b"XX1|Eerste project|1000|Mensen aan het werk in de ICT.|De BSN-eis schrikte af.\n"
    b"XX2|Tweede project|2000|Werkgevers in de bouw betrekken.|\n"
)
REPORT_V2 = REPORT_V1.replace(b"XX2|Tweede project|2000", b"XX2|Tweede project|2500").replace(
    b"XX1|Eerste project|", b"XX1|Eerste project, herzien|"
)
