"""German number and period formatting for pages, charts and CSV."""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

#: Legend of special values (Zeichenerklärung), in display order.
LEGEND = [
    ("-", _("nichts vorhanden")),
    (".", _("unbekannt oder geheim")),
    ("x", _("nicht sinnvoll")),
    ("/", _("nicht sicher genug")),
    ("...", _("noch nicht verfügbar")),
]
#: Display symbol: the official "-" is shown as a typographic dash.
SYMBOLS = {"-": "–", ".": ".", "x": "x", "/": "/", "...": "..."}


def format_number(value: Decimal | float | int | None, decimals: int = 0) -> str:
    """``39761`` → ``39.761``; ``11.2`` → ``11,2`` (German grouping and decimal comma)."""
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    number = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{abs(number):,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"−{text}" if number < 0 else text


def format_period(period: str) -> str:
    """``2024-12-31`` → ``31.12.2024``; ``2023`` stays."""
    if len(period) == 10:
        return f"{period[8:10]}.{period[5:7]}.{period[0:4]}"
    return period


def display_value(value, status: str, decimals: int) -> str:
    """A number in German format, or the symbol of its special value."""
    if status:
        return SYMBOLS.get(status, status)
    return format_number(value, decimals)
