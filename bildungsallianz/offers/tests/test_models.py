import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from bildungsallianz.offers.models import Offer, OfferPlace, validate_image_size

from .factories import OfferFactory

pytestmark = pytest.mark.django_db


def _errors(offer):
    with pytest.raises(ValidationError) as exc:
        offer.full_clean()
    return exc.value.message_dict


def test_minimum_age_above_maximum_age_is_rejected_in_german():
    errors = _errors(OfferFactory.build(provider=OfferFactory().provider, min_age=18, max_age=14))
    assert errors["max_age"] == ["Das Höchstalter muss größer oder gleich dem Mindestalter sein."]


def test_end_date_before_start_date_is_rejected():
    offer = OfferFactory.build(
        provider=OfferFactory().provider,
        date_kind="einmalig",
        start_date=datetime.date(2026, 5, 2),
        end_date=datetime.date(2026, 5, 1),
    )
    assert "Das Ende darf nicht vor dem Beginn liegen." in _errors(offer)["end_date"]


def test_dated_offer_needs_a_start_date():
    offer = OfferFactory.build(provider=OfferFactory().provider, date_kind="einmalig")
    assert _errors(offer)["start_date"] == ["Bitte geben Sie an, wann das Angebot beginnt."]


def test_fee_is_required_when_the_offer_costs_money():
    offer = OfferFactory.build(provider=OfferFactory().provider, cost="gebuehr")
    assert _errors(offer)["fee_amount"] == ["Bitte geben Sie die Höhe der Gebühr an."]


def test_invalid_email_and_url_get_german_messages():
    offer = OfferFactory.build(provider=OfferFactory().provider, contact_email="kein-mail", website="nicht eine url")
    errors = _errors(offer)
    assert "contact_email" in errors and "website" in errors


def test_unknown_language_code_is_rejected():
    offer = OfferFactory.build(provider=OfferFactory().provider, languages=",xx,")
    assert _errors(offer)["languages"] == ["Unbekannte Sprache."]


def test_images_over_two_megabytes_are_rejected():
    upload = SimpleUploadedFile("bild.png", b"x" * (2 * 1024 * 1024 + 1), content_type="image/png")
    with pytest.raises(ValidationError) as exc:
        validate_image_size(upload)
    assert "zu groß" in exc.value.messages[0]


def test_place_needs_both_coordinates_or_none():
    place = OfferPlace(offer=OfferFactory(), street="Hauptstraße 1", postcode="66953", city="Pirmasens", latitude=49.2)
    with pytest.raises(ValidationError):
        place.full_clean()


def test_age_and_class_labels_read_naturally():
    offer = Offer(min_age=15, max_age=None, min_class=8, max_class=10)
    assert offer.age_label == "ab 15 Jahren"
    assert offer.class_label == "Klasse 8 bis 10"
