"""Odd input gives German form errors or clean files, never a server error (issue 8, findings 5 and 8)."""

import datetime
import io

import pytest
from django.urls import reverse

from bildungsallianz.core.text import spreadsheet_cell
from bildungsallianz.offers import services
from bildungsallianz.offers.exchange import export_csv, export_xlsx
from bildungsallianz.offers.models import Offer

from .factories import PublishedOfferFactory

pytestmark = pytest.mark.django_db

FORTY_DIGITS = "1" * 40


def _form(**extra):
    return {
        "title": "Praktikum im Labor",
        "offer_type": "praktikum",
        "summary": "Eine Woche im Labor.",
        "required_certificate": "0",
        "german_level": "0",
        "languages": ["de"],
        "cost": "kostenlos",
        "date_kind": "laufend",
        "orte-TOTAL_FORMS": "0",
        "orte-INITIAL_FORMS": "0",
        "orte-MIN_NUM_FORMS": "0",
        "orte-MAX_NUM_FORMS": "5",
        **extra,
    }


def test_control_characters_pasted_from_word_are_cleaned_on_input(editor_a, org_a):
    data = {"title": "Kurs\x00", "summary": "Zeile eins\x0bZeile zwei\x07", "offer_type": "praktikum"}
    offer = services.offer_create(provider=org_a, data=data, by=editor_a)
    offer.refresh_from_db()
    assert offer.title == "Kurs" and offer.summary == "Zeile eins\nZeile zwei"


def test_exports_of_old_rows_with_control_characters_still_work():
    from openpyxl import load_workbook

    PublishedOfferFactory(title="Alt", summary="Aus Word\x0bkopiert\x1b")  # stored before input was cleaned
    workbook = load_workbook(io.BytesIO(export_xlsx(Offer.objects.all())))
    summaries = [row[5] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    assert summaries == ["Aus Word\nkopiert"]
    assert "\x0b" not in export_csv(Offer.objects.all()).decode("utf-8")


@pytest.mark.parametrize(
    "text", ["=1+1", "+49 6331", "-2", "@SUMME(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠A1"]
)
def test_csv_cells_that_a_spreadsheet_would_read_as_formulas_are_neutralised(text):
    assert spreadsheet_cell(text) == "'" + text


def test_a_formula_in_a_title_is_neutralised_in_the_csv_export():
    PublishedOfferFactory(title='＝HYPERLINK("http://x")')
    assert "'＝HYPERLINK" in export_csv(Offer.objects.all()).decode("utf-8")


@pytest.mark.parametrize("field", ["target_groups", "fields_of_action", "provider"])
def test_a_forty_digit_id_gives_a_german_form_error(editor_a, org_a, as_user, field):
    response = as_user(editor_a).post(reverse("offers:create"), _form(**{"provider": org_a.pk, field: FORTY_DIGITS}))
    assert response.status_code == 200
    assert "Bitte wählen Sie einen gültigen Eintrag aus der Liste." in response.content.decode()
    assert not Offer.objects.exists()


def test_dates_outside_1900_to_2100_are_refused_in_german(editor_a, org_a, as_user):
    response = as_user(editor_a).post(
        reverse("offers:create"),
        _form(provider=org_a.pk, date_kind="einmalig", start_date="9999-12-31", end_date="9999-12-31"),
    )
    assert response.status_code == 200
    assert "Bitte geben Sie ein Datum zwischen 1900 und 2100 an." in response.content.decode()
    assert not Offer.objects.exists()


def test_the_calendar_file_of_an_offer_at_the_end_of_the_calendar_still_works(client):
    last = datetime.date.max
    offer = PublishedOfferFactory(date_kind="einmalig", start_date=last, end_date=last)
    response = client.get(reverse("offers:calendar", args=[offer.slug]))
    assert response.status_code == 200 and b"BEGIN:VEVENT" in response.content
    offer.start_time = datetime.time(23, 30)
    offer.save()
    assert client.get(reverse("offers:calendar", args=[offer.slug])).status_code == 200
