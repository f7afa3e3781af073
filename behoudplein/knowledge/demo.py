"""Demo projects for the Kennisbank, invented for the demo (not taken from any report).

They go through the same service as an import, so pairing and tags work as for real data.
"""

from __future__ import annotations

from typing import Any

from .services import project_store_record

ORDER = 40


def _project(code: str, title: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "project", "code": code, "title": title, "annex": "demo", **extra}


PROJECTS: list[dict[str, Any]] = [
    _project(
        "DEMO01",
        "Loopbaanroute voor verzorgenden in Flevoland",
        submitter="Stichting Zorgwerk Flevoland (demo)",
        executor="Stichting Zorgwerk Flevoland (demo)",
        period_start="2023-01-01",
        period_end="2024-06-30",
        direct_costs_eur=420_000,
        max_subsidy_eur=300_000,
        requested_subsidy_eur=250_000,
        requested_pct=83,
        sections={
            "cause": "Veel verzorgenden in de zorg en welzijn overwegen te vertrekken na een "
            "paar jaar; ze zien weinig groeimogelijkheden bij hun werkgever.",
            "goal": "Medewerkers een loopbaangesprek en een passende opleiding bieden, zodat "
            "zij in de sector blijven werken.",
            "activities": [
                {
                    "title": "Loopbaangesprekken",
                    "intended": "We wilden 150 deelnemers een loopbaangesprek aanbieden.",
                    "realised": "Er hebben 172 deelnemers een gesprek gevoerd.",
                },
                {
                    "title": "Voorlichtingsavonden",
                    "intended": "Er waren 6 bijeenkomsten gepland bij de deelnemende werkgevers.",
                    "realised": "Er zijn 5 bijeenkomsten gehouden; één is vervallen.",
                },
            ],
            "obstacles": ["Roosters lieten weinig ruimte voor gesprekken onder werktijd."],
            "success_factors": ["Leidinggevenden die het gesprek zelf aanmoedigden."],
            "lessons": ["Plan de gesprekken samen met de roosterplanner."],
            "continuation": "De werkgevers nemen de gesprekken op in de jaarcyclus.",
        },
    ),
    _project(
        "DEMO02",
        "Van werk naar werk in de kinderopvang",
        submitter="Werkgeversvereniging Rivierenland (demo)",
        executor="Mobiliteitsbureau Rivierenland (demo)",
        period_start="2022-09",
        period_end="2023-12",
        direct_costs_eur=180_000,
        max_subsidy_eur=120_000,
        requested_subsidy_eur=None,
        granted_subsidy_eur=110_000,
        sections={
            "cause": "Door sluiting van locaties dreigden medewerkers hun baan te verliezen.",
            "goal": "Met ontslag bedreigde medewerkers binnen de regio naar ander werk helpen.",
            "activities": [
                {
                    "title": "Bemiddeling",
                    "intended": "Het doel was 40 medewerkers te begeleiden naar nieuw werk.",
                    "realised": "Uiteindelijk zijn 31 medewerkers elders geplaatst.",
                }
            ],
            "obstacles": ["Gegevens delen tussen werkgevers stuitte op privacyvragen (AVG)."],
            "success_factors": ["Een vaste contactpersoon bij elke werkgever."],
            "lessons": ["Begin vroeg met werving van deelnemers, liefst voor de aankondiging."],
        },
    ),
    _project(
        "DEMO03",
        "Digitale vaardigheden voor thuiszorgmedewerkers",
        submitter="Opleidingsfonds Zorg Utrecht (demo)",
        executor="Opleidingsfonds Zorg Utrecht (demo)",
        period_start="2024-02-01",
        period_end="2025-01-31",
        direct_costs_eur=95_000,
        max_subsidy_eur=70_000,
        requested_subsidy_eur=65_000,
        requested_pct=93,
        sections={
            "goal": "Werkenden in de thuiszorg vertrouwd maken met de digitale middelen van "
            "hun werk.",
            "activities": [
                {
                    "title": "Workshops",
                    "intended": "Beoogd: 12 workshops voor 200 medewerkers.",
                    "realised": "Gerealiseerd: 14 workshops met 236 medewerkers.",
                }
            ],
            "obstacles": ["De app werkte niet op oudere telefoons."],
            "success_factors": ["Collega's als digicoach in elk team."],
            "lessons": ["Samenwerking met de gemeente en UWV versnelde de werving."],
        },
    ),
]


def load() -> None:
    for position, record in enumerate(PROJECTS, start=1):
        project_store_record(
            record=record, source_document=None, draft=False, toc_position=1000 + position
        )
