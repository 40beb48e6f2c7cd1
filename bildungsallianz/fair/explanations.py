"""The scheduler's hints in the reader's language (German for staff, French for the French schools).

``scheduling.explain_notes`` gives each hint as notes ``[German template, params]``;
the templates are msgids of the fair's catalogue (``fair/locale/fr``), so one
stored hint reads in German on the staff pages and in French in a French
teacher's e-mail and page.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext

from .scheduling.explain import render_line


def render_notes(notes: list, language: str | None = None) -> str:
    """The lines of notes as sentences, one per line, in ``language`` (default: the active one)."""
    with translation.override(language or translation.get_language()):
        return "\n".join(render_line(line, gettext) for line in notes or [])
