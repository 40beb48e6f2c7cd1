"""Field-by-field comparison of a change copy with its live row (for the review page)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from bildungsallianz.core.translations.models import Translatable, translations_display

EMPTY = "—"


def display_value(obj, name: str) -> str:
    custom = obj.review_display(name)
    if custom is not None:
        return custom
    if name == "translations" and isinstance(obj, Translatable):
        return translations_display(obj) or EMPTY
    display = getattr(obj, f"get_{name}_display", None)
    if display:
        return str(display())
    value = getattr(obj, name)
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if value in (None, ""):
        return EMPTY
    return str(value)


def _related_text(obj, name: str) -> str:
    return ", ".join(str(x) for x in getattr(obj, name).all()) or EMPTY


def _related_label(model, name: str) -> str:
    field = model._meta.get_field(name)
    if field.many_to_many and not field.auto_created:
        return str(field.verbose_name)
    return str(field.related_model._meta.verbose_name_plural)


def field_diff(obj) -> list[dict]:
    """Rows ``{label, old, new, changed}``: old is the live row's value ("—" for a new row)."""
    live = obj.change_of if obj.is_change_copy else None
    model = type(obj)
    rows = []
    for name in obj.review_fields:
        new = display_value(obj, name)
        old = display_value(live, name) if live else EMPTY
        label = str(model._meta.get_field(name).verbose_name)
        rows.append({"label": label, "old": old, "new": new, "changed": live is not None and old != new})
    for name in [*obj.review_m2m_fields, *obj.review_related]:
        new = _related_text(obj, name)
        old = _related_text(live, name) if live else EMPTY
        rows.append(
            {"label": _related_label(model, name), "old": old, "new": new, "changed": live is not None and old != new}
        )
    return rows
