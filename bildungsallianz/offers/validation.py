"""The rules an offer must follow, with German messages per field (used by ``Offer.clean``)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .choices import LANGUAGES, Cost, DateKind

#: Dates of an offer must lie in these years (a typo like 9999 would break calendars and sorting).
MIN_YEAR, MAX_YEAR = 1900, 2100


def offer_errors(offer) -> dict[str, list]:
    """Field name -> messages for every rule the offer breaks (empty when it is valid)."""
    errors: dict[str, list] = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    for name in ("start_date", "end_date", "application_deadline"):
        value = getattr(offer, name)
        if value and not (MIN_YEAR <= value.year <= MAX_YEAR):
            add(name, _("Bitte geben Sie ein Datum zwischen %(a)s und %(b)s an.") % {"a": MIN_YEAR, "b": MAX_YEAR})

    if offer.min_age and offer.max_age and offer.min_age > offer.max_age:
        add("max_age", _("Das Höchstalter muss größer oder gleich dem Mindestalter sein."))
    if offer.min_class and offer.max_class and offer.min_class > offer.max_class:
        add("max_class", _("„Klasse bis“ muss größer oder gleich „Klasse von“ sein."))
    if offer.date_kind in (DateKind.SINGLE, DateKind.RECURRING) and not offer.start_date:
        add("start_date", _("Bitte geben Sie an, wann das Angebot beginnt."))
    if offer.start_date and offer.end_date and offer.end_date < offer.start_date:
        add("end_date", _("Das Ende darf nicht vor dem Beginn liegen."))
    if (
        offer.start_time
        and offer.end_time
        and offer.end_time <= offer.start_time
        and (not offer.end_date or offer.end_date == offer.start_date)
    ):
        add("end_time", _("Die Endzeit muss nach der Anfangszeit liegen."))
    if offer.application_deadline and offer.end_date and offer.application_deadline > offer.end_date:
        add("application_deadline", _("Der Bewerbungsschluss darf nicht nach dem Ende des Angebots liegen."))
    if offer.cost == Cost.FEE and offer.fee_amount is None:
        add("fee_amount", _("Bitte geben Sie die Höhe der Gebühr an."))
    if offer.cost != Cost.FEE and offer.fee_amount:
        add("fee_amount", _("Eine Gebühr gibt es nur bei „mit Gebühr“."))
    codes = offer.language_list
    known = {code for code, _label in LANGUAGES}
    if not codes:
        add("languages", _("Bitte wählen Sie mindestens eine Sprache."))
    elif not set(codes) <= known:
        add("languages", _("Unbekannte Sprache."))
    if offer.image and not offer.image_alt:
        add("image_alt", _("Bitte beschreiben Sie das Bild in wenigen Worten (für blinde Menschen)."))
    return errors
