"""Editors change a confirmed signatory only through staff review (issue 8, finding 10)."""

import pytest
from django.core import mail

from bildungsallianz.charter.models import Signature

from .factories import CharterFactory, SignatureFactory

pytestmark = pytest.mark.django_db

URL = "/partner/organisation-a/unterzeichnen/"
NEW = {"signatory_name": "Max Mustermann", "signatory_function": "Vorstand"}


@pytest.fixture
def signature(org_a):
    return SignatureFactory(charter=CharterFactory(is_current=True), organisation=org_a)


def test_an_editor_cannot_change_a_confirmed_signatory_directly(client, editor_a, signature, site_pages):
    client.force_login(editor_a)
    with_callbacks = client.post(URL, NEW)
    assert with_callbacks.status_code == 302
    signature.refresh_from_db()
    assert (signature.signatory_name, signature.signatory_function) == ("Erika Beispiel", "Geschäftsführung")
    assert (signature.pending_signatory_name, signature.pending_signatory_function) == ("Max Mustermann", "Vorstand")
    charter_page = client.get("/charta/").content.decode()
    assert "Erika Beispiel" in charter_page
    assert "Max Mustermann" not in charter_page


def test_staff_are_told_and_approve_the_change(client, editor_a, staff, signature, django_capture_on_commit_callbacks):
    client.force_login(editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, NEW)
    assert any("Änderung einer Unterzeichnung" in m.subject for m in mail.outbox)
    client.force_login(staff)
    listing = client.get("/cms/unterzeichnungen-aenderungen/")
    assert "Max Mustermann" in listing.content.decode()
    client.post(f"/cms/unterzeichnungen-aenderungen/{signature.pk}/", {"action": "approve"})
    signature.refresh_from_db()
    assert signature.signatory_name == "Max Mustermann"
    assert not signature.has_pending_change
    assert "Max Mustermann" in client.get("/charta/").content.decode()


def test_staff_reject_a_change(client, editor_a, staff, signature):
    client.force_login(editor_a)
    client.post(URL, NEW)
    client.force_login(staff)
    client.post(f"/cms/unterzeichnungen-aenderungen/{signature.pk}/", {"action": "reject"})
    signature.refresh_from_db()
    assert signature.signatory_name == "Erika Beispiel"
    assert not signature.has_pending_change


@pytest.mark.parametrize("who", ["editor_a", "editor_b", "wg_member"])
def test_only_staff_decide_about_changes(client, request, editor_a, signature, who):
    client.force_login(editor_a)
    client.post(URL, NEW)
    client.force_login(request.getfixturevalue(who))
    assert client.get("/cms/unterzeichnungen-aenderungen/").status_code in (302, 404)
    client.post(f"/cms/unterzeichnungen-aenderungen/{signature.pk}/", {"action": "approve"})
    signature.refresh_from_db()
    assert signature.signatory_name == "Erika Beispiel"


def test_a_first_confirmation_still_needs_no_review(client, editor_a, org_a):
    signature = SignatureFactory(
        charter=CharterFactory(is_current=True), organisation=org_a, confirmed=False, signatory_name=""
    )
    client.force_login(editor_a)
    client.post(URL, NEW)
    signature = Signature.objects.get(pk=signature.pk)
    assert signature.confirmed and signature.signatory_name == "Max Mustermann"
