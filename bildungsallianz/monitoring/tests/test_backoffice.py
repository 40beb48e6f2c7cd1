"""Back office: one staff check, the dashboard panel, the command that calls its service."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from bildungsallianz.core.registry import components, resolve
from bildungsallianz.monitoring.backoffice import imports_panel
from bildungsallianz.monitoring.models import ImportRun, Observation

from .samples import CLASSIC, classic_bytes

pytestmark = pytest.mark.django_db

UPLOAD = "/cms/importlaeufe/hochladen/"


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture
def wagtail_editor(db):
    """A user whom Wagtail's own "Editors" group lets into the admin, but who is not Bildungsbüro staff."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(email="redaktion@example.org", password="x")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def test_a_user_who_may_enter_the_admin_but_is_not_staff_gets_404_and_changes_nothing(
    regions, client, staff, wagtail_editor
):
    client.force_login(staff)
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})
    run = ImportRun.objects.get()
    preview = response["Location"]
    client.force_login(wagtail_editor)
    assert client.get(UPLOAD).status_code == 404
    assert client.post(UPLOAD, {"file": SimpleUploadedFile("u.csv", classic_bytes())}).status_code == 404
    assert client.get(preview).status_code == 404
    assert client.post(preview, {"action": "execute"}).status_code == 404
    run.refresh_from_db()
    assert run.state == ImportRun.State.PREVIEWED and ImportRun.objects.count() == 1
    assert Observation.objects.count() == 0


def test_a_finished_run_shows_no_decision_buttons(regions, client, staff):
    client.force_login(staff)
    preview = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})["Location"]
    assert 'value="execute"' in client.get(preview).content.decode()
    client.post(preview, {"action": "execute"})
    html = client.get(preview).content.decode()
    assert 'value="execute"' not in html and 'value="discard"' not in html


def test_the_dashboard_panel_is_registered_and_lists_waiting_and_failed_imports(regions, staff, editor_a):
    assert "bildungsallianz.monitoring.backoffice.imports_panel" in components.get("monitoring").dashboard_panels
    assert resolve(components.get("monitoring").dashboard_panels[0]) is imports_panel
    waiting = ImportRun.objects.create(filename="wartet.csv", state=ImportRun.State.PREVIEWED)
    ImportRun.objects.create(filename="kaputt.csv", state=ImportRun.State.FAILED, error="x")
    old = ImportRun.objects.create(filename="alt.csv", state=ImportRun.State.FAILED)
    ImportRun.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=30))
    ImportRun.objects.create(filename="fertig.csv", state=ImportRun.State.SUCCEEDED)
    request = RequestFactory().get("/cms/")
    request.user = staff
    panel = imports_panel(request)
    assert panel.count == 2
    assert {item.label for item in panel.items} == {"wartet.csv", "kaputt.csv"}
    assert [item.warning for item in panel.items if item.label == "kaputt.csv"] == [True]
    assert any(item.url.endswith(f"/{waiting.pk}/vorschau/") for item in panel.items)
    request.user = editor_a
    assert imports_panel(request) is None


def test_the_dashboard_panel_is_empty_when_nothing_waits(regions, staff):
    request = RequestFactory().get("/cms/")
    request.user = staff
    panel = imports_panel(request)
    assert panel.count == 0 and panel.items == [] and panel.empty_text


def test_the_import_statistics_command_calls_the_service_it_is_named_after(regions, tmp_path, monkeypatch):
    from bildungsallianz.monitoring.management.commands import import_statistics as command
    from bildungsallianz.monitoring.services import import_statistics

    calls = []

    def spy(**kwargs):
        calls.append(kwargs["filename"])
        return import_statistics(**kwargs)

    monkeypatch.setattr(command, "import_statistics", spy)
    path = tmp_path / "t.csv"
    path.write_bytes(classic_bytes(CLASSIC))
    call_command("import_statistics", str(path))
    assert calls == ["t.csv"]
    assert Observation.objects.count() == 12


def test_staff_upload_a_genesis_online_table_see_how_it_was_read_and_import_it(regions, client, staff):
    from .test_parsers_genesis_online import PERIOD_AND_LAND, latin1

    client.force_login(staff)
    upload = SimpleUploadedFile("21621-0003_$F.csv", latin1(PERIOD_AND_LAND))
    preview = client.post(UPLOAD, {"file": upload})["Location"]
    html = client.get(preview).content.decode()
    assert "mit ihrem Namen statt mit Regionalschlüssel" in html
    assert "Öffentliche Ausgaben für Kultur" in html and "Kulturbereiche" in html and "Baden-Württemberg" in html
    client.post(preview, {"action": "execute"})
    assert Observation.objects.filter(variable__source__code="21621-0003", region__key="DG").count() == 9


def test_the_command_imports_a_zipped_national_table_and_says_how_it_was_read(regions, tmp_path):
    import io
    import zipfile

    from .test_parsers_genesis_online import BIRTHS_BY_MONTH, latin1

    path = tmp_path / "12612-0002_flat.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("tablefile.csv", latin1(BIRTHS_BY_MONTH))
    out = io.StringIO()
    call_command("import_statistics", str(path), stdout=out)
    text = out.getvalue()
    assert "Tabelle 12612-0002" in text and "1 Region erkannt" in text
    assert text.startswith("12612-0002_flat.zip: Regionaldatenbank/GENESIS-Online, Tabelle als CSV,")
    assert "Hinweis: Die Tabelle hat keine Spalte für die Region: Alle Werte gelten für Deutschland" in text
    assert Observation.objects.get(region__key="DG", period="1950-01", breakdown_key="").value == 95836


def test_staff_upload_a_ba_export_are_told_which_source_to_name_and_see_what_it_is(regions, client, staff):
    from .test_parsers_ba import ALO_2015, cp1252

    client.force_login(staff)
    refused = client.post(UPLOAD, {"file": SimpleUploadedFile("arbeitslose.csv", cp1252(ALO_2015))})
    assert refused.status_code == 200 and "„ba-arbeitslose“" in refused.content.decode()
    upload = SimpleUploadedFile("arbeitslose.csv", cp1252(ALO_2015))
    preview = client.post(UPLOAD, {"file": upload, "new_source_code": "ba-arbeitslose"})["Location"]
    html = client.get(preview).content.decode()
    assert "CSV-Export der Statistik der Bundesagentur für Arbeit" in html and "ba-csv" not in html
    assert "Arbeitslose, Anteil an Insgesamt (%)" in html and "April 2025" in html
    assert "Arbeitslose (Anzahl); Arbeitslose, Anteil an Insgesamt (%)</dd>" in html  # the unit once
    client.post(preview, {"action": "execute"})
    assert Observation.objects.filter(variable__source__code="ba-arbeitslose", region__key="DG").count() == 8
