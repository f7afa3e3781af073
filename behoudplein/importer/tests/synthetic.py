"""A small invented report of the same genre as the evaluation seed, with other code prefixes,
other table labels, other heading styles and a few deliberate defects.

Contents: TW101 (pipe table), TW102 (tab table, granted amount, shared lessons with TW101),
ZB7 (rows without cells as PDF text gives them, unreadable and unknown amounts), ZB8-9 (one
description for two numbers), ZB10 (not in the contents) and ZB12 (in the contents only).
"""

from __future__ import annotations

import re

_REPORT = """\
# Tussenrapportage werkprojecten

Deel B

Opdrachtgever: Stichting Voorbeeldfonds

Anna de Vries
Bram Jansen

Utrecht, 3 maart 2021

## Inhoud

Hoofdstuk 2\tProjecten techniek\t4
\tTW101 - Leren in de werkplaats\t4
\tTW102 - Samen sterker - Techniekpact\t6
Hoofdstuk 3\tProjecten zorg\t8
\tZB7 - Zorgbanen dichterbij\t8
\tZB8-9 - Twee zorgpilots\t9
\tZB12 - Project zonder beschrijving\t11

# Hoofdstuk 2 Projecten techniek

TW101 - Leren in de werkplaats

| Gegeven | Waarde |
|---|---|
| Projectnummer | 2021TW101 |
| Aanvrager | Stichting Vakwerk |
| Uitvoerende partij | Vakwerk BV; Leerbedrijf Noord |
| Looptijd | 1 maart 2021 - 28 februari 2022 |
| Begroting | € 120.000 |
| Maximaal subsidiebedrag | € 84.000 |
| Aangevraagde subsidie | € 80.000 (95% van maximum) |

### Achtergrond

Bedrijven in de regio vinden te weinig vakmensen.

### Doelstelling

Twintig werkzoekenden leren het vak in een werkplaats.

### Activiteiten

#### 1. Werkplaatsdagen

Beoogd: twintig dagen in de werkplaats.

Gerealiseerd: achttien dagen met vijftien deelnemers.

#### 2. Coaching

##### Beoogd

Elke deelnemer krijgt een coach.

##### Resultaat

Twaalf deelnemers hadden een coach.

### Knelpunten

- Het vervoer naar de werkplaats was lastig.
- Twee coaches vielen uit.

### Succesfactoren

- Vaste begeleiders per groep.

### Borging

De werkplaats blijft open.

**TW102 - Samen sterker - Techniekpact**

Dossiernummer\tTW 102
Penvoerder\tTechniekpact Midden
Uitvoerder\t
Projectperiode\tjan. 2021 \u2013 dec. 2022
Projectkosten\t€ 50.000,-
Subsidieplafond\t€ 35.000
Toegekende subsidie\t€ 35.000 (100%)

**Aanleiding**

Scholen en bedrijven werkten los van elkaar.

**Doel van het project**

Een vaste tafel voor scholen en bedrijven.

**Projectactiviteiten**

*Tafelgesprekken*

Zes gesprekken waren gepland.

*Realisatie*

Er zijn vijf gesprekken gevoerd.

**Knelpunten**

Het rooster van de scholen liet weinig ruimte.

**Lessen voor de projecten TW101 en TW102**

- Begin klein en vier elk resultaat.
- Laat bedrijven zelf de agenda maken.

**Borging**

De tafel gaat door onder de gemeente.

# Hoofdstuk 3 Projecten zorg

### Algemene gegevens

Projectnummer 2021ZB7
Aanvrager Zorggroep Oost
Uitvoerder van het project Zorggroep Oost en Thuiszorg West
Looptijd 1-1-2021 t/m 31-12-2021
Begroting € 12.34
Maximaal subsidiebedrag € 7.000
Aangevraagde subsidie Nog niet bekend

Aanleiding

Er zijn veel open plekken in de wijkzorg.

Doel

Meer mensen aan het werk in de wijk.

Activiteiten

Er waren tien proefplaatsingen gepland; er zijn er acht gedaan.

Knelpunten

Weinig begeleiders beschikbaar.

Lessen

Kleine groepen werken beter.

Borging

Onbekend.

## ZB8-9 - Twee zorgpilots

Projectnummers\t2021ZB8, 2021ZB9
Indiener\tZorgnetwerk Zuid
Uitvoerder\tZorgnetwerk Zuid
Periode\t1 april 2021 t/m 31 maart 2022
Directe kosten\t2 keer € 10.000 (€ 20.000)
Maximale subsidie\t2 keer € 7.000 (€ 14.000)
Gevraagde subsidie\t€ 13.000 (93% van maximum)

### Aanleiding

Twee regio's hebben hetzelfde probleem.

### Knelpunten

- Verschillende werkwijzen per regio.

### Borging

Beide pilots stoppen.

### Algemene gegevens

Projectnummer\t2021ZB10
Indiener\tZorgnetwerk Noord
Uitvoerder\tZorgnetwerk Noord
Periode\t1 mei 2021 t/m 30 april 2022
Directe kosten\t€ 5.000
Maximale subsidie\t€ 3.500
Gevraagde subsidie\t€ 3.500 (100% van maximum)

### Aanleiding

Een project dat de inhoudsopgave vergat.

### Borging

Het loopt door.

## Over Voorbeeldbureau

Wij doen onderzoek.
"""


def synthetic_report() -> str:
    return _REPORT


def synthetic_plain_lines() -> list[str]:
    """The same report as PDF text gives it: no Markdown, no tabs or table pipes."""
    lines: list[str] = []
    for line in _REPORT.splitlines():
        if re.fullmatch(r"\|[-| ]+\|", line) or line.startswith("| Gegeven"):
            continue
        line = line.strip("|").replace(" | ", " ").replace("\t", " ")
        line = re.sub(r"^#+\s*", "", line).replace("**", "").replace("*", "")
        lines.append(" ".join(line.split()))
    return lines
