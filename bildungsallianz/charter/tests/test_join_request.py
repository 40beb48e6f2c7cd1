import pytest
from django.core import mail
from django.urls import reverse

from bildungsallianz.charter.models import JoinRequest

from .factories import CharterFactory, FieldOfActionFactory

URL = reverse("charter:join")


@pytest.fixture
def fields(db):
    CharterFactory()
    return [FieldOfActionFactory(slug="chancengerechtigkeit"), FieldOfActionFactory(slug="transparenz")]


def valid_data(fields, **overrides):
    data = {
        "organisation_name": "Ausbildungsbetrieb Muster GmbH",
        "short_name": "Muster",
        "sector": "unternehmen",
        "description": "Wir bilden Industriekaufleute aus.",
        "street": "Hauptstraße 1",
        "postcode": "66953",
        "city": "Pirmasens",
        "website": "https://muster.example.org",
        "organisation_email": "info@muster.example.org",
        "phone": "06331 000000",
        "contact_name": "Mia Muster",
        "contact_function": "Ausbildungsleitung",
        "contact_email": "mia@muster.example.org",
        "fields_of_action": [str(fields[0].pk)],
        "proposed_commitment": "Wir bieten jedes Jahr fünf Schulpraktika an.",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return data


def test_the_form_is_public_and_in_german(client, fields):
    response = client.get(URL)
    assert response.status_code == 200
    assert "Mitmachen in der Bildungsallianz" in response.content.decode()


def test_a_valid_request_is_saved_with_consent_and_confirmed_by_mail(
    client, fields, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, valid_data(fields))
    assert response.status_code == 302
    assert response["Location"] == reverse("charter:join_thanks")
    join_request = JoinRequest.objects.get()
    assert join_request.state == JoinRequest.State.RECEIVED
    assert join_request.consent_at is not None
    assert list(join_request.fields_of_action.all()) == [fields[0]]
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert "mia@muster.example.org" in recipients
    assert any("Beitritt" in m.subject for m in mail.outbox)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"organisation_name": ""}, "organisation_name", "Bitte geben Sie den Namen der Organisation an."),
        ({"sector": ""}, "sector", "Bitte wählen Sie einen Bereich."),
        ({"postcode": "6695"}, "postcode", "Bitte geben Sie eine fünfstellige Postleitzahl an."),
        ({"contact_email": "keine-adresse"}, "contact_email", "Bitte geben Sie eine gültige E-Mail-Adresse an."),
        ({"website": "muster punkt de"}, "website", "Bitte geben Sie eine vollständige Adresse an"),
        ({"fields_of_action": []}, "fields_of_action", "Bitte wählen Sie mindestens ein Handlungsfeld."),
        ({"consent": ""}, "consent", "Ohne Ihre Einwilligung können wir den Antrag nicht bearbeiten."),
        ({"proposed_commitment": ""}, "proposed_commitment", "Bitte beschreiben Sie, wozu"),
    ],
)
def test_invalid_input_gets_a_german_message_at_the_field_and_in_the_summary(client, fields, overrides, field, message):
    data = valid_data(fields, **overrides)
    if overrides.get("consent") == "":
        data.pop("consent")
    response = client.post(URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'id="fehler"' in html  # the error summary
    assert f'href="#id_{field}' in html  # summary links to the field
    assert f'id="id_{field}-error"' in html or f'id="id_{field}_0-error"' in html or "kern-error" in html
    assert JoinRequest.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_pretends_success_and_saves_nothing(client, fields):
    response = client.post(URL, valid_data(fields, homepage="http://spam.example"))
    assert response.status_code == 302
    assert JoinRequest.objects.count() == 0
    assert mail.outbox == []


def test_too_many_requests_from_one_address_are_refused(client, fields, settings):
    settings.JOIN_REQUEST_RATE = 2
    for n in range(2):
        assert client.post(URL, valid_data(fields, organisation_name=f"Betrieb {n}")).status_code == 302
    response = client.post(URL, valid_data(fields, organisation_name="Betrieb 3"))
    assert response.status_code == 429
    assert "Zu viele Anfragen" in response.content.decode()
    assert JoinRequest.objects.count() == 2


def test_invalid_posts_do_not_use_up_the_limit(client, fields, settings):
    settings.JOIN_REQUEST_RATE = 2
    for _ in range(5):
        assert client.post(URL, valid_data(fields, postcode="12")).status_code == 200
    assert client.post(URL, valid_data(fields)).status_code == 302
    assert JoinRequest.objects.count() == 1


def test_behind_the_proxy_visitors_do_not_share_one_budget(client, fields, settings):
    settings.JOIN_REQUEST_RATE = 1
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    settings.TRUSTED_PROXY_IPS = ["127.0.0.1"]
    first = client.post(URL, valid_data(fields), REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1")
    second = client.post(
        URL,
        valid_data(fields, organisation_name="Zweiter Betrieb"),
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.2",
    )
    again = client.post(
        URL,
        valid_data(fields, organisation_name="Dritter Betrieb"),
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.1",
    )
    assert (first.status_code, second.status_code, again.status_code) == (302, 302, 429)


@pytest.mark.parametrize("bad_id", ["9" * 40, "-" + "9" * 25, "1e5", "abc"])
def test_an_absurd_id_in_the_fields_of_action_is_a_german_form_error(client, fields, bad_id):
    response = client.post(URL, valid_data(fields, fields_of_action=[bad_id]))
    assert response.status_code == 200
    assert "Bitte wählen Sie einen gültigen Eintrag aus der Liste." in response.content.decode()
    assert JoinRequest.objects.count() == 0


def test_an_anonymous_huge_post_is_refused_before_it_is_read(client, fields):
    response = client.generic(
        "POST", URL, b"x" * 100, content_type="multipart/form-data; boundary=x", CONTENT_LENGTH=str(200 * 1024 * 1024)
    )
    assert response.status_code == 413
    assert JoinRequest.objects.count() == 0


def test_logged_in_users_may_send_up_to_the_upload_limit_and_not_more(client, editor_a, settings):
    client.force_login(editor_a)
    ok = client.generic("POST", "/konto/", b"", CONTENT_LENGTH=str(5 * 1024 * 1024))
    assert ok.status_code != 413
    too_big = client.generic("POST", "/konto/", b"", CONTENT_LENGTH=str(settings.UPLOAD_MAX_BYTES + 1))
    assert too_big.status_code == 413
