"""Template helpers for translated content: ``shown_in_content_language`` and ``lang_attrs``."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from bildungsallianz.core.translations.display import translated

register = template.Library()


@register.simple_tag(takes_context=True)
def shown_in_content_language(context, obj):
    """``{% shown_in_content_language offer as shown %}``: ``obj`` in the context's ``content_lang``
    (German when the view set none, e.g. in includes shared with other pages)."""
    return translated(obj, context.get("content_lang") or None)


@register.simple_tag
def lang_attrs(text, container=None):
    """`` lang="…" dir="…"`` for a :class:`TranslatedText` whose language differs from the page's
    or whose direction differs from its container's (``container``: the Translated whose
    ``dir`` the enclosing element carries; left-to-right when omitted). Nothing otherwise."""
    lang = getattr(text, "lang", "")
    if not lang:
        return ""
    direction = getattr(text, "dir", "ltr")
    outer = getattr(container, "dir", "ltr")
    page = (get_language() or "de").split("-")[0]
    if lang == page and direction == outer:
        return ""
    return format_html(' lang="{}" dir="{}"', lang, direction)
