"""Partner editors create API tokens for their organisation: shown once, stored hashed, revocable."""

import datetime
import re

import pytest
import time_machine
from django.utils import timezone

from bildungsallianz.api.models import ApiToken, hash_secret
from bildungsallianz.api.services import api_token_authenticate, api_token_create

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 30, 10, 0, tzinfo=datetime.UTC)


def _create(client, org, name="Abgleich", expires="2027-06-30"):
    return client.post(
        "/konto/api-schluessel/", {"organisation": org.pk, "name": name, "expires_on": expires}, follow=True
    )


@time_machine.travel(NOW, tick=False)
def test_an_editor_sees_the_secret_once_and_only_its_hash_is_stored(as_user, editor_a, org_a):
    client = as_user(editor_a)
    response = _create(client, org_a)
    secret = re.search(r'<code id="new-token">([^<]+)</code>', response.content.decode()).group(1)
    token = ApiToken.objects.get()
    assert token.organisation == org_a
    assert token.token_hash == hash_secret(secret)
    assert secret not in str(ApiToken.objects.values_list()[0])
    again = client.get("/konto/api-schluessel/").content.decode()
    assert secret not in again
    assert token.prefix in again


@time_machine.travel(NOW, tick=False)
def test_a_token_for_another_organisation_cannot_be_made(as_user, editor_a, org_b):
    response = _create(as_user(editor_a), org_b)
    assert "Bitte wählen Sie eine Ihrer Organisationen." in response.content.decode()
    assert ApiToken.objects.count() == 0


@time_machine.travel(NOW, tick=False)
def test_a_token_lasts_at_most_a_year_and_bad_dates_get_german_messages(as_user, editor_a, org_a):
    client = as_user(editor_a)
    assert "höchstens ein Jahr" in _create(client, org_a, expires="2028-01-01").content.decode()
    assert "in der Zukunft" in _create(client, org_a, expires="2026-11-01").content.decode()
    assert "nächsten zwölf Monaten" in _create(client, org_a, expires="9999-12-31").content.decode()
    assert ApiToken.objects.count() == 0


def test_an_expired_or_revoked_token_does_not_authenticate(org_a, editor_a):
    with time_machine.travel(NOW, tick=False):
        token, secret = api_token_create(
            organisation=org_a, name="x", expires_on=datetime.date(2027, 1, 31), by=editor_a
        )
        assert api_token_authenticate(secret) == token
        assert api_token_authenticate(secret + "x") is None
    with time_machine.travel(datetime.datetime(2027, 2, 1, tzinfo=datetime.UTC), tick=False):
        assert api_token_authenticate(secret) is None
    with time_machine.travel(NOW, tick=False):
        token.revoked_at = timezone.now()
        token.save()
        assert api_token_authenticate(secret) is None


@time_machine.travel(NOW, tick=False)
def test_another_organisations_editor_cannot_revoke_a_token_and_it_stays_usable(as_user, editor_a, editor_b, org_a):
    token, secret = api_token_create(organisation=org_a, name="x", expires_on=datetime.date(2027, 1, 31), by=editor_a)
    response = as_user(editor_b).post(f"/konto/api-schluessel/{token.pk}/widerrufen/")
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
    assert api_token_authenticate(secret) == token


@time_machine.travel(NOW, tick=False)
def test_the_editor_revokes_a_token_and_it_stops_working(as_user, editor_a, org_a):
    token, secret = api_token_create(organisation=org_a, name="x", expires_on=datetime.date(2027, 1, 31), by=editor_a)
    response = as_user(editor_a).post(f"/konto/api-schluessel/{token.pk}/widerrufen/", follow=True)
    assert "ist widerrufen" in response.content.decode()
    assert api_token_authenticate(secret) is None
