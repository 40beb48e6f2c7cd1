import json

import icalendar
import pytest

from bildungsallianz.offers.presentation import offer_ical, offer_json_ld, project_markers

from .factories import OfferPlaceFactory, PublishedOfferFactory, tomorrow

pytestmark = pytest.mark.django_db


def test_dated_offers_are_education_events_and_others_courses():
    event = PublishedOfferFactory(offer_type="elternangebot", date_kind="einmalig", start_date=tomorrow(4))
    course = PublishedOfferFactory(offer_type="sprachfoerderung", date_kind="laufend", languages=",de,ar,")
    assert json.loads(offer_json_ld(event, "https://x/e"))["@type"] == "EducationEvent"
    data = json.loads(offer_json_ld(course, "https://x/c"))
    assert data["@type"] == "Course" and data["inLanguage"] == ["de", "ar"]


def test_internships_are_job_postings_with_their_place():
    offer = PublishedOfferFactory(offer_type="praktikum", application_deadline=tomorrow(9))
    OfferPlaceFactory(offer=offer)
    data = json.loads(offer_json_ld(offer, "https://x/p"))
    assert data["@type"] == "JobPosting" and data["employmentType"] == "INTERN"
    assert data["jobLocation"][0]["address"]["postalCode"] == "66953"


def test_json_ld_cannot_close_its_script_tag():
    offer = PublishedOfferFactory(title="</script><script>alert(1)</script>")
    assert "</script>" not in offer_json_ld(offer, "https://x/")


def test_recurring_offers_repeat_weekly_in_the_calendar():
    import datetime

    offer = PublishedOfferFactory(
        date_kind="regelmaessig",
        start_date=tomorrow(1),
        end_date=tomorrow(29),
        start_time=datetime.time(15),
        end_time=datetime.time(17),
    )
    event = icalendar.Calendar.from_ical(offer_ical(offer, "https://x/")).walk("VEVENT")[0]
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert event.decoded("DTSTART").hour == 15 and event.decoded("DTEND").hour == 17


def test_offers_at_the_same_place_share_one_marker():
    markers = [
        {"slug": "a", "title": "A", "place": "Haus", "city": "P", "lat": 49.2, "lon": 7.6},
        {"slug": "b", "title": "B", "place": "Haus", "city": "P", "lat": 49.2, "lon": 7.6},
        {"slug": "c", "title": "C", "place": "Halle", "city": "P", "lat": 49.21, "lon": 7.62},
    ]
    projected = project_markers(markers)
    assert [len(p["offers"]) for p in projected["points"]] == [2, 1]
    for point in projected["points"]:
        assert 0 <= point["x"] <= projected["width"] and 0 <= point["y"] <= projected["height"]
    # north is up: the northern place is drawn higher
    assert projected["points"][1]["y"] < projected["points"][0]["y"]
