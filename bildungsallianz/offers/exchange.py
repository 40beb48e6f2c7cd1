"""Export offers as CSV/XLSX and import a provider's offers from a CSV template (all or nothing)."""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.core.tabular import csv_delimiter, decode_text, parse_date, parse_yes_no, write_csv, write_xlsx
from bildungsallianz.core.text import spreadsheet_cell

from . import services
from .choices import Certificate, Cost, DateKind, GermanLevel, OfferType
from .models import Occupation, Offer

EXPORT_COLUMNS = [
    ("slug", gettext_lazy("Kurzadresse")),
    ("title", gettext_lazy("Titel")),
    ("provider", gettext_lazy("Anbieter")),
    ("offer_type", gettext_lazy("Art")),
    ("status", gettext_lazy("Status")),
    ("summary", gettext_lazy("Kurzbeschreibung")),
    ("target_groups", gettext_lazy("Zielgruppen")),
    ("fields_of_action", gettext_lazy("Handlungsfelder")),
    ("min_age", gettext_lazy("Alter von")),
    ("max_age", gettext_lazy("Alter bis")),
    ("min_class", gettext_lazy("Klasse von")),
    ("max_class", gettext_lazy("Klasse bis")),
    ("required_certificate", gettext_lazy("Schulabschluss")),
    ("german_level", gettext_lazy("Deutschkenntnisse")),
    ("languages", gettext_lazy("Sprachen")),
    ("cost", gettext_lazy("Kosten")),
    ("fee_amount", gettext_lazy("Gebühr (Euro)")),
    ("barrier_free", gettext_lazy("barrierefrei")),
    ("is_online", gettext_lazy("online")),
    ("date_kind", gettext_lazy("Termine")),
    ("start_date", gettext_lazy("Beginn")),
    ("end_date", gettext_lazy("Ende")),
    ("application_deadline", gettext_lazy("Bewerbungsschluss")),
    ("seats", gettext_lazy("Plätze")),
    ("contact_email", gettext_lazy("Kontakt E-Mail")),
    ("contact_phone", gettext_lazy("Kontakt Telefon")),
    ("website", gettext_lazy("Website")),
    ("places", gettext_lazy("Orte")),
    ("occupations", gettext_lazy("Berufe (KldB)")),
    ("published_at", gettext_lazy("veröffentlicht am")),
    ("renewed_at", gettext_lazy("zuletzt bestätigt am")),
]


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return spreadsheet_cell(str(value))


def export_rows(queryset):
    offers = queryset.select_related("provider").prefetch_related(
        "target_groups", "fields_of_action", "places", "occupations"
    )
    for offer in offers.order_by("provider__name", "title"):
        values = {
            **{name: getattr(offer, name, None) for name, _label in EXPORT_COLUMNS},
            "provider": offer.provider.name,
            "offer_type": offer.get_offer_type_display(),
            "status": offer.get_status_display(),
            "target_groups": ", ".join(g.name for g in offer.target_groups.all()),
            "fields_of_action": ", ".join(f.title for f in offer.fields_of_action.all()),
            "required_certificate": offer.get_required_certificate_display(),
            "german_level": offer.get_german_level_display(),
            "languages": ", ".join(offer.language_labels),
            "cost": offer.get_cost_display(),
            "date_kind": offer.get_date_kind_display(),
            "places": " | ".join(str(p) for p in offer.places.all()),
            "occupations": ", ".join(o.code for o in offer.occupations.all()),
        }
        yield [_cell(values[name]) for name, _label in EXPORT_COLUMNS]


def export_csv(queryset) -> bytes:
    return write_csv([str(label) for _name, label in EXPORT_COLUMNS], export_rows(queryset))


def export_xlsx(queryset) -> bytes:
    return write_xlsx([str(label) for _name, label in EXPORT_COLUMNS], export_rows(queryset), sheet_title=_("Angebote"))


# ---------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------

IMPORT_COLUMNS = [
    "titel",
    "art",
    "kurzbeschreibung",
    "beschreibung",
    "zielgruppen",
    "handlungsfelder",
    "alter_von",
    "alter_bis",
    "klasse_von",
    "klasse_bis",
    "abschluss",
    "deutsch",
    "sprachen",
    "kosten",
    "gebuehr",
    "barrierefrei",
    "online",
    "termine",
    "beginn",
    "ende",
    "bewerbungsschluss",
    "plaetze",
    "kontakt_name",
    "kontakt_email",
    "kontakt_telefon",
    "website",
    "berufe",
    "ort_name",
    "ort_strasse",
    "ort_plz",
    "ort_ort",
    "ort_breite",
    "ort_laenge",
]
TEMPLATE_EXAMPLE = [
    "Schülerpraktikum im Büro",
    "praktikum",
    "Zwei Wochen Büroarbeit kennenlernen.",
    "",
    "schueler",
    "bildung-wirtschaft",
    "14",
    "18",
    "8",
    "10",
    "0",
    "keine",
    "de",
    "kostenlos",
    "",
    "ja",
    "nein",
    "laufend",
    "",
    "",
    "",
    "4",
    "Team Ausbildung",
    "ausbildung@example.org",
    "",
    "",
    "71402",
    "Verwaltung",
    "Hauptstraße 1",
    "66953",
    "Pirmasens",
    "49,2010",
    "7,6050",
]
MAX_ROWS = 500


def import_template() -> bytes:
    return write_csv(IMPORT_COLUMNS, [TEMPLATE_EXAMPLE])


@dataclass
class ImportResult:
    created: list[Offer] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class RowError(Exception):
    pass


def _decode(raw: bytes) -> str:
    try:
        return decode_text(raw)
    except ValueError as exc:
        raise RowError(_("Die Datei ist keine lesbare CSV-Datei (Zeichensatz).")) from exc


def _int(value, column):
    if not value:
        return None
    try:
        return int(value)
    except ValueError as exc:
        raise RowError(_("%(c)s: Bitte eine ganze Zahl angeben.") % {"c": column}) from exc


def _decimal(value, column):
    if not value:
        return None
    try:
        return Decimal(value.replace(".", "").replace(",", ".") if "," in value else value)
    except InvalidOperation as exc:
        raise RowError(_("%(c)s: Bitte eine Zahl angeben, z. B. 12,50.") % {"c": column}) from exc


def _date(value, column):
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise RowError(_("%(c)s: Bitte ein Datum wie 31.12.2026 angeben.") % {"c": column}) from exc


def _bool(value, column):
    try:
        return parse_yes_no(value)
    except ValueError as exc:
        raise RowError(_("%(c)s: Bitte „ja“ oder „nein“ angeben.") % {"c": column}) from exc


def _choice(value, choices, column):
    if value not in choices:
        raise RowError(
            _("%(c)s: „%(v)s“ ist nicht erlaubt. Erlaubt: %(a)s.")
            % {"c": column, "v": value, "a": ", ".join(map(str, choices))}
        )
    return value


def _slugs(value, known, column):
    slugs = [s.strip() for s in value.split(",") if s.strip()]
    unknown = [s for s in slugs if s not in known]
    if unknown:
        raise RowError(_("%(c)s: unbekannt: %(u)s.") % {"c": column, "u": ", ".join(unknown)})
    return [known[s] for s in slugs]


def _parse_row(row: dict, lookups: dict) -> tuple[dict, list[dict]]:
    german = {label: value for value, label in GermanLevel.choices}
    german["keine"] = 0
    german_value = row["deutsch"] or "keine"
    if german_value not in german:
        raise RowError(_("deutsch: Bitte „keine“ oder A1, A2, B1, B2, C1 angeben."))
    certificate = _int(row["abschluss"], "abschluss") or 0
    _choice(certificate, Certificate.values, "abschluss")
    languages = [c.strip() for c in (row["sprachen"] or "de").split(",") if c.strip()]
    data = {
        "title": row["titel"],
        "offer_type": _choice(row["art"], OfferType.values, "art"),
        "summary": row["kurzbeschreibung"],
        "description": row["beschreibung"],
        "target_groups": _slugs(row["zielgruppen"], lookups["groups"], "zielgruppen"),
        "fields_of_action": _slugs(row["handlungsfelder"], lookups["fields"], "handlungsfelder"),
        "occupations": _slugs(row["berufe"], lookups["occupations"], "berufe"),
        "min_age": _int(row["alter_von"], "alter_von"),
        "max_age": _int(row["alter_bis"], "alter_bis"),
        "min_class": _int(row["klasse_von"], "klasse_von"),
        "max_class": _int(row["klasse_bis"], "klasse_bis"),
        "required_certificate": certificate,
        "german_level": german[german_value],
        "languages": "," + ",".join(languages) + ",",
        "cost": _choice(row["kosten"] or Cost.FREE, Cost.values, "kosten"),
        "fee_amount": _decimal(row["gebuehr"], "gebuehr"),
        "barrier_free": _bool(row["barrierefrei"], "barrierefrei"),
        "is_online": _bool(row["online"], "online"),
        "date_kind": _choice(row["termine"] or DateKind.ONGOING, DateKind.values, "termine"),
        "start_date": _date(row["beginn"], "beginn"),
        "end_date": _date(row["ende"], "ende"),
        "application_deadline": _date(row["bewerbungsschluss"], "bewerbungsschluss"),
        "seats": _int(row["plaetze"], "plaetze"),
        "contact_name": row["kontakt_name"],
        "contact_email": row["kontakt_email"],
        "contact_phone": row["kontakt_telefon"],
        "website": row["website"],
    }
    places = []
    if any(row[c] for c in ("ort_name", "ort_strasse", "ort_plz", "ort_ort")):
        places.append(
            {
                "name": row["ort_name"],
                "street": row["ort_strasse"],
                "postcode": row["ort_plz"],
                "city": row["ort_ort"],
                "latitude": _decimal(row["ort_breite"], "ort_breite"),
                "longitude": _decimal(row["ort_laenge"], "ort_laenge"),
            }
        )
    return data, places


def _labelled(exc: ValidationError) -> list[str]:
    labels = {f.name: str(f.verbose_name) for f in Offer._meta.get_fields() if hasattr(f, "verbose_name")}
    if hasattr(exc, "error_dict"):
        return [f"{labels.get(name, name)}: {m}" for name, errors in exc.message_dict.items() for m in errors]
    return exc.messages


def import_offers(*, provider, upload, by, publish: bool = False) -> ImportResult:
    """Validate every line first; write all offers or none. Errors name the line (header = line 1)."""
    result = ImportResult()
    try:
        text = _decode(upload.read())
    except RowError as exc:
        result.errors.append(str(exc))
        return result
    reader = csv.DictReader(io.StringIO(text), delimiter=csv_delimiter(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in IMPORT_COLUMNS if c not in header]
    if missing:
        result.errors.append(
            _("Zeile 1: Es fehlen Spalten: %(m)s. Bitte nutzen Sie die Vorlage.") % {"m": ", ".join(missing)}
        )
        return result
    reader.fieldnames = header
    lookups = {
        "groups": {g.slug: g for g in TargetGroup.objects.all()},
        "fields": {f.slug: f for f in FieldOfAction.objects.all()},
        "occupations": {o.code: o for o in Occupation.objects.all()},
    }
    rows = list(reader)
    if not rows:
        result.errors.append(_("Die Datei enthält keine Angebote."))
        return result
    if len(rows) > MAX_ROWS:
        result.errors.append(_("Höchstens %(n)s Angebote pro Datei.") % {"n": MAX_ROWS})
        return result
    with transaction.atomic():
        for line, row in enumerate(rows, start=2):
            row = {k: (v or "").strip() for k, v in row.items() if k}
            try:
                data, places = _parse_row(row, lookups)
                with transaction.atomic():
                    offer = services.offer_create(provider=provider, data=data, places=places, by=by)
                    if publish:
                        services.offer_submit(offer=offer, by=by)
                        offer = services.offer_publish(offer=offer, by=by)
                result.created.append(offer)
            except RowError as exc:
                result.errors.append(_("Zeile %(n)s: %(m)s") % {"n": line, "m": exc})
            except ValidationError as exc:
                result.errors.extend(_("Zeile %(n)s: %(m)s") % {"n": line, "m": m} for m in _labelled(exc))
        if result.errors:
            transaction.set_rollback(True)
            result.created = []
    return result
