"""Read euro amounts written in Dutch notation ('€ 1.245.313', '€ 35.000,00', '€ 2,9 miljoen').

Nothing is guessed: a value that cannot be read is kept as text with a warning, and a cell
that says the amount is not known yet gives ``None`` without a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from behoudplein.importer import messages

_UNKNOWN = re.compile(
    r"(?:nog\s+)?(?:niet|on)\s*(?:bekend|beschikbaar)|n\.?\s*b\.?|n\.?\s*v\.?\s*t\.?"
    r"|niet\s+van\s+toepassing|[-\u2013\u2014?]+|p\.?\s*m\.?|pm",
    re.IGNORECASE,
)
_NUMBER = (
    r"(?P<int>\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
    r"(?P<frac>,(?:\d+|-{1,2}|[\u2013\u2014]))?"
    r"(?:\s*(?P<scale>miljard|mld\.?|miljoen|mln\.?|duizend)(?![a-z]))?"
    r"(?![.,]?\d)"
)
_PREFIXED = re.compile(r"(?:€|\beur(?:o)?\b\.?)\s*" + _NUMBER, re.IGNORECASE)
_SUFFIXED = re.compile(r"(?<![\d.,])" + _NUMBER + r"\s*(?:€|\beuro?\b)", re.IGNORECASE)
_BARE = re.compile(r"\s*" + _NUMBER + r"\s*", re.IGNORECASE)
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent\b)", re.IGNORECASE)
_MULTIPLIER = re.compile(r"(\d{1,3})\s*(?:keer|maal|x|\u00d7)\s*$", re.IGNORECASE)
_AMENDMENT = re.compile(
    r"gewijzigd|wijziging|geworden|bijgesteld|aangepast|herzien|verhoogd|verlaagd|nieuwe?\b",
    re.IGNORECASE,
)
_SCALES = {
    "miljard": 1_000_000_000,
    "mld": 1_000_000_000,
    "miljoen": 1_000_000,
    "mln": 1_000_000,
    "duizend": 1_000,
}


@dataclass(frozen=True)
class AmountResult:
    """A read amount in whole euros.

    ``text`` holds the original when the amount could not be read; ``percent`` is a
    percentage printed beside it (e.g. '(83% van maximum)'); ``amended`` a later amount the
    same cell reports as a change.
    """

    value: int | None
    text: str | None = None
    percent: int | None = None
    amended: int | None = None
    warnings: tuple[str, ...] = ()

    @property
    def is_unreadable(self) -> bool:
        return self.value is None and self.text is not None


@dataclass(frozen=True)
class _Money:
    start: int
    end: int
    value: Decimal | None  # None: the digits are there but their meaning is unclear


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    value: Decimal


def parse_amount(text: str | None) -> AmountResult:
    """Read one table cell holding an amount; see the module docstring for the rules."""
    cleaned = " ".join((text or "").replace("\u00a0", " ").split())
    if not cleaned or _UNKNOWN.fullmatch(cleaned.strip(" .;:()")):
        return AmountResult(None)
    percent = _find_percent(cleaned)
    found = _find_money(cleaned)
    if not found:
        bare = _BARE.fullmatch(cleaned.rstrip(" .;"))
        if bare:
            found = [_money_from_match(bare)]
    amounts = [_Amount(m.start, m.end, m.value) for m in found if m.value is not None]
    if not amounts or len(amounts) != len(found):
        return _unreadable(cleaned, percent)
    if len(amounts) == 1:
        return _single(cleaned, amounts[0], percent)
    if len(amounts) == 2:
        return _pair(cleaned, amounts[0], amounts[1], percent)
    return _unreadable(cleaned, percent, messages.AMOUNT_AMBIGUOUS)


def _unreadable(text: str, percent: int | None, template: str = "") -> AmountResult:
    warning = (template or messages.AMOUNT_UNREADABLE).format(text=text)
    return AmountResult(None, text=text, percent=percent, warnings=(warning,))


def _single(text: str, amount: _Amount, percent: int | None) -> AmountResult:
    multiplier = _MULTIPLIER.search(text[: amount.start])
    value, warnings = _to_euros(amount.value, text)
    if multiplier:
        count = int(multiplier.group(1))
        warnings.append(messages.AMOUNT_MULTIPLIED.format(count=count, unit=format_euros(value)))
        value *= count
    return AmountResult(value, percent=percent, warnings=tuple(warnings))


def _pair(text: str, first: _Amount, second: _Amount, percent: int | None) -> AmountResult:
    first_value, warnings = _to_euros(first.value, text)
    second_value, more = _to_euros(second.value, text)
    warnings.extend(more)
    between = text[first.end : second.start]
    multiplier = _MULTIPLIER.search(text[: first.start])
    if multiplier and "(" in between:
        # 'N keer € X (€ Y)': one description covering N projects carries the total Y.
        count = int(multiplier.group(1))
        if count * first_value != second_value:
            warnings.append(
                messages.AMOUNT_TOTAL_MISMATCH.format(
                    total=format_euros(second_value), count=count, unit=format_euros(first_value)
                )
            )
        return AmountResult(second_value, percent=percent, warnings=tuple(warnings))
    if _AMENDMENT.search(between):
        warnings.append(
            messages.AMOUNT_AMENDED.format(
                amount=format_euros(first_value), amended=format_euros(second_value)
            )
        )
        return AmountResult(
            first_value, percent=percent, amended=second_value, warnings=tuple(warnings)
        )
    return _unreadable(text, percent, messages.AMOUNT_AMBIGUOUS)


def format_euros(value: int) -> str:
    """Dutch notation of whole euros, e.g. '€ 1.245.313'."""
    return "€ " + f"{value:,}".replace(",", ".")


def _find_percent(text: str) -> int | None:
    match = _PERCENT.search(text)
    if not match:
        return None
    number = Decimal(match.group(1).replace(",", "."))
    return int(number.to_integral_value(rounding=ROUND_HALF_UP))


def _find_money(text: str) -> list[_Money]:
    found: list[_Money] = []
    for pattern in (_PREFIXED, _SUFFIXED):
        for match in pattern.finditer(text):
            if any(match.start() < money.end and money.start < match.end() for money in found):
                continue
            found.append(_money_from_match(match))
    return sorted(found, key=lambda money: money.start)


def _money_from_match(match: re.Match[str]) -> _Money:
    digits = re.sub(r"[.\s\u202f]", "", match.group("int"))
    fraction = match.group("frac") or ""
    scale_word = (match.group("scale") or "").rstrip(".").lower()
    value: Decimal | None = Decimal(digits)
    fraction_digits = fraction[1:] if fraction[1:].isdigit() else ""
    if fraction_digits:
        if len(fraction_digits) > 2 and not scale_word:
            # '1,245' could be thousands or decimals: refuse to choose.
            value = None
        else:
            value = Decimal(f"{digits}.{fraction_digits}")
    if value is not None and scale_word:
        value *= _SCALES[scale_word]
    return _Money(match.start(), match.end(), value)


def _to_euros(value: Decimal, text: str) -> tuple[int, list[str]]:
    rounded = value.to_integral_value(rounding=ROUND_HALF_UP)
    warnings: list[str] = []
    if rounded != value:
        warnings.append(messages.AMOUNT_CENTS_ROUNDED.format(text=text))
    return int(rounded), warnings
