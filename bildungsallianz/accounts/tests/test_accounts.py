import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from bildungsallianz.accounts.models import Invitation, Membership, User
from bildungsallianz.accounts.services import invitation_create

PASSWORD = "test-passwort-123"


def test_users_log_in_with_their_email_address(client, editor_a):
    response = client.post(reverse("accounts:login"), {"username": "EDITOR-A@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:dashboard")


def test_a_wrong_password_gets_a_german_message(client, editor_a):
    response = client.post(reverse("accounts:login"), {"username": "editor-a@example.org", "password": "falsch"})
    assert response.status_code == 200
    assert "E-Mail-Adresse oder Passwort sind falsch" in response.content.decode()


def test_passwords_are_hashed_with_argon2(settings, db):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    user = User.objects.create_user(email="neu@example.org", password=PASSWORD)
    assert user.password.startswith("argon2")


def test_password_reset_sends_a_link_by_mail(client, editor_a):
    response = client.post(reverse("accounts:password_reset"), {"email": "editor-a@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/konto/passwort-neu/" in mail.outbox[0].body


def test_the_dashboard_lists_memberships(client, editor_a):
    client.force_login(editor_a)
    html = client.get(reverse("accounts:dashboard")).content.decode()
    assert "Organisation A" in html
    assert 'href="/angebote/verwalten/"' in html  # editors reach their offers
    assert "Zum Backoffice" not in html


def test_the_dashboard_has_no_offers_link_for_working_group_members(client, wg_member):
    client.force_login(wg_member)
    assert 'href="/angebote/verwalten/"' not in client.get(reverse("accounts:dashboard")).content.decode()


@pytest.fixture
def invitation(org_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation, token = invitation_create(email="Neu@Example.org", organisation=org_a)
    return invitation, token


def test_an_invitation_link_is_mailed_and_works_once(client, invitation, org_a):
    _invitation, token = invitation
    link = re.search(r"http\S+/konto/einladung/(\S+)/", mail.outbox[0].body)
    assert link and link.group(1) == token
    url = reverse("accounts:invitation", args=[token])
    response = client.post(
        url,
        {
            "first_name": "Nina",
            "last_name": "Neu",
            "password1": "ein-gutes-passwort",
            "password2": "ein-gutes-passwort",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="neu@example.org")
    assert user.check_password("ein-gutes-passwort")
    assert Membership.objects.filter(user=user, organisation=org_a, role="editor").exists()
    client.logout()
    assert client.get(url).status_code == 404  # one-time


def test_bad_passwords_in_the_invitation_form_save_nothing(client, invitation):
    _invitation, token = invitation
    url = reverse("accounts:invitation", args=[token])
    response = client.post(
        url, {"first_name": "N", "last_name": "N", "password1": "12345678901", "password2": "12345678901"}
    )
    assert response.status_code == 200
    assert "nur aus Zahlen" in response.content.decode() or "Ziffern" in response.content.decode()
    response = client.post(
        url, {"first_name": "N", "last_name": "N", "password1": "ein-gutes-passwort", "password2": "anders"}
    )
    assert "stimmen nicht überein" in response.content.decode()
    assert not User.objects.filter(email="neu@example.org").exists()
    assert Invitation.objects.get().accepted_at is None


def test_an_expired_invitation_is_refused(client, invitation):
    inv, token = invitation
    Invitation.objects.filter(pk=inv.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(reverse("accounts:invitation", args=[token]))
    assert response.status_code == 404
    assert "abgelaufen" in response.content.decode()


def test_only_the_hash_of_the_token_is_stored(invitation):
    inv, token = invitation
    assert token not in inv.token_hash
    assert Invitation.objects.filter(token_hash=token).count() == 0


def test_the_login_returns_to_the_page_that_asked_for_it(client, editor_a):
    html = client.get(reverse("accounts:login") + "?next=/partner/").content.decode()
    assert 'name="next" value="/partner/"' in html
    response = client.post(
        reverse("accounts:login"), {"username": "editor-a@example.org", "password": PASSWORD, "next": "/partner/"}
    )
    assert response["Location"] == "/partner/"


def test_the_account_page_asks_an_editor_to_confirm_their_organisations_signature(client, editor_a, wg_member, org_a):
    from bildungsallianz.charter.tests.factories import CharterFactory, SignatureFactory

    SignatureFactory(charter=CharterFactory(), organisation=org_a, confirmed=False, signatory_name="")
    client.force_login(editor_a)
    html = client.get("/konto/").content.decode()
    assert "Bitte bestätigen Sie die Unterzeichnung der Charta für „Organisation A“." in html
    assert "/partner/organisation-a/unterzeichnen/" in html
    client.force_login(wg_member)
    assert "Unterzeichnung der Charta" not in client.get("/konto/").content.decode()


def test_the_account_page_leads_editors_but_not_working_group_members_to_their_offers(client, editor_a, wg_member):
    client.force_login(editor_a)
    assert "Ihre Angebote" in client.get("/konto/").content.decode()
    client.force_login(wg_member)
    assert "Ihre Angebote" not in client.get("/konto/").content.decode()
