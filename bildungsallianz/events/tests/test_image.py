"""Partners upload an event image with a required description; it stays private until the event is published."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.events import services
from bildungsallianz.events.models import Event

pytestmark = pytest.mark.django_db


def _png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#0072B2").save(buffer, format="PNG")
    return SimpleUploadedFile("abend.png", buffer.getvalue(), content_type="image/png")


def _form(org, **extra):
    return {
        "organiser": org.pk,
        "title": "Infoabend Pflege",
        "event_type": "infoabend",
        "summary": "Ausbildung in der Pflege",
        "starts_at": "2030-03-12T18:00",
        "ends_at": "2030-03-12T20:00",
        "venue": "Rheinberger",
        "registration_mode": "keine",
        "retention_days": "30",
        **extra,
    }


def test_an_image_without_description_is_refused_in_german_and_nothing_is_saved(editor_a, org_a, as_user):
    response = as_user(editor_a).post("/veranstaltungen/neu/", _form(org_a, image=_png()))
    assert response.status_code == 200
    assert "Bitte beschreiben Sie, was auf dem Bild zu sehen ist" in response.text
    assert not Event.objects.exists()


def test_a_not_an_image_upload_is_refused(editor_a, org_a, as_user):
    fake = SimpleUploadedFile("bild.png", b"kein Bild", content_type="image/png")
    response = as_user(editor_a).post("/veranstaltungen/neu/", _form(org_a, image=fake, image_alt="x"))
    assert response.status_code == 200 and "gültiges Bild" in response.text
    assert not Event.objects.exists()


def test_the_image_is_private_until_the_event_is_published(editor_a, org_a, staff, client, as_user):
    editor = as_user(editor_a)
    response = editor.post("/veranstaltungen/neu/", _form(org_a, image=_png(), image_alt="Eine Pflegerin am Bett"))
    assert response.status_code == 302
    event = Event.objects.get()
    url = event.image.url
    assert url.startswith("/dateien/veranstaltungsbilder/")
    assert editor.get(url).status_code == 200
    editor.logout()
    assert client.get(url).status_code == 404
    services.event_submit(event=event, by=editor_a)
    services.event_publish(event=event, by=staff)
    assert Event.objects.get().status == ReviewStatus.PUBLISHED
    page = client.get(event.get_absolute_url())
    assert f'src="{url}"' in page.text and 'alt="Eine Pflegerin am Bett"' in page.text
    assert client.get(url).status_code == 200
