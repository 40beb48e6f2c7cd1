"""Offers on the shared review life cycle (bildungsallianz.core.review): change copies,
queue counts in the database, the field diff, slugs that never collide."""

import pytest
from django.db import IntegrityError
from django.db.models import QuerySet
from django.urls import reverse

from bildungsallianz.core.review import selectors as review_selectors
from bildungsallianz.core.review.diff import field_diff
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers import services
from bildungsallianz.offers.models import Offer

from .factories import OfferFactory, OfferPlaceFactory, PublishedOfferFactory, publish

pytestmark = pytest.mark.django_db


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


def test_a_change_copy_carries_places_and_relations_and_publishing_merges_them_back(editor_a, staff, org_a):
    live = publish(OfferFactory(provider=org_a, title="Alt", slug="alt"))
    OfferPlaceFactory(offer=live, city="Pirmasens")
    change = services.offer_update(
        offer=live,
        data={"title": "Neu"},
        places=[{"street": "A 1", "postcode": "66953", "city": "Rodalben"}],
        by=editor_a,
    )
    assert change.is_change_copy and live.pending_change_copy == change and live.work_item == change
    assert [p.city for p in live.places.all()] == ["Pirmasens"]
    services.offer_submit(offer=change, by=editor_a)
    assert not Offer.objects.get(pk=live.pk).accepts_edits
    merged = services.offer_publish(offer=change, by=staff)
    assert merged.pk == live.pk and merged.slug == "alt" and merged.title == "Neu"
    assert [p.city for p in merged.places.all()] == ["Rodalben"]
    assert not Offer.objects.filter(change_of=live).exists()


def test_the_review_queue_counts_statuses_in_one_query(django_assert_num_queries):
    OfferFactory.create_batch(2)
    OfferFactory(status=ReviewStatus.SUBMITTED)
    with django_assert_num_queries(1):
        counts = review_selectors.review_counts(Offer.objects.all())
    assert counts == {"draft": 2, "submitted": 1, "returned": 0, "published": 0, "expired": 0}


def test_the_diff_marks_changed_fields_with_readable_values(editor_a, org_a):
    live = publish(OfferFactory(provider=org_a, title="Alt", languages=",de,"))
    change = services.offer_update(offer=live, data={"title": "Neu", "languages": ",de,ar,"}, by=editor_a)
    rows = {row["label"]: row for row in field_diff(change)}
    assert rows["Titel"] == {"label": "Titel", "old": "Alt", "new": "Neu", "changed": True}
    assert rows["Sprachen"]["new"] == "Deutsch, Arabisch" and rows["Sprachen"]["changed"]
    assert not rows["Kurzbeschreibung"]["changed"] and "Orte" in rows


def test_a_draft_title_like_another_organisations_change_copy_does_not_break_its_edit(
    editor_a, editor_b, org_a, org_b, as_user
):
    """#8 finding 3: the change copy's slug was fixed (…-aenderung) and collided → 500."""
    live = PublishedOfferFactory(provider=org_a, title="Ferienkurs", slug="ferienkurs")
    assert as_user(editor_b).post(reverse("offers:create"), _form(provider=org_b.pk, title="Ferienkurs Aenderung"))
    assert Offer.objects.get(provider=org_b).slug == "ferienkurs-aenderung"
    response = as_user(editor_a).post(reverse("offers:edit", args=[live.slug]), _form(title="Ferienkurs neu"))
    assert response.status_code == 302
    copy = live.__class__.objects.get(change_of=live)
    assert copy.slug == "ferienkurs-aenderung-2" and copy.title == "Ferienkurs neu"


def test_a_slug_taken_by_a_concurrent_writer_moves_on_to_the_next_one(editor_a, org_a, org_b, monkeypatch):
    """The free-slug check and the insert are not atomic: when another request saves the same
    slug in between (here: the check does not see it yet), the unique constraint fails inside a
    savepoint and the next slug is taken — no 500, and the transaction stays usable."""
    OfferFactory(provider=org_b, slug="sommerkurs")  # the concurrent writer's row
    real_exists, missed = QuerySet.exists, []

    def exists_before_the_other_commit(queryset):
        if not missed and "sommerkurs" in str(queryset.query):
            missed.append(True)
            return False
        return real_exists(queryset)

    monkeypatch.setattr(QuerySet, "exists", exists_before_the_other_commit)
    offer = services.offer_create(provider=org_a, data=_service_data(), by=editor_a)
    assert missed and offer.slug == "sommerkurs-2"
    assert Offer.objects.filter(slug__startswith="sommerkurs").count() == 2


def test_other_integrity_errors_are_not_hidden_as_slug_collisions(editor_a, org_a, monkeypatch):
    def fail(*args, **kwargs):
        raise IntegrityError("something else")

    monkeypatch.setattr(Offer, "save", fail)
    with pytest.raises(IntegrityError):
        services.offer_create(provider=org_a, data=_service_data(), by=editor_a)


def _service_data():
    return {"title": "Sommerkurs", "summary": "Zwei Wochen.", "offer_type": "praktikum"}
