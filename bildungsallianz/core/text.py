"""Text hygiene at the edges: control characters at input, formulas at export, and the
one allow-list for the rich text partners write (offer descriptions, minutes, projects).

Text pasted from Word brings control characters (``\\x0b`` is Word's manual line
break) that XML-based formats such as XLSX cannot hold. Clean them when the text
comes in (:func:`clean_text`, called from model ``clean()``) and again when it
goes out (:func:`spreadsheet_cell`), for rows stored before the input was cleaned.
"""

from __future__ import annotations

import re

import nh3

#: Line-like control characters become a line break; every other control character
#: except tab, line feed and carriage return is removed.
_LINE_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")

#: A cell starting with one of these is read as a formula by spreadsheet programs
#: (also the full-width forms, which some programs normalise).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def clean_text(value):
    """``value`` without control characters (non-strings are returned unchanged)."""
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", value))


def spreadsheet_cell(text: str) -> str:
    """Text safe for a CSV/XLSX cell: no control characters, never read as a formula."""
    text = clean_text(text)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


#: What survives in rich text from partners (offer descriptions, meeting minutes, project descriptions).
RICH_TEXT_TAGS = frozenset({"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h3", "h4"})
RICH_TEXT_ATTRIBUTES = {"a": {"href", "title"}}


def sanitise_html(html: str) -> str:
    """Rich text reduced to a few harmless tags; links get ``rel="noopener nofollow"``."""
    return nh3.clean(
        html or "",
        tags=set(RICH_TEXT_TAGS),
        attributes=RICH_TEXT_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener nofollow",
    ).strip()
