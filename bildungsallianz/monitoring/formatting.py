"""Number and period formatting for pages, charts and CSV, in the active UI language
(German ``39.761`` and ``11,3``, English ``39,761`` and ``11.3``, French ``39 761`` and ``11,3``)."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils import dateformat, translation
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

from .special_values import QUALITY_FLAGS, SPECIAL_VALUE_TABLE, SYMBOLS

#: Legend (Zeichenerklärung): the special values in display order, then the quality flags.
LEGEND = [(sv.symbol, _(sv.label)) for sv in SPECIAL_VALUE_TABLE] + [
    (flag, _(label)) for flag, label in QUALITY_FLAGS.items()
]
__all__ = ["LEGEND", "SYMBOLS", "display_value", "format_number", "format_period"]


def format_number(value: Decimal | float | int | None, decimals: int = 0) -> str:
    """``39761`` → ``39.761``; ``11.2`` → ``11,2`` (grouping and decimal mark of the active language).

    Rounded half up like the official tables (``11.25`` → ``11,3``), never
    banker's rounding; a float is read by its shortest repr, not its binary value.
    """
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    if isinstance(value, float):
        value = repr(value)
    number = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    language = translation.get_language() or settings.LANGUAGE_CODE
    grouping, decimal = get_format("THOUSAND_SEPARATOR", language), get_format("DECIMAL_SEPARATOR", language)
    text = f"{abs(number):,.{decimals}f}".replace(",", "\0").replace(".", decimal).replace("\0", grouping)
    return f"−{text}" if number < 0 else text


_MONTHS = frozenset(f"{m:02d}" for m in range(1, 13))


def format_period(period: str) -> str:
    """``2024-12-31`` → ``31.12.2024`` (``31/12/2024`` in French), a month ``2024-06`` → ``06/2024``; ``2023`` stays."""
    if len(period) == 7 and period[4] == "-" and period[:4].isdigit() and period[5:] in _MONTHS:
        return f"{period[5:]}/{period[:4]}"
    if len(period) != 10:
        return period
    try:
        day = datetime.date.fromisoformat(period)
    except ValueError:
        return period
    language = translation.get_language() or settings.LANGUAGE_CODE
    return dateformat.format(day, get_format("SHORT_DATE_FORMAT", language))


def display_value(value, status: str, decimals: int, quality: str = "") -> str:
    """A number in German format, or the symbol of its special value.

    A quality flag stays with the number as the publisher shows it:
    ``(11,3)`` for "statistically relatively uncertain", ``11,3 p`` for the others.
    """
    if status:
        return SYMBOLS.get(status, status)
    number = format_number(value, decimals)
    if quality == "()":
        return f"({number})"
    return f"{number} {quality}" if quality else number
