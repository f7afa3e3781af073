"""Pair a number in an activity's intended text with one in its realised text, per unit.

Only confident pairs: the two numbers must count the same thing (the same unit, or words of
one group such as deelnemers/kandidaten/personen); numbers of different units are never
paired, and ranges ('300 tot 400') are left alone rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that count the same thing; the first is the name shown.
UNIT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("deelnemers", "deelnemer", "kandidaten", "personen", "mensen", "werkzoekenden",
     "werklozen", "cursisten"),
    ("bijeenkomsten", "evenementen", "events", "bijeenkomst"),
    ("bedrijven", "werkgevers", "organisaties", "ondernemingen"),
    ("medewerkers", "werknemers", "werkenden"),
    ("bezoekers",),
)  # fmt: skip
_GROUP_OF = {word: group[0] for group in UNIT_GROUPS for word in group}
# Counts of time, money or shares are no outcome.
_NOT_UNITS = frozenset((
    "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren",
    "keer", "maal", "procent", "euro", "x", "van", "en", "in", "uit", "tot", "per", "of",
    "om", "op", "te", "met", "voor", "bij", "aan", "de", "het", "een", "die", "dat", "is",
    "zijn", "was", "waren", "hebben", "heeft", "werd", "worden", "à", "a",
))  # fmt: skip
_WORD_NUMBERS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30,
    "veertig": 40, "vijftig": 50, "honderd": 100,
}  # fmt: skip
_NUMBER = r"(?<![\w.,€])(\d{1,3}(?:\.\d{3})+|\d+|" + "|".join(_WORD_NUMBERS) + r")(?![\w%]|[.,]\d)"
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)
_RANGE_RE = re.compile(r"^\s*(?:tot|à|a|-|–)\s*\d", re.IGNORECASE)
_RANGE_BEFORE_RE = re.compile(r"\d\s*(?:tot|à|a|-|–)\s*$", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ][\w'-]*")
# "het aantal personen ... is 44", "het totaal aantal bezoekers bedroeg ongeveer 450"
_COUNT_AFTER_RE = re.compile(
    r"\baantal\s+([a-zà-ÿ-]+)\b[^.;:]{0,60}?\b(?:is|bedroeg|bedraagt|was)\s+"
    r"(?:ongeveer|ruim|circa|bijna|ca\.?)?\s*(\d{1,3}(?:\.\d{3})+|\d+)\b",
    re.IGNORECASE,
)
# "Werving potentiële vacatures (400)"
_COUNT_IN_BRACKETS_RE = re.compile(r"\b([a-zà-ÿ-]+)\s+\((\d{1,3}(?:\.\d{3})+|\d+)\)", re.IGNORECASE)
_ADJUSTED_RE = re.compile(r"(?:bijgesteld|verlaagd|verhoogd)\s+(?:naar|tot)\s+$", re.IGNORECASE)
_INTENT_RE = re.compile(
    r"\bbeoogd\w*|\bhet doel\b|\bdoel (?:was|is|van)\b|\bdoelstelling\w*|\bbedoeling\b|"
    r"\bintentie\b|\bverwachting\b|\bresultaatdoel\b",
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\-•*])|\n+")
_MIN_SHARED_SUFFIX = 7


@dataclass(frozen=True)
class Count:
    value: int
    unit: str
    word: str
    adjusted: bool = False


@dataclass(frozen=True)
class Pair:
    unit: str
    intended: int
    realised: int
    confidence: float


def _unit_of(word: str) -> str:
    word = word.lower().strip("-'")
    if word in _GROUP_OF:
        return _GROUP_OF[word]
    for known, group in _GROUP_OF.items():
        # A Dutch compound names its kind last: netwerkbijeenkomsten are bijeenkomsten.
        if len(known) >= 5 and word.endswith(known):
            return group
    return word


# Past participles ("240 deelgenomen") end like plural nouns but count nothing.
_PARTICIPLE_RE = re.compile(
    r"ge(?:nomen|gaan|komen|vonden|worden|daan|geven|bleven|schreven|sloten|trokken|volgd)$"
)


def _is_unit_word(word: str) -> bool:
    lowered = word.lower()
    if lowered in _NOT_UNITS or len(lowered) < 4 or _PARTICIPLE_RE.search(lowered):
        return False
    return lowered in _GROUP_OF or lowered.endswith(("en", "ers", "ars", "s"))


def _value(text: str) -> int:
    lowered = text.lower()
    if lowered in _WORD_NUMBERS:
        return _WORD_NUMBERS[lowered]
    return int(text.replace(".", ""))


def counts(text: str) -> list[Count]:
    """Every 'number + unit' in the text, in order; ranges and bare numbers are skipped."""
    found: list[tuple[int, Count]] = []
    for match in _NUMBER_RE.finditer(text):
        after, before = text[match.end() :], text[: match.start()]
        if _RANGE_RE.match(after) or _RANGE_BEFORE_RE.search(before):
            continue
        words = _WORD_RE.findall(after[:80])[:3]
        if not after[:1].isspace():
            continue
        unit_word = None
        for word in words:
            if _is_unit_word(word):
                unit_word = word
                break
            if not word.lower().endswith("e") or word.lower() in _NOT_UNITS:
                break
        if unit_word is None:
            continue
        adjusted = bool(_ADJUSTED_RE.search(before[-40:]))
        found.append(
            (
                match.start(),
                Count(_value(match.group(1)), _unit_of(unit_word), unit_word.lower(), adjusted),
            )
        )
    for match in _COUNT_AFTER_RE.finditer(text):
        word = match.group(1)
        if _is_unit_word(word):
            found.append((match.start(2), Count(_value(match.group(2)), _unit_of(word), word)))
    for match in _COUNT_IN_BRACKETS_RE.finditer(text):
        word = match.group(1)
        if _is_unit_word(word):
            found.append((match.start(2), Count(_value(match.group(2)), _unit_of(word), word)))
    return [count for _, count in sorted(found, key=lambda item: item[0])]


def _sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_RE.split(text or "") if part.strip()]


def _same_unit(a: str, b: str) -> bool:
    if a == b:
        return True
    shared = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        shared += 1
    return shared >= _MIN_SHARED_SUFFIX


def _shared_suffix(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size]:
        size += 1
    suffix = a[len(a) - size :]
    # Drop the linking part of the compounds: (schol)ings|budgetten → budgetten.
    return re.sub(r"^(?:ings|s)(?=\w{5})", "", suffix)


def split_intended_realised(intended: str, realised: str) -> tuple[list[Count], list[Count]]:
    """Counts on each side; a realised sentence that states the aim counts as intended."""
    wanted = counts(intended)
    achieved: list[Count] = []
    for sentence in _sentences(realised):
        (wanted if _states_aim(sentence) else achieved).extend(counts(sentence))
    return wanted, achieved


def _states_aim(sentence: str) -> bool:
    """The sentence names the aim before its first number ('Er werd beoogd om 25 ...')."""
    aim = _INTENT_RE.search(sentence)
    if aim is None:
        return False
    number = _NUMBER_RE.search(sentence)
    return number is None or aim.start() < number.start()


def pair_outcomes(intended: str, realised: str) -> list[Pair]:
    wanted, achieved = split_intended_realised(intended or "", realised or "")
    if any(count.adjusted for count in wanted):
        # The target was adjusted: only the adjusted figure is the aim.
        wanted = [count for count in wanted if count.adjusted]
    pairs: list[Pair] = []
    used_units: set[str] = set()
    for unit in dict.fromkeys(count.unit for count in wanted):
        if unit in used_units:
            continue
        aims = [c for c in wanted if _same_unit(c.unit, unit)]
        results = [c for c in achieved if _same_unit(c.unit, unit)]
        if not results:
            continue
        aim_values = {c.value for c in aims}
        fresh = [c for c in results if c.value not in aim_values] or results
        aim = max(aims, key=lambda c: c.value)
        confidence = 1.0 if len(aims) == 1 and len(fresh) == 1 else 0.7
        unit_name = unit if unit == fresh[0].unit else _shared_suffix(unit, fresh[0].unit)
        pairs.append(Pair(unit_name, aim.value, fresh[0].value, confidence))
        used_units.add(unit)
        used_units.update(c.unit for c in fresh)
    return pairs
