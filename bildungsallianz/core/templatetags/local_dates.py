"""Dates with the weekday in the format of the active language (``bildungsallianz/core/formats``).

Django's ``date`` filter knows only its own named formats; these filters read the
project's ``WEEKDAY_*_FORMAT`` from the language's format module.
"""

from django import template
from django.utils import dateformat, translation
from django.utils.formats import get_format_modules
from django.utils.timezone import is_aware, localtime

register = template.Library()

FALLBACK = {
    "WEEKDAY_DATE_FORMAT": "l, j. F Y",
    "WEEKDAY_SHORT_FORMAT": "l, d.m.",
    "WEEKDAY_DATETIME_FORMAT": "l, d.m.Y H:i",
}


def _format(name: str) -> str:
    language = translation.get_language() or "de"
    for module in get_format_modules(language):
        if hasattr(module, name):
            return getattr(module, name)
    return FALLBACK[name]


def _render(value, name: str) -> str:
    if not value:
        return ""
    if hasattr(value, "tzinfo") and is_aware(value):
        value = localtime(value)
    return dateformat.format(value, _format(name))


@register.filter
def weekday_date(value):
    """``Dienstag, 3. November 2026`` / ``mardi 3 novembre 2026``."""
    return _render(value, "WEEKDAY_DATE_FORMAT")


@register.filter
def weekday_short(value):
    """``Dienstag, 03.11.`` / ``mardi 3 novembre``."""
    return _render(value, "WEEKDAY_SHORT_FORMAT")


@register.filter
def weekday_datetime(value):
    """``Dienstag, 03.11.2026 18:00`` / ``mardi 03/11/2026 18:00``."""
    return _render(value, "WEEKDAY_DATETIME_FORMAT")
