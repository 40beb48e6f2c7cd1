import pytest
from django.urls import reverse

from bildungsallianz.charter.models import Signature

from .factories import CharterFactory, FieldOfActionFactory, GoalFactory, PrincipleFactory, SignatureFactory


@pytest.fixture
def charter(db, org_a, org_b):
    charter = CharterFactory(title="Charta der Bildungsallianz Teststadt")
    PrincipleFactory(charter=charter, title="Individuelle Förderung")
    field = FieldOfActionFactory(title="Transparenz der Bildungslandschaft")
    GoalFactory(charter=charter, field_of_action=field, text="Alle Angebote an einem Ort")
    SignatureFactory(charter=charter, organisation=org_a, signatory_name="Anna A", signatory_function="Leitung")
    SignatureFactory(charter=charter, organisation=org_b, confirmed=False, signatory_name="")
    return charter


def test_the_charter_page_shows_principles_fields_goals_and_signatories(client, charter):
    html = client.get(reverse("charter:detail")).content.decode()
    for text in [
        "Charta der Bildungsallianz Teststadt",
        "Individuelle Förderung",
        "Transparenz der Bildungslandschaft",
        "Alle Angebote an einem Ort",
        "Organisation A",
        "Anna A, Leitung",
        "29.08.2025",
        "1 Organisation hat die Charta unterzeichnet.",
    ]:
        assert text in html
    # B is accepted but has not confirmed yet: listed separately
    assert "Neu aufgenommen, Unterzeichnung wird bestätigt" in html


def test_the_charter_is_downloadable_as_pdf(client, charter):
    response = client.get(reverse("charter:pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_without_a_charter_the_page_is_not_found(client, db):
    assert client.get(reverse("charter:detail")).status_code == 404


def test_an_editor_confirms_their_organisations_signature(client, charter, editor_b, org_b):
    client.force_login(editor_b)
    url = reverse("charter:signature_confirm", args=[org_b.slug])
    response = client.post(url, {"signatory_name": "", "signatory_function": ""})
    assert "Bitte geben Sie den Namen der unterzeichnenden Person an." in response.content.decode()
    assert not Signature.objects.get(organisation=org_b).confirmed
    response = client.post(url, {"signatory_name": "Bert B", "signatory_function": "Vorstand"})
    assert response.status_code == 302
    signature = Signature.objects.get(organisation=org_b)
    assert signature.confirmed and signature.signatory_name == "Bert B"
    assert "Bert B, Vorstand" in client.get(reverse("charter:detail")).content.decode()


def test_staff_decide_join_requests_in_the_back_office(client, staff, charter, django_capture_on_commit_callbacks):
    from django.utils import timezone

    from bildungsallianz.charter.models import JoinRequest

    join_request = JoinRequest.objects.create(
        organisation_name="Neue Schule",
        sector="schule",
        description="x",
        street="A 1",
        postcode="66953",
        city="Pirmasens",
        contact_name="C",
        contact_email="c@example.org",
        proposed_commitment="x",
        consent_at=timezone.now(),
    )
    client.force_login(staff)
    url = f"/cms/beitrittsantraege/{join_request.pk}/entscheiden/"
    response = client.post(url, {"action": "decline", "reason": ""})
    assert "Bitte begründen Sie die Ablehnung." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "accept"})
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert join_request.state == "accepted"
    assert join_request.organisation.name == "Neue Schule"
