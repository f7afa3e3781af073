"""Outcome pairs labelled by hand from the evaluation-report seed.

Read from the document by a person (not produced by the pairing code): for each activity the
lines (1-based, inclusive) that hold what was intended and what was realised, and every pair
of numbers a careful reader would put side by side — (intended, realised, unit). Each listed
activity is labelled completely, so a pair the code finds there that is not listed is wrong.
Where the document states intended and realised in one paragraph, both ranges are that
paragraph and ``intended_lines`` is None (the text reaches the code as the realised part).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelledActivity:
    code: str
    activity: str
    intended_lines: tuple[int, int] | None
    realised_lines: tuple[int, int]
    pairs: tuple[tuple[int, int, str], ...]


LABELLED = [
    LabelledActivity(
        "DW2012",
        "Landelijke events",
        (115, 115),
        (122, 122),
        ((2, 8, "bijeenkomsten"), (400, 450, "deelnemers")),
    ),
    LabelledActivity(
        "DW2012",
        "Regionale events",
        (128, 128),
        (136, 136),
        ((10, 23, "bijeenkomsten"), (500, 2000, "deelnemers")),
    ),
    LabelledActivity(
        "DW2012", "Arbeidsbemiddelaars", (162, 162), (169, 169), ((10, 11, "bemiddelaars"),)
    ),
    LabelledActivity(
        "DW2012", "Masterclass Mobri", (173, 173), (179, 179), ((67, 67, "medewerkers"),)
    ),
    LabelledActivity("DW2013", "DW1: HIVE", (228, 228), (229, 229), ((100, 180, "deelnemers"),)),
    LabelledActivity(
        "DW2013",
        "DW2: Jij Blijft Bij in Fryslân",
        (235, 235),
        (236, 236),
        ((1000, 2910, "deelnemers"), (25, 40, "bedrijven")),
    ),
    LabelledActivity(
        "DW2013",
        "DW3: Jij Blijft Bij in Utrecht",
        (242, 242),
        (243, 243),
        ((1050, 1046, "deelnemers"),),
    ),
    LabelledActivity(
        "DW2013", "DW4: Loopbaancentraal", (251, 251), (253, 253), ((30000, 62465, "bezoekers"),)
    ),
    LabelledActivity(
        "DW20112",
        "Bijscholing medewerkers uitzendorganisaties",
        (532, 532),
        (542, 542),
        ((75, 15, "medewerkers"),),
    ),
    LabelledActivity(
        "DW20112",
        "Werving potentiële vacatures",
        (550, 550),
        (558, 558),
        ((400, 400, "vacatures"),),
    ),
    LabelledActivity(
        "DW20112",
        "Intake, stage en competentiescan",
        (552, 552),
        (560, 560),
        ((700, 200, "deelnemers"),),
    ),
    LabelledActivity(
        "DW20112",
        "Scholing in (tekort)beroepen",
        (553, 553),
        (561, 561),
        ((125, 84, "deelnemers"),),
    ),
    LabelledActivity(
        "DW20112",
        "Plaatsing op een betaalde baan",
        (554, 554),
        (562, 562),
        ((125, 51, "plaatsingen"),),
    ),
    LabelledActivity(
        "DW20124", "Traject A: loopbaanonderzoek", None, (614, 614), ((100, 120, "deelnemers"),)
    ),
    LabelledActivity(
        "DW20124", "Traject B: persoonlijke marketing", None, (622, 624), ((50, 2, "deelnemers"),)
    ),
    LabelledActivity(
        "DW20130", "Loopbaanoriëntatie", (841, 842), (852, 852), ((142, 64, "deelnemers"),)
    ),
    LabelledActivity(
        "DW20137", "Om- en bijscholing", None, (1185, 1185), ((25, 44, "deelnemers"),)
    ),
    LabelledActivity("DW20138", "Loopbaantrajecten", None, (1256, 1256), ((70, 57, "deelnemers"),)),
    LabelledActivity(
        "SRA20110",
        "Netwerkbijeenkomsten in de regio's",
        None,
        (1498, 1498),
        ((24, 40, "bijeenkomsten"),),
    ),
    LabelledActivity("SRA20110", "Bedrijven werven", None, (1514, 1514), ((40, 30, "bedrijven"),)),
    LabelledActivity(
        "SRA20110", "Loopbaanportal", None, (1516, 1516), ((200, 12000, "deelnemers"),)
    ),
    LabelledActivity(
        "SRA20110",
        "Netwerkbijeenkomsten in de regio",
        None,
        (1517, 1517),
        ((10, 25, "bijeenkomsten"),),
    ),
    LabelledActivity(
        "SRA20127", "Makelaarsrol: plaatsingen", None, (1781, 1781), ((130, 100, "plaatsingen"),)
    ),
    LabelledActivity(
        "SRA20127", "Individuele scholingsbudgetten", None, (1808, 1808), ((40, 15, "budgetten"),)
    ),
    LabelledActivity("SRA20145", "Regionale pilots", None, (2109, 2109), ((30, 17, "pilots"),)),
    LabelledActivity(
        "SRA20145", "Lerende netwerken", (2113, 2113), (2115, 2115), ((8, 2, "netwerken"),)
    ),
    LabelledActivity(
        "SRA20145", "Werknemers bereiken", None, (2132, 2132), ((300, 307, "medewerkers"),)
    ),
]
