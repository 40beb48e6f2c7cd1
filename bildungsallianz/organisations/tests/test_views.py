import pytest
from django.urls import reverse

from bildungsallianz.organisations.models import Organisation


def test_an_editor_changes_their_own_profile(client, editor_a, org_a):
    client.force_login(editor_a)
    url = reverse("organisations:edit", args=[org_a.slug])
    response = client.post(url, {"short_name": "OrgA", "description": "Neu", "postcode": "66953", "city": "Pirmasens"})
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.short_name == "OrgA"
    assert org_a.description == "Neu"


def test_an_editor_cannot_change_another_organisation(client, editor_b, org_a):
    client.force_login(editor_b)
    response = client.post(reverse("organisations:edit", args=[org_a.slug]), {"short_name": "gekapert"})
    assert response.status_code == 403
    assert Organisation.objects.get(pk=org_a.pk).short_name == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"postcode": "123"}, "fünfstellige Postleitzahl"),
        ({"website": "kein link"}, "vollständige Adresse"),
        ({"email": "falsch@"}, "gültige E-Mail-Adresse"),
        ({"latitude": "123"}, "kleiner oder gleich 90"),
    ],
)
def test_bad_profile_input_gets_a_german_message_and_saves_nothing(client, editor_a, org_a, data, message):
    client.force_login(editor_a)
    payload = {"short_name": "Geändert", **data}
    response = client.post(reverse("organisations:edit", args=[org_a.slug]), payload)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Organisation.objects.get(pk=org_a.pk).short_name == ""
