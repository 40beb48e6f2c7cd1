"""Filters for report templates (frozen snapshots are plain dicts)."""

import base64
import datetime

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def svg_data_uri(svg: str) -> str:
    """A stored chart SVG as a data: URL (for ``<img>`` in the PDF, which carries the alt text)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


@register.filter
def frozen_svg(svg: str):
    """The chart SVG stored in a snapshot: made by monitoring.charts from vl-convert, texts escaped there."""
    return mark_safe(svg)  # noqa: S308 – produced by our chart code, never by user input


@register.filter
def iso_date(value: str):
    """``2025-06-30T…`` → a date for the ``date`` filter."""
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


@register.filter
def sources_of(ids, sources):
    """The snapshot's source dicts for a block's list of source ids."""
    by_id = {s["id"]: s for s in sources}
    return [by_id[i] for i in ids if i in by_id]


@register.filter
def block_template(block) -> str:
    return f"reports/blocks/{block['type']}.html"
