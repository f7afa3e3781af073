"""Dutch messages of the importer, as plain constants.

Kept free of Django so the reading layer runs without settings; the i18n wrapper is added
where the messages reach the UI. Placeholders use ``str.format`` names.
"""

from __future__ import annotations

from typing import Final

# Reading files
EMPTY_FILE: Final = "Het bestand is leeg."
TOO_LARGE: Final = "Het bestand is te groot ({size} bytes; de grens is {limit} bytes)."
BINARY_CONTENT: Final = (
    "Het bestand bevat geen leesbare tekst; het lijkt een binair of onbekend bestandsformaat."
)
UNSUPPORTED_ARCHIVE: Final = "Dit zip-bestand is geen Word-document (.docx) en wordt niet gelezen."
LEGACY_WORD: Final = "Oude Word-bestanden (.doc) worden niet gelezen; sla het op als .docx of PDF."
PDF_UNREADABLE: Final = "De PDF kan niet worden gelezen: {error}"
PDF_ENCRYPTED: Final = "De PDF is beveiligd met een wachtwoord en kan niet worden gelezen."
PDF_NO_TEXT: Final = (
    "De PDF bevat geen tekstlaag (bijvoorbeeld een scan); tekst herkennen (OCR) is nodig."
)
DOCX_UNREADABLE: Final = "Het Word-document kan niet worden gelezen: {error}"
NO_TEXT: Final = "Het bestand bevat geen tekst."
EXTENSION_MISMATCH: Final = (
    "De bestandsnaam eindigt op '{extension}', maar de inhoud is {actual}; de inhoud is gevolgd."
)
DECODED_AS_CP1252: Final = "De tekst is geen geldige UTF-8 en is gelezen als Windows-1252."
FORMAT_NAMES: Final = {"text": "platte tekst", "pdf": "PDF", "docx": "een Word-document (docx)"}

# Amounts
AMOUNT_UNREADABLE: Final = "Bedrag niet leesbaar: '{text}'."
AMOUNT_AMBIGUOUS: Final = "Meerdere bedragen zonder duidelijke samenhang: '{text}'."
AMOUNT_AMENDED: Final = (
    "Bedrag {amount} is later gewijzigd in {amended}; het gedrukte bedrag is bewaard."
)
AMOUNT_CENTS_ROUNDED: Final = "Bedrag met centen afgerond op hele euro's: '{text}'."
AMOUNT_TOTAL_MISMATCH: Final = (
    "Het totaal tussen haakjes ({total}) wijkt af van {count} x {unit}; het totaal is bewaard."
)
AMOUNT_MULTIPLIED: Final = "Bedrag berekend als {count} x {unit}."

# Dates
PERIOD_UNREADABLE: Final = "Periode niet leesbaar: '{text}'."
PERIOD_ONE_DATE: Final = "Slechts één datum in de periode: '{text}'."
PERIOD_INVALID_DATE: Final = "Ongeldige datum in de periode: '{text}'."
PERIOD_REVERSED: Final = "De einddatum ligt vóór de begindatum: '{text}'."

# Project records
FIELD_NAMES: Final = {
    "szw_number": "projectnummer",
    "submitter": "indiener",
    "executor": "uitvoerder",
    "period": "periode",
    "direct_costs": "directe kosten",
    "max_subsidy": "maximale subsidie",
    "requested_subsidy": "gevraagde subsidie",
    "granted_subsidy": "toegekende subsidie",
}
SECTION_NAMES: Final = {
    "cause": "aanleiding",
    "goal": "doel",
    "activities": "activiteiten",
    "obstacles": "knelpunten",
    "success_factors": "succesfactoren",
    "lessons": "lessen",
    "continuation": "borging",
}
FIELD_ROW_MISSING: Final = "Rij '{field}' ontbreekt in de tabel met algemene gegevens."
FIELD_EMPTY: Final = "Veld '{field}' is leeg in de tabel met algemene gegevens."
FIELD_PROBLEM: Final = "{field}: {problem}"
SECTION_NOT_FOUND: Final = "Sectie '{section}' niet gevonden."
SECTION_COMBINED: Final = (
    "Sectie '{heading}' combineert {sections}; de punten staan bij elk van die secties."
)
SECTION_SHARED: Final = "Sectie '{section}' wordt gedeeld met {codes}."
GENERAL_DATA_MISSING: Final = (
    "Geen tabel met algemene gegevens gevonden; het project is alleen via de inhoudsopgave herkend."
)
NUMBER_NOT_MATCHING: Final = (
    "Projectnummer '{number}' past bij geen code uit de inhoudsopgave; het project is herkend "
    "aan de titel."
)

# Whole document
TOC_NOT_FOUND: Final = "Geen inhoudsopgave met projectcodes gevonden."
TOC_PROJECT_MISSING: Final = "Project {code} uit de inhoudsopgave is niet gevonden in de tekst."
PROJECT_NOT_IN_TOC: Final = "Project {code} (regel {line}) staat niet in de inhoudsopgave."
PROJECT_DUPLICATE: Final = (
    "Project {code} komt meer dan eens voor (regel {line}); alleen de eerste beschrijving is "
    "gebruikt."
)
PROJECTS_FOUND: Final = "{found} van de {expected} projecten uit de inhoudsopgave gevonden."
