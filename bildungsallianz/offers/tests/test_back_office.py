import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bildungsallianz.charter.tests.factories import TargetGroupFactory
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers import services
from bildungsallianz.offers.exchange import IMPORT_COLUMNS, TEMPLATE_EXAMPLE
from bildungsallianz.offers.models import Occupation, Offer

from .factories import OfferFactory, PublishedOfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted_a(org_a, editor_a):
    offer = OfferFactory(provider=org_a, title="Eingereicht", slug="eingereicht")
    return services.offer_submit(offer=offer, by=editor_a)


@pytest.mark.parametrize("url_name", ["offers_admin:queue", "offers_admin:export", "offers_admin:import"])
def test_back_office_pages_are_for_staff_only(persona, url_name):
    name, client = persona
    response = client.get(reverse(url_name))
    if name == "staff":
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403, 404)


def test_the_review_page_is_for_staff_only(persona, submitted_a):
    name, client = persona
    response = client.get(reverse("offers_admin:review", args=[submitted_a.pk]))
    assert (response.status_code == 200) == (name == "staff")


def test_staff_see_what_waits_and_can_return_it_with_a_comment(staff, submitted_a, as_user):
    client = as_user(staff)
    assert "Eingereicht" in client.get(reverse("offers_admin:queue")).content.decode()
    url = reverse("offers_admin:review", args=[submitted_a.pk])
    response = client.post(url, {"return": "1", "comment": ""})
    assert response.status_code == 200 and "Bitte schreiben Sie, was geändert werden soll." in response.content.decode()
    client.post(url, {"return": "1", "comment": "Bitte Ort ergänzen."})
    submitted_a.refresh_from_db()
    assert submitted_a.status == ReviewStatus.RETURNED and submitted_a.review_comment == "Bitte Ort ergänzen."


def test_the_review_shows_the_difference_to_the_published_version(staff, editor_a, org_a, as_user):
    live = PublishedOfferFactory(provider=org_a, title="Alter Titel", summary="Gleich.")
    change = services.offer_update(offer=live, data={"title": "Neuer Titel"}, by=editor_a)
    services.offer_submit(offer=change, by=editor_a)
    content = as_user(staff).get(reverse("offers_admin:review", args=[change.pk])).content.decode()
    assert "Alter Titel" in content and "Neuer Titel" in content and "(geändert)" in content
    as_user(staff).post(reverse("offers_admin:review", args=[change.pk]), {"publish": "1"})
    live.refresh_from_db()
    assert live.title == "Neuer Titel"


def test_export_as_csv_and_xlsx(staff, as_user):
    PublishedOfferFactory(title="=HYPERLINK(böse)")
    client = as_user(staff)
    csv_response = client.get(reverse("offers_admin:export"), {"format": "csv"})
    text = csv_response.content.decode("utf-8-sig")
    assert text.startswith("Kurzadresse;Titel") and "'=HYPERLINK(böse)" in text
    xlsx = client.get(reverse("offers_admin:export"), {"format": "xlsx"})
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.cell(row=1, column=2).value == "Titel" and sheet.max_row == 2


def _csv(*rows):
    lines = [";".join(IMPORT_COLUMNS)] + [";".join(r) for r in rows]
    return SimpleUploadedFile("angebote.csv", ("\n".join(lines) + "\n").encode("utf-8"), content_type="text/csv")


def _row(**changes):
    row = dict(zip(IMPORT_COLUMNS, TEMPLATE_EXAMPLE, strict=True))
    row.update(changes)
    return [row[c] for c in IMPORT_COLUMNS]


@pytest.fixture
def taxonomy():
    from bildungsallianz.charter.tests.factories import FieldOfActionFactory

    TargetGroupFactory(slug="schueler", name="Schülerinnen und Schüler")
    FieldOfActionFactory(slug="bildung-wirtschaft")
    Occupation.objects.create(code="71402", title="Büro- und Sekretariatskräfte", short_title="Büro")


def test_a_valid_import_creates_all_offers(staff, org_a, taxonomy, as_user):
    upload = _csv(_row(), _row(titel="Zweites Praktikum"))
    response = as_user(staff).post(reverse("offers_admin:import"), {"provider": org_a.pk, "file": upload})
    assert response.status_code == 302
    assert Offer.objects.filter(provider=org_a, status=ReviewStatus.DRAFT).count() == 2
    assert Offer.objects.first().places.get().latitude is not None


def test_a_malformed_import_saves_nothing_and_names_each_line(staff, org_a, taxonomy, as_user):
    upload = _csv(_row(), _row(art="zauberei", beginn="morgen"), _row(alter_von="20", alter_bis="12"))
    response = as_user(staff).post(reverse("offers_admin:import"), {"provider": org_a.pk, "file": upload})
    content = response.content.decode()
    assert "Nichts wurde gespeichert" in content
    assert "Zeile 3: art: „zauberei“ ist nicht erlaubt." in content
    assert "Zeile 4: Alter bis: Das Höchstalter muss größer oder gleich dem Mindestalter sein." in content
    assert not Offer.objects.exists()


def test_an_import_with_missing_columns_is_refused(staff, org_a, as_user):
    upload = SimpleUploadedFile("x.csv", b"titel;art\nA;praktikum\n", content_type="text/csv")
    content = as_user(staff).post(reverse("offers_admin:import"), {"provider": org_a.pk, "file": upload}).content
    assert "Es fehlen Spalten" in content.decode()
    assert not Offer.objects.exists()


def test_the_import_template_can_be_downloaded(staff, as_user):
    response = as_user(staff).get(reverse("offers_admin:import_template"))
    assert response.content.decode("utf-8-sig").splitlines()[0] == ";".join(IMPORT_COLUMNS)


def test_staff_edit_synonyms_and_occupations_in_the_back_office(staff, as_user):
    from bildungsallianz.search.models import Synonym

    client = as_user(staff)
    assert client.get(reverse("synonym:index")).status_code == 200
    assert client.get(reverse("occupation:index")).status_code == 200
    response = client.post(
        reverse("synonym:add"), {"term": "Azubine", "expansions": "Auszubildende", "is_active": "on"}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(term="Azubine").exists()


def test_the_default_synonyms_are_seeded():
    from bildungsallianz.search.models import Synonym

    assert Synonym.objects.get(term="Azubi").expansion_list == ["Ausbildung", "Auszubildende"]
    assert Synonym.objects.filter(term__in=["Praktika", "Kfz", "Job"]).count() == 3


@pytest.fixture
def wagtail_editor(db):
    """A user whom Wagtail's own "Editors" group lets into the admin, but who is not Bildungsbüro staff."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    user = get_user_model().objects.create_user(email="wagtail-redaktion@example.org", password="x")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def test_a_user_who_may_enter_the_admin_but_is_not_staff_gets_404_and_changes_nothing(
    client, wagtail_editor, submitted_a
):
    client.force_login(wagtail_editor)
    for url in (
        reverse("offers_admin:queue"),
        reverse("offers_admin:export"),
        reverse("offers_admin:import"),
        reverse("offers_admin:import_template"),
        reverse("offers_admin:review", args=[submitted_a.pk]),
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("offers_admin:review", args=[submitted_a.pk]), {"publish": "1"}).status_code == 404
    submitted_a.refresh_from_db()
    assert submitted_a.status == ReviewStatus.SUBMITTED and submitted_a.published_at is None


def test_the_review_queue_costs_the_same_queries_for_3_or_30_offers(staff, as_user, django_assert_max_num_queries):
    client = as_user(staff)
    OfferFactory.create_batch(3, status=ReviewStatus.SUBMITTED)
    client.get(reverse("offers_admin:queue"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("offers_admin:queue"))
    OfferFactory.create_batch(27, status=ReviewStatus.SUBMITTED)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(reverse("offers_admin:queue")).status_code == 200


def test_the_dashboard_panels_show_what_waits_and_what_expires_soon(rf, staff, editor_a, submitted_a):
    from bildungsallianz.core.registry import components, resolve
    from bildungsallianz.offers.backoffice import expiring_panel, review_panel

    refs = components.get("offers").dashboard_panels
    assert [resolve(ref) for ref in refs] == [review_panel, expiring_panel]
    today = datetime.date(2026, 11, 30)
    soon = PublishedOfferFactory(
        title="Endet bald", date_kind="einmalig", start_date=today, end_date=datetime.date(2026, 12, 20)
    )
    PublishedOfferFactory(
        title="Endet später", date_kind="einmalig", start_date=today, end_date=datetime.date(2027, 3, 1)
    )
    PublishedOfferFactory(title="Laufend", date_kind="laufend")
    request = rf.get("/cms/")
    request.user = staff
    waiting = review_panel(request)
    assert waiting.count == 1 and [i.label for i in waiting.items] == ["Eingereicht"]
    expiring = expiring_panel(request, today=today)
    assert expiring.count == 1 and [i.label for i in expiring.items] == [soon.title]
    request.user = editor_a
    assert review_panel(request) is None and expiring_panel(request, today=today) is None
