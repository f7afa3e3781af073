"""The general-data table that opens every project description.

Rows pair a label with a value ('Projectnummer' / '2016AB12'). Labels are recognised by
genre vocabulary of subsidy administration, not by the wording of one report, so another
report of this genre with other labels ('Aanvrager', 'Looptijd', 'Maximaal subsidiebedrag')
reads the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from behoudplein.importer.parsers.text import cells, clean, find_codes

# Order matters: the first field whose pattern matches a label wins.
_FIELD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "granted_subsidy",
            r"toegekend\w*\s+subsidie|verleend\w*\s+subsidie|vastgesteld\w*\s+subsidie"
            r"|subsidie\s+(?:toegekend|verleend|vastgesteld)",
        ),
        (
            "requested_subsidy",
            r"gevraagde?\s+subsidie|aangevraagde?\s+subsidie|subsidieaanvraag"
            r"|aangevraagd\s+bedrag|gevraagd\s+bedrag",
        ),
        (
            "max_subsidy",
            r"maxim\w*\s+subsidie|subsidieplafond|maxim\w*\s+subsidiebedrag",
        ),
        ("total_budget", r"(?:budget|begroting|kosten)\b.*\bindirect|totale\s+begroting"),
        (
            "direct_costs",
            r"directe\s+kosten|begrote\s+kosten|projectkosten|totale\s+kosten|begroting|budget",
        ),
        ("period", r"subsidieperiode|projectperiode|looptijd|\bperiode\b|projectduur"),
        (
            "szw_number",
            r"project\s*(?:nummers?|nr\.?|code)|dossiernummer|zaaknummer|subsidienummer"
            r"|kenmerk",
        ),
        ("submitter", r"indiener|aanvrager|penvoerder|contractpartij"),
        ("executor", r"uitvoerder|uitvoerende\s+partij|uitgevoerd\s+door"),
        ("partners", r"samenwerkende\s+partijen|samenwerkingspartners|\bpartners\b"),
    )
)

# One pass to reject the many lines that name no field at all.
_ANY_FIELD = re.compile("|".join(f"(?:{p.pattern})" for _, p in _FIELD_PATTERNS), re.IGNORECASE)
# A label cell is short; long first cells are prose that happens to contain a tab.
_MAX_LABEL_WORDS = 14
# Fields that make a run of rows a general-data table (a number alone does not).
_CORE_FIELDS = frozenset(
    {
        "szw_number",
        "submitter",
        "executor",
        "period",
        "direct_costs",
        "max_subsidy",
        "requested_subsidy",
        "granted_subsidy",
    }
)
_MIN_FIELDS = 3
_COLON_ROW = re.compile(r"^\s*([^:]{2,80}?)\s*:\s+(.+)$")
_MAX_BARE_LABEL_WORDS = 6
# Words that continue a label in text without table cells ('Uitvoerder van het project').
_LABEL_FILLERS = frozenset({"van", "het", "de", "der", "des", "en", "project", "projecten"})


@dataclass(frozen=True)
class Row:
    line: int  # 1-based
    label: str
    value: str
    field: str | None


@dataclass
class GeneralDataTable:
    first_line: int  # 1-based, first row
    last_line: int  # 1-based, last row
    rows: list[Row] = field(default_factory=list)

    @property
    def fields(self) -> set[str]:
        return {row.field for row in self.rows if row.field}

    def first(self, name: str) -> Row | None:
        return next((row for row in self.rows if row.field == name), None)

    @property
    def number_codes(self) -> list[str]:
        row = self.first("szw_number")
        return find_codes(row.value) if row else []


def field_of_label(label: str) -> str | None:
    """The general-data field a label names, or None."""
    if not label or not _ANY_FIELD.search(label) or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    for name, pattern in _FIELD_PATTERNS:
        if pattern.search(label):
            return name
    return None


def split_row(line: str) -> tuple[str, str] | None:
    """(label, value) of a table-like line: tab- or pipe-separated, or 'Label: value'."""
    if "\t" not in line and "|" not in line and not _ANY_FIELD.search(line):
        return None
    row_cells = cells(line)
    if row_cells:
        label = row_cells[0]
        if not label:
            return None
        return label, " ".join(cell for cell in row_cells[1:] if cell)
    text = clean(line)
    match = _COLON_ROW.match(text)
    if match and field_of_label(match.group(1)):
        return match.group(1), match.group(2)
    return _split_unmarked(text)


def _split_unmarked(text: str) -> tuple[str, str] | None:
    """'Subsidieperiode 1 januari 2017 t/m ...' as PDF text gives it, without a tab.

    The label is the shortest opening that names a field, extended over filler words,
    a parenthetical remark and an acronym standing right before a number or amount.
    """
    words = text.split()
    if not words or field_of_label(" ".join(words[:6])) is None:
        return None
    if len(words) <= _MAX_BARE_LABEL_WORDS and _is_bare_label(words):
        return text, ""  # a label whose cell is empty
    size = next((n for n in range(1, min(6, len(words))) if field_of_label(" ".join(words[:n]))), 0)
    if not size:
        return None
    end = size
    while end < len(words) - 1:
        word = words[end]
        if word.startswith("("):
            close = end
            while close < len(words) - 1 and not words[close].endswith(")"):
                close += 1
            end = close + 1
        elif word.lower() in _LABEL_FILLERS or _acronym_before_value(word, words[end + 1]):
            end += 1
        else:
            break
    if end >= len(words):
        return None
    return " ".join(words[:end]), " ".join(words[end:])


def _is_bare_label(words: list[str]) -> bool:
    """True when every word is part of the label ('Uitvoerder van het project')."""
    size = next((n for n in range(1, len(words) + 1) if field_of_label(" ".join(words[:n]))), 0)
    rest = words[size:] if size else words
    return bool(size) and all(
        word.lower() in _LABEL_FILLERS or (word.startswith("(") and word.endswith(")"))
        for word in rest
    )


def _acronym_before_value(word: str, following: str) -> bool:
    """'SZW' in 'Projectnummer SZW 2016AB1' belongs to the label; 'AB' in 'AB 12' is a code."""
    if following.isdigit():
        return False
    return word.isupper() and len(word) <= 5 and bool(re.match(r"[\d€]", following))


def find_tables(lines: list[str]) -> list[GeneralDataTable]:
    """Runs of label/value rows holding at least three general-data fields."""
    tables: list[GeneralDataTable] = []
    current: GeneralDataTable | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        row = _row_at(line, index + 1)
        if row is not None and (current is not None or row.field in _CORE_FIELDS):
            if current is None:
                current = GeneralDataTable(first_line=row.line, last_line=row.line)
            if row.field is None and not cells(line):
                # Unknown 'label: value' prose inside a table ends it.
                _close(current, tables)
                current = None
            else:
                current.rows.append(row)
                current.last_line = row.line
        elif current is not None and not line.strip() and _next_is_field_row(lines, index):
            pass  # a blank line inside a table split by a page break
        elif current is not None:
            _close(current, tables)
            current = None
        index += 1
    if current is not None:
        _close(current, tables)
    return tables


def _row_at(line: str, number: int) -> Row | None:
    pair = split_row(line)
    if pair is None:
        return None
    label, value = pair
    return Row(line=number, label=label, value=value, field=field_of_label(label))


def _next_is_field_row(lines: list[str], index: int) -> bool:
    for following in lines[index + 1 : index + 3]:
        if following.strip():
            pair = split_row(following)
            return pair is not None and field_of_label(pair[0]) in _CORE_FIELDS
    return False


def _close(table: GeneralDataTable, tables: list[GeneralDataTable]) -> None:
    if len(table.fields & _CORE_FIELDS) >= _MIN_FIELDS:
        tables.append(table)
