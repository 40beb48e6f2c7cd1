import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers import services
from bildungsallianz.offers.models import Offer, OfferPlace
from bildungsallianz.offers.selectors import offer_search

from .factories import OfferFactory, PublishedOfferFactory, publish

pytestmark = pytest.mark.django_db


def _data(**extra):
    return {"title": "Praktikum in der Pflege", "summary": "Zwei Wochen Pflege.", "offer_type": "praktikum", **extra}


def test_an_editor_creates_a_draft_with_places(editor_a, org_a):
    offer = services.offer_create(
        provider=org_a,
        data=_data(),
        places=[{"street": "Hauptstraße 1", "postcode": "66953", "city": "Pirmasens"}],
        by=editor_a,
    )
    assert offer.status == ReviewStatus.DRAFT
    assert offer.slug == "praktikum-in-der-pflege"
    assert offer.places.count() == 1


def test_a_bad_place_saves_nothing(editor_a, org_a):
    with pytest.raises(ValidationError) as exc:
        services.offer_create(
            provider=org_a, data=_data(), places=[{"street": "X", "postcode": "123", "city": "P"}], by=editor_a
        )
    assert "Ort 1" in exc.value.messages[0]
    assert not Offer.objects.exists()
    assert not OfferPlace.objects.exists()


def test_script_in_description_is_removed_by_the_service(editor_a, org_a):
    offer = services.offer_create(
        provider=org_a, data=_data(description="<p>Hallo<script>alert(1)</script></p>"), by=editor_a
    )
    assert "script" not in offer.description
    assert "Hallo" in offer.description


def test_submit_publish_makes_the_offer_findable_and_informs_the_editor(
    editor_a, staff, org_a, django_capture_on_commit_callbacks
):
    offer = services.offer_create(provider=org_a, data=_data(), by=editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.offer_submit(offer=offer, by=editor_a)
    assert [m.to for m in mail.outbox] == [[staff.email]]
    assert offer_search(filters={"q": "Pflege"}).total == 0
    with django_capture_on_commit_callbacks(execute=True):
        services.offer_publish(offer=offer, by=staff)
    offer.refresh_from_db()
    assert offer.status == ReviewStatus.PUBLISHED and offer.published_at and offer.renewed_at
    assert offer_search(filters={"q": "Pflege"}).total == 1
    assert any("Veröffentlicht" in m.subject for m in mail.outbox)


def test_returning_needs_a_comment_and_mails_it(editor_a, staff, org_a, django_capture_on_commit_callbacks):
    offer = services.offer_create(provider=org_a, data=_data(), by=editor_a)
    services.offer_submit(offer=offer, by=editor_a)
    with pytest.raises(ValidationError):
        services.offer_return(offer=offer, by=staff, comment="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.offer_return(offer=offer, by=staff, comment="Bitte Alter ergänzen.")
    offer.refresh_from_db()
    assert offer.status == ReviewStatus.RETURNED
    assert any("Bitte Alter ergänzen." in m.body for m in mail.outbox)


def test_a_draft_cannot_be_published_without_review(staff, org_a):
    offer = OfferFactory(provider=org_a)
    with pytest.raises(ValidationError):
        services.offer_publish(offer=offer, by=staff)


def test_an_edit_to_a_published_offer_waits_for_review(editor_a, staff, org_a):
    live = publish(OfferFactory(provider=org_a, title="Alter Titel", summary="Alt."))
    change = services.offer_update(offer=live, data={"title": "Neuer Titel"}, by=editor_a)
    live.refresh_from_db()
    assert change.pk != live.pk and change.change_of == live
    assert live.title == "Alter Titel"
    assert offer_search(filters={"q": "Neuer"}).total == 0
    services.offer_submit(offer=change, by=editor_a)
    services.offer_publish(offer=change, by=staff)
    live.refresh_from_db()
    assert live.title == "Neuer Titel" and live.status == ReviewStatus.PUBLISHED
    assert not Offer.objects.filter(change_of=live).exists()
    assert offer_search(filters={"q": "Neuer"}).total == 1


def test_offers_past_their_end_date_expire_once():
    today = timezone.localdate()
    old = PublishedOfferFactory(
        date_kind="einmalig", start_date=today - datetime.timedelta(days=3), end_date=today - datetime.timedelta(days=1)
    )
    PublishedOfferFactory(date_kind="laufend")
    assert services.offer_expire_due() == 1
    assert services.offer_expire_due() == 0
    old.refresh_from_db()
    assert old.status == ReviewStatus.EXPIRED


def test_reminders_go_out_once_per_six_months(editor_a, org_a, django_capture_on_commit_callbacks):
    long_ago = timezone.now() - datetime.timedelta(days=200)
    PublishedOfferFactory(provider=org_a, renewed_at=long_ago, published_at=long_ago)
    PublishedOfferFactory(provider=org_a)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.offer_send_reminders() == 1
        assert services.offer_send_reminders() == 0
    assert [m.to for m in mail.outbox] == [["editor-a@example.org"]]
    assert "Ist Ihr Angebot noch aktuell?" in mail.outbox[0].subject


def test_renewing_resets_the_reminder_clock(editor_a, org_a):
    long_ago = timezone.now() - datetime.timedelta(days=200)
    offer = PublishedOfferFactory(provider=org_a, renewed_at=long_ago)
    services.offer_renew(offer=offer, by=editor_a)
    assert services.offer_send_reminders() == 0


def test_the_daily_command_is_idempotent(capsys):
    from django.core.management import call_command

    call_command("offers_daily")
    call_command("offers_daily")
    assert "0 Angebote abgelaufen" in capsys.readouterr().out
